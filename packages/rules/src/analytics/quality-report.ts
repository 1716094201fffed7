/**
 * Issue 10, quality analytics: what a distributor's back office asks of its repairs, checked
 * before anything is read, and the figures made from the counts the database aggregates.
 */
import { type CalendarDate, commercialAnniversary, compareDates, isCalendarDate } from '../calendar/calendar-date.js';
import { accept, type Decision, refuse } from '../rule-violation.js';

/** A part failing on this many different units of one model, or more, is a repeated defect (unless the question says otherwise). */
export const DEFAULT_REPEAT_THRESHOLD = 3;
export const MIN_REPEAT_THRESHOLD = 2;
export const MAX_REPEAT_THRESHOLD = 10_000;
/** The longest range of ticket creation dates one report covers. */
export const MAX_REPORT_YEARS = 5;
/** At most this many product models in one filter. */
export const MAX_REPORT_MODELS = 100;
const MAX_TEXT = 100;
const COUNTRY = /^[A-Z]{2}$/;

/** What the back office asks, as typed. */
export interface QualityReportQuestion {
  readonly from?: string | null;
  readonly to?: string | null;
  readonly productModels?: readonly string[] | null;
  readonly category?: string | null;
  readonly country?: string | null;
  readonly repeatThreshold?: number | null;
}

/** The question made plain: dates checked, codes trimmed and upper-cased, the threshold set. */
export interface QualityReportScope {
  /** First day of ticket creation covered, inclusive (the tenant's zone); null: from the first ticket. */
  readonly from: CalendarDate | null;
  /** Last day covered, inclusive; null: up to now. */
  readonly to: CalendarDate | null;
  /** Catalogue model codes; empty: every model. */
  readonly productModels: readonly string[];
  readonly category: string | null;
  /** ISO 3166-1 alpha-2. */
  readonly country: string | null;
  readonly repeatThreshold: number;
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** Checks a quality report question and names the field at fault. */
export function normaliseQualityReportQuestion(question: QualityReportQuestion): Decision<QualityReportScope> {
  const from = clean(question.from);
  const to = clean(question.to);
  for (const [field, value] of [['from', from], ['to', to]] as const) {
    if (value !== null && !isCalendarDate(value)) return refuse('INVALID_DATE', `${field} is not a calendar date (YYYY-MM-DD).`, [field]);
  }
  if (from !== null && to !== null) {
    if (compareDates(from, to) > 0) return refuse('INVALID_RANGE', 'from is after to: the range starts on from and ends on to, both included.', ['from']);
    // Five years from `from` end on the day before its fifth anniversary.
    if (compareDates(to, commercialAnniversary(from, MAX_REPORT_YEARS * 12)) >= 0) {
      return refuse('RANGE_TOO_LONG', `A report covers at most ${MAX_REPORT_YEARS} years: bring to closer to from.`, ['to']);
    }
  }
  const models = (question.productModels ?? []).map((model) => clean(model)?.toUpperCase() ?? null);
  if (models.some((model) => model === null)) return refuse('REQUIRED', 'A product model in the filter is blank.', ['productModels']);
  if (models.some((model) => model!.length > MAX_TEXT)) return refuse('TOO_LONG', `A product model is longer than ${MAX_TEXT} characters.`, ['productModels']);
  const productModels = [...new Set(models as string[])].sort();
  if (productModels.length > MAX_REPORT_MODELS) return refuse('TOO_MANY', `Filter on at most ${MAX_REPORT_MODELS} product models.`, ['productModels']);
  const category = clean(question.category)?.toUpperCase() ?? null;
  if (category !== null && category.length > MAX_TEXT) return refuse('TOO_LONG', `category is longer than ${MAX_TEXT} characters.`, ['category']);
  const country = clean(question.country)?.toUpperCase() ?? null;
  if (country !== null && !COUNTRY.test(country)) return refuse('INVALID_COUNTRY', 'country is an ISO 3166-1 alpha-2 code, such as FR.', ['country']);
  const repeatThreshold = question.repeatThreshold ?? DEFAULT_REPEAT_THRESHOLD;
  if (!Number.isInteger(repeatThreshold) || repeatThreshold < MIN_REPEAT_THRESHOLD || repeatThreshold > MAX_REPEAT_THRESHOLD) {
    return refuse('OUT_OF_RANGE', `repeatThreshold is a number of units from ${MIN_REPEAT_THRESHOLD} to ${MAX_REPEAT_THRESHOLD}.`, ['repeatThreshold']);
  }
  return accept({ from, to, productModels, category, country, repeatThreshold });
}

/** n / d as a decimal string with `decimals` places, rounded half up, from whole numbers only (no floating point). */
function decimalRatio(numerator: number, denominator: number, decimals: number): string {
  const scale = 10n ** BigInt(decimals);
  const scaled = (BigInt(numerator) * scale * 2n + BigInt(denominator)) / (BigInt(denominator) * 2n);
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(decimals, '0');
  return decimals > 0 ? `${whole}.${fraction}` : `${whole}`;
}

function checkCounts(numerator: number, denominator: number): void {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || numerator < 0 || denominator < 0) {
    throw new RangeError(`Counts are whole numbers not below zero: ${numerator} / ${denominator}.`);
  }
}

/**
 * A share in percent with two decimals ("25.00", "0.03"), as the schema writes percentages: a
 * decimal string. Null when there is nothing to divide by (no unit sold, no ticket closed).
 */
export function percentOf(numerator: number, denominator: number): string | null {
  checkCounts(numerator, denominator);
  if (denominator === 0) return null;
  return decimalRatio(numerator * 100, denominator, 2);
}

/** The average of scores whose sum and count are given, with two decimals ("4.50"); null without any. */
export function averageScore(sum: number, count: number): string | null {
  checkCounts(sum, count);
  if (count === 0) return null;
  return decimalRatio(sum, count, 2);
}

/** A duration in seconds (as the database measures it) in hours, with two decimals ("26.50"); null when unknown. */
export function hoursFromSeconds(seconds: number | null): string | null {
  if (seconds === null || !Number.isFinite(seconds)) return null;
  // To whole seconds first: the database's interval arithmetic is exact to the microsecond, not the float it returns.
  const whole = Math.round(seconds);
  const sign = whole < 0 ? '-' : '';
  return `${sign}${decimalRatio(Math.abs(whole), 3600, 2)}`;
}
