import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { EventStreamParser } from '@sav/client';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { openStore, type Store } from '../db/store.js';
import { createTestStore, testPostgresUrl } from '../db/test-store.js';
import { REQUEST_REPAIR, type RepairAnswer, repairRequest } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

const UPDATES = `subscription($access: CustomerTicketAccessInput!) { ticketUpdates(access: $access) {
  __typename ... on Ticket { trackingCode status visit { expectedArrivalAt } } ... on Error { code } } }`;
const START_TRAVEL = `mutation($input: StartTravelInput!) { startTravel(input: $input) { __typename } }`;

type Update = { __typename: string; status?: string; code?: string };

/** A tracker's SSE stream (graphql-sse, distinct connections): each `next` event's data, in order. */
async function openStream(gateway: TestGateway, variables: Record<string, unknown>, key = 'pk_demo') {
  const controller = new AbortController();
  const response = await fetch(`${gateway.url}/graphql/stream`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: UPDATES, variables }),
    signal: controller.signal,
  });
  const updates: Update[] = [];
  const waiters: (() => void)[] = [];
  let ended = false;
  const pump = (async () => {
    if (!response.body) return;
    const decoder = new TextDecoder();
    const parser = new EventStreamParser();
    try {
      for await (const chunk of response.body) {
        for (const { event, data } of parser.push(decoder.decode(chunk as Uint8Array, { stream: true }))) {
          if (event === 'next' && data) updates.push((JSON.parse(data) as { data: { ticketUpdates: Update } }).data.ticketUpdates);
        }
        waiters.splice(0).forEach((wake) => wake());
      }
    } catch {
      // aborted
    }
    ended = true;
    waiters.splice(0).forEach((wake) => wake());
  })();
  return {
    response,
    updates,
    /** Waits until `count` updates arrived (or the stream ended), at most 10 s. */
    async until(count: number): Promise<Update[]> {
      const deadline = Date.now() + 10_000;
      while (updates.length < count && !ended && Date.now() < deadline) {
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 200);
        });
      }
      return updates;
    },
    get ended() {
      return ended;
    },
    async close() {
      controller.abort();
      await pump;
    },
  };
}

let booked = 0;
/** Books a visit in the next free window (two technicians per window): one per test. */
async function book(gateway: TestGateway): Promise<string> {
  const slotStart = new Date(Date.UTC(2026, 3, 21 + Math.floor(booked / 8), 6 + 2 * Math.floor((booked % 8) / 2))).toISOString();
  booked += 1;
  const answer = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input: repairRequest({ slotStart }) });
  assert.ok(answer.body.data?.requestRepair.ticket, JSON.stringify(answer.body));
  return answer.body.data.requestRepair.ticket.trackingCode;
}

