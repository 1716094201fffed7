/**
 * A customer's personal data: how long a tenant keeps it once a ticket is over, and what a
 * request to export or erase it must say. Pure decisions; the gateway finds, copies and erases.
 */
import { acceptInput, type FieldProblem, type InputDecision, refuseProblems } from '../booking/input-problems.js';
import { isEmailAddress } from '../booking/intake.js';
import type { TicketStatus } from '../lifecycle/ticket-lifecycle.js';

/** A tenant's retention period, in days after a ticket is closed or cancelled. */
export const PERSONAL_DATA_RETENTION_DAYS = { min: 30, max: 3650, default: 1095 } as const;

/** The statuses in which a ticket is over: its customer's data is kept only for the retention period. */
export const TICKET_END_STATUSES = ['CLOSED', 'CANCELLED'] as const satisfies readonly TicketStatus[];

const DAY_MS = 24 * 60 * 60 * 1000;

/** The instant before which a ticket must have ended for its personal data to be anonymised. */
export function retentionCutoff(now: Date, retentionDays: number): Date {
  if (!Number.isInteger(retentionDays) || retentionDays < 0) throw new RangeError(`retentionDays must be a whole number of days, not ${retentionDays}.`);
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/**
 * Whether a ticket's personal data has outlived the retention period: the ticket is over (closed
 * or cancelled) and ended more than `retentionDays` before `now`. A ticket still in service, or
 * whose end is unknown, is kept.
 */
export function personalDataExpired(ticket: { readonly status: string; readonly endedAt: Date | null }, now: Date, retentionDays: number): boolean {
  if (!(TICKET_END_STATUSES as readonly string[]).includes(ticket.status) || ticket.endedAt === null) return false;
  return ticket.endedAt.getTime() < retentionCutoff(now, retentionDays).getTime();
}

/** An e-mail address as SAV compares it: trimmed, in lower case (the domain is case-blind, and so are people). */
export function normaliseEmailAddress(email: string): string {
  return email.trim().toLowerCase();
}

const MAX_REASON_LENGTH = 500;

/** The customer a request names, checked: an e-mail address, normalised. */
export function checkDataSubjectEmail(email: string, field = 'email'): InputDecision<string> {
  const normalised = normaliseEmailAddress(email);
  if (!isEmailAddress(normalised)) return refuseProblems([{ field, code: 'INVALID_EMAIL', message: `${field} is not an e-mail address.` }]);
  return acceptInput(normalised);
}

/** A request to erase a customer's data: whose (an e-mail address) and why (1 to 500 characters). */
export function checkErasureRequest(request: { readonly email: string; readonly reason: string }): InputDecision<{ email: string; reason: string }> {
  const problems: FieldProblem[] = [];
  const email = checkDataSubjectEmail(request.email);
  if (!email.ok) problems.push(...email.violation.problems);
  const reason = request.reason.trim();
  if (reason.length === 0 || [...reason].length > MAX_REASON_LENGTH) {
    problems.push({ field: 'reason', code: 'OUT_OF_RANGE', message: `reason must say why, in 1 to ${MAX_REASON_LENGTH} characters.` });
  }
  return problems.length > 0 || !email.ok ? refuseProblems(problems) : acceptInput({ email: email.value, reason });
}
