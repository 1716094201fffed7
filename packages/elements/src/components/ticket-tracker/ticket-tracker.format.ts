import { dateInZone, formatDay, formatTimeRange, isTimeZone, zoneCity, DEFAULT_TIME_ZONE } from '../../internal/zoned-time.js';

/**
 * Instants as the tracker shows them: in the ticket's zone (the tenant's, where the visit happens),
 * never the browser's, in the reader's locale.
 */
export interface TrackerClock {
  /** The locale to format with (`en`, `fr-BE`, `nl`, `zh-CN` …). */
  locale: string;
  /** The ticket's IANA zone. */
  timeZone: string;
}

/** The clock of a ticket: its zone when `Intl` knows it, else the default tenant zone. */
export function clockOf(locale: string, timeZone: string | undefined): TrackerClock {
  return { locale, timeZone: isTimeZone(timeZone) ? timeZone : DEFAULT_TIME_ZONE };
}

/** A window or slot in words: the day ("Monday 23 November") and the times ("08:00 – 10:00"). */
export function windowWords(clock: TrackerClock, start: string, end: string): { day: string; window: string } {
  return { day: formatDay(dateInZone(start, clock.timeZone), clock.locale), window: formatTimeRange(start, end, clock.locale, clock.timeZone) };
}

/** An instant with its day and time: "23 Nov, 09:12". */
export function formatMoment(clock: TrackerClock, instant: string): string {
  return new Intl.DateTimeFormat(clock.locale, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit', timeZone: clock.timeZone }).format(new Date(instant));
}

/** An instant's time of day only: "09:12". */
export function formatTime(clock: TrackerClock, instant: string): string {
  return new Intl.DateTimeFormat(clock.locale, { hour: 'numeric', minute: '2-digit', timeZone: clock.timeZone }).format(new Date(instant));
}

/** An instant's day: "23 November 2026". */
export function formatInstantDate(clock: TrackerClock, instant: string): string {
  return new Intl.DateTimeFormat(clock.locale, { dateStyle: 'long', timeZone: clock.timeZone }).format(new Date(instant));
}

/** A calendar date (`YYYY-MM-DD`, no zone): "23 November 2026". */
export function formatCalendarDate(clock: TrackerClock, date: string): string {
  const instant = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(instant) ? date : new Intl.DateTimeFormat(clock.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(instant);
}

/** The zone's city when the reader's own zone is another ("Paris"), to say the times are there. */
export function otherZoneCity(clock: TrackerClock): string | undefined {
  const own = new Intl.DateTimeFormat().resolvedOptions().timeZone;
  return own === clock.timeZone ? undefined : zoneCity(clock.timeZone);
}

/** A person's initials for the avatar when there is no photo: "Camille Martin" → "CM". */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? [words[0]!, words[words.length - 1]!] : words;
  return letters.map((word) => [...word][0]!.toUpperCase()).join('');
}

/** A six-digit verification code in two groups, easier to read aloud: "039 944". */
export function spacedCode(code: string): string {
  return /^\d{6}$/.test(code) ? `${code.slice(0, 3)} ${code.slice(3)}` : code;
}
