/**
 * Seed 001, step 5, and seed 004: out-of-warranty work is priced from the tenant's price list
 * before any charge, and the customer is told in plain words whether repair is worth it.
 */
import type { Language } from '../language/language.js';
import { accept, type Decision, refuse } from '../rule-violation.js';
import { labourForMinutes, type PriceList } from '../booking/price-estimate.js';
import { type RepairBonus, repairBonusDeduction } from '../legal/repair-bonus.js';

/** REPAIR_BONUS: France's bonus réparation, deducted by a labelled repairer (a negative amount). */
export type QuoteLineKind = 'CALL_OUT' | 'LABOUR' | 'PART' | 'REPAIR_BONUS';

export interface QuoteLine {
  readonly kind: QuoteLineKind;
  /** The part code for a PART line, null otherwise. */
  readonly part: string | null;
  readonly amountMinor: number;
  /** True when the warranty pays this line: its amount is 0. */
  readonly covered: boolean;
}

export interface RepairQuote {
  readonly currency: string;
  readonly lines: readonly QuoteLine[];
  readonly totalMinor: number;
}

export interface QuoteRequest {
  /** The parts the repair needs, as priced in the list. */
  readonly parts: readonly string[];
  readonly labourMinutes: number;
  /** Parts the warranty still covers: priced at 0 on the quote. */
  readonly coveredParts?: ReadonlySet<string>;
  /** The bonus a labelled repairer deducts, when the law grants one for this repair (see `checkQuoteUnderTheLaw`). */
  readonly repairBonus?: RepairBonus | null;
}

const MAX_LABOUR_MINUTES = 24 * 60;
const MAX_PARTS = 20;

/**
 * A quote from the price list: the call-out, labour per started quarter hour and each part at its
 * listed price. Refused when a part has no price (the desk must add it to the list first), or the
 * labour time is not a whole number of minutes from 1 to 1440.
 */
export function quoteRepair(priceList: PriceList, request: QuoteRequest): Decision<RepairQuote> {
  if (!Number.isInteger(request.labourMinutes) || request.labourMinutes < 1 || request.labourMinutes > MAX_LABOUR_MINUTES) {
    return refuse('OUT_OF_RANGE', `labourMinutes must be a whole number from 1 to ${MAX_LABOUR_MINUTES}.`, ['labourMinutes']);
  }
  if (request.parts.length > MAX_PARTS) return refuse('OUT_OF_RANGE', `A quote lists at most ${MAX_PARTS} parts.`, ['parts']);
  const unpriced = request.parts.filter((part) => !Object.hasOwn(priceList.parts, part));
  if (unpriced.length > 0) return refuse('UNPRICED_PART', `The price list has no price for ${unpriced.join(', ')}.`, ['parts']);
  const covered = request.coveredParts ?? new Set<string>();
  const lines: QuoteLine[] = [
    { kind: 'CALL_OUT', part: null, amountMinor: priceList.callOutMinor, covered: false },
    { kind: 'LABOUR', part: null, amountMinor: labourForMinutes(priceList.labourPerHourMinor, request.labourMinutes), covered: false },
    ...request.parts.map((part): QuoteLine => (covered.has(part)
      ? { kind: 'PART', part, amountMinor: 0, covered: true }
      : { kind: 'PART', part, amountMinor: priceList.parts[part] ?? 0, covered: false })),
  ];
  const subtotal = lines.reduce((sum, line) => sum + line.amountMinor, 0);
  // A repair the warranty pays in part is not an out-of-warranty repair: no bonus then.
  const bonus = repairBonusDeduction(request.repairBonus ?? null, subtotal, priceList.currency, lines.some((line) => line.covered));
  if (bonus > 0) lines.push({ kind: 'REPAIR_BONUS', part: null, amountMinor: -bonus, covered: false });
  return accept({ currency: priceList.currency, lines, totalMinor: subtotal - bonus });
}

export type RepairAdviceCode = 'REPAIR' | 'REPLACE';
/** Why: the repair is within the tenant's share of a new unit's price, above it, or impossible. */
export type RepairAdviceReason = 'WORTH_REPAIRING' | 'TOO_COSTLY' | 'NOT_REPAIRABLE' | 'NO_REPLACEMENT_PRICE';

export interface RepairAdvice {
  readonly advice: RepairAdviceCode;
  readonly reason: RepairAdviceReason;
  /** The repair as a share of the replacement price, in whole percent; null without both prices. */
  readonly costPercent: number | null;
}

export interface AdviceFacts {
  readonly repairable: boolean;
  readonly repairMinor: number | null;
  readonly replacementPriceMinor: number | null;
  /** The tenant's share of the replacement price above which repair is advised against, 1 to 100. */
  readonly limitPercent: number;
}

