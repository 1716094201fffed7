import { accept, type Decision, refuse } from '../rule-violation.js';

export const DEFAULT_CHANGE_CUTOFF_MINUTES = 24 * 60;

export interface VisitChangeRequest {
  readonly ticketStatus: string;
  /** The start of the booked arrival window; null when nothing is booked. */
  readonly windowStart: Date | null;
  readonly now: Date;
  /** How long before the window a customer may still move or cancel it. */
  readonly cutoffMinutes: number;
}

/**
 * Whether the customer may still move or cancel their visit: only a SCHEDULED one, and only until
 * `cutoffMinutes` before its window (the technician's day is planned by then). The service desk
 * is not bound by the cut-off.
 */
export function customerMayChangeVisit(request: VisitChangeRequest): Decision<true> {
  if (request.ticketStatus !== 'SCHEDULED' || request.windowStart === null) {
    return refuse('NOT_CHANGEABLE', 'This repair has no visit that can still be changed online. Please contact the service desk.');
  }
  const deadline = request.windowStart.getTime() - request.cutoffMinutes * 60_000;
  if (request.now.getTime() > deadline) {
    const hours = Math.round(request.cutoffMinutes / 60);
    return refuse('CUTOFF_PASSED', `A visit can be changed online until ${hours} hour${hours === 1 ? '' : 's'} before it. Please call the service desk.`);
  }
  return accept(true);
}
