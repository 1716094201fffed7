import { addDays, type CalendarDate, isCalendarDate, maxDate } from '../calendar/calendar-date.js';
import type { DateRange } from '../calendar/date-range.js';
import { accept, type Decision, refuse } from '../rule-violation.js';
import { type CoverPeriod, coverPeriod, daysLeft } from './coverage.js';
import { WARRANTY_PARTS, type WarrantyPolicy } from './policy.js';
import { type PlaceOfPurchase, selectPolicies } from './policy-selection.js';

export type WarrantyStatus = 'COVERED' | 'PARTLY_COVERED' | 'EXPIRED' | 'NO_POLICY';
export type RemedyKind = 'RETURN' | 'EXCHANGE' | 'REPAIR';

export interface Coverage {
  readonly part: string;
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate;
  readonly active: boolean;
  readonly daysLeft: number;
  readonly extendedByDays: number;
  readonly policyId: string;
  readonly policyName: string;
}

export interface Remedy {
  readonly kind: RemedyKind;
  /** Last day the customer may ask for it, included. */
  readonly until: CalendarDate;
}

export interface WarrantyCheckRequest {
  readonly productLines: readonly string[];
  readonly purchaseDate: CalendarDate;
  /** The day to judge on. */
  readonly asOf: CalendarDate;
  readonly place: PlaceOfPurchase;
  /** Every policy the tenant holds (or at least those of the product's lines). */
  readonly policies: readonly WarrantyPolicy[];
  /** Days the product spent in repair or waiting for parts. */
  readonly servicePeriods: readonly DateRange[];
}

export interface WarrantyAssessment {
  readonly purchaseDate: CalendarDate;
  readonly asOf: CalendarDate;
  readonly status: WarrantyStatus;
  readonly coverages: readonly Coverage[];
  readonly remedies: readonly Remedy[];
  readonly exclusions: readonly string[];
  readonly paidRepairAvailable: boolean;
  readonly appliedPolicies: readonly WarrantyPolicy[];
  /** Policies that would apply on this date but only in a region the purchase is not known to be in. */
  readonly policiesOutsideRegion: readonly WarrantyPolicy[];
}

const PART_ORDER = new Map<string, number>(WARRANTY_PARTS.map((part, index) => [part, index]));

function partRank(part: string): number {
  return PART_ORDER.get(part) ?? WARRANTY_PARTS.length;
}

/** Cover periods of one check by length in months: a policy's parts mostly share a few lengths. */
type PeriodsByMonths = Map<number, { period: CoverPeriod; left: number }>;

function coveragesOf(policy: WarrantyPolicy, request: WarrantyCheckRequest, periods: PeriodsByMonths): Coverage[] {
  return [...policy.terms]
    .sort((a, b) => partRank(a.part) - partRank(b.part) || a.part.localeCompare(b.part))
    .map((term) => {
      let cover = periods.get(term.months);
      if (!cover) {
        const period = coverPeriod(request.purchaseDate, term.months, request.servicePeriods);
        periods.set(term.months, (cover = { period, left: daysLeft(period, request.asOf) }));
      }
      const { period, left } = cover;
      return {
        part: term.part,
        startsOn: period.startsOn,
        endsOn: period.endsOn,
        active: left > 0,
        daysLeft: left,
        extendedByDays: period.extendedByDays,
        policyId: policy.id,
        policyName: policy.name,
      };
    });
}

function statusOf(policies: readonly WarrantyPolicy[], coverages: readonly Coverage[]): WarrantyStatus {
  if (policies.length === 0) return 'NO_POLICY';
  const active = coverages.filter((c) => c.active).length;
  if (active === 0) return 'EXPIRED';
  return active === coverages.length ? 'COVERED' : 'PARTLY_COVERED';
}

function remediesOf(policies: readonly WarrantyPolicy[], coverages: readonly Coverage[], request: WarrantyCheckRequest): Remedy[] {
  const remedies: Remedy[] = [];
  const window = (days: (p: WarrantyPolicy) => number | null): CalendarDate | undefined =>
    maxDate(policies.map(days).filter((d): d is number => d !== null).map((d) => addDays(request.purchaseDate, d)));
  const returnUntil = window((p) => p.returnDays);
  if (returnUntil !== undefined && request.asOf <= returnUntil) remedies.push({ kind: 'RETURN', until: returnUntil });
  const exchangeUntil = window((p) => p.exchangeDays);
  if (exchangeUntil !== undefined && request.asOf <= exchangeUntil) remedies.push({ kind: 'EXCHANGE', until: exchangeUntil });
  const repairUntil = maxDate(coverages.filter((c) => c.active).map((c) => c.endsOn));
  if (repairUntil !== undefined) remedies.push({ kind: 'REPAIR', until: repairUntil });
  return remedies;
}

/**
 * Judges a purchase against the tenant's policies on a given day: which covers apply, until when,
 * what the customer may ask for now. A purchase that no configured policy covers is NO_POLICY,
 * never a guess.
 */
export function checkWarranty(request: WarrantyCheckRequest): Decision<WarrantyAssessment> {
  if (!isCalendarDate(request.purchaseDate)) {
    return refuse('INVALID_DATE', `The purchase date "${request.purchaseDate}" is not a real day (YYYY-MM-DD).`, ['purchaseDate']);
  }
  if (!isCalendarDate(request.asOf)) {
    return refuse('INVALID_DATE', `The judging day "${request.asOf}" is not a real day (YYYY-MM-DD).`, ['asOf']);
  }
  if (request.purchaseDate > request.asOf) {
    return refuse(
      'PURCHASE_AFTER_JUDGING_DAY',
      `The purchase date ${request.purchaseDate} comes after the day judged on (${request.asOf}); a purchase date cannot be in the future.`,
      ['purchaseDate'],
    );
  }
  const selection = selectPolicies(request.policies, request.productLines, request.purchaseDate, request.place);
  const periods: PeriodsByMonths = new Map();
  const coverages = selection.applicable.flatMap((policy) => coveragesOf(policy, request, periods));
  const exclusions = [...new Set(selection.applicable.flatMap((p) => p.exclusions))];
  return accept({
    purchaseDate: request.purchaseDate,
    asOf: request.asOf,
    status: statusOf(selection.applicable, coverages),
    coverages,
    remedies: remediesOf(selection.applicable, coverages, request),
    exclusions,
    paidRepairAvailable: selection.applicable.some((p) => p.paidRepairAfterExpiry),
    appliedPolicies: selection.applicable,
    policiesOutsideRegion: selection.outsideRegion,
  });
}
