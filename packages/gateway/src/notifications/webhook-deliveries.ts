// Ticket events sent to the tenant's webhook endpoints. Each event becomes one delivery row per
// active endpoint, written in the transaction that records the event (an outbox); a dispatcher
// claims due rows, POSTs them signed, and retries failures with the outbox's backoff.
import { startPeriodicJob } from '../background/periodic-job.js';
import type { Prisma } from '../generated/prisma/client.js';
import type { Store } from '../db/store.js';
import type { Logger } from '../http/logger.js';
import { retryDelayMs } from './outbox-dispatcher.js';
import { signWebhook, WEBHOOK_SIGNATURE_HEADER } from './webhook-signature.js';
import { resolvesToPublicAddresses } from './public-address.js';

/**
 * One step of a ticket's life, as the tenant's systems hear of it: codes only. No free text (notes,
 * comments, reasons may hold personal data); a receiver reads those with its secret key.
 */
export interface TicketWebhookEvent {
  /** The ticket event's id. */
  readonly id: string;
  /** What happened, e.g. `ticket.status_changed`. */
  readonly type: string;
  readonly tenantId: string;
  readonly trackingCode: string;
  readonly status: string;
  readonly previousStatus: string | null;
  /** Who made the change: CUSTOMER, SERVICE_DESK, TECHNICIAN, SYSTEM… */
  readonly actor: string;
  readonly at: Date;
}

/** The exact JSON body a receiver gets (and the signature covers). */
export function ticketWebhookBody(event: TicketWebhookEvent): string {
  const at = event.at.toISOString();
  return JSON.stringify({
    id: event.id,
    type: event.type,
    createdAt: at,
    data: { trackingCode: event.trackingCode, status: event.status, previousStatus: event.previousStatus, actor: event.actor, at },
  });
}

/**
 * Queues `event` for every active endpoint of its tenant, inside the caller's transaction (so the
 * deliveries exist exactly when the event does). Returns how many deliveries were queued.
 */
export async function enqueueTicketWebhooks(tx: Prisma.TransactionClient, event: TicketWebhookEvent): Promise<number> {
  const endpoints = await tx.webhookEndpoint.findMany({ where: { tenantId: event.tenantId, disabledAt: null }, select: { id: true } });
  if (endpoints.length === 0) return 0;
  const payload = ticketWebhookBody(event);
  const { count } = await tx.webhookDelivery.createMany({
    data: endpoints.map((endpoint) => ({ tenantId: event.tenantId, endpointId: endpoint.id, eventType: event.type, payload, availableAt: event.at, createdAt: event.at })),
  });
  return count;
}

/**
 * Disables one of the tenant's endpoints: nothing more is sent to it, and what still waited for it
 * is marked FAILED in the log. False when the tenant has no such active endpoint.
 */
export async function disableWebhookEndpoint(store: Store, tenantId: string, endpointId: string, now: Date): Promise<boolean> {
  return store.prisma.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({ where: { id: endpointId, tenantId, disabledAt: null }, data: { disabledAt: now } });
    if (count === 0) return false;
    await tx.webhookDelivery.updateMany({
      where: { endpointId, tenantId, status: 'PENDING' },
      data: { status: 'FAILED', lastError: 'The endpoint was disabled before this event could be delivered.', lockedUntil: null },
    });
    return true;
  });
}

export interface WebhookDispatchOptions {
  readonly now: Date;
  /** Sends the requests; the global fetch by default. */
  readonly fetch?: typeof fetch;
  readonly batchSize?: number;
  /** How long a claimed delivery is ours; keep it well above `timeoutMs` (a batch is sent in parallel). */
  readonly leaseMs?: number;
  readonly maxAttempts?: number;
  /** How long a receiver has to answer; default 10 s. */
  readonly timeoutMs?: number;
  /** Production: an endpoint that resolves to an internal address gets nothing (a failed attempt). */
  readonly refuseInternalAddresses?: boolean;
}

export interface WebhookDispatchReport {
  readonly delivered: number;
  readonly retrying: number;
  readonly failed: number;
}

interface ClaimedDelivery {
  readonly id: string;
  readonly eventType: string;
  readonly payload: string;
  readonly attempts: number;
  readonly url: string;
  readonly secret: string;
}

