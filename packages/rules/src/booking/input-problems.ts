/**
 * Every problem of a form at once: a refusal that names each bad field (as a dotted input path,
 * 'customer.address.postalCode') with its own code and plain message, so a form can mark them all.
 */
import type { RuleViolation } from '../rule-violation.js';

/** One field at fault: its dotted input path, a stable code and a plain sentence. */
export interface FieldProblem {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** A RuleViolation that also lists each problem; `field` holds every bad field, in input order. */
export interface InputViolation extends RuleViolation {
  readonly problems: readonly FieldProblem[];
}

/** A Decision whose refusal lists every problem; assignable to `Decision<T>`. */
export type InputDecision<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly violation: InputViolation };

/**
 * The refusal for a non-empty list of problems: the problem's own code when there is one,
 * INVALID_INPUT when there are several; the message lists each problem in order.
 */
export function refuseProblems<T = never>(problems: readonly FieldProblem[]): InputDecision<T> {
  const [first] = problems;
  if (!first) throw new RangeError('refuseProblems needs at least one problem.');
  return {
    ok: false,
    violation: {
      code: problems.length === 1 ? first.code : 'INVALID_INPUT',
      message: problems.map((problem) => problem.message).join(' '),
      field: [...new Set(problems.map((problem) => problem.field))],
      problems,
    },
  };
}

/** The acceptance of an input checked field by field. */
export function acceptInput<T>(value: T): InputDecision<T> {
  return { ok: true, value };
}
