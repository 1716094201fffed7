/**
 * What the lifecycle allows besides moving a ticket: facts recorded on a ticket in a given status
 * (a diagnosis, a quote, a delay, a rating), and which recorded reasons the customer reads.
 */
import { accept, type Decision, refuse } from '../rule-violation.js';
import type { TicketStatus } from './ticket-lifecycle.js';

export type TicketFact = 'DIAGNOSIS' | 'QUOTE' | 'DELAY' | 'RATING';

const ALLOWED: Record<TicketFact, readonly TicketStatus[]> = {
  // Step 2, or a diagnosis revised until the outcome.
  DIAGNOSIS: ['VERIFIED', 'REOPENED', 'DIAGNOSED', 'SCHEDULED', 'ON_SITE', 'REPAIRING', 'AWAITING_PARTS'],
  // Step 5: before the work, or when the technician finds more to do.
  QUOTE: ['VERIFIED', 'DIAGNOSED', 'SCHEDULED', 'TECHNICIAN_EN_ROUTE', 'ON_SITE', 'REPAIRING', 'AWAITING_PARTS', 'REOPENED'],
  // Step 3: a delay is reported before the technician arrives.
  DELAY: ['SCHEDULED', 'TECHNICIAN_EN_ROUTE'],
  // Steps 6–7: once the visit is over, while the follow-up waits for the customer.
  RATING: ['FOLLOW_UP'],
};

const REFUSALS: Record<TicketFact, { code: string; words: string }> = {
  DIAGNOSIS: { code: 'NOT_CHANGEABLE', words: 'be diagnosed (verify it first, or it is past the repair)' },
  QUOTE: { code: 'NOT_CHANGEABLE', words: 'be quoted' },
  DELAY: { code: 'NOT_CHANGEABLE', words: 'have a delay reported: that is for before the technician arrives' },
  RATING: { code: 'NOT_RATEABLE', words: 'be rated yet: the repair is rated once the visit is over' },
};

/** Whether `fact` may be recorded on a ticket in `status`; the refusal says why. */
export function checkTicketFact(fact: TicketFact, status: TicketStatus): Decision<true> {
  if (ALLOWED[fact].includes(status)) return accept(true);
  return refuse(REFUSALS[fact].code, `A ticket in ${status} cannot ${REFUSALS[fact].words}.`, ['status']);
}

/** A diagnosis of a verified or reopened ticket moves it to DIAGNOSED; later, it only revises it. */
export function diagnosisMovesTo(status: TicketStatus): TicketStatus | null {
  return status === 'VERIFIED' || status === 'REOPENED' ? 'DIAGNOSED' : null;
}

/**
 * Whether the customer reads an event's reason: those written for them (a delay, the outcome,
 * the quote's note) or by them (their answer, their rating). Back-office notes stay there.
 */
export function isReasonForCustomer(event: { kind: string; toStatus: string }): boolean {
  if (['DELAY_REPORTED', 'QUOTE_SENT', 'QUOTE_ACCEPTED', 'QUOTE_DECLINED', 'RATED'].includes(event.kind)) return true;
  return event.kind === 'STATUS_CHANGED' && (event.toStatus === 'REPAIRED' || event.toStatus === 'NOT_REPAIRABLE');
}
