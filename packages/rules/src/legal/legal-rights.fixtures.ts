import { assessLegalRights, type LegalRight, type LegalRightsRequest, type RecordedRepair } from './legal-rights.js';

/** A request with the usual defaults: a new refrigerator, delivered the day it was bought, no repairs. */
export function legalRequest(overrides: Partial<LegalRightsRequest> & Pick<LegalRightsRequest, 'country' | 'purchaseDate' | 'asOf'>): LegalRightsRequest {
  return {
    category: 'REFRIGERATOR',
    deliveredOn: overrides.purchaseDate,
    condition: 'NEW',
    servicePeriods: [],
    repairs: [],
    commercialCoverEndsOn: null,
    ...overrides,
  };
}

/** The rights, or a failed assertion with the refusal. */
export function rightsFor(overrides: Parameters<typeof legalRequest>[0]): LegalRight[] {
  const decision = assessLegalRights(legalRequest(overrides));
  if (!decision.ok) throw new Error(`refused: ${decision.violation.code} ${decision.violation.message}`);
  return decision.value;
}

export function rightOf(rights: readonly LegalRight[], kind: LegalRight['kind'], jurisdiction?: string): LegalRight | undefined {
  return rights.find((r) => r.kind === kind && (jurisdiction === undefined || r.jurisdiction === jurisdiction));
}

export function remedy(right: LegalRight | undefined, kind: string) {
  return right?.remedies.find((r) => r.kind === kind);
}

export function repair(requestedOn: string, repairedOn: string | null, more: Partial<RecordedRepair> = {}): RecordedRepair {
  return { requestedOn, repairedOn, notRepairable: false, paidByCustomer: false, fault: ['NOT_COOLING'], ...more };
}
