/**
 * The statutory layer of a warranty check: which guarantees the law gives where the product was
 * bought, counted as the law counts (EU Regulation 1182/71 and the national codes: the day of
 * delivery is not counted, and a period of N years ends on the same date N years later), and
 * what the repairs recorded on the unit change.
 */
import { addDays, type CalendarDate, isCalendarDate, maxDate, statutoryAnniversary } from '../calendar/calendar-date.js';
import type { DateRange } from '../calendar/date-range.js';
import { accept, type Decision, refuse } from '../rule-violation.js';
import { extendForServiceDays } from '../warranty/coverage.js';
import { normaliseCategory } from './appliance-categories.js';
import { isEuMemberState } from './jurisdictions.js';
import { REPAIR_BONUS_SCALES, type RepairBonus, repairBonusFor, type RepairBonusScale } from './repair-bonus.js';
import {
  type GoodsCondition,
  type LegalRemedyKind,
  type LegalRightKind,
  type LiableParty,
  ruleInForce,
  STATUTORY_RULES,
  type StatutoryRule,
} from './statutory-rules.js';

/** A repair asked for on this unit, as the tickets recorded it (cancelled requests left out). */
export interface RecordedRepair {
  /** The day the customer asked for it. */
  readonly requestedOn: CalendarDate;
  /** The day it was repaired; null while it is not. */
  readonly repairedOn: CalendarDate | null;
  /** The technician found it could not be repaired. */
  readonly notRepairable: boolean;
  /** The customer paid for the work: it was not a repair under a guarantee. */
  readonly paidByCustomer: boolean;
  /** What failed (symptom and part codes): two requests that share one are the same fault. */
  readonly fault: readonly string[];
}

export interface LegalRightsRequest {
  /** ISO 3166-1 alpha-2 country where bought; null when unknown (no right is listed). */
  readonly country: string | null;
  /** The catalogue category (REFRIGERATOR, WASHING_MACHINE, …). */
  readonly category: string;
  readonly purchaseDate: CalendarDate;
  /** The day the goods were delivered, from which the law counts; the purchase date when unknown. */
  readonly deliveredOn: CalendarDate;
  readonly asOf: CalendarDate;
  readonly condition: GoodsCondition;
  /** Days the unit spent in repair or awaiting parts. */
  readonly servicePeriods: readonly DateRange[];
  readonly repairs: readonly RecordedRepair[];
  /** The last day the maker's whole-unit cover runs (its repair days included), or null without one. */
  readonly commercialCoverEndsOn: CalendarDate | null;
  readonly rules?: readonly StatutoryRule[];
  readonly bonusScales?: readonly RepairBonusScale[];
}

export interface LegalRemedy {
  readonly kind: LegalRemedyKind;
  /** Whether the customer may ask for it on the judging day. */
  readonly available: boolean;
  /** Last day it may be asked for, included; null where the law sets no fixed end. */
  readonly until: CalendarDate | null;
}

/** Why a period ends later than the law's base length. */
export type LegalExtension =
  | { readonly kind: 'REPAIR'; readonly months: number; readonly repairedOn: CalendarDate }
  | { readonly kind: 'SERVICE_DAYS'; readonly days: number };

export interface LegalRight {
  readonly ruleId: string;
  readonly jurisdiction: string;
  readonly kind: LegalRightKind;
  readonly startsOn: CalendarDate;
  /** Last day, included; null where the law sets no fixed end. */
  readonly endsOn: CalendarDate | null;
  /** Until when a defect is presumed to have existed at delivery. */
  readonly presumptionEndsOn: CalendarDate | null;
  readonly active: boolean;
  readonly liable: LiableParty;
  readonly source: string;
  readonly sourceUrl: string | null;
  readonly remedies: readonly LegalRemedy[];
  readonly extension: LegalExtension | null;
  readonly condition: GoodsCondition;
  /** The EU floor shown for a member state without a rule set of its own. */
  readonly floorOnly: boolean;
  /** Days the seller has to repair or replace before price reduction or a refund. */
  readonly remedyDeadlineDays: number | null;
  /** Months a repair under this guarantee adds, once. */
  readonly repairExtensionMonths: number | null;
  /** A replacement, given because the chosen repair was not carried out, starts a new guarantee. */
  readonly renewsOnReplacementAfterRepair: boolean;
  /** The latest day the right can be used at all (hidden defects: 20 years from the sale). */
  readonly longStopOn: CalendarDate | null;
  /** China: repairs of the same fault after which replacement is due. */
  readonly failedRepairsForReplacement: number | null;
  /** France's repair bonus, for REPAIR_BONUS. */
  readonly bonus: RepairBonus | null;
}

