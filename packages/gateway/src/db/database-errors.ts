/** The PostgreSQL error code behind a Prisma error raised through a driver adapter, if any. */
export function postgresErrorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } }).meta;
  const code = meta?.driverAdapterError?.cause?.originalCode;
  return typeof code === 'string' ? code : undefined;
}

/** An exclusion constraint refused the row (23P01): here, a technician already booked then. */
export function isExclusionViolation(error: unknown): boolean {
  return postgresErrorCode(error) === '23P01';
}

/** A unique constraint refused the row (Prisma's P2002, or 23505 from the adapter). */
export function isUniqueViolation(error: unknown): boolean {
  const prismaCode = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return prismaCode === 'P2002' || postgresErrorCode(error) === '23505';
}

/**
 * PostgreSQL broke a deadlock or a serialisation conflict by aborting this transaction (40P01,
 * 40001; Prisma's P2034). Two simultaneous inserts that conflict under an exclusion constraint
 * can end this way: the transaction is safe to run again.
 */
export function isWriteConflict(error: unknown): boolean {
  const prismaCode = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const code = postgresErrorCode(error);
  return prismaCode === 'P2034' || code === '40P01' || code === '40001';
}
