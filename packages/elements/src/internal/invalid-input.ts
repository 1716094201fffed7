/**
 * The form fields an API `InvalidInput` blames, in the order it names them. Its `field` holds
 * input paths (`purchaseDate`, or `input.purchaseDate`); only the fields the form shows now can be
 * marked: a path naming nothing shown is left for the error's own words.
 */
export function fieldsAtFault<FieldName extends string>(
  paths: readonly string[] | null | undefined,
  shownFields: readonly FieldName[],
): FieldName[] {
  return (paths ?? [])
    .flatMap((path) => path.split('.'))
    .filter((name): name is FieldName => (shownFields as readonly string[]).includes(name));
}
