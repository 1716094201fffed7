import type { BillingGranularity, DefectCause, NetworkTerms } from '@sav/rules';
import type { Store } from '../db/store.js';

/** A version of a network's terms, and when it took effect. */
export interface NetworkTermsVersion {
  readonly id: string;
  readonly terms: NetworkTerms;
  readonly effectiveFrom: Date;
}

const TERMS_SELECT = { id: true, hourlyRateMinor: true, currency: true, thresholdMinutes: true, billableCauses: true, country: true, vatRates: true, granularity: true, effectiveFrom: true } as const;

type TermsRow = { id: string; hourlyRateMinor: number; currency: string; thresholdMinutes: number; billableCauses: string[]; country: string; vatRates: unknown; granularity: string; effectiveFrom: Date };

function versionOf(row: TermsRow): NetworkTermsVersion {
  const rates = row.vatRates !== null && typeof row.vatRates === 'object' && !Array.isArray(row.vatRates) ? (row.vatRates as Record<string, number>) : {};
  return {
    id: row.id,
    effectiveFrom: row.effectiveFrom,
    terms: {
      hourlyRateMinor: row.hourlyRateMinor,
      currency: row.currency,
      thresholdMinutes: row.thresholdMinutes,
      billableCauses: row.billableCauses as DefectCause[],
      country: row.country,
      vatRates: rates,
      granularity: row.granularity as BillingGranularity,
    },
  };
}

/** The terms in force at `at`: the latest version that took effect before it; null when none had. */
export async function findTermsInForce(store: Store, tenantId: string, at: Date): Promise<NetworkTermsVersion | null> {
  const row = await store.prisma.reinterventionTerms.findFirst({
    where: { tenantId, effectiveFrom: { lte: at } },
    orderBy: [{ effectiveFrom: 'desc' }, { createdAt: 'desc' }],
    select: TERMS_SELECT,
  });
  return row ? versionOf(row) : null;
}

/** Writes a new version; earlier ones stay, so a job keeps the terms of its day. */
export async function addTermsVersion(store: Store, tenantId: string, terms: NetworkTerms, effectiveFrom: Date): Promise<NetworkTermsVersion> {
  const row = await store.prisma.reinterventionTerms.create({
    data: { tenantId, ...terms, billableCauses: [...terms.billableCauses], vatRates: { ...terms.vatRates }, effectiveFrom },
    select: TERMS_SELECT,
  });
  return versionOf(row);
}
