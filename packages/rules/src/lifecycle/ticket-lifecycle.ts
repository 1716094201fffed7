/**
 * Seed 001's service process as a state machine: a ticket moves from the request to the satisfied
 * customer, one allowed step at a time, each step taken by someone allowed to take it. Nothing is
 * closed while the customer is not satisfied: a rating under the tenant's threshold reopens it.
 */
import { accept, type Decision, refuse } from '../rule-violation.js';

export const TICKET_STATUSES = [
  'RECEIVED', 'NEEDS_VERIFICATION', 'VERIFIED', 'DIAGNOSED', 'SCHEDULED', 'TECHNICIAN_EN_ROUTE', 'ON_SITE',
  'AWAITING_PARTS', 'REPAIRING', 'REPAIRED', 'NOT_REPAIRABLE', 'FOLLOW_UP', 'CLOSED', 'REOPENED', 'CANCELLED',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** Who takes a step: the customer, the service desk (back office), the technician, or SAV itself. */
export type TicketActor = 'CUSTOMER' | 'SERVICE_DESK' | 'TECHNICIAN' | 'SYSTEM';

const BEFORE_THE_VISIT = ['RECEIVED', 'NEEDS_VERIFICATION', 'VERIFIED', 'DIAGNOSED', 'SCHEDULED'] as const;

/** Every allowed step, and who may take it. */
const STEPS: Readonly<Record<TicketStatus, Partial<Record<TicketStatus, readonly TicketActor[]>>>> = {
  RECEIVED: { NEEDS_VERIFICATION: ['SYSTEM', 'SERVICE_DESK'], VERIFIED: ['SYSTEM', 'SERVICE_DESK'], SCHEDULED: ['SYSTEM'], CANCELLED: ['CUSTOMER', 'SERVICE_DESK'] },
  NEEDS_VERIFICATION: { VERIFIED: ['SERVICE_DESK'], CANCELLED: ['CUSTOMER', 'SERVICE_DESK'] },
  VERIFIED: { NEEDS_VERIFICATION: ['SERVICE_DESK'], DIAGNOSED: ['SERVICE_DESK', 'SYSTEM'], SCHEDULED: ['SERVICE_DESK', 'SYSTEM'], CANCELLED: ['CUSTOMER', 'SERVICE_DESK'] },
  DIAGNOSED: { SCHEDULED: ['SERVICE_DESK', 'SYSTEM'], CANCELLED: ['CUSTOMER', 'SERVICE_DESK'] },
  SCHEDULED: { TECHNICIAN_EN_ROUTE: ['TECHNICIAN', 'SERVICE_DESK'], ON_SITE: ['TECHNICIAN', 'SERVICE_DESK'], CANCELLED: ['CUSTOMER', 'SERVICE_DESK'] },
  TECHNICIAN_EN_ROUTE: { ON_SITE: ['TECHNICIAN', 'SERVICE_DESK'], SCHEDULED: ['SERVICE_DESK'] },
  ON_SITE: {
    REPAIRING: ['TECHNICIAN', 'SERVICE_DESK'],
    AWAITING_PARTS: ['TECHNICIAN', 'SERVICE_DESK'],
    REPAIRED: ['TECHNICIAN', 'SERVICE_DESK'],
    NOT_REPAIRABLE: ['TECHNICIAN', 'SERVICE_DESK'],
  },
  REPAIRING: { AWAITING_PARTS: ['TECHNICIAN', 'SERVICE_DESK'], REPAIRED: ['TECHNICIAN', 'SERVICE_DESK'], NOT_REPAIRABLE: ['TECHNICIAN', 'SERVICE_DESK'] },
  AWAITING_PARTS: { REPAIRING: ['TECHNICIAN', 'SERVICE_DESK'], SCHEDULED: ['SERVICE_DESK'], NOT_REPAIRABLE: ['TECHNICIAN', 'SERVICE_DESK'] },
  REPAIRED: { FOLLOW_UP: ['SYSTEM', 'SERVICE_DESK'] },
  NOT_REPAIRABLE: { FOLLOW_UP: ['SYSTEM', 'SERVICE_DESK'] },
  FOLLOW_UP: { CLOSED: ['CUSTOMER', 'SYSTEM'], REOPENED: ['CUSTOMER', 'SYSTEM'] },
  CLOSED: { REOPENED: ['CUSTOMER', 'SERVICE_DESK'] },
  REOPENED: { VERIFIED: ['SERVICE_DESK'], DIAGNOSED: ['SERVICE_DESK'], SCHEDULED: ['SERVICE_DESK'] },
  CANCELLED: {},
};

/** The statuses a ticket may move to from `status`, whoever takes the step. */
export function nextStatuses(status: TicketStatus): TicketStatus[] {
  return Object.keys(STEPS[status]) as TicketStatus[];
}

/** Whether `actor` may move a ticket from `from` to `to`; the refusal says why, in plain words. */
export function checkTransition(from: TicketStatus, to: TicketStatus, actor: TicketActor): Decision<{ from: TicketStatus; to: TicketStatus }> {
  const allowed = STEPS[from][to];
  if (!allowed) {
    const options = nextStatuses(from);
    return refuse('ILLEGAL_TRANSITION', `A ticket in ${from} cannot go to ${to}${options.length ? `; it can go to ${options.join(', ')}` : '; it is final'}.`, ['status']);
  }
  if (!allowed.includes(actor)) return refuse('NOT_ALLOWED_FOR_ACTOR', `Moving a ticket from ${from} to ${to} is for ${allowed.join(' or ').toLowerCase().replaceAll('_', ' ')}.`, ['status']);
  return accept({ from, to });
}

/** A ticket may be cancelled only before the technician is on the way. */
export function isBeforeTheVisit(status: TicketStatus): boolean {
  return (BEFORE_THE_VISIT as readonly string[]).includes(status);
}

export const DEFAULT_SATISFACTION_THRESHOLD = 4;

/**
 * Seed 001, steps 6–7: a rating from 1 to 5 closes the ticket when it reaches the tenant's
 * threshold, and reopens it otherwise: the ticket stays tracked until the customer is satisfied.
 */
export function ratingOutcome(rating: number, threshold = DEFAULT_SATISFACTION_THRESHOLD): Decision<'CLOSED' | 'REOPENED'> {
  if (!Number.isInteger(rating) || rating < 1 || rating > 5) return refuse('OUT_OF_RANGE', 'A rating is a whole number from 1 to 5.', ['rating']);
  return accept(rating >= threshold ? 'CLOSED' : 'REOPENED');
}
