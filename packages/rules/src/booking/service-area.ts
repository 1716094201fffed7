/**
 * Technicians and the places they serve: who can repair this product at this customer's address.
 * A technician's hours are local wall-clock times in their own IANA zone.
 */
import { type CalendarDate, isCalendarDate, isTimeZone } from '../calendar/calendar-date.js';
import { accept, type Decision, refuse } from '../rule-violation.js';
import { type IsoWeekday, isWallClockTime, minutesOfDay, type WallClockTime } from './zoned-time.js';

/** One span of a technician's week: local wall-clock `start` to `end` (`end` may be `24:00`). */
export interface WorkingHours {
  readonly weekday: IsoWeekday;
  readonly start: WallClockTime;
  readonly end: WallClockTime;
}

/** A technician as the tenant stores them: skills, area, hours and days off. */
export interface TechnicianProfile {
  readonly id: string;
  readonly name: string;
  /** The IANA zone the working hours are read in. */
  readonly timeZone: string;
  /** The product categories the technician repairs (REFRIGERATOR, AIR_CONDITIONER, …). */
  readonly skills: readonly string[];
  /** ISO 3166-1 alpha-2 country served. */
  readonly country: string;
  readonly postalCodes: readonly string[];
  readonly workingHours: readonly WorkingHours[];
  /** Local dates off (holidays, leave): no window on those days. */
  readonly daysOff: readonly CalendarDate[];
}

/** Where the customer is and what must be repaired. */
export interface ServiceRequestPlace {
  readonly category: string;
  readonly country: string;
  readonly postalCode: string;
}

/** A postal code as compared between customers and technicians: trimmed, upper-case, no spaces. */
export function normalisePostalCode(code: string): string {
  return code.trim().toUpperCase().replace(/\s+/g, '');
}

function sameCode(a: string, b: string): boolean {
  return a.trim().toUpperCase() === b.trim().toUpperCase();
}

/** True when the technician repairs that category and serves that postal code in that country. */
export function servesPlace(technician: TechnicianProfile, place: ServiceRequestPlace): boolean {
  const postalCode = normalisePostalCode(place.postalCode);
  return (
    sameCode(technician.country, place.country) &&
    technician.skills.some((skill) => sameCode(skill, place.category)) &&
    technician.postalCodes.some((code) => normalisePostalCode(code) === postalCode)
  );
}

/** The technicians with the skill who serve that postal code in that country, in the given order. */
export function eligibleTechnicians<T extends TechnicianProfile>(technicians: readonly T[], place: ServiceRequestPlace): T[] {
  return technicians.filter((technician) => servesPlace(technician, place));
}

/** Checks a technician's profile as a tenant stores it: a known zone, real days off, hours that start before they end. */
export function checkTechnicianProfile(technician: TechnicianProfile): Decision<TechnicianProfile> {
  const who = `Technician "${technician.id}"`;
  if (technician.id.trim() === '') return refuse('INVALID_TECHNICIAN', 'A technician needs an id.', ['id']);
  if (!isTimeZone(technician.timeZone)) {
    return refuse('INVALID_TECHNICIAN', `${who}: "${technician.timeZone}" is not an IANA time zone such as Europe/Paris.`, ['timeZone']);
  }
  for (const hours of technician.workingHours) {
    const valid =
      Number.isInteger(hours.weekday) &&
      hours.weekday >= 1 &&
      hours.weekday <= 7 &&
      isWallClockTime(hours.start) &&
      isWallClockTime(hours.end, { endOfDay: true }) &&
      minutesOfDay(hours.start) < minutesOfDay(hours.end);
    if (!valid) {
      return refuse(
        'INVALID_TECHNICIAN',
        `${who}: working hours ${hours.weekday} ${hours.start}–${hours.end} need a weekday 1 to 7 and a start before the end (HH:MM).`,
        ['workingHours'],
      );
    }
  }
  const badDay = technician.daysOff.find((day) => !isCalendarDate(day));
  if (badDay !== undefined) return refuse('INVALID_TECHNICIAN', `${who}: day off "${badDay}" is not a real day (YYYY-MM-DD).`, ['daysOff']);
  return accept(technician);
}
