/**
 * France's "bonus réparation": a fixed sum, paid by the producers' repair fund, that a
 * QualiRépar-labelled repairer deducts from the invoice of an out-of-warranty repair. Never when
 * a commercial warranty or the legal guarantee covers the repair, and never more than the
 * invoice. The scale is data, dated like the law.
 */
import type { CalendarDate } from '../calendar/calendar-date.js';
import { normaliseCategory } from './appliance-categories.js';

export interface RepairBonusScale {
  readonly id: string;
  readonly country: string;
  readonly effectiveFrom: CalendarDate;
  readonly effectiveUntil: CalendarDate | null;
  readonly reviewedOn: CalendarDate;
  readonly currency: string;
  /** Bonus in minor units per catalogue category. */
  readonly amountsMinor: Readonly<Record<string, number>>;
  /** The least a repair must cost, in minor units, for the bonus to apply, where the scale sets one. */
  readonly minimumRepairMinor: Readonly<Record<string, number>>;
  readonly source: string;
  readonly sourceUrl: string | null;
}

export const REPAIR_BONUS_SCALES: readonly RepairBonusScale[] = [
  {
    id: 'FR-BONUS-REPARATION-2024',
    country: 'FR',
    effectiveFrom: '2024-01-01',
    effectiveUntil: null,
    reviewedOn: '2026-11-23',
    currency: 'EUR',
    amountsMinor: {
      TELEVISION: 6000,
      WASHING_MACHINE: 5000,
      DISHWASHER: 5000,
      TUMBLE_DRYER: 5000,
      LAPTOP: 5000,
      DESKTOP_COMPUTER: 5000,
      VACUUM_CLEANER: 4000,
      REFRIGERATOR: 2500,
      FRIDGE_FREEZER: 2500,
      FREEZER: 2500,
      WINE_COOLER: 2500,
      MOBILE_PHONE: 2500,
      OVEN: 2500,
      HOB: 2500,
      COOKER: 2500,
      MICROWAVE: 2000,
    },
    minimumRepairMinor: { LAPTOP: 15000, DESKTOP_COMPUTER: 15000 },
    source: "Code de l'environnement, art. L541-10-4 (repair fund, loi n° 2020-105 « AGEC »); bonus scale for repairs invoiced from 1 January 2024",
    sourceUrl: 'https://www.legifrance.gouv.fr/codes/texte_lc/LEGITEXT000006074220/',
  },
];

export interface RepairBonus {
  readonly scaleId: string;
  readonly currency: string;
  readonly amountMinor: number;
  readonly minimumRepairMinor: number;
  readonly source: string;
  readonly sourceUrl: string | null;
}

/** The bonus for a category repaired in `country` on `repairDay`, when a scale in force names it. */
export function repairBonusFor(country: string | null, category: string, repairDay: CalendarDate, scales: readonly RepairBonusScale[] = REPAIR_BONUS_SCALES): RepairBonus | null {
  if (country === null) return null;
  const scale = scales.find((s) => s.country === country.toUpperCase() && s.effectiveFrom <= repairDay && (s.effectiveUntil === null || repairDay <= s.effectiveUntil));
  if (!scale) return null;
  const key = normaliseCategory(category);
  const amountMinor = scale.amountsMinor[key];
  if (amountMinor === undefined) return null;
  return {
    scaleId: scale.id,
    currency: scale.currency,
    amountMinor,
    minimumRepairMinor: Math.max(amountMinor, scale.minimumRepairMinor[key] ?? 0),
    source: scale.source,
    sourceUrl: scale.sourceUrl,
  };
}

/**
 * What a labelled repairer deducts from a repair costing `repairMinor`: the bonus, or nothing when
 * a cover pays the repair, the repair costs less than the scale's minimum (the bonus itself at
 * least), or it is priced in another currency.
 */
export function repairBonusDeduction(bonus: RepairBonus | null, repairMinor: number, currency: string, coveredByGuarantee: boolean): number {
  if (bonus === null || coveredByGuarantee || currency !== bonus.currency) return 0;
  return repairMinor >= bonus.minimumRepairMinor ? bonus.amountMinor : 0;
}
