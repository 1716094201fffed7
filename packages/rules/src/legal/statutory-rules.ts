/**
 * The law as data: each statutory guarantee SAV knows, where and when it applies, how long it
 * lasts, what the customer may ask for, who answers for it, and the text it comes from. A rule
 * is never edited once in force: a new version gets a new id and an `effectiveFrom`, and the old
 * one an `effectiveUntil`, so a purchase is always judged by the text of its day.
 *
 * This is information, not legal advice: `reviewedOn` says when each rule was last read against
 * its source.
 */
import type { CalendarDate } from '../calendar/calendar-date.js';
import { ANNEX_II_CATEGORIES } from './appliance-categories.js';

export type LegalRightKind = 'CONFORMITY' | 'HIDDEN_DEFECTS' | 'THREE_GUARANTEES' | 'MANUFACTURER_REPAIR' | 'REPAIR_BONUS';
export type LegalRemedyKind = 'RETURN' | 'EXCHANGE' | 'REPAIR' | 'REPLACEMENT' | 'PRICE_REDUCTION' | 'REFUND';
export type LiableParty = 'SELLER' | 'MANUFACTURER';
export type GoodsCondition = 'NEW' | 'USED';

export interface StatutoryRule {
  readonly id: string;
  /** EU for a directive's floor, otherwise the ISO country code. */
  readonly jurisdiction: string;
  readonly kind: LegalRightKind;
  /**
   * Which day picks the version: the purchase (a sale is governed by the law of its day) or the
   * judging day (an obligation that exists from a date on, whatever the purchase date).
   */
  readonly appliesBy: 'PURCHASE_DATE' | 'JUDGING_DAY';
  readonly effectiveFrom: CalendarDate;
  /** Last day in force, included; null while in force. */
  readonly effectiveUntil: CalendarDate | null;
  /** When this rule was last read against its source. */
  readonly reviewedOn: CalendarDate;
  readonly liable: LiableParty;
  /** Length from delivery, by the goods' condition; null where the law sets no fixed end. */
  readonly durationMonths: Readonly<Record<GoodsCondition, number>> | null;
  /** How long a defect is presumed to have existed at delivery; null where the law presumes nothing. */
  readonly presumptionMonths: Readonly<Record<GoodsCondition, number>> | null;
  /** Months added, once, when the goods are repaired under this guarantee. */
  readonly repairExtensionMonths: number | null;
  /** Days the seller has to repair or replace before price reduction or refund open. */
  readonly remedyDeadlineDays: number | null;
  /** A replacement given because the chosen repair was not carried out starts a new guarantee. */
  readonly renewsOnReplacementAfterRepair: boolean;
  /** China: days from the sale to return, to exchange. */
  readonly returnDays: number | null;
  readonly exchangeDays: number | null;
  /** China: repairs of the same fault after which the customer may have it replaced. */
  readonly failedRepairsForReplacement: number | null;
  /** China: days in repair or awaiting parts are added to the period (seed 001, item 4). */
  readonly addsServiceDays: boolean;
  /** The latest the right can be used, in years from the purchase, where the law sets such a limit. */
  readonly longStopYears: number | null;
  /** Catalogue categories it is limited to; null for every good. */
  readonly categories: ReadonlySet<string> | null;
  readonly remedies: readonly LegalRemedyKind[];
  /** The law and article. */
  readonly source: string;
  readonly sourceUrl: string | null;
}

const EUR_LEX_1999_44 = 'https://eur-lex.europa.eu/eli/dir/1999/44/oj';
const EUR_LEX_2019_771 = 'https://eur-lex.europa.eu/eli/dir/2019/771/oj';
const EUR_LEX_2024_1799 = 'https://eur-lex.europa.eu/eli/dir/2024/1799/oj';
const CODE_DE_LA_CONSOMMATION = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006069565/';
const CODE_CIVIL = 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006070721/';
const BURGERLIJK_WETBOEK_7 = 'https://wetten.overheid.nl/BWBR0005290/';

const REVIEWED = '2026-11-23';

const CONFORMITY_REMEDIES: readonly LegalRemedyKind[] = ['REPAIR', 'REPLACEMENT', 'PRICE_REDUCTION', 'REFUND'];

/** What most rules leave unset. */
const NONE = {
  durationMonths: null,
  presumptionMonths: null,
  repairExtensionMonths: null,
  remedyDeadlineDays: null,
  renewsOnReplacementAfterRepair: false,
  returnDays: null,
  exchangeDays: null,
  failedRepairsForReplacement: null,
  addsServiceDays: false,
  longStopYears: null,
  categories: null,
} as const;

/** The goods 《部分商品修理更换退货责任规定》 lists, as catalogue categories. */
const THREE_GUARANTEES_GOODS: ReadonlySet<string> = new Set([
  'REFRIGERATOR', 'FREEZER', 'FRIDGE_FREEZER', 'AIR_CONDITIONER', 'WASHING_MACHINE', 'TELEVISION',
  'MICROWAVE', 'VACUUM_CLEANER', 'ELECTRIC_FAN', 'RANGE_HOOD', 'GAS_WATER_HEATER',
]);