describe('live ticket updates', () => {
  let store: Store;
  let second: Store | null = null;
  let one: TestGateway;
  let other: TestGateway;
  before(async () => {
    store = await createTestStore();
    // Two gateway instances on one database: on PostgreSQL each with its own connections, as two
    // processes would be; PGlite has one session, so they share it.
    second = store.kind === 'postgres' ? await openStore({ databaseUrl: store.location }) : null;
    one = await startTestGateway({ store, now: new Date('2026-04-21T05:30:00Z') });
    other = await startTestGateway({ store: second ?? store, now: new Date('2026-04-21T05:30:00Z') });
  });
  after(async () => {
    await one.close();
    await other.close();
    await second?.close();
    await store.close();
  });

  it('streams the ticket over SSE, then a change made through another instance, without a reload', async () => {
    // Booked through the first instance's clock a day earlier, so that the window is still ahead.
    one.setNow(new Date('2026-04-20T10:00:00Z'));
    const code = await book(one);
    const stream = await openStream(one, { access: { trackingCode: code, postalCode: '75011' } });
    try {
      assert.equal(stream.response.status, 200);
      assert.match(stream.response.headers.get('content-type') ?? '', /text\/event-stream/);
      assert.deepEqual((await stream.until(1)).map((update) => update.status), ['SCHEDULED']);
      const moved = await other.graphql(START_TRAVEL, { input: { trackingCode: code, expectedArrivalAt: '2026-04-21T06:30:00Z' } }, { key: 'sk_demo' });
      assert.deepEqual(moved.body.data, { startTravel: { __typename: 'RepairChanged' } });
      assert.deepEqual((await stream.until(2)).map((update) => update.status), ['SCHEDULED', 'TECHNICIAN_EN_ROUTE']);
    } finally {
      await stream.close();
    }
  });

  it('streams over WebSocket too, with the key in the connection parameters', async () => {
    one.setNow(new Date('2026-04-20T10:00:00Z'));
    const code = await book(one);
    const client = createClient({ url: `${one.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: 'Bearer pk_demo' }, retryAttempts: 0 });
    const statuses: string[] = [];
    try {
      const subscription = client.iterate<{ ticketUpdates: Update }>({ query: UPDATES, variables: { access: { trackingCode: code, postalCode: '75011' } } });
      const first = await subscription.next();
      statuses.push(first.value?.data?.ticketUpdates.status ?? '?');
      await other.graphql(START_TRAVEL, { input: { trackingCode: code, expectedArrivalAt: '2026-04-21T06:30:00Z' } }, { key: 'sk_demo' });
      const second = await subscription.next();
      statuses.push(second.value?.data?.ticketUpdates.status ?? '?');
      await subscription.return?.();
    } finally {
      await client.dispose();
    }
    assert.deepEqual(statuses, ['SCHEDULED', 'TECHNICIAN_EN_ROUTE']);
  });

  it('answers a wrong postal code with TicketNotFound and ends the stream, revealing nothing', async () => {
    one.setNow(new Date('2026-04-20T10:00:00Z'));
    const code = await book(one);
    for (const access of [{ trackingCode: code, postalCode: '75012' }, { trackingCode: 'SAV-XXXX-XXXX', postalCode: '75011' }, { link: `${code}.forged-signature-0000000` }]) {
      const stream = await openStream(one, { access });
      try {
        assert.deepEqual(await stream.until(1), [{ __typename: 'TicketNotFound', code: 'TICKET_NOT_FOUND' }]);
        await stream.until(2);
        assert.equal(stream.ended, true);
      } finally {
        await stream.close();
      }
    }
  });

  it('refuses a stream without a valid key, before anything runs', async () => {
    const response = await fetch(`${one.url}/graphql/stream`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream' }, body: JSON.stringify({ query: UPDATES }) });
    assert.equal(response.status, 401);
    const socket = createClient({ url: `${one.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: 'Bearer pk_nope' }, retryAttempts: 0 });
    const refused = await new Promise<unknown>((resolve) => {
      socket.subscribe({ query: UPDATES, variables: { access: { trackingCode: 'SAV-AAAA-AAAA', postalCode: '75011' } } }, { next: () => {}, error: resolve, complete: () => resolve(null) });
    });
    await socket.dispose();
    assert.equal((refused as { code?: number } | null)?.code, 4403);
  });

  it('takes subscriptions only, within the body limit and the lookup limit, on both transports', async () => {
    const post = (body: string) => fetch(`${one.url}/graphql/stream`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: 'Bearer pk_demo' }, body });
    const query = await post(JSON.stringify({ query: '{ __typename }' }));
    assert.equal(query.status, 400);
    assert.equal(((await query.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code, 'BAD_REQUEST');
    const huge = await post(JSON.stringify({ query: UPDATES, variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }));
    assert.equal(huge.status, 413);

    const socket = createClient({ url: `${one.url.replace('http', 'ws')}/graphql`, webSocketImpl: WebSocket, connectionParams: { authorization: 'Bearer pk_demo' }, retryAttempts: 0 });
    const mutation = await new Promise<unknown>((resolve) => {
      socket.subscribe({ query: 'mutation { cancelRepair(input: { trackingCode: "SAV-AAAA-AAAA", postalCode: "75011" }) { __typename } }' }, { next: resolve, error: resolve, complete: () => resolve(null) });
    });
    await socket.dispose();
    assert.equal((mutation as { extensions?: { code?: string } }[])[0]?.extensions?.code, 'BAD_REQUEST');

    await one.configure((prisma) => prisma.tenant.updateMany({ data: { lookupsPerMinute: 1 } }));
    one.setNow(new Date('2026-04-20T11:00:30Z'));
    const first = await openStream(one, { access: { trackingCode: 'SAV-AAAA-AAAA', postalCode: '75011' } });
    await first.until(1);
    await first.close();
    const refused = await fetch(`${one.url}/graphql/stream`, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: 'Bearer pk_demo' }, body: JSON.stringify({ query: UPDATES, variables: { access: { trackingCode: 'SAV-AAAA-AAAA', postalCode: '75011' } } }) });
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('retry-after'), '30');
    await one.configure((prisma) => prisma.tenant.updateMany({ data: { lookupsPerMinute: 60 } }));
  });

  it('hears again after its listening connection is cut, and reads what passed meanwhile', { skip: testPostgresUrl() ? false : 'PostgreSQL only (SAV_TEST_DATABASE_URL)' }, async () => {
    one.setNow(new Date('2026-04-20T10:00:00Z'));
    const code = await book(one);
    const stream = await openStream(one, { access: { trackingCode: code, postalCode: '75011' } });
    try {
      await stream.until(1);
      // Cut every listening connection (both instances'), as a database restart would.
      const cut = await store.prisma.$queryRawUnsafe<{ cut: boolean }[]>(`SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity WHERE query = 'LISTEN sav_ticket_changes' AND pid <> pg_backend_pid()`);
      assert.ok(cut.length >= 2 && cut.every((row) => row.cut), 'both instances were listening, and both were cut');
      await other.graphql(START_TRAVEL, { input: { trackingCode: code, expectedArrivalAt: '2026-04-21T06:30:00Z' } }, { key: 'sk_demo' });
      assert.deepEqual((await stream.until(2)).map((update) => update.status), ['SCHEDULED', 'TECHNICIAN_EN_ROUTE']);
    } finally {
      await stream.close();
    }
  });

  it('sends the cancellation, then ends the stream: nothing follows a cancelled ticket', async () => {
    one.setNow(new Date('2026-04-20T10:00:00Z'));
    const code = await book(one);
    const stream = await openStream(one, { access: { trackingCode: code, postalCode: '75011' } });
    try {
      await stream.until(1);
      await other.graphql(`mutation($input: CancelTicketInput!) { cancelTicket(input: $input) { __typename } }`, { input: { trackingCode: code, reason: 'Bought a new one.' } }, { key: 'sk_demo' });
      assert.deepEqual((await stream.until(2)).map((update) => update.status), ['SCHEDULED', 'CANCELLED']);
      await stream.until(3);
      assert.equal(stream.ended, true);
    } finally {
      await stream.close();
    }
  });

  it('lets a closed tracker go: nothing stays registered', async () => {
    one.setNow(new Date('2026-04-20T10:00:00Z'));
    const code = await book(one);
    const stream = await openStream(one, { access: { trackingCode: code, postalCode: '75011' } });
    await stream.until(1);
    await stream.close();
    const deadline = Date.now() + 5_000;
    let watching = -1;
    while (Date.now() < deadline) {
      const response = await one.graphql<{ ticket: { status: string } }>(`query($c: String!) { ticket(trackingCode: $c, postalCode: "75011") { ... on Ticket { status } } }`, { c: code });
      assert.equal(response.body.data?.ticket.status, 'SCHEDULED');
      watching = one.liveTrackers();
      if (watching === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(watching, 0);
  });
});
