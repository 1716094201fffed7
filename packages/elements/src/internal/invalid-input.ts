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

/** What an `InvalidInput` says: one sentence for all, the paths at fault, and (newer gateways) each path's own problem. */
export interface InvalidInputAnswer {
  message: string;
  field?: readonly string[] | null;
  problems?: readonly { field: string; message: string }[] | null;
}

/**
 * Each shown field an `InvalidInput` blames with the message to show beside it, in the order it
 * names them: its own from `problems` (dotted paths such as `customer.address.postalCode`), else the
 * combined sentence for each path of `field`. Two problems of one field are said one after the other.
 */
export function messagesAtFault<FieldName extends string>(
  invalid: InvalidInputAnswer,
  shownFields: readonly FieldName[],
): Partial<Record<FieldName, string>> {
  const problems = invalid.problems?.length ? invalid.problems : (invalid.field ?? []).map((field) => ({ field, message: invalid.message }));
  const messages: Partial<Record<FieldName, string>> = {};
  for (const problem of problems) {
    for (const name of fieldsAtFault([problem.field], shownFields)) {
      const earlier = messages[name];
      messages[name] = earlier && earlier !== problem.message ? `${earlier} ${problem.message}` : problem.message;
    }
  }
  return messages;
}
