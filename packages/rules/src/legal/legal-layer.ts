/**
 * The statutory layer beside the maker's warranty: the rights where the product was bought, who to
 * turn to, and what the law says about charging for a repair (free under the legal guarantee; the
 * bonus réparation deducted by a labelled repairer once nothing covers the unit).
 */
import { type CalendarDate, maxDate } from '../calendar/calendar-date.js';
import { accept, type Decision, refuse } from '../rule-violation.js';
import type { Coverage } from '../warranty/warranty-check.js';
import { assessLegalRights, type LegalRight, type LegalRightsRequest } from './legal-rights.js';
import { type Recourse, recoursesFor } from './recourse.js';
import type { RepairBonus } from './repair-bonus.js';

export interface LegalLayer {
  readonly rights: LegalRight[];
  readonly recourse: Recourse[];
}

/** What the commercial assessment tells the legal layer. */
export interface CommercialLayer {
  readonly coverages: readonly Pick<Coverage, 'part' | 'endsOn' | 'active'>[];
  readonly paidRepairAvailable: boolean;
}

/** The rights and who to turn to, the maker's warranty taken into account (the bonus waits for its whole-unit cover). */
export function judgeLegalLayer(request: Omit<LegalRightsRequest, 'commercialCoverEndsOn'>, commercial: CommercialLayer): Decision<LegalLayer> {
  const latest = (coverages: CommercialLayer['coverages']): CalendarDate | null => maxDate(coverages.map((c) => c.endsOn)) ?? null;
  const rights = assessLegalRights({ ...request, commercialCoverEndsOn: latest(commercial.coverages.filter((c) => c.part === 'WHOLE_UNIT')) });
  if (!rights.ok) return rights;
  return accept({
    rights: rights.value,
    recourse: recoursesFor({
      asOf: request.asOf,
      commercialActiveUntil: latest(commercial.coverages.filter((c) => c.active)),
      paidRepairAvailable: commercial.paidRepairAvailable,
      legalRights: rights.value,
    }),
  });
}

/**
 * The statutory guarantee that makes a repair free today, if any: the seller's guarantee of
 * conformity or China's three guarantees, active. (Hidden defects, the manufacturer's duty and
 * the bonus never make a repair free.)
 */
export function coveringLegalGuarantee(rights: readonly LegalRight[]): LegalRight | undefined {
  return rights.find((right) => right.active && (right.kind === 'CONFORMITY' || right.kind === 'THREE_GUARANTEES'));
}

export interface ChargeFacts {
  /** Why the fault is outside the legal guarantee (misuse, an accident), as the service desk says; null when not said. */
  readonly outsideLegalGuarantee: string | null;
  /** The tenant's repairers hold the QualiRépar label. */
  readonly labelledRepairer: boolean;
}

/**
 * Whether a repair may be quoted at all under the law, and the bonus the quote deducts: refused
 * while the seller's legal guarantee runs, unless the desk says why the fault is outside it; the
 * bonus réparation when the repairer is labelled and no guarantee covers the unit.
 */
export function checkQuoteUnderTheLaw(rights: readonly LegalRight[], facts: ChargeFacts): Decision<{ readonly repairBonus: RepairBonus | null }> {
  const legal = coveringLegalGuarantee(rights);
  if (legal && facts.outsideLegalGuarantee === null) {
    return refuse(
      'LEGAL_GUARANTEE_COVERS',
      `The legal guarantee (${legal.source}) covers this appliance until ${legal.endsOn ?? 'the end of its expected life'}: the repair is free. To charge, say why the fault is outside it.`,
      ['outsideLegalGuarantee'],
    );
  }
  const bonus = facts.labelledRepairer ? rights.find((right) => right.kind === 'REPAIR_BONUS' && right.active)?.bonus ?? null : null;
  return accept({ repairBonus: bonus });
}
