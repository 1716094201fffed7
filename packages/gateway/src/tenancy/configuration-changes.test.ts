import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

const CHECK = `query($input: WarrantyCheckInput!) { warrantyCheck(input: $input) { __typename ... on WarrantyCheck { status coverages { part endsOn } } } }`;
const BY_MODEL = { input: { productModel: 'HRF-DEMO-1', purchaseDate: '2025-01-10', country: 'FR' } };

type Check = { warrantyCheck: { __typename: string; coverages?: { part: string; endsOn: string }[] } };

/** Asks until `done` holds (a change notice travels from the database to the gateway), for at most 5 s. */
async function eventually<T>(ask: () => Promise<T>, done: (answer: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const answer = await ask();
    if (done(answer) || Date.now() > deadline) return answer;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * The gateway keeps keys, settings, the catalogue, policies and technicians in memory: proved here to cost no
 * database round trip, and to follow every change, whoever writes it (the gateway itself, or any
 * other program writing SQL: the database announces it).
 */
describe('configuration kept in memory', () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway();
  });
  after(() => gateway.close());

  const compressorEnds = async () => (await gateway.graphql<Check>(CHECK, BY_MODEL)).body.data?.warrantyCheck.coverages?.find((c) => c.part === 'COMPRESSOR')?.endsOn;

  it('answers a warranty check by model without one SQL statement once the tenant has been read', async () => {
    assert.equal((await gateway.graphql<Check>(CHECK, BY_MODEL)).body.data?.warrantyCheck.__typename, 'WarrantyCheck');
    const statements: string[] = [];
    const stop = gateway.store.onStatement!((sql) => statements.push(sql));
    try {
      for (let i = 0; i < 5; i += 1) assert.equal((await gateway.graphql<Check>(CHECK, BY_MODEL)).body.data?.warrantyCheck.__typename, 'WarrantyCheck');
    } finally {
      stop();
    }
    assert.deepEqual(statements, [], 'key, settings, product and policies all from memory');
  });

  it('follows a policy changed in SQL by another program', async () => {
    const before = await compressorEnds();
    assert.equal(before, '2028-01-09');
    await gateway.store.prisma.$executeRaw`UPDATE warranty_policy_parts SET months = months + 12 WHERE part = 'COMPRESSOR'`;
    assert.equal(await eventually(compressorEnds, (ends) => ends !== before), '2029-01-09');
  });

  it('has heard every change committed before a marker it sent came back (configurationHeard)', async () => {
    assert.equal(await compressorEnds(), '2029-01-09');
    for (const [change, ends] of [[-12, '2028-01-09'], [+6, '2028-07-09'], [-6, '2028-01-09']] as const) {
      await gateway.configure((prisma) => prisma.$executeRaw`UPDATE warranty_policy_parts SET months = months + ${change} WHERE part = 'COMPRESSOR'`);
      assert.equal(await compressorEnds(), ends, 'the very next request sees it');
    }
  });

  it('follows a product model renamed in SQL: the old model is no longer found', async () => {
    await gateway.store.prisma.$executeRaw`UPDATE product_models SET model = 'HRF-DEMO-1-OLD' WHERE model = 'HRF-DEMO-1'`;
    const answer = await eventually(() => gateway.graphql<Check>(CHECK, BY_MODEL), (a) => a.body.data?.warrantyCheck.__typename !== 'WarrantyCheck');
    assert.equal(answer.body.data?.warrantyCheck.__typename, 'ProductNotFound');
    await gateway.store.prisma.$executeRaw`UPDATE product_models SET model = 'HRF-DEMO-1' WHERE model = 'HRF-DEMO-1-OLD'`;
    assert.equal((await eventually(() => gateway.graphql<Check>(CHECK, BY_MODEL), (a) => a.body.data?.warrantyCheck.__typename === 'WarrantyCheck')).status, 200);
  });

  it("reads an area's technicians once, and follows their hours changed in SQL", async () => {
    const SLOTS = `query($input: AvailableSlotsInput!) { availableSlots(input: $input) { __typename ... on AvailableSlots { slots { start remaining } } } }`;
    const slots = async () => (await gateway.graphql<{ availableSlots: { slots?: { start: string; remaining: number }[] } }>(SLOTS, { input: { productModel: 'HRF-DEMO-1', postalCode: '75011', country: 'FR', from: '2026-04-21', days: 3 } })).body.data?.availableSlots.slots;
    const before = await slots();
    assert.ok(before && before.length > 0);
    const statements: string[] = [];
    const stop = gateway.store.onStatement!((sql) => statements.push(sql));
    try {
      assert.deepEqual(await slots(), before);
    } finally {
      stop();
    }
    assert.ok(statements.length > 0 && statements.every((sql) => !/FROM "?technicians"?/i.test(sql)), statements.join('\n'));

    const hours = await gateway.store.prisma.$queryRaw<{ id: string; workingHours: unknown }[]>`SELECT id, "workingHours" FROM technicians`;
    await gateway.store.prisma.$executeRaw`UPDATE technicians SET "workingHours" = '[]'::jsonb`;
    const none = await eventually(() => gateway.graphql<{ availableSlots: { __typename: string; slots?: unknown[] } }>(SLOTS, { input: { productModel: 'HRF-DEMO-1', postalCode: '75011', country: 'FR', from: '2026-04-21', days: 3 } }), (a) => a.body.data?.availableSlots.slots?.length === 0);
    assert.deepEqual(none.body.data?.availableSlots.slots, []);
    for (const { id, workingHours } of hours) await gateway.store.prisma.$executeRaw`UPDATE technicians SET "workingHours" = ${JSON.stringify(workingHours)}::jsonb WHERE id = ${id}`;
    assert.deepEqual(await eventually(slots, (answer) => answer?.length === before.length), before);
  });

  it('refuses a key revoked in SQL by another program', async () => {
    const [key] = await gateway.store.prisma.$queryRaw<{ id: string }[]>`
      INSERT INTO api_keys (id, "tenantId", kind, hash, "displayPrefix")
      SELECT gen_random_uuid()::text, "tenantId", 'PUBLISHABLE', encode(sha256('pk_config_change_test'::bytea), 'hex'), 'pk_config_ch…' FROM api_keys WHERE "displayPrefix" = 'pk_demo'
      RETURNING id`;
    assert.equal((await gateway.graphql('{ __typename }', {}, { key: 'pk_config_change_test' })).status, 200);
    await gateway.store.prisma.$executeRaw`UPDATE api_keys SET "revokedAt" = now() WHERE id = ${key!.id}`;
    const refused = await eventually(() => gateway.graphql('{ __typename }', {}, { key: 'pk_config_change_test' }), (answer) => answer.status === 401);
    assert.equal(refused.status, 401);
  });

  it("applies the gateway's own settings change to the very next request", async () => {
    const update = (lookups: number) =>
      gateway.graphql(`mutation($n: Int!) { updateServiceSettings(input: { lookupsPerMinute: $n }) { __typename } }`, { n: lookups }, { key: 'sk_demo' });
    const bySerial = () => gateway.graphql<Check>(CHECK, { input: { serialNumber: 'HRF1-2024-0001' } }, { headers: { 'x-test': 'settings' } });
    assert.equal((await update(1)).status, 200);
    assert.equal((await bySerial()).status, 200);
    assert.equal((await bySerial()).status, 429, 'the limit of 1 holds from the next request on');
    assert.equal((await update(1000)).status, 200);
    assert.equal((await bySerial()).status, 200);
  });
});
