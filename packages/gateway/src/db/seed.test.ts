import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, afterEach, before, describe, it } from 'node:test';
import { generateKey, hashKey, keyDisplayPrefix, kindOfKey } from '../tenancy/keys.js';
import { REFRIGERATOR_MAIN_PARTS as refrigeratorMainParts } from '@sav/rules';
import { seedDemo } from './seed.js';
import type { Store } from './store.js';
import { createTestStore } from './test-store.js';

/** `YYYY-MM-DD` of a `@db.Date` value. */
const day = (date: Date | null): string | null => (date === null ? null : date.toISOString().slice(0, 10));

describe('the demo tenant, as seeded', () => {
  let store: Store;
  before(async () => {
    store = await createTestStore();
  });
  after(async () => {
    await store.close();
  });

  it('is "Demo Appliances", slug demo, in Europe/Paris, open to local pages', async () => {
    const tenants = await store.prisma.tenant.findMany();
    assert.equal(tenants.length, 1);
    const [tenant] = tenants;
    assert.equal(tenant?.name, 'Demo Appliances');
    assert.equal(tenant?.slug, 'demo');
    assert.equal(tenant?.demo, true);
    assert.equal(tenant?.timeZone, 'Europe/Paris');
    assert.deepEqual(tenant?.allowedOrigins, ['http://localhost:*', 'http://127.0.0.1:*']);
  });

  it('has the keys pk_demo and sk_demo, stored as their sha256 only', async () => {
    const keys = await store.prisma.apiKey.findMany({ orderBy: { kind: 'asc' } });
    assert.deepEqual(
      keys.map(({ kind, hash, displayPrefix, revokedAt }) => ({ kind, hash, displayPrefix, revokedAt })),
      [
        { kind: 'PUBLISHABLE', hash: createHash('sha256').update('pk_demo').digest('hex'), displayPrefix: 'pk_demo', revokedAt: null },
        { kind: 'SECRET', hash: createHash('sha256').update('sk_demo').digest('hex'), displayPrefix: 'sk_demo', revokedAt: null },
      ],
    );
    assert.equal(await store.prisma.apiKey.count({ where: { hash: { in: ['pk_demo', 'sk_demo'] } } }), 0);
  });

  it('has the three catalogue models', async () => {
    const models = await store.prisma.productModel.findMany({ orderBy: { model: 'asc' } });
    assert.deepEqual(
      models.map(({ model, brand, category, productLines }) => ({ model, brand, category, productLines })),
      [
        { model: 'HAC-DEMO-FF', brand: 'Haier', category: 'AIR_CONDITIONER', productLines: ['haier-ac-fluorine-free'] },
        { model: 'HAC-DEMO-INV', brand: 'Haier', category: 'AIR_CONDITIONER', productLines: ['haier-ac-inverter'] },
        { model: 'HRF-DEMO-1', brand: 'Haier', category: 'REFRIGERATOR', productLines: ['haier-refrigerator'] },
      ],
    );
  });

  it("has seed 001's refrigerator terms: whole unit 1 year, the 14 main parts 3 years", async () => {
    const [policy, ...others] = await store.prisma.warrantyPolicy.findMany({
      where: { productLine: 'haier-refrigerator' },
      include: { parts: true },
    });
    assert.equal(others.length, 0);
    assert.ok(policy);
    assert.equal(policy.name, 'Haier refrigerator warranty');
    const months = Object.fromEntries(policy.parts.map(({ part, months }) => [part, months]));
    assert.deepEqual(months, {
      WHOLE_UNIT: 12,
      ...Object.fromEntries(refrigeratorMainParts.map((part) => [part, 36])),
    });
    assert.equal(policy.parts.length, 15);
    assert.deepEqual(
      {
        from: day(policy.purchasedFrom),
        until: day(policy.purchasedUntil),
        country: policy.country,
        cities: policy.cities,
        returnDays: policy.returnDays,
        exchangeDays: policy.exchangeDays,
        paidRepairAfterExpiry: policy.paidRepairAfterExpiry,
        exclusions: policy.exclusions,
      },
      {
        from: null,
        until: null,
        country: null,
        cities: [],
        returnDays: 7,
        exchangeDays: 15,
        paidRepairAfterExpiry: true,
        exclusions: ['NO_PROOF_OF_PURCHASE', 'ALTERED_INVOICE', 'ACCIDENT_OR_MISUSE', 'UNAUTHORISED_REPAIR'],
      },
    );
    assert.ok(policy.source?.includes('seed 001'));
  });

  it("has seed 001's air-conditioner terms, by purchase date and place", async () => {
    const policies = await store.prisma.warrantyPolicy.findMany({
      where: { productLine: { in: ['haier-ac-inverter', 'haier-ac-fluorine-free'] } },
      include: { parts: { orderBy: { part: 'asc' } } },
      orderBy: [{ productLine: 'asc' }, { purchasedFrom: { sort: 'asc', nulls: 'first' } }],
    });
    assert.deepEqual(
      policies.map((policy) => ({
        line: policy.productLine,
        from: day(policy.purchasedFrom),
        until: day(policy.purchasedUntil),
        country: policy.country,
        cities: policy.cities,
        parts: policy.parts.map(({ part, months }) => `${part} ${months}`),
        remedies: [policy.returnDays, policy.exchangeDays, policy.paidRepairAfterExpiry, policy.exclusions.length],
      })),
      [
        {
          line: 'haier-ac-fluorine-free',
          from: '2010-01-01',
          until: null,
          country: null,
          cities: [],
          parts: ['COMPRESSOR 120', 'PARTS 120', 'WHOLE_UNIT 120'],
          remedies: [7, 15, true, 4],
        },
        {
          line: 'haier-ac-inverter',
          from: null,
          until: '2007-12-30',
          country: null,
          cities: [],
          parts: ['COMPRESSOR 72', 'WHOLE_UNIT 36'],
          remedies: [7, 15, true, 4],
        },
        {
          line: 'haier-ac-inverter',
          from: '2007-12-31',
          until: '2009-11-30',
          country: null,
          cities: [],
          parts: ['COMPRESSOR 72', 'PARTS 72', 'WHOLE_UNIT 72'],
          remedies: [7, 15, true, 4],
        },
        {
          line: 'haier-ac-inverter',
          from: '2009-12-01',
          until: null,
          country: 'CN',
          cities: ['Jinan', 'Qingdao', 'Jining', 'Yantai', 'Wuhan', 'Hefei', 'Chongqing'],
          parts: ['COMPRESSOR 120', 'PARTS 120', 'WHOLE_UNIT 120'],
          remedies: [7, 15, true, 4],
        },
      ],
    );
  });

  it('has registered sales on fixed dates, one with 10 days in repair', async () => {
    const sales = await store.prisma.sale.findMany({
      // The fleet behind the quality report apart (next test).
      where: { serialNumber: { not: { contains: '-FLEET-' } } },
      include: { productModel: true, servicePeriods: true },
      orderBy: { serialNumber: 'asc' },
    });
    assert.deepEqual(
      sales.map((sale) => ({
        serial: sale.serialNumber,
        model: sale.productModel.model,
        bought: day(sale.purchaseDate),
        where: [sale.country, sale.city],
        periods: sale.servicePeriods.map((period) => [period.kind, day(period.startsOn), day(period.endsOn)]),
      })),
      [
        { serial: 'HAC-FF-0001', model: 'HAC-DEMO-FF', bought: '2021-04-01', where: ['FR', null], periods: [] },
        { serial: 'HAC-INV-2008-0001', model: 'HAC-DEMO-INV', bought: '2008-06-15', where: ['CN', null], periods: [] },
        { serial: 'HAC-INV-QD-0001', model: 'HAC-DEMO-INV', bought: '2012-05-10', where: ['CN', 'Qingdao'], periods: [] },
        {
          serial: 'HRF1-2024-0001',
          model: 'HRF-DEMO-1',
          bought: '2024-08-20',
          where: ['FR', 'Paris'],
          periods: [['REPAIR', '2025-03-03', '2025-03-12']],
        },
        { serial: 'HRF1-2025-0002', model: 'HRF-DEMO-1', bought: '2025-06-02', where: ['FR', null], periods: [] },
      ],
    );
  });

  it('has a fleet sold from autumn 2024 and a closed repair history on it, without personal data, for the quality report', async () => {
    const fleet = await store.prisma.sale.findMany({ where: { serialNumber: { contains: '-FLEET-' } }, include: { productModel: true } });
    const byModel = Object.fromEntries(['HRF-DEMO-1', 'HAC-DEMO-INV', 'HAC-DEMO-FF'].map((model) => [model, fleet.filter((sale) => sale.productModel.model === model).length]));
    assert.deepEqual(byModel, { 'HRF-DEMO-1': 36, 'HAC-DEMO-INV': 24, 'HAC-DEMO-FF': 20 });
    const tickets = await store.prisma.ticket.findMany({ include: { visits: true, events: true, ratings: true } });
    assert.equal(tickets.length, 18);
    const serials = new Set(fleet.map((sale) => sale.serialNumber));
    for (const ticket of tickets) {
      assert.equal(ticket.status, 'CLOSED');
      assert.ok(serials.has(ticket.serialNumber ?? ''), `${ticket.trackingCode} is on a unit of the fleet`);
      assert.ok(ticket.partsUsed.length > 0);
      assert.deepEqual([ticket.customerName, ticket.customerEmail, ticket.customerPhone, ticket.addressLine1, ticket.postalCode, ticket.fault], ['', '', '', '', '', '']);
      assert.ok(ticket.personalDataErasedAt, 'no personal data to keep: marked erased, so retention leaves it');
      assert.ok(ticket.visits.length >= 1 && ticket.visits.every((visit) => visit.windowStart < new Date('2025-11-01T00:00:00Z')), 'past visits only: no technician time taken');
      assert.deepEqual(ticket.events.map((event) => event.toStatus).sort(), ['CLOSED', 'REPAIRED', 'SCHEDULED']);
    }
    assert.equal(tickets.filter((ticket) => ticket.ratings.length === 1).length, 17);
  });

  it("has seed 000's reintervention terms and two technicians for Paris", async () => {
    const terms = await store.prisma.reinterventionTerms.findMany();
    assert.deepEqual(
      terms.map(({ hourlyRateMinor, currency, thresholdMinutes, billableCauses }) => ({
        hourlyRateMinor,
        currency,
        thresholdMinutes,
        billableCauses,
      })),
      [{ hourlyRateMinor: 4000, currency: 'EUR', thresholdMinutes: 60, billableCauses: ['SUPPLIES', 'DESIGNER'] }],
    );
    const technicians = await store.prisma.technician.findMany({ where: { partnerId: null } });
    assert.equal(technicians.length, 2);
    const paris = Array.from({ length: 20 }, (_, index) => String(75001 + index));
    for (const technician of technicians) {
      assert.equal(technician.timeZone, 'Europe/Paris');
      assert.equal(technician.country, 'FR');
      assert.deepEqual(technician.postalCodes, paris);
      assert.deepEqual(technician.skills, ['REFRIGERATOR', 'AIR_CONDITIONER']);
    }
  });

  it('has two technicians of Atelier Clim Lyon, who repair air conditioners in Lyon', async () => {
    const partner = await store.prisma.partnerWorkshop.findFirstOrThrow({ where: { name: 'Atelier Clim Lyon' }, select: { technicians: { select: { name: true, skills: true, postalCodes: true, tenantId: true } }, tenantId: true } });
    assert.deepEqual(partner.technicians.map((technician) => technician.name).sort(), ['Hugo Perrin', 'Lucie Fabre']);
    for (const technician of partner.technicians) {
      assert.equal(technician.tenantId, partner.tenantId);
      assert.deepEqual(technician.skills, ['AIR_CONDITIONER']);
      assert.ok(technician.postalCodes.includes('69001'), technician.name);
    }
  });
});

