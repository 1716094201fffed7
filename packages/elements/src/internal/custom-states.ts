/** The element's `ElementInternals`, or undefined where the browser has none (custom states need it). */
export function attachInternalsIfSupported(element: HTMLElement): ElementInternals | undefined {
  try {
    return element.attachInternals();
  } catch {
    return undefined;
  }
}

/**
 * Sets the custom states (`:state(loading)` …): each of `known` is on when it is in `current`.
 * Browsers before the standard custom states accept only `--dashed` names and throw: a component
 * that also reflects its states as attributes loses nothing there.
 */
export function setCustomStates(
  internals: ElementInternals | undefined,
  known: readonly string[],
  current: readonly (string | undefined)[],
): void {
  const states = internals?.states;
  if (!states) return;
  try {
    for (const state of known) {
      if (current.includes(state)) states.add(state);
      else states.delete(state);
    }
  } catch {
    // Only `--dashed` names there: the attributes suffice.
  }
}
