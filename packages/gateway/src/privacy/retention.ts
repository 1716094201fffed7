/**
 * The tenants' retention periods, applied: the personal data of a ticket closed or cancelled
 * longer ago than its tenant's `personalDataRetentionDays` is anonymised as an erasure on request
 * would (customer-data.ts), ticket by ticket, in batches of one transaction each. Each batch leaves
 * an erasure record (trigger RETENTION) and an audit entry `applyRetention` by SAV itself.
 *
 * Run it periodically (startRetention does, hourly by default); running it twice changes nothing more.
 */
import { startPeriodicJob } from '../background/periodic-job.js';
import { personalDataExpired, retentionCutoff, TICKET_END_STATUSES, type TicketStatus } from '@sav/rules';
import { recordAuditEntry } from '../audit/audit-entries.js';
import type { Store } from '../db/store.js';
import type { Logger } from '../http/logger.js';
import { anonymiseTickets } from './customer-data.js';

export interface RetentionReport {
  /** Tenants some of whose tickets were anonymised. */
  readonly tenants: number;
  readonly tickets: number;
  readonly messages: number;
}

export interface RetentionOptions {
  /** Tickets anonymised per transaction (default 200). */
  readonly batchSize?: number;
}

const END_STATUSES: TicketStatus[] = [...TICKET_END_STATUSES];

/** Anonymises, for every tenant, the personal data of the tickets that ended before its retention period. */
export async function applyRetention(store: Store, now: Date, options: RetentionOptions = {}): Promise<RetentionReport> {
  const batchSize = options.batchSize ?? 200;
  const tenants = await store.prisma.tenant.findMany({ select: { id: true, personalDataRetentionDays: true }, orderBy: { id: 'asc' } });
  let tenantsTouched = 0;
  let tickets = 0;
  let messages = 0;
  for (const tenant of tenants) {
    const cutoff = retentionCutoff(now, tenant.personalDataRetentionDays);
    let after: string | undefined;
    let touched = false;
    for (;;) {
      // Candidates: over, not yet anonymised, and nothing happened to them since the cut-off.
      const candidates = await store.prisma.ticket.findMany({
        where: { tenantId: tenant.id, status: { in: END_STATUSES }, personalDataErasedAt: null, events: { none: { at: { gte: cutoff } } } },
        orderBy: { id: 'asc' },
        take: batchSize,
        ...(after ? { cursor: { id: after }, skip: 1 } : {}),
        select: { id: true, status: true, updatedAt: true, events: { where: { toStatus: { in: END_STATUSES } }, orderBy: { position: 'desc' }, take: 1, select: { at: true } } },
      });
      if (candidates.length === 0) break;
      after = candidates.at(-1)!.id;
      const expired = candidates
        .filter((ticket) => personalDataExpired({ status: ticket.status, endedAt: ticket.events[0]?.at ?? ticket.updatedAt }, now, tenant.personalDataRetentionDays))
        .map((ticket) => ticket.id);
      if (expired.length > 0) {
        const done = await store.prisma.$transaction(
          async (tx) => {
            const counts = await anonymiseTickets(tx, tenant.id, expired, now);
            if (counts.tickets === 0) return counts;
            const erasure = await tx.personalDataErasure.create({
              data: { tenantId: tenant.id, trigger: 'RETENTION', tickets: counts.tickets, installationJobs: 0, messages: counts.messages, surveyAnswers: 0, erasedAt: now },
              select: { id: true },
            });
            await recordAuditEntry(tx, { tenantId: tenant.id, key: null, action: 'applyRetention', target: { type: 'PersonalDataErasure', id: erasure.id }, outcome: 'SUCCESS', at: now });
            return counts;
          },
          { maxWait: 60_000, timeout: 60_000 },
        );
        tickets += done.tickets;
        messages += done.messages;
        touched ||= done.tickets > 0;
      }
      if (candidates.length < batchSize) break;
    }
    if (touched) tenantsTouched += 1;
  }
  return { tenants: tenantsTouched, tickets, messages };
}

/**
 * Applies the retention periods now and then every `intervalMs` (default one hour), one run at a
 * time, logging counts only. `stop` waits for a run under way.
 */
export function startRetention(store: Store, logger: Logger, options: { intervalMs?: number; now?: () => Date } = {}): { stop(): Promise<void> } {
  const intervalMs = options.intervalMs ?? 60 * 60_000;
  const now = options.now ?? (() => new Date());
  return startPeriodicJob(
    () =>
      applyRetention(store, now())
        .then((report) => {
          if (report.tickets > 0) logger.info('retention.applied', { ...report });
        })
        .catch((error: unknown) => logger.error('retention.error', { error: error instanceof Error ? error.name : 'unknown' })),
    intervalMs,
  );
}