describe('seedDemo', () => {
  let store: Store;
  const nodeEnv = process.env.NODE_ENV;
  before(async () => {
    store = await createTestStore();
  });
  afterEach(() => {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  });
  after(async () => {
    await store.close();
  });

  it('does nothing when a tenant exists', async () => {
    const before = await Promise.all([store.prisma.tenant.count(), store.prisma.apiKey.count(), store.prisma.sale.count()]);
    assert.deepEqual(await seedDemo(store.prisma), { seeded: false });
    const after = await Promise.all([store.prisma.tenant.count(), store.prisma.apiKey.count(), store.prisma.sale.count()]);
    assert.deepEqual(after, before);
  });

  it('never seeds where NODE_ENV is production', async () => {
    await store.prisma.tenant.deleteMany({});
    process.env.NODE_ENV = 'production';
    assert.deepEqual(await seedDemo(store.prisma), { seeded: false });
    assert.equal(await store.prisma.tenant.count(), 0);
    assert.equal(await store.prisma.apiKey.count(), 0);
  });

  it('seeds an empty store, once, even when asked twice at the same time', async () => {
    await store.prisma.tenant.deleteMany({});
    const results = await Promise.all([seedDemo(store.prisma), seedDemo(store.prisma)]);
    assert.deepEqual(results.map((result) => result.seeded).sort(), [false, true]);
    assert.equal(await store.prisma.tenant.count(), 1);
    assert.equal(await store.prisma.apiKey.count(), 2);
    assert.equal(await store.prisma.warrantyPolicyPart.count(), 15 + 2 + 3 + 3 + 3);
  });
});

describe('API keys', () => {
  it('hashes a key to the sha256 hex of the whole key', () => {
    assert.equal(hashKey('pk_demo'), createHash('sha256').update('pk_demo', 'utf8').digest('hex'));
    assert.match(hashKey('sk_demo'), /^[0-9a-f]{64}$/);
  });

  it('generates pk_/sk_ keys with 32 random URL-safe characters', () => {
    const publishable = generateKey('PUBLISHABLE');
    const secret = generateKey('SECRET');
    assert.match(publishable, /^pk_[A-Za-z0-9_-]{32}$/);
    assert.match(secret, /^sk_[A-Za-z0-9_-]{32}$/);
    assert.notEqual(generateKey('SECRET'), secret);
    assert.equal(kindOfKey(publishable), 'PUBLISHABLE');
    assert.equal(kindOfKey(secret), 'SECRET');
    assert.equal(kindOfKey('xk_nope'), null);
  });

  it('shows a short key whole and a long one by its first 12 characters', () => {
    assert.equal(keyDisplayPrefix('pk_demo'), 'pk_demo');
    assert.equal(keyDisplayPrefix('sk_abcdefghijklmnopqrstuvwxyz012345'), 'sk_abcdefghi…');
  });
});
