import { checkPriceList, type PriceList } from '@sav/rules';
import type { Store } from '../db/store.js';

/** The tenant's charging standard, or null when it has none (or a stored one that does not hold). */
export async function loadPriceList(store: Store, tenantId: string): Promise<PriceList | null> {
  const tenant = await store.prisma.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { priceList: true } });
  if (tenant.priceList === null || typeof tenant.priceList !== 'object' || Array.isArray(tenant.priceList)) return null;
  const decision = checkPriceList(tenant.priceList as unknown as PriceList);
  return decision.ok ? decision.value : null;
}
