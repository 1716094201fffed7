/**
 * The repairs a unit's tickets record, as the law looks at them: each request for repair, when it
 * was repaired (or found not repairable), and whether the customer paid. A reopened ticket is the
 * same fault coming back: a new request after a repair.
 */
import type { CalendarDate } from '../calendar/calendar-date.js';
import type { TicketStatus } from '../lifecycle/ticket-lifecycle.js';
import type { RecordedRepair } from './legal-rights.js';

export interface TicketRepairHistory {
  /** The day the ticket was opened. */
  readonly requestedOn: CalendarDate;
  /** Each status the ticket took, in order, with its day. */
  readonly statuses: readonly { readonly status: TicketStatus; readonly on: CalendarDate }[];
  /** The customer accepted a quote with a price: the work was not done under a guarantee. */
  readonly paidByCustomer: boolean;
  /** Symptom and part codes; free text only when there are none. */
  readonly fault: readonly string[];
}

export function recordedRepairs(tickets: readonly TicketRepairHistory[]): RecordedRepair[] {
  const repairs: RecordedRepair[] = [];
  for (const ticket of tickets) {
    let current: { requestedOn: CalendarDate; repairedOn: CalendarDate | null; notRepairable: boolean } | null = { requestedOn: ticket.requestedOn, repairedOn: null, notRepairable: false };
    const close = () => {
      if (current) repairs.push({ ...current, paidByCustomer: ticket.paidByCustomer, fault: ticket.fault });
    };
    for (const { status, on } of ticket.statuses) {
      if (status === 'CANCELLED') {
        if (current?.repairedOn === null) current = null;
      } else if (status === 'REOPENED') {
        close();
        current = { requestedOn: on, repairedOn: null, notRepairable: false };
      } else if (current && status === 'REPAIRED' && current.repairedOn === null) {
        current.repairedOn = on;
      } else if (current && status === 'NOT_REPAIRABLE') {
        current.notRepairable = true;
      }
    }
    close();
  }
  return repairs.sort((a, b) => (a.requestedOn < b.requestedOn ? -1 : a.requestedOn > b.requestedOn ? 1 : 0));
}
