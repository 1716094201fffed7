/**
 * A customer's request to be forgotten (GDPR article 17), carried out in one transaction: every
 * row that holds their personal data is anonymised (customer-data.ts says what goes and what
 * stays), and an erasure record keeps the proof: when, why, how much, and a keyed hash of the
 * address, so that the same request made again is answered "already erased", not "unknown".
 */
import type { Store } from '../db/store.js';
import type { Prisma } from '../generated/prisma/client.js';
import { anonymiseCustomer, findCustomerRecords, holdsNothing, subjectHash } from './customer-data.js';

export const ERASURE_SELECT = {
  id: true, trigger: true, reason: true, erasedAt: true, tickets: true, installationJobs: true, messages: true, surveyAnswers: true,
} as const;
export type ErasureView = Prisma.PersonalDataErasureGetPayload<{ select: typeof ERASURE_SELECT }>;

export interface ErasureRequest {
  readonly tenantId: string;
  /** The tenant's secret the subject hash is keyed with. */
  readonly tenantSecret: string;
  /** Normalised (trimmed, lower case). */
  readonly email: string;
  readonly reason: string;
  readonly keyId: string | null;
  readonly now: Date;
}

/**
 * Erases what the tenant holds about the customer. `alreadyErased`: nothing was left, and an
 * earlier erasure of theirs is returned. Null: the tenant never held anything about this address
 * (nothing is written).
 */
export async function eraseCustomerData(store: Store, request: ErasureRequest): Promise<{ erasure: ErasureView; alreadyErased: boolean } | null> {
  const hash = subjectHash(request.tenantSecret, request.email);
  return store.prisma.$transaction(
    async (tx) => {
      // One erasure of a tenant at a time: the same request sent twice at once erases once.
      await tx.$queryRaw`SELECT id FROM tenants WHERE id = ${request.tenantId} FOR UPDATE`;
      const records = await findCustomerRecords(tx, request.tenantId, request.email);
      if (holdsNothing(records)) {
        const earlier = await tx.personalDataErasure.findFirst({ where: { tenantId: request.tenantId, subjectHash: hash }, orderBy: [{ erasedAt: 'desc' }, { id: 'desc' }], select: ERASURE_SELECT });
        return earlier ? { erasure: earlier, alreadyErased: true } : null;
      }
      const counts = await anonymiseCustomer(tx, request.tenantId, records, request.now);
      const erasure = await tx.personalDataErasure.create({
        data: { tenantId: request.tenantId, subjectHash: hash, trigger: 'REQUEST', reason: request.reason, keyId: request.keyId, ...counts, erasedAt: request.now },
        select: ERASURE_SELECT,
      });
      return { erasure, alreadyErased: false };
    },
    // Embedded PGlite runs one transaction at a time: wait for the others rather than fail.
    { maxWait: 60_000, timeout: 60_000 },
  );
}
