import assert from 'node:assert/strict';
import { request } from 'node:http';
import { connect } from 'node:net';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { REQUEST_REPAIR, repairRequest } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';
import { createTestStore } from '../db/test-store.js';

/** Starts a request whose body arrives in two halves: the second when `finish` is called. */
function slowRequest(gateway: TestGateway, body: string) {
  const url = new URL('/graphql', gateway.url);
  const half = Math.floor(body.length / 2);
  let finish!: () => void;
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    const outgoing = request(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer pk_demo', 'content-length': Buffer.byteLength(body) } }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    outgoing.on('error', reject);
    outgoing.write(body.slice(0, half));
    finish = () => outgoing.end(body.slice(half));
  });
  return { answer, finish: () => finish() };
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    if (condition()) return;
    await sleep(10);
  }
  assert.fail(`timed out waiting for ${what}`);
}

describe('graceful shutdown', () => {
  it('lets a booking in flight finish whole, while new connections are refused', async () => {
    const store = await createTestStore();
    const gateway = await startTestGateway({ store });
    try {
      const booking = slowRequest(gateway, JSON.stringify({ query: REQUEST_REPAIR, variables: { input: repairRequest({ idempotencyKey: 'in-flight-at-shutdown' }) } }));
      await until(() => gateway.inFlight() === 1, 'the booking to be in flight');

      let closed = false;
      const closing = gateway.close().then(() => (closed = true));
      await sleep(50);
      assert.equal(closed, false, 'the gateway waits for the request in flight');
      await assert.rejects(fetch(`${gateway.url}/healthz`), 'a new connection is refused while stopping');

      booking.finish();
      const answer = await booking.answer;
      assert.equal(answer.status, 200);
      const ticket = (JSON.parse(answer.body) as { data: { requestRepair: { __typename: string; ticket: { trackingCode: string } } } }).data.requestRepair;
      assert.equal(ticket.__typename, 'RepairBooked');
      await closing;

      // Written whole: the ticket, its visit and its first event.
      const stored = await store.prisma.ticket.findFirstOrThrow({ where: { trackingCode: ticket.ticket.trackingCode }, select: { visits: { select: { id: true } }, events: { select: { kind: true } } } });
      assert.equal(stored.visits.length, 1);
      assert.ok(stored.events.length >= 1);
    } finally {
      await store.close();
    }
  });

  it('answers 503 SHUTTING_DOWN to a request that arrives, on a connection already open, while stopping', async () => {
    const gateway = await startTestGateway();
    const { hostname, port } = new URL(gateway.url);
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.on('data', (chunk: Buffer) => (received += chunk.toString('utf8')));
    const body = JSON.stringify({ query: '{ __typename }' });
    const head = `POST /graphql HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nAuthorization: Bearer pk_demo\r\nContent-Length: ${body.length}\r\n\r\n`;
    socket.write(head + body.slice(0, 5));
    await until(() => gateway.inFlight() === 1, 'the first request to be in flight');
    const closing = gateway.close();
    // The rest of the first request, and a second one pipelined behind it on the same connection.
    socket.write(body.slice(5) + head + body);
    await closing;
    await until(() => (received.match(/HTTP\/1\.1 /g) ?? []).length === 2 || socket.destroyed, 'both answers');
    socket.destroy();
    const statuses = [...received.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((match) => match[1]);
    assert.deepEqual(statuses, ['200', '503'], received);
    assert.match(received, /"code":"SHUTTING_DOWN"/);
  });

  it('gives up on a request that never finishes after the drain timeout, and closes', async () => {
    const gateway = await startTestGateway({ drainTimeoutMs: 200 });
    const stuck = slowRequest(gateway, JSON.stringify({ query: '{ __typename }' }));
    stuck.answer.catch(() => {});
    await until(() => gateway.inFlight() === 1, 'the request to be in flight');
    const started = Date.now();
    await gateway.close();
    assert.ok(Date.now() - started >= 150, 'it waited for the drain timeout');
  });
});
