/** A refusal by the rules: a stable code, a plain message, and the input fields at fault. */
export interface RuleViolation {
  readonly code: string;
  readonly message: string;
  readonly field: readonly string[];
}

export type Decision<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly violation: RuleViolation };

export function accept<T>(value: T): Decision<T> {
  return { ok: true, value };
}

export function refuse<T = never>(code: string, message: string, field: readonly string[] = []): Decision<T> {
  return { ok: false, violation: { code, message, field } };
}
