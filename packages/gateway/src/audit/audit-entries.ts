/**
 * The audit log's rows: who (a key, or SAV itself), what (an operation and its target), the
 * outcome, when and in which request. Never personal data: a target is a tracking code, a
 * reference or an id, and an error is named by its type and code, not its message.
 */
import type { Prisma } from '../generated/prisma/client.js';

type Db = Prisma.TransactionClient;

export type AuditOutcome = 'SUCCESS' | 'ERROR';

/** What an action acted on: a GraphQL type name and the code or id that names one of them. */
export interface AuditTarget {
  readonly type: string;
  readonly id: string;
}

export interface AuditRecord {
  readonly tenantId: string;
  /** null: SAV itself (the retention run). */
  readonly key: { readonly id: string; readonly label: string | null } | null;
  readonly action: string;
  readonly target: AuditTarget | null;
  readonly outcome: AuditOutcome;
  readonly errorType?: string | null;
  readonly errorCode?: string | null;
  readonly requestId?: string | null;
  readonly at: Date;
}

export async function recordAuditEntry(db: Db, record: AuditRecord): Promise<void> {
  await db.auditEntry.create({
    data: {
      tenantId: record.tenantId,
      keyId: record.key?.id ?? null,
      keyLabel: record.key?.label ?? null,
      action: record.action,
      targetType: record.target?.type ?? null,
      targetId: record.target?.id ?? null,
      outcome: record.outcome,
      errorType: record.errorType ?? null,
      errorCode: record.errorCode ?? null,
      requestId: record.requestId ?? null,
      at: record.at,
    },
  });
}

export const AUDIT_ENTRY_SELECT = {
  id: true, keyId: true, keyLabel: true, action: true, targetType: true, targetId: true, outcome: true, errorType: true, errorCode: true, requestId: true, at: true,
} as const;
export type AuditEntryView = Prisma.AuditEntryGetPayload<{ select: typeof AUDIT_ENTRY_SELECT }>;

export const MAX_AUDIT_PAGE = 100;

/** A page of a tenant's audit log, newest first; `after` is the id of the last entry of the previous page. */
export async function listAuditEntries(db: Db, tenantId: string, page: { first: number; after: string | null; action: string | null }): Promise<{ entries: AuditEntryView[]; hasNextPage: boolean } | null> {
  if (page.after !== null && !(await db.auditEntry.findFirst({ where: { id: page.after, tenantId }, select: { id: true } }))) return null;
  const rows = await db.auditEntry.findMany({
    where: { tenantId, ...(page.action ? { action: page.action } : {}) },
    orderBy: { position: 'desc' },
    take: page.first + 1,
    ...(page.after !== null ? { cursor: { id: page.after }, skip: 1 } : {}),
    select: AUDIT_ENTRY_SELECT,
  });
  return { entries: rows.slice(0, page.first), hasNextPage: rows.length > page.first };
}
