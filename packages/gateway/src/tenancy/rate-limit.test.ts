import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Redis } from 'ioredis';
import type { Store } from '../db/store.js';
import { createTestStore } from '../db/test-store.js';
import { AVAILABLE_SLOTS } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';
import { redisCounter } from './rate-limit.js';

const BY_SERIAL = `query($s: String!) { warrantyCheck(input: { serialNumber: $s }) { __typename } }`;
const BY_MODEL = `{ warrantyCheck(input: { productModel: "HRF-DEMO-1", purchaseDate: "2025-01-10", country: "FR" }) { __typename } }`;
const SLOTS_INPUT = { input: { productModel: 'HRF-DEMO-1', postalCode: '75011', country: 'FR', from: '2026-04-21', days: 1 } };
const REDIS_URL = process.env.SAV_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

async function redisAnswers(): Promise<boolean> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => {});
  try {
    await redis.connect();
    return (await redis.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    redis.disconnect();
  }
}

describe('rate limits', () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway({ trustedProxies: 1 });
  });
  after(() => gateway.close());

  const from = (address: string) => ({ headers: { 'x-forwarded-for': address } });

  it('limits warranty lookups by serial per publishable key and address, with 429 and Retry-After; by model they are not lookups', async () => {
    await gateway.configure((prisma) => prisma.tenant.updateMany({ data: { lookupsPerMinute: 3 } }));
    gateway.setNow(new Date('2026-04-20T10:05:15Z'));
    for (let i = 0; i < 3; i += 1) assert.equal((await gateway.graphql(BY_SERIAL, { s: `GUESS-${i}` }, from('203.0.113.7'))).status, 200);
    const refused = await gateway.graphql(BY_SERIAL, { s: 'GUESS-3' }, from('203.0.113.7'));
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('retry-after'), '45');
    assert.equal(refused.body.errors?.[0]?.extensions?.code, 'RATE_LIMITED');
    assert.equal((await gateway.graphql(BY_MODEL, {}, from('203.0.113.7'))).status, 200, 'a check by model is not counted');
    assert.equal((await gateway.graphql(BY_SERIAL, { s: 'GUESS-4' }, from('198.51.100.9'))).status, 200, 'another address has its own count');
    assert.equal((await gateway.graphql(BY_SERIAL, { s: 'GUESS-5' }, { key: 'sk_demo', ...from('203.0.113.7') })).status, 200, 'a secret key is not limited');
    gateway.setNow(new Date('2026-04-20T10:06:00Z'));
    assert.equal((await gateway.graphql(BY_SERIAL, { s: 'GUESS-6' }, from('203.0.113.7'))).status, 200, 'the next minute serves again');
  });

  it('limits booking requests by their own setting', async () => {
    await gateway.configure((prisma) => prisma.tenant.updateMany({ data: { bookingsPerMinute: 2 } }));
    gateway.setNow(new Date('2026-04-20T10:10:00Z'));
    for (let i = 0; i < 2; i += 1) {
      const served = await gateway.graphql<{ availableSlots: { __typename: string } }>(AVAILABLE_SLOTS, SLOTS_INPUT, from('203.0.113.8'));
      assert.equal(served.body.data?.availableSlots.__typename, 'AvailableSlots');
    }
    const refused = await gateway.graphql(AVAILABLE_SLOTS, SLOTS_INPUT, from('203.0.113.8'));
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('retry-after'), '60');
  });

  it('serves at least 60 lookups and 120 booking requests a minute by default (api.md)', async () => {
    const settings = await gateway.graphql<{ serviceSettings: { lookupsPerMinute: number; bookingsPerMinute: number } }>('{ serviceSettings { lookupsPerMinute bookingsPerMinute } }', {}, { key: 'sk_demo' });
    const fresh = await createTestStore();
    try {
      const row = await fresh.prisma.tenant.findFirstOrThrow({ select: { lookupsPerMinute: true, bookingsPerMinute: true } });
      assert.ok(row.lookupsPerMinute >= 60 && row.bookingsPerMinute >= 120, JSON.stringify(row));
    } finally {
      await fresh.close();
    }
    assert.deepEqual(settings.body.data?.serviceSettings, { lookupsPerMinute: 3, bookingsPerMinute: 2 }, 'as this test set them');
  });

  it('takes the client address from X-Forwarded-For only as far as the proxies it trusts', async () => {
    await gateway.configure((prisma) => prisma.tenant.updateMany({ data: { lookupsPerMinute: 1 } }));
    gateway.setNow(new Date('2026-04-20T10:20:00Z'));
    assert.equal((await gateway.graphql(BY_SERIAL, { s: 'A' }, from('1.1.1.1, 203.0.113.20'))).status, 200);
    // A client that writes addresses of its own to the left is still counted by what the proxy saw.
    assert.equal((await gateway.graphql(BY_SERIAL, { s: 'B' }, from('9.9.9.9, 203.0.113.20'))).status, 429);
  });
});

describe('rate limits across gateway instances', () => {
  let store: Store;
  before(async () => {
    store = await createTestStore();
    await store.prisma.tenant.updateMany({ data: { lookupsPerMinute: 4 } });
  });
  after(() => store.close());

  async function burstOverTwo(one: TestGateway, two: TestGateway): Promise<number[]> {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) statuses.push((await (i % 2 ? two : one).graphql(BY_SERIAL, { s: `SPREAD-${i}` })).status);
    return statuses;
  }

  it('counts in PostgreSQL what both instances serve', async () => {
    const now = new Date('2026-04-20T11:00:00Z');
    const one = await startTestGateway({ store, now });
    const two = await startTestGateway({ store, now });
    try {
      assert.deepEqual(await burstOverTwo(one, two), [200, 200, 200, 200, 429, 429]);
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });

  it('counts in Redis, where REDIS_URL is set, what both instances serve', async (t) => {
    if (!(await redisAnswers())) {
      t.skip(`no Redis answers at ${REDIS_URL}`);
      return;
    }
    // Counts of an earlier run in this minute (the test store's tenant and key ids repeat) are forgotten first.
    const tenant = await store.prisma.tenant.findFirstOrThrow({ select: { id: true } });
    const redis = new Redis(REDIS_URL);
    const stale = await redis.keys(`sav:rate:warranty-lookup:${tenant.id}:*`);
    if (stale.length) await redis.del(...stale);
    redis.disconnect();
    const now = new Date();
    const counters = [redisCounter(REDIS_URL), redisCounter(REDIS_URL)];
    const one = await startTestGateway({ store, now, rateLimits: counters[0] });
    const two = await startTestGateway({ store, now, rateLimits: counters[1] });
    try {
      await store.prisma.rateLimitWindow.deleteMany({});
      assert.deepEqual(await burstOverTwo(one, two), [200, 200, 200, 200, 429, 429]);
      assert.equal(await store.prisma.rateLimitWindow.count(), 0, 'nothing was counted in PostgreSQL');
    } finally {
      await Promise.all([one.close(), two.close()]);
      await Promise.all(counters.map((counter) => counter.close()));
    }
  });
});