/** What the recorded repairs show, judged inside one period. */
interface RepairHistory {
  readonly firstFreeRepair: RecordedRepair | undefined;
  readonly notRepairable: boolean;
  /** The most repairs of one fault after which that fault came back. */
  readonly failedRepairsOfOneFault: number;
  /** A request still not repaired after `deadlineDays`. */
  readonly overdue: boolean;
}

function historyWithin(repairs: readonly RecordedRepair[], within: (day: CalendarDate) => boolean, asOf: CalendarDate, deadlineDays: number | null): RepairHistory {
  const made = repairs.filter((r) => within(r.requestedOn) && r.requestedOn <= asOf);
  const free = made.filter((r) => r.repairedOn !== null && r.repairedOn <= asOf && !r.paidByCustomer).sort((a, b) => (a.repairedOn! < b.repairedOn! ? -1 : 1));
  const failedByFault = new Map<string, number>();
  for (const repair of free) {
    const cameBack = made.some((later) => later.requestedOn > repair.repairedOn! && later.fault.some((code) => repair.fault.includes(code)));
    if (!cameBack) continue;
    for (const code of new Set(repair.fault)) failedByFault.set(code, (failedByFault.get(code) ?? 0) + 1);
  }
  return {
    firstFreeRepair: free[0],
    notRepairable: made.some((r) => r.notRepairable),
    failedRepairsOfOneFault: Math.max(0, ...failedByFault.values()),
    overdue: deadlineDays !== null && made.some((r) => r.repairedOn === null && !r.notRepairable && asOf > addDays(r.requestedOn, deadlineDays)),
  };
}

function isActive(asOf: CalendarDate, startsOn: CalendarDate, endsOn: CalendarDate | null): boolean {
  return asOf >= startsOn && (endsOn === null || asOf <= endsOn);
}

const BLANK = {
  extension: null,
  floorOnly: false,
  remedyDeadlineDays: null,
  repairExtensionMonths: null,
  renewsOnReplacementAfterRepair: false,
  longStopOn: null,
  failedRepairsForReplacement: null,
  bonus: null,
  presumptionEndsOn: null,
} as const;

function base(rule: StatutoryRule, request: LegalRightsRequest) {
  return { ruleId: rule.id, jurisdiction: rule.jurisdiction, kind: rule.kind, liable: rule.liable, source: rule.source, sourceUrl: rule.sourceUrl, condition: request.condition };
}

/** The seller's guarantee of conformity (EU floor, France, the Netherlands). */
function conformity(rule: StatutoryRule, request: LegalRightsRequest): LegalRight {
  const startsOn = request.deliveredOn;
  const months = rule.durationMonths?.[request.condition] ?? null;
  const baseEnd = months === null ? null : statutoryAnniversary(startsOn, months);
  const presumption = rule.presumptionMonths === null ? null : statutoryAnniversary(startsOn, rule.presumptionMonths[request.condition]);
  const inBase = (day: CalendarDate) => isActive(day, startsOn, baseEnd);
  const history = historyWithin(request.repairs, inBase, request.asOf, rule.remedyDeadlineDays);
  let endsOn = baseEnd;
  let extension: LegalExtension | null = null;
  const repair = history.firstFreeRepair;
  if (rule.repairExtensionMonths !== null && baseEnd !== null && repair?.repairedOn) {
    endsOn = statutoryAnniversary(baseEnd, rule.repairExtensionMonths);
    extension = { kind: 'REPAIR', months: rule.repairExtensionMonths, repairedOn: repair.repairedOn };
  }
  const active = isActive(request.asOf, startsOn, endsOn);
  const secondLine = history.notRepairable || history.failedRepairsOfOneFault > 0 || history.overdue;
  return {
    ...BLANK,
    ...base(rule, request),
    startsOn,
    endsOn,
    presumptionEndsOn: presumption !== null && endsOn !== null && presumption > endsOn ? endsOn : presumption,
    active,
    remedies: rule.remedies.map((kind) => ({
      kind,
      available: active && (kind === 'REPAIR' || kind === 'REPLACEMENT' || secondLine),
      until: endsOn,
    })),
    extension,
    remedyDeadlineDays: rule.remedyDeadlineDays,
    repairExtensionMonths: baseEnd === null ? null : rule.repairExtensionMonths,
    renewsOnReplacementAfterRepair: rule.renewsOnReplacementAfterRepair,
  };
}

