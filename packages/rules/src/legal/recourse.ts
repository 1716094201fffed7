/**
 * Which layer answers for a fault today, and who to turn to: the commercial warranty and the
 * statutory rights side by side, the strongest first. The first recourse is the advice; the
 * others stay open beside it.
 */
import type { CalendarDate } from '../calendar/calendar-date.js';
import type { LegalRight } from './legal-rights.js';
import type { LegalRightKind } from './statutory-rules.js';

export type RecourseLayer = 'LEGAL_GUARANTEE' | 'COMMERCIAL_WARRANTY' | 'MANUFACTURER_REPAIR' | 'REPAIR_BONUS' | 'PAID_REPAIR';
/** SELLER: the shop that sold it; WARRANTOR: the maker's service (this service); LABELLED_REPAIRER: a QualiRépar repairer. */
export type RecourseParty = 'SELLER' | 'WARRANTOR' | 'MANUFACTURER' | 'LABELLED_REPAIRER';

export interface Recourse {
  readonly layer: RecourseLayer;
  readonly turnTo: RecourseParty;
  /** The statutory right it rests on, for the legal layers. */
  readonly legalKind: LegalRightKind | null;
  readonly jurisdiction: string | null;
  /** Last day it is open, included; null where no fixed end is known. */
  readonly until: CalendarDate | null;
  /** The customer must show the defect was there at delivery (no presumption helps them). */
  readonly proofNeeded: boolean;
  /** Free of charge to the customer. */
  readonly free: boolean;
}

export interface RecourseFacts {
  readonly asOf: CalendarDate;
  /** The last day of the latest active commercial cover, or null when none is active. */
  readonly commercialActiveUntil: CalendarDate | null;
  readonly paidRepairAvailable: boolean;
  readonly legalRights: readonly LegalRight[];
}

function fromRight(right: LegalRight, asOf: CalendarDate): Recourse {
  const presumed = right.presumptionEndsOn !== null && asOf <= right.presumptionEndsOn;
  const layer: RecourseLayer = right.kind === 'MANUFACTURER_REPAIR' ? 'MANUFACTURER_REPAIR' : right.kind === 'REPAIR_BONUS' ? 'REPAIR_BONUS' : 'LEGAL_GUARANTEE';
  const turnTo: RecourseParty = layer === 'MANUFACTURER_REPAIR' ? 'MANUFACTURER' : layer === 'REPAIR_BONUS' ? 'LABELLED_REPAIRER' : right.liable;
  return {
    layer,
    turnTo,
    legalKind: right.kind,
    jurisdiction: right.jurisdiction,
    until: right.endsOn,
    // China's three guarantees need proof of purchase, not proof of the defect's age.
    proofNeeded: (right.kind === 'CONFORMITY' && !presumed) || right.kind === 'HIDDEN_DEFECTS',
    free: layer === 'LEGAL_GUARANTEE',
  };
}

/** How strong a recourse is for the customer: free and without proof first, paid last. */
function rank(recourse: Recourse): number {
  if (recourse.layer === 'LEGAL_GUARANTEE' && !recourse.proofNeeded) return 0;
  if (recourse.layer === 'COMMERCIAL_WARRANTY') return 1;
  if (recourse.layer === 'LEGAL_GUARANTEE' && recourse.legalKind === 'CONFORMITY') return 2;
  if (recourse.layer === 'LEGAL_GUARANTEE') return 3;
  if (recourse.layer === 'MANUFACTURER_REPAIR') return 4;
  if (recourse.layer === 'REPAIR_BONUS') return 5;
  return 6;
}

/** Every recourse open on `asOf`, best first; empty when nothing is open. */
export function recoursesFor(facts: RecourseFacts): Recourse[] {
  const open: Recourse[] = facts.legalRights.filter((right) => right.active).map((right) => fromRight(right, facts.asOf));
  if (facts.commercialActiveUntil !== null) {
    open.push({ layer: 'COMMERCIAL_WARRANTY', turnTo: 'WARRANTOR', legalKind: null, jurisdiction: null, until: facts.commercialActiveUntil, proofNeeded: false, free: true });
  }
  if (facts.paidRepairAvailable) {
    open.push({ layer: 'PAID_REPAIR', turnTo: 'WARRANTOR', legalKind: null, jurisdiction: null, until: null, proofNeeded: false, free: false });
  }
  return open.map((recourse, index) => ({ recourse, index })).sort((a, b) => rank(a.recourse) - rank(b.recourse) || a.index - b.index).map(({ recourse }) => recourse);
}