/** Takes up to `batchSize` due deliveries to active endpoints that nobody holds, holding them for the lease. */
async function claimDueDeliveries(store: Store, options: WebhookDispatchOptions): Promise<ClaimedDelivery[]> {
  const leaseUntil = new Date(options.now.getTime() + (options.leaseMs ?? 60_000));
  return store.prisma.$queryRaw<ClaimedDelivery[]>`
    UPDATE webhook_deliveries AS delivery SET "lockedUntil" = ${leaseUntil}
    FROM webhook_endpoints AS endpoint
    WHERE endpoint.id = delivery."endpointId" AND delivery.id IN (
      SELECT due.id FROM webhook_deliveries AS due JOIN webhook_endpoints AS target ON target.id = due."endpointId"
      WHERE due.status = 'PENDING' AND due."availableAt" <= ${options.now}
        AND (due."lockedUntil" IS NULL OR due."lockedUntil" < ${options.now}) AND target."disabledAt" IS NULL
      ORDER BY due."createdAt" LIMIT ${options.batchSize ?? 20}
      FOR UPDATE OF due SKIP LOCKED)
    RETURNING delivery.id, delivery."eventType", delivery.payload, delivery.attempts, endpoint.url, endpoint.secret`;
}

type Attempt = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

/** One POST of one delivery: signed now, identified by the delivery's id (the same on every retry). */
async function postDelivery(delivery: ClaimedDelivery, options: WebhookDispatchOptions): Promise<Attempt> {
  if (options.refuseInternalAddresses && !(await resolvesToPublicAddresses(new URL(delivery.url).hostname))) {
    return { ok: false, statusCode: null, error: 'Refused: the endpoint resolves to an internal network address.' };
  }
  const send = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 10_000;
  try {
    const response = await send(delivery.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'SAV-Webhooks/1',
        [WEBHOOK_SIGNATURE_HEADER]: signWebhook(delivery.secret, Math.floor(options.now.getTime() / 1000), delivery.payload),
        'SAV-Event-Id': delivery.id,
        'SAV-Event-Type': delivery.eventType,
      },
      body: delivery.payload,
      // A redirect is an answer other than 2xx: following it could send the event elsewhere.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel().catch(() => undefined);
    if (response.status >= 200 && response.status < 300) return { ok: true, statusCode: response.status };
    return { ok: false, statusCode: response.status, error: `The endpoint answered HTTP ${response.status}.` };
  } catch (error) {
    return { ok: false, statusCode: null, error: describeFailure(error, timeoutMs) };
  }
}

function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `No answer within ${timeoutMs} ms.`;
  if (error instanceof Error) {
    const cause = error.cause instanceof Error ? `: ${(error.cause as Error & { code?: string }).code ?? error.cause.message}` : '';
    return `${error.message}${cause}`.slice(0, 500);
  }
  return String(error).slice(0, 500);
}

/**
 * Sends the due deliveries once each (a batch in parallel): a 2xx answer marks one DELIVERED;
 * anything else is logged on the row and retried later with a growing delay, and after
 * `maxAttempts` (default 8) the delivery is FAILED.
 */
export async function deliverDueWebhooks(store: Store, options: WebhookDispatchOptions): Promise<WebhookDispatchReport> {
  const maxAttempts = options.maxAttempts ?? 8;
  const outcomes = await Promise.all(
    (await claimDueDeliveries(store, options)).map(async (delivery) => {
      const attempts = delivery.attempts + 1;
      const attempt = await postDelivery(delivery, options);
      if (attempt.ok) {
        await store.prisma.webhookDelivery.update({
          where: { id: delivery.id },
          data: { status: 'DELIVERED', attempts, lastStatusCode: attempt.statusCode, lastError: null, deliveredAt: options.now, lockedUntil: null },
        });
        return 'delivered' as const;
      }
      const givingUp = attempts >= maxAttempts;
      await store.prisma.webhookDelivery.update({
        where: { id: delivery.id },
        data: {
          status: givingUp ? 'FAILED' : 'PENDING',
          attempts,
          lastStatusCode: attempt.statusCode,
          lastError: attempt.error,
          availableAt: new Date(options.now.getTime() + retryDelayMs(attempts)),
          lockedUntil: null,
        },
      });
      return givingUp ? ('failed' as const) : ('retrying' as const);
    }),
  );
  const count = (outcome: string) => outcomes.filter((each) => each === outcome).length;
  return { delivered: count('delivered'), retrying: count('retrying'), failed: count('failed') };
}

/** Sends due webhooks now and every `intervalMs` until stopped; errors are logged, never thrown. */
export function startWebhookDispatcher(store: Store, logger: Logger, options: { production: boolean; intervalMs?: number }): { stop(): Promise<void> } {
  const intervalMs = options.intervalMs ?? 5_000;
  return startPeriodicJob(
    () =>
      deliverDueWebhooks(store, { now: new Date(), refuseInternalAddresses: options.production })
        .then((report) => {
          if (report.delivered + report.retrying + report.failed > 0) logger.info('webhooks.delivered', { ...report });
        })
        .catch((error: unknown) => logger.error('webhooks.error', { error: String(error) })),
    intervalMs,
  );
}
