import { type CalendarDate } from '../calendar/calendar-date.js';
import { type DateRange, mergeRanges } from '../calendar/date-range.js';
import { localDate } from '../booking/zoned-time.js';
import type { TicketStatus } from './ticket-lifecycle.js';

/** One step of a ticket's history: the status it entered, and when. */
export interface StatusChange {
  readonly to: TicketStatus;
  readonly at: Date;
}

const IN_SERVICE: readonly TicketStatus[] = ['REPAIRING', 'AWAITING_PARTS'];
/** The steps that end a period in service: the repair is over, one way or another. */
export const END_OF_SERVICE: readonly TicketStatus[] = ['REPAIRED', 'NOT_REPAIRABLE', 'FOLLOW_UP', 'CLOSED', 'REOPENED', 'CANCELLED'];

/**
 * The days a product spent in repair or waiting for parts (seed 001: they extend the warranty),
 * from the first step into repair until the repair is over (a later visit in between included),
 * from a ticket's history, as local calendar days in the tenant's zone, each day counted once. A
 * period still open at `until` runs to that day.
 */
export function serviceDaysFromHistory(history: readonly StatusChange[], timeZone: string, until: Date): DateRange[] {
  const ordered = [...history].sort((a, b) => a.at.getTime() - b.at.getTime());
  const ranges: DateRange[] = [];
  let openedOn: CalendarDate | null = null;
  for (const change of ordered) {
    const inService = IN_SERVICE.includes(change.to);
    if (inService && openedOn === null) openedOn = localDate(change.at, timeZone);
    // A second visit (SCHEDULED, ON_SITE…) while parts are awaited keeps the period open: the
    // product is still out of use until the repair is over.
    if (END_OF_SERVICE.includes(change.to) && openedOn !== null) {
      ranges.push({ startsOn: openedOn, endsOn: localDate(change.at, timeZone) });
      openedOn = null;
    }
  }
  if (openedOn !== null) ranges.push({ startsOn: openedOn, endsOn: localDate(until, timeZone) });
  return mergeRanges(ranges);
}
