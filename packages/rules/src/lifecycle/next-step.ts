/**
 * What happens next on a ticket, and who acts: the tracker's "next step" line (seed 001). A code,
 * so each page words it in its own language.
 */
import type { TicketActor, TicketStatus } from './ticket-lifecycle.js';

export type NextStepCode =
  | 'VERIFY_REQUEST' | 'DIAGNOSE' | 'SCHEDULE_VISIT' | 'BRING_DEVICE' | 'AWAIT_VISIT' | 'AWAIT_ARRIVAL' | 'REPAIR'
  | 'ANSWER_QUOTE' | 'AWAIT_PARTS' | 'RATE_REPAIR' | 'NONE';

export interface NextStep {
  readonly code: NextStepCode;
  /** Who acts next; null when nothing remains to do. */
  readonly actor: TicketActor | null;
}

export interface NextStepFacts {
  readonly status: TicketStatus;
  readonly quotePending: boolean;
  readonly hasDropOff: boolean;
}

export function nextStep(facts: NextStepFacts): NextStep {
  if (facts.quotePending && !['CANCELLED', 'CLOSED'].includes(facts.status)) return { code: 'ANSWER_QUOTE', actor: 'CUSTOMER' };
  switch (facts.status) {
    case 'RECEIVED':
    case 'NEEDS_VERIFICATION':
      return { code: 'VERIFY_REQUEST', actor: 'SERVICE_DESK' };
    case 'VERIFIED':
      return { code: 'DIAGNOSE', actor: 'SERVICE_DESK' };
    case 'DIAGNOSED':
    case 'REOPENED':
      return { code: 'SCHEDULE_VISIT', actor: 'SERVICE_DESK' };
    case 'SCHEDULED':
      return facts.hasDropOff ? { code: 'BRING_DEVICE', actor: 'CUSTOMER' } : { code: 'AWAIT_VISIT', actor: 'TECHNICIAN' };
    case 'TECHNICIAN_EN_ROUTE':
      return { code: 'AWAIT_ARRIVAL', actor: 'TECHNICIAN' };
    case 'ON_SITE':
    case 'REPAIRING':
      return { code: 'REPAIR', actor: 'TECHNICIAN' };
    case 'AWAITING_PARTS':
      return { code: 'AWAIT_PARTS', actor: 'SERVICE_DESK' };
    case 'REPAIRED':
    case 'NOT_REPAIRABLE':
    case 'FOLLOW_UP':
      return { code: 'RATE_REPAIR', actor: 'CUSTOMER' };
    case 'CLOSED':
    case 'CANCELLED':
      return { code: 'NONE', actor: null };
  }
}
