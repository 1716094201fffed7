import { checkFaultMapping, DEFAULT_FAULT_MAPPING, type FaultMapping } from '@sav/rules';
import type { Store } from '../db/store.js';

/** The tenant's own fault mapping, or SAV's defaults when it has none (or one that does not hold). */
export async function loadFaultMapping(store: Store, tenantId: string): Promise<FaultMapping> {
  const tenant = await store.prisma.tenant.findUniqueOrThrow({ where: { id: tenantId }, select: { faultMapping: true } });
  if (tenant.faultMapping === null) return DEFAULT_FAULT_MAPPING;
  const decision = checkFaultMapping(tenant.faultMapping);
  return decision.ok ? decision.value : DEFAULT_FAULT_MAPPING;
}
