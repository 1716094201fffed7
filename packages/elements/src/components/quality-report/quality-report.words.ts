import { formatDate } from '../../internal/format.js';
import { partName } from '../../internal/i18n.js';
import { qualityText, type QualityKey } from '../../internal/i18n.quality.js';
import { LANGUAGES, type SupportedLanguage } from '../../internal/language.js';

/** How the component writes: the language of its words, the locale of its numbers and dates. */
export interface Voice {
  readonly language: SupportedLanguage;
  readonly locale: string;
}

/** The component's words for a key in the voice's language. */
export function say(voice: Voice, key: QualityKey, parameters: Record<string, string | number> = {}): string {
  return qualityText(voice.language, key, parameters);
}

/** A whole number in the voice's locale ("1,234", "1 234"). */
export function count(voice: Voice, value: number): string {
  return new Intl.NumberFormat(voice.locale).format(value);
}

/** A decimal string of the API ("2.50"), as a number for charts' proportions only (never for what is shown). */
export function magnitude(decimal: string | null | undefined): number {
  const value = decimal === null || decimal === undefined ? NaN : Number(decimal);
  return Number.isFinite(value) ? value : 0;
}

/** A percent as the gateway sends it ("2.50"), in the voice's locale ("2.5%", "2,5 %"); undefined for null. */
export function percent(voice: Voice, decimal: string | null | undefined): string | undefined {
  if (decimal === null || decimal === undefined || !/^-?\d+(\.\d+)?$/.test(decimal)) return undefined;
  return new Intl.NumberFormat(voice.locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 2 }).format(Number(decimal) / 100);
}

/** A failure rate, or why there is none (no unit sold). */
export function rate(voice: Voice, decimal: string | null | undefined): string {
  return percent(voice, decimal) ?? say(voice, 'rate.none');
}

/** Hours as the gateway sends them ("26.50") in words ("26.5 hours"); undefined for null. */
export function hours(voice: Voice, decimal: string | null | undefined): string | undefined {
  if (decimal === null || decimal === undefined || !/^-?\d+(\.\d+)?$/.test(decimal)) return undefined;
  return new Intl.NumberFormat(voice.locale, { style: 'unit', unit: 'hour', unitDisplay: 'long', maximumFractionDigits: 1 }).format(Number(decimal));
}

/** An average score out of 5 ("4.50") in the voice's locale ("4.5 / 5"). */
export function score(voice: Voice, decimal: string): string {
  const value = /^\d+(\.\d+)?$/.test(decimal) ? new Intl.NumberFormat(voice.locale, { maximumFractionDigits: 2 }).format(Number(decimal)) : decimal;
  return say(voice, 'score', { score: value });
}

/** A purchase month (`YYYY-MM`) in words ("Jan 2025", "janv. 2025"); as it came when malformed. */
export function month(voice: Voice, yearMonth: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(yearMonth);
  if (!match) return yearMonth;
  const instant = Date.UTC(Number(match[1]), Number(match[2]) - 1, 1);
  return new Intl.DateTimeFormat(voice.locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(instant);
}

/** A calendar date in words, in the voice's locale. */
export function date(voice: Voice, isoDate: string): string {
  return formatDate(isoDate, voice.locale, LANGUAGES);
}

/** A part's name (the shared part names), or its code made readable. */
export function part(voice: Voice, code: string): string {
  return partName(voice.language, code);
}

/** The period a report covers, in words. */
export function period(voice: Voice, from: string | null | undefined, to: string | null | undefined): string {
  if (from && to) return say(voice, 'period.range', { from: date(voice, from), to: date(voice, to) });
  if (from) return say(voice, 'period.from', { from: date(voice, from) });
  if (to) return say(voice, 'period.to', { to: date(voice, to) });
  return say(voice, 'period.all');
}
