import { startPeriodicJob } from '../background/periodic-job.js';
import type { Store } from '../db/store.js';
import type { Logger } from '../http/logger.js';
import type { MessageSender, OutgoingMessage } from './senders.js';

export interface DeliveryOptions {
  readonly now: Date;
  readonly batchSize?: number;
  /** How long a claimed message is ours; a dispatcher that died releases it when this runs out. */
  readonly leaseMs?: number;
  readonly maxAttempts?: number;
}

export interface DeliveryReport {
  readonly sent: number;
  readonly retrying: number;
  readonly failed: number;
}

const BACKOFF_BASE_MS = 30_000;
const BACKOFF_MAX_MS = 60 * 60_000;

/** Waits before the next try: 30 s, 1 min, 2 min… at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

interface ClaimedRow extends OutgoingMessage {
  readonly attempts: number;
}

/** Takes up to `batchSize` due messages nobody holds, holding them for the lease. */
export async function claimDueMessages(store: Store, options: DeliveryOptions): Promise<ClaimedRow[]> {
  const leaseUntil = new Date(options.now.getTime() + (options.leaseMs ?? 60_000));
  return store.prisma.$queryRaw<ClaimedRow[]>`
    UPDATE outbox_messages SET "lockedUntil" = ${leaseUntil}
    WHERE id IN (
      SELECT id FROM outbox_messages
      WHERE status = 'PENDING' AND "availableAt" <= ${options.now} AND ("lockedUntil" IS NULL OR "lockedUntil" < ${options.now})
      ORDER BY "createdAt" LIMIT ${options.batchSize ?? 20}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, recipient, subject, body, calendar, attempts`;
}

/**
 * Delivers the due messages once each: sent ones are marked SENT; a failure is retried later with
 * a growing delay, and after `maxAttempts` the message is FAILED for a person to look at.
 */
export async function deliverDueMessages(store: Store, sender: MessageSender, options: DeliveryOptions): Promise<DeliveryReport> {
  const maxAttempts = options.maxAttempts ?? 8;
  let sent = 0;
  let retrying = 0;
  let failed = 0;
  for (const message of await claimDueMessages(store, options)) {
    const attempts = message.attempts + 1;
    try {
      await sender.send(message);
      await store.prisma.outboxMessage.update({ where: { id: message.id }, data: { status: 'SENT', sentAt: options.now, attempts, lockedUntil: null, lastError: null } });
      sent += 1;
    } catch (error) {
      const givingUp = attempts >= maxAttempts;
      await store.prisma.outboxMessage.update({
        where: { id: message.id },
        data: {
          attempts,
          status: givingUp ? 'FAILED' : 'PENDING',
          lastError: (error instanceof Error ? error.message : String(error)).slice(0, 500),
          availableAt: new Date(options.now.getTime() + retryDelayMs(attempts)),
          lockedUntil: null,
        },
      });
      if (givingUp) failed += 1;
      else retrying += 1;
    }
  }
  return { sent, retrying, failed };
}

/** Delivers due messages now and every `intervalMs` until stopped; errors are logged, never thrown. */
export function startOutboxDispatcher(store: Store, sender: MessageSender, logger: Logger, intervalMs = 5_000): { stop(): Promise<void> } {
  return startPeriodicJob(
    () =>
      deliverDueMessages(store, sender, { now: new Date() })
        .then((report) => {
          if (report.sent + report.retrying + report.failed > 0) logger.info('outbox.delivered', { ...report });
        })
        .catch((error: unknown) => logger.error('outbox.error', { error: String(error) })),
    intervalMs,
  );
}