/** France: the seller's guarantee against hidden defects, two years from their discovery. */
function hiddenDefects(rule: StatutoryRule, request: LegalRightsRequest): LegalRight {
  const startsOn = request.deliveredOn;
  const longStopOn = rule.longStopYears === null ? null : statutoryAnniversary(request.purchaseDate, rule.longStopYears * 12);
  const active = isActive(request.asOf, startsOn, longStopOn);
  return {
    ...BLANK,
    ...base(rule, request),
    startsOn,
    endsOn: null,
    active,
    remedies: rule.remedies.map((kind) => ({ kind, available: active, until: null })),
    longStopOn,
  };
}

/** China's three guarantees (三包): return, exchange, repair, and replacement after failed repairs. */
function threeGuarantees(rule: StatutoryRule, request: LegalRightsRequest): LegalRight {
  const startsOn = request.purchaseDate;
  const baseEnd = statutoryAnniversary(startsOn, rule.durationMonths?.[request.condition] ?? 12);
  const period = rule.addsServiceDays ? extendForServiceDays(startsOn, baseEnd, request.servicePeriods) : { endsOn: baseEnd, extendedByDays: 0 };
  const endsOn = period.endsOn;
  const active = isActive(request.asOf, startsOn, endsOn);
  const history = historyWithin(request.repairs, (day) => isActive(day, startsOn, endsOn), request.asOf, null);
  const replacementDue = rule.failedRepairsForReplacement !== null && history.failedRepairsOfOneFault >= rule.failedRepairsForReplacement;
  const windowEnd = (days: number | null) => (days === null ? null : addDays(startsOn, days));
  const remedies = rule.remedies.map((kind): LegalRemedy => {
    if (kind === 'RETURN' || kind === 'EXCHANGE') {
      const until = windowEnd(kind === 'RETURN' ? rule.returnDays : rule.exchangeDays);
      return { kind, available: until !== null && isActive(request.asOf, startsOn, until), until };
    }
    if (kind === 'REPAIR') return { kind, available: active, until: endsOn };
    return { kind, available: active && replacementDue, until: endsOn };
  });
  return {
    ...BLANK,
    ...base(rule, request),
    startsOn,
    endsOn,
    active,
    remedies,
    extension: period.extendedByDays > 0 ? { kind: 'SERVICE_DAYS', days: period.extendedByDays } : null,
    failedRepairsForReplacement: rule.failedRepairsForReplacement,
  };
}

/** EU 2024/1799: the manufacturer repairs Annex II goods on request, at a reasonable price, beyond the guarantee. */
function manufacturerRepair(rule: StatutoryRule, request: LegalRightsRequest): LegalRight {
  const startsOn = maxDate([request.deliveredOn, rule.effectiveFrom])!;
  const active = isActive(request.asOf, startsOn, null);
  return { ...BLANK, ...base(rule, request), startsOn, endsOn: null, active, remedies: [{ kind: 'REPAIR', available: active, until: null }] };
}

/** France's repair bonus, from the day no guarantee covers the unit. */
function repairBonusRight(request: LegalRightsRequest, conformityEnd: CalendarDate | null | undefined): LegalRight | null {
  const bonus = repairBonusFor(request.country, request.category, request.asOf, request.bonusScales ?? REPAIR_BONUS_SCALES);
  if (bonus === null) return null;
  // A guarantee with no fixed end never lets the bonus start: the law's cover comes first.
  if (conformityEnd === null) return null;
  const lastCovered = maxDate([request.commercialCoverEndsOn, conformityEnd].filter((d): d is CalendarDate => typeof d === 'string'));
  const startsOn = lastCovered === undefined ? request.deliveredOn : addDays(lastCovered, 1);
  const active = isActive(request.asOf, startsOn, null);
  return {
    ...BLANK,
    ruleId: bonus.scaleId,
    jurisdiction: request.country!.toUpperCase(),
    kind: 'REPAIR_BONUS',
    liable: 'MANUFACTURER',
    source: bonus.source,
    sourceUrl: bonus.sourceUrl,
    condition: request.condition,
    startsOn,
    endsOn: null,
    active,
    remedies: [{ kind: 'REPAIR', available: active, until: null }],
    bonus,
  };
}