/**
 * Repair or replace (seed 004: "when repair is impossible or too costly, inform and advise"):
 * replace when repair is impossible or costs more than `limitPercent` of a new unit; repair
 * otherwise, and repair when no replacement price is known (nothing to compare with).
 */
export function adviseRepairOrReplace(facts: AdviceFacts): RepairAdvice {
  if (!facts.repairable) return { advice: 'REPLACE', reason: 'NOT_REPAIRABLE', costPercent: null };
  if (facts.repairMinor === null || facts.replacementPriceMinor === null || facts.replacementPriceMinor <= 0) {
    return { advice: 'REPAIR', reason: 'NO_REPLACEMENT_PRICE', costPercent: null };
  }
  const costPercent = Math.round((facts.repairMinor * 100) / facts.replacementPriceMinor);
  // Compared in integers: repair × 100 > replacement × limit.
  const tooCostly = facts.repairMinor * 100 > facts.replacementPriceMinor * facts.limitPercent;
  return { advice: tooCostly ? 'REPLACE' : 'REPAIR', reason: tooCostly ? 'TOO_COSTLY' : 'WORTH_REPAIRING', costPercent };
}

/** Checks a tenant's repair-cost limit: a whole percent from 1 to 100. */
export function checkRepairCostLimit(limitPercent: number): Decision<number> {
  if (!Number.isInteger(limitPercent) || limitPercent < 1 || limitPercent > 100) return refuse('OUT_OF_RANGE', 'The repair-cost limit is a whole percent from 1 to 100.', ['repairCostLimitPercent']);
  return accept(limitPercent);
}

/** The advice in plain words, in one language. */
export type RepairAdviceWords = Readonly<Record<RepairAdviceReason, (percent: number) => string>>;

export const REPAIR_ADVICE_WORDS: Readonly<Record<Language, RepairAdviceWords>> = {
  en: {
    NOT_REPAIRABLE: () => 'The technician could not repair this appliance. We advise replacing it; the service desk can help you choose.',
    TOO_COSTLY: (percent) => `The repair would cost about ${percent}% of the price of a new appliance. We advise replacing it rather than repairing it.`,
    WORTH_REPAIRING: (percent) => `The repair costs about ${percent}% of the price of a new appliance: repairing it is worthwhile.`,
    NO_REPLACEMENT_PRICE: () => 'Repairing it is the sensible choice: we have no replacement price to compare with.',
  },
  fr: {
    NOT_REPAIRABLE: () => "Le technicien n'a pas pu réparer cet appareil. Nous vous conseillons de le remplacer ; le service client peut vous aider à choisir.",
    TOO_COSTLY: (percent) => `La réparation coûterait environ ${percent} % du prix d'un appareil neuf. Nous vous conseillons de le remplacer plutôt que de le réparer.`,
    WORTH_REPAIRING: (percent) => `La réparation coûte environ ${percent} % du prix d'un appareil neuf : elle vaut la peine.`,
    NO_REPLACEMENT_PRICE: () => "La réparation est le choix raisonnable : nous n'avons pas de prix de remplacement pour comparer.",
  },
  nl: {
    NOT_REPAIRABLE: () => 'De technicus kon dit apparaat niet repareren. Wij raden u aan het te vervangen; de klantenservice helpt u graag kiezen.',
    TOO_COSTLY: (percent) => `De reparatie zou ongeveer ${percent}% van de prijs van een nieuw apparaat kosten. Wij raden u aan het te vervangen in plaats van het te laten repareren.`,
    WORTH_REPAIRING: (percent) => `De reparatie kost ongeveer ${percent}% van de prijs van een nieuw apparaat: repareren is de moeite waard.`,
    NO_REPLACEMENT_PRICE: () => 'Repareren is de verstandige keuze: wij hebben geen prijs van een nieuw apparaat om mee te vergelijken.',
  },
  zh: {
    NOT_REPAIRABLE: () => '技术人员无法修复此设备。我们建议您更换新设备；售后服务部门可以帮助您挑选。',
    TOO_COSTLY: (percent) => `维修费用约为新设备价格的${percent}%。我们建议您更换新设备，而不是维修。`,
    WORTH_REPAIRING: (percent) => `维修费用约为新设备价格的${percent}%：值得维修。`,
    NO_REPLACEMENT_PRICE: () => '维修是合理的选择：我们没有可供比较的新设备价格。',
  },
};

/** The advice in plain words, for the customer (seed 004: "in plain words rather than jargon"). */
export function explainRepairAdvice(advice: RepairAdvice, language: Language): string {
  return REPAIR_ADVICE_WORDS[language][advice.reason](advice.costPercent ?? 0);
}