export const STATUTORY_RULES: readonly StatutoryRule[] = [
  // The European Union's floor, for member states without a rule set of their own.
  {
    ...NONE,
    id: 'EU-1999-44-CONFORMITY',
    jurisdiction: 'EU',
    kind: 'CONFORMITY',
    appliesBy: 'PURCHASE_DATE',
    effectiveFrom: '2002-01-01',
    effectiveUntil: '2021-12-31',
    reviewedOn: REVIEWED,
    liable: 'SELLER',
    durationMonths: { NEW: 24, USED: 12 },
    presumptionMonths: { NEW: 6, USED: 6 },
    remedies: CONFORMITY_REMEDIES,
    source: 'Directive 1999/44/EC, art. 3, 5(1), 5(3) and 7(1)',
    sourceUrl: EUR_LEX_1999_44,
  },
  {
    ...NONE,
    id: 'EU-2019-771-CONFORMITY',
    jurisdiction: 'EU',
    kind: 'CONFORMITY',
    appliesBy: 'PURCHASE_DATE',
    effectiveFrom: '2022-01-01',
    effectiveUntil: '2026-07-30',
    reviewedOn: REVIEWED,
    liable: 'SELLER',
    durationMonths: { NEW: 24, USED: 12 },
    presumptionMonths: { NEW: 12, USED: 12 },
    remedies: CONFORMITY_REMEDIES,
    source: 'Directive (EU) 2019/771, art. 10, 11 and 13',
    sourceUrl: EUR_LEX_2019_771,
  },
  {
    ...NONE,
    id: 'EU-2019-771-CONFORMITY-2026',
    jurisdiction: 'EU',
    kind: 'CONFORMITY',
    appliesBy: 'PURCHASE_DATE',
    effectiveFrom: '2026-07-31',
    effectiveUntil: null,
    reviewedOn: REVIEWED,
    liable: 'SELLER',
    durationMonths: { NEW: 24, USED: 12 },
    presumptionMonths: { NEW: 12, USED: 12 },
    repairExtensionMonths: 12,
    remedies: CONFORMITY_REMEDIES,
    source: 'Directive (EU) 2019/771, art. 10, 11 and 13, as amended by Directive (EU) 2024/1799, art. 16',
    sourceUrl: EUR_LEX_2024_1799,
  },
  {
    ...NONE,
    id: 'EU-2024-1799-MANUFACTURER-REPAIR',
    jurisdiction: 'EU',
    kind: 'MANUFACTURER_REPAIR',
    appliesBy: 'JUDGING_DAY',
    effectiveFrom: '2026-07-31',
    effectiveUntil: null,
    reviewedOn: REVIEWED,
    liable: 'MANUFACTURER',
    categories: ANNEX_II_CATEGORIES,
    remedies: ['REPAIR'],
    source: 'Directive (EU) 2024/1799, art. 5 and Annex II',
    sourceUrl: EUR_LEX_2024_1799,
  },

  // France.
  {
    ...NONE,
    id: 'FR-CONFORMITY-2005',
    jurisdiction: 'FR',
    kind: 'CONFORMITY',
    appliesBy: 'PURCHASE_DATE',
    effectiveFrom: '2005-02-19',
    effectiveUntil: '2016-03-17',
    reviewedOn: REVIEWED,
    liable: 'SELLER',
    durationMonths: { NEW: 24, USED: 24 },
    presumptionMonths: { NEW: 6, USED: 6 },
    remedies: CONFORMITY_REMEDIES,
    source: 'Code de la consommation, art. L211-7 and L211-12 (ordonnance n° 2005-136)',
    sourceUrl: CODE_DE_LA_CONSOMMATION,
  },
  {
    ...NONE,
    id: 'FR-CONFORMITY-2016',
    jurisdiction: 'FR',
    kind: 'CONFORMITY',
    appliesBy: 'PURCHASE_DATE',
    effectiveFrom: '2016-03-18',
    effectiveUntil: '2021-12-31',
    reviewedOn: REVIEWED,
    liable: 'SELLER',
    durationMonths: { NEW: 24, USED: 24 },
    presumptionMonths: { NEW: 24, USED: 6 },
    remedies: CONFORMITY_REMEDIES,
    source: 'Code de la consommation, art. L217-7 and L217-12 (loi n° 2014-344)',
    sourceUrl: CODE_DE_LA_CONSOMMATION,
  },
  {
    ...NONE,
    id: 'FR-CONFORMITY-2022',
    jurisdiction: 'FR',
    kind: 'CONFORMITY',
    appliesBy: 'PURCHASE_DATE',
    effectiveFrom: '2022-01-01',
    effectiveUntil: '2026-07-30',
    reviewedOn: REVIEWED,
    liable: 'SELLER',
    durationMonths: { NEW: 24, USED: 24 },
    presumptionMonths: { NEW: 24, USED: 12 },
    repairExtensionMonths: 6,
    remedyDeadlineDays: 30,
    renewsOnReplacementAfterRepair: true,
    remedies: CONFORMITY_REMEDIES,
    source: 'Code de la consommation, art. L217-3, L217-7, L217-10, L217-13 and L217-14 (ordonnance n° 2021-1247)',
    sourceUrl: CODE_DE_LA_CONSOMMATION,
  },
  {
    ...NONE,
    id: 'FR-CONFORMITY-2026',
    jurisdiction: 'FR',
    kind: 'CONFORMITY',
    appliesBy: 'PURCHASE_DATE',
    effectiveFrom: '2026-07-31',
    effectiveUntil: null,
    reviewedOn: REVIEWED,
    liable: 'SELLER',
    durationMonths: { NEW: 24, USED: 24 },
    presumptionMonths: { NEW: 24, USED: 12 },
    repairExtensionMonths: 12,
    remedyDeadlineDays: 30,
    renewsOnReplacementAfterRepair: true,
    remedies: CONFORMITY_REMEDIES,
    source: 'Code de la consommation, art. L217-3, L217-7, L217-10, L217-13 and L217-14, read with Directive (EU) 2024/1799, art. 16 (12 months once after a repair, for sales from 31 July 2026)',
    sourceUrl: CODE_DE_LA_CONSOMMATION,
  },
  {
    ...NONE,
    id: 'FR-HIDDEN-DEFECTS',
    jurisdiction: 'FR',
    kind: 'HIDDEN_DEFECTS',
    appliesBy: 'PURCHASE_DATE',
    effectiveFrom: '2008-06-19',
    effectiveUntil: null,
    reviewedOn: REVIEWED,
    liable: 'SELLER',
    longStopYears: 20,
    remedies: ['REFUND', 'PRICE_REDUCTION'],
    source: 'Code civil, art. 1641, 1644 and 1648 (two years from the discovery of the defect), art. 2232 (twenty years from the sale at most)',
    sourceUrl: CODE_CIVIL,
  },

  // The Netherlands.
  {
    ...NONE,
    id: 'NL-CONFORMITY-2002',
    jurisdiction: 'NL',
    kind: 'CONFORMITY',
    appliesBy: 'PURCHASE_DATE',
    effectiveFrom: '2002-01-01',
    effectiveUntil: '2021-12-31',
    reviewedOn: REVIEWED,
    liable: 'SELLER',
    presumptionMonths: { NEW: 6, USED: 6 },
    remedies: CONFORMITY_REMEDIES,
    source: 'Burgerlijk Wetboek, Boek 7, art. 7:17, 7:18 lid 2, 7:21, 7:22 and 7:23 (version before 1 January 2022)',
    sourceUrl: BURGERLIJK_WETBOEK_7,
  },
  {
    ...NONE,
    id: 'NL-CONFORMITY-2022',
    jurisdiction: 'NL',
    kind: 'CONFORMITY',
    appliesBy: 'PURCHASE_DATE',
    effectiveFrom: '2022-01-01',
    effectiveUntil: null,
    reviewedOn: REVIEWED,
    liable: 'SELLER',
    presumptionMonths: { NEW: 12, USED: 12 },
    remedies: CONFORMITY_REMEDIES,
    source: 'Burgerlijk Wetboek, Boek 7, art. 7:17, 7:18 lid 2, 7:21, 7:22 and 7:23',
    sourceUrl: BURGERLIJK_WETBOEK_7,
  },

  // China.
  {
    ...NONE,
    id: 'CN-THREE-GUARANTEES-1995',
    jurisdiction: 'CN',
    kind: 'THREE_GUARANTEES',
    appliesBy: 'PURCHASE_DATE',
    effectiveFrom: '1995-08-25',
    effectiveUntil: null,
    reviewedOn: REVIEWED,
    liable: 'SELLER',
    durationMonths: { NEW: 12, USED: 12 },
    returnDays: 7,
    exchangeDays: 15,
    failedRepairsForReplacement: 2,
    addsServiceDays: true,
    categories: THREE_GUARANTEES_GOODS,
    remedies: ['RETURN', 'EXCHANGE', 'REPAIR', 'REPLACEMENT', 'REFUND'],
    source: '《部分商品修理更换退货责任规定》(国经贸质〔1995〕458号), 第九条、第十条、第十一条 (Regulation on the repair, replacement and return of certain goods, art. 9 to 11)',
    sourceUrl: null,
  },
];

/** The rules of one jurisdiction and kind in force on `day`. */
export function ruleInForce(rules: readonly StatutoryRule[], jurisdiction: string, kind: LegalRightKind, day: CalendarDate): StatutoryRule | undefined {
  return rules.find((rule) => rule.jurisdiction === jurisdiction && rule.kind === kind && rule.effectiveFrom <= day && (rule.effectiveUntil === null || day <= rule.effectiveUntil));
}