/** Whether the EU floor gives something the national conformity rule does not: a later end or a longer presumption. */
function floorSaysMore(floor: LegalRight, national: LegalRight): boolean {
  const later = (a: CalendarDate | null, b: CalendarDate | null) => a !== null && (b === null ? false : a > b);
  const laterPresumption = floor.presumptionEndsOn !== null && (national.presumptionEndsOn === null || floor.presumptionEndsOn > national.presumptionEndsOn);
  return later(floor.endsOn, national.endsOn) || laterPresumption;
}

function applies(rule: StatutoryRule | undefined, category: string): rule is StatutoryRule {
  return rule !== undefined && (rule.categories === null || rule.categories.has(normaliseCategory(category)));
}

/**
 * The only ways a legal question can be refused: a day that is not a real one, a delivery before
 * the purchase. Checked on its own by a caller that judges the law only when asked for it.
 */
export function checkLegalDates(request: Pick<LegalRightsRequest, 'purchaseDate' | 'deliveredOn' | 'asOf'>): Decision<null> {
  for (const [field, day] of [['purchaseDate', request.purchaseDate], ['deliveredOn', request.deliveredOn], ['asOf', request.asOf]] as const) {
    if (!isCalendarDate(day)) return refuse('INVALID_DATE', `"${day}" is not a real day (YYYY-MM-DD).`, [field]);
  }
  if (request.deliveredOn < request.purchaseDate) {
    return refuse('DELIVERY_BEFORE_PURCHASE', `The delivery date ${request.deliveredOn} comes before the purchase date ${request.purchaseDate}.`, ['deliveredOn']);
  }
  return accept(null);
}

/**
 * Every statutory right where the product was bought: the national rule set in force on the
 * purchase date and, inside the EU, the directive's floor where it says more (or alone, for a
 * member state without a rule set of its own); obligations in force on the judging day; France's
 * repair bonus once no guarantee covers the unit. Information, not legal advice.
 */
export function assessLegalRights(request: LegalRightsRequest): Decision<LegalRight[]> {
  const dates = checkLegalDates(request);
  if (!dates.ok) return dates;
  if (request.country === null) return accept([]);
  const rules = request.rules ?? STATUTORY_RULES;
  const country = request.country.toUpperCase();
  const inEu = isEuMemberState(country);
  const pick = (jurisdiction: string, kind: LegalRightKind) => {
    const byPurchase = ruleInForce(rules, jurisdiction, kind, request.purchaseDate);
    if (byPurchase?.appliesBy === 'PURCHASE_DATE') return byPurchase;
    const byJudgingDay = ruleInForce(rules, jurisdiction, kind, request.asOf);
    return byJudgingDay?.appliesBy === 'JUDGING_DAY' ? byJudgingDay : undefined;
  };

  const rights: LegalRight[] = [];
  const national = pick(country, 'CONFORMITY');
  const nationalRight = applies(national, request.category) ? conformity(national, request) : undefined;
  if (nationalRight) rights.push(nationalRight);
  const floor = inEu ? pick('EU', 'CONFORMITY') : undefined;
  if (applies(floor, request.category)) {
    const floorRight = conformity(floor, request);
    if (!nationalRight) rights.push({ ...floorRight, floorOnly: true });
    else if (floorSaysMore(floorRight, nationalRight)) rights.push(floorRight);
  }
  const hidden = pick(country, 'HIDDEN_DEFECTS');
  if (applies(hidden, request.category)) rights.push(hiddenDefects(hidden, request));
  const threeGuaranteesRule = pick(country, 'THREE_GUARANTEES');
  if (applies(threeGuaranteesRule, request.category)) rights.push(threeGuarantees(threeGuaranteesRule, request));
  const manufacturer = inEu ? pick('EU', 'MANUFACTURER_REPAIR') : undefined;
  if (applies(manufacturer, request.category)) rights.push(manufacturerRepair(manufacturer, request));
  const conformityEnds = rights.filter((r) => r.kind === 'CONFORMITY').map((r) => r.endsOn);
  const bonus = repairBonusRight(request, conformityEnds.includes(null) ? null : maxDate(conformityEnds as CalendarDate[]));
  if (bonus) rights.push(bonus);
  return accept(rights);
}
