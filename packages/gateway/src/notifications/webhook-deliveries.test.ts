import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import type { Store } from '../db/store.js';
import { createTestStore } from '../db/test-store.js';
import { retryDelayMs } from './outbox-dispatcher.js';
import { deliverDueWebhooks, disableWebhookEndpoint, enqueueTicketWebhooks, type TicketWebhookEvent } from './webhook-deliveries.js';
import { verifyWebhookSignature } from './webhook-signature.js';

const NOW = new Date('2026-04-20T10:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

interface ReceivedRequest {
  readonly path: string;
  readonly method: string;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/**
 * A tenant's receiver on 127.0.0.1: records every request, and answers each path with the next
 * status of its script (the last one repeats); 'hang' never answers.
 */
class Receiver {
  readonly requests: ReceivedRequest[] = [];
  private readonly scripts = new Map<string, (number | 'hang')[]>();
  private server: Server | undefined;
  private port = 0;
  /** How long to wait before answering, to make dispatch runs overlap. */
  delayMs = 0;

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const path = request.url ?? '/';
        this.requests.push({ path, method: request.method ?? '', headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
        const script = this.scripts.get(path) ?? [200];
        const answer = script.length > 1 ? script.shift()! : script[0]!;
        if (answer === 'hang') return;
        setTimeout(() => response.writeHead(answer, { 'content-type': 'text/plain' }).end('ok'), this.delayMs);
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  url(path: string, ...answers: (number | 'hang')[]): string {
    if (answers.length > 0) this.scripts.set(path, answers);
    return `http://127.0.0.1:${this.port}${path}`;
  }

  to(path: string): ReceivedRequest[] {
    return this.requests.filter((request) => request.path === path);
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}

describe('webhook deliveries: signed, retried with backoff, delivered once', () => {
  let store: Store;
  let receiver: Receiver;
  let tenantId: string;
  let eventCount = 0;

  before(async () => {
    store = await createTestStore();
    receiver = new Receiver();
    await receiver.start();
    tenantId = (await store.prisma.tenant.findFirstOrThrow({ where: { slug: 'demo' } })).id;
  });
  after(async () => {
    await receiver.close();
    await store.close();
  });
  beforeEach(async () => {
    // Each test has its own endpoint: the ones of earlier tests stop receiving.
    await store.prisma.webhookEndpoint.updateMany({ where: { disabledAt: null }, data: { disabledAt: NOW } });
  });

  const addEndpoint = (url: string, secret = `whsec_${randomUUID()}`) => store.prisma.webhookEndpoint.create({ data: { tenantId, url, secret } });
  const ticketEvent = (overrides: Partial<TicketWebhookEvent> = {}): TicketWebhookEvent => ({
    id: `event-${(eventCount += 1)}`,
    type: 'ticket.status_changed',
    tenantId,
    trackingCode: 'SAV-7K3M-9QX2',
    status: 'SCHEDULED',
    previousStatus: 'VERIFIED',
    actor: 'SERVICE_DESK',
    at: NOW,
    ...overrides,
  });
  const enqueue = (event = ticketEvent()) => store.prisma.$transaction((tx) => enqueueTicketWebhooks(tx, event));
  const deliveriesTo = (endpointId: string) => store.prisma.webhookDelivery.findMany({ where: { endpointId }, orderBy: { createdAt: 'asc' } });

  it('POSTs the event with a signature that verifies with the endpoint secret, and marks it DELIVERED', async () => {
    const endpoint = await addEndpoint(receiver.url('/signed', 200));
    const event = ticketEvent();
    assert.equal(await enqueue(event), 1);
    assert.deepEqual(await deliverDueWebhooks(store, { now: later(1000) }), { delivered: 1, retrying: 0, failed: 0 });

    const [request] = receiver.to('/signed');
    assert.ok(request, 'the receiver got the event');
    assert.equal(request.method, 'POST');
    assert.equal(request.headers['content-type'], 'application/json');
    assert.equal(request.headers['sav-event-type'], 'ticket.status_changed');
    assert.equal(verifyWebhookSignature(endpoint.secret, request.headers['sav-signature'] as string, request.body, { now: later(1500) }), true);
    assert.equal(verifyWebhookSignature('whsec_wrong', request.headers['sav-signature'] as string, request.body, { now: later(1500) }), false);
    assert.deepEqual(JSON.parse(request.body), {
      id: event.id,
      type: 'ticket.status_changed',
      createdAt: NOW.toISOString(),
      data: { trackingCode: 'SAV-7K3M-9QX2', status: 'SCHEDULED', previousStatus: 'VERIFIED', actor: 'SERVICE_DESK', at: NOW.toISOString() },
    });

    const [delivery] = await deliveriesTo(endpoint.id);
    assert.equal(request.headers['sav-event-id'], delivery?.id);
    assert.equal(delivery?.payload, request.body, 'the log holds the exact body sent');
    assert.equal(delivery?.status, 'DELIVERED');
    assert.equal(delivery?.attempts, 1);
    assert.equal(delivery?.lastStatusCode, 200);
    assert.deepEqual(delivery?.deliveredAt, later(1000));
    assert.deepEqual(await deliverDueWebhooks(store, { now: later(2000) }), { delivered: 0, retrying: 0, failed: 0 }, 'delivered once');
  });

  it('queues one delivery per active endpoint of the tenant, and none for another tenant', async () => {
    const first = await addEndpoint(receiver.url('/fan-out-1'));
    const second = await addEndpoint(receiver.url('/fan-out-2'));
    const other = await store.prisma.tenant.create({ data: { slug: `other-${randomUUID()}`, name: 'Other', allowedOrigins: [] } });
    const foreign = await store.prisma.webhookEndpoint.create({ data: { tenantId: other.id, url: receiver.url('/foreign'), secret: 'whsec_other' } });
    assert.equal(await enqueue(), 2);
    assert.equal((await deliveriesTo(first.id)).length, 1);
    assert.equal((await deliveriesTo(second.id)).length, 1);
    assert.equal((await deliveriesTo(foreign.id)).length, 0);
    assert.equal((await deliverDueWebhooks(store, { now: later(1000) })).delivered, 2);
  });

  it('retries a receiver that answered 500 after the backoff, with the same event id, then DELIVERED on attempt 2', async () => {
    const endpoint = await addEndpoint(receiver.url('/flaky', 500, 200));
    await enqueue();
    assert.deepEqual(await deliverDueWebhooks(store, { now: NOW }), { delivered: 0, retrying: 1, failed: 0 });
    const [waiting] = await deliveriesTo(endpoint.id);
    assert.equal(waiting?.status, 'PENDING');
    assert.equal(waiting?.attempts, 1);
    assert.equal(waiting?.lastStatusCode, 500);
    assert.match(waiting?.lastError ?? '', /HTTP 500/);
    assert.deepEqual(waiting?.availableAt, later(retryDelayMs(1)));

    assert.deepEqual(await deliverDueWebhooks(store, { now: later(retryDelayMs(1) - 1) }), { delivered: 0, retrying: 0, failed: 0 }, 'not before the backoff');
    assert.deepEqual(await deliverDueWebhooks(store, { now: later(retryDelayMs(1)) }), { delivered: 1, retrying: 0, failed: 0 });
    const [delivered] = await deliveriesTo(endpoint.id);
    assert.equal(delivered?.status, 'DELIVERED');
    assert.equal(delivered?.attempts, 2);
    assert.equal(delivered?.lastStatusCode, 200);
    assert.equal(delivered?.lastError, null);
    const requests = receiver.to('/flaky');
    assert.equal(requests.length, 2);
    assert.equal(requests[0]?.headers['sav-event-id'], requests[1]?.headers['sav-event-id'], 'a receiver can drop the duplicate');
    assert.notEqual(requests[0]?.headers['sav-signature'], requests[1]?.headers['sav-signature'], 'each attempt is signed when sent');
  });

  it('gives up after maxAttempts: FAILED, with the last status kept for the tenant to read', async () => {
    const endpoint = await addEndpoint(receiver.url('/down', 503));
    await enqueue();
    let at = NOW;
    for (const attempt of [1, 2]) {
      assert.deepEqual(await deliverDueWebhooks(store, { now: at, maxAttempts: 3 }), { delivered: 0, retrying: 1, failed: 0 });
      at = new Date(at.getTime() + retryDelayMs(attempt));
    }
    assert.deepEqual(await deliverDueWebhooks(store, { now: at, maxAttempts: 3 }), { delivered: 0, retrying: 0, failed: 1 });
    const [failed] = await deliveriesTo(endpoint.id);
    assert.equal(failed?.status, 'FAILED');
    assert.equal(failed?.attempts, 3);
    assert.equal(failed?.lastStatusCode, 503);
    assert.equal(receiver.to('/down').length, 3);
    assert.deepEqual(await deliverDueWebhooks(store, { now: later(86_400_000), maxAttempts: 3 }), { delivered: 0, retrying: 0, failed: 0 }, 'never again');
  });

  it('counts a receiver that never answers, or cannot be reached, as a failed attempt', async () => {
    const silent = await addEndpoint(receiver.url('/silent', 'hang'));
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const closedPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const unreachable = await addEndpoint(`http://127.0.0.1:${closedPort}/nobody`);
    await enqueue();
    assert.deepEqual(await deliverDueWebhooks(store, { now: NOW, timeoutMs: 200 }), { delivered: 0, retrying: 2, failed: 0 });
    const [timedOut] = await deliveriesTo(silent.id);
    assert.equal(timedOut?.lastStatusCode, null);
    assert.match(timedOut?.lastError ?? '', /No answer within 200 ms/);
    const [refused] = await deliveriesTo(unreachable.id);
    assert.equal(refused?.lastStatusCode, null);
    assert.match(refused?.lastError ?? '', /ECONNREFUSED/);
  });

  it('in production, sends nothing to an endpoint that resolves to an internal address', async () => {
    const endpoint = await addEndpoint(receiver.url('/internal', 200));
    await enqueue();
    assert.deepEqual(await deliverDueWebhooks(store, { now: later(1000), refuseInternalAddresses: true }), { delivered: 0, retrying: 1, failed: 0 });
    assert.equal(receiver.to('/internal').length, 0);
    const [delivery] = await deliveriesTo(endpoint.id);
    assert.match(delivery?.lastError ?? '', /internal network address/);
  });

  it('sends nothing to a disabled endpoint', async () => {
    const endpoint = await addEndpoint(receiver.url('/disabled'));
    await enqueue();
    await store.prisma.webhookEndpoint.update({ where: { id: endpoint.id }, data: { disabledAt: NOW } });
    assert.deepEqual(await deliverDueWebhooks(store, { now: later(1000) }), { delivered: 0, retrying: 0, failed: 0 }, 'disabled after the event was queued');
    assert.equal(await enqueue(), 0, 'nothing queued once disabled');

    const second = await addEndpoint(receiver.url('/disabled-by-tenant'));
    await enqueue();
    assert.equal(await disableWebhookEndpoint(store, tenantId, second.id, NOW), true);
    assert.equal(await disableWebhookEndpoint(store, tenantId, second.id, NOW), false, 'already disabled');
    assert.deepEqual(await deliverDueWebhooks(store, { now: later(1000) }), { delivered: 0, retrying: 0, failed: 0 });
    const [abandoned] = await deliveriesTo(second.id);
    assert.equal(abandoned?.status, 'FAILED', 'the log says it will not be sent');
    assert.match(abandoned?.lastError ?? '', /disabled/);
    assert.equal(receiver.to('/disabled').length + receiver.to('/disabled-by-tenant').length, 0);
  });

  it('two dispatch runs at once deliver each event once', async () => {
    const endpoint = await addEndpoint(receiver.url('/concurrent', 200));
    for (let n = 0; n < 6; n += 1) await enqueue();
    receiver.delayMs = 50;
    try {
      const runs = await Promise.all([deliverDueWebhooks(store, { now: later(1000), batchSize: 4 }), deliverDueWebhooks(store, { now: later(1000), batchSize: 4 })]);
      assert.equal(runs[0].delivered + runs[1].delivered, 6);
    } finally {
      receiver.delayMs = 0;
    }
    const ids = receiver.to('/concurrent').map((request) => request.headers['sav-event-id']);
    assert.equal(ids.length, 6);
    assert.equal(new Set(ids).size, 6);
    assert.ok((await deliveriesTo(endpoint.id)).every((delivery) => delivery.status === 'DELIVERED' && delivery.attempts === 1));
  });
});
