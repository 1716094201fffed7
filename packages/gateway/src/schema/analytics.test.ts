import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REQUEST_REPAIR, type RepairAnswer, repairRequest } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';
import { createTenant, issueKey } from '../tenancy/tenant-admin.js';

const REPORT = /* GraphQL */ `
  query Quality($input: QualityReportInput!) {
    qualityReport(input: $input) {
      __typename
      ... on QualityReport {
        from to repeatThreshold tickets unitsSold failureRatePercent
        byModel { productModel name category unitsSold tickets failureRatePercent }
        byPart { part unitsSold tickets failureRatePercent }
        byPurchaseMonth { month unitsSold tickets failureRatePercent }
        repeatedPartDefects { productModel part units tickets }
        repeatedUnitRepairs { serialNumber productModel part repairs }
        timeToFirstVisit { tickets medianHours p90Hours }
        timeToRepair { tickets medianHours p90Hours }
        firstTimeFix { closedTickets fixedFirstTime ratePercent }
        satisfactionByTechnician { name badgeNumber ratings averageScore }
        satisfactionByWorkshop { name city ratings averageScore }
      }
      ... on Error { code message }
      ... on InvalidInput { field }
    }
  }
`;

interface Rate { unitsSold: number; tickets: number; failureRatePercent: string | null }
interface Report {
  __typename: string; code?: string; field?: string[];
  from: string | null; to: string | null; repeatThreshold: number; tickets: number; unitsSold: number; failureRatePercent: string | null;
  byModel: (Rate & { productModel: string; name: string; category: string })[];
  byPart: (Rate & { part: string })[];
  byPurchaseMonth: (Rate & { month: string })[];
  repeatedPartDefects: { productModel: string; part: string; units: number; tickets: number }[];
  repeatedUnitRepairs: { serialNumber: string; productModel: string; part: string; repairs: number }[];
  timeToFirstVisit: { tickets: number; medianHours: string | null; p90Hours: string | null };
  timeToRepair: { tickets: number; medianHours: string | null; p90Hours: string | null };
  firstTimeFix: { closedTickets: number; fixedFirstTime: number; ratePercent: string | null };
  satisfactionByTechnician: { name: string; badgeNumber: string; ratings: number; averageScore: string }[];
  satisfactionByWorkshop: { name: string; city: string; ratings: number; averageScore: string }[];
}

const HOUR = 3_600_000;
const at = (iso: string, hours = 0) => new Date(new Date(iso).getTime() + hours * HOUR);

type Prisma = TestGateway['store']['prisma'];

/** A tenant's catalogue, sales and repairs, written straight to the database: known figures to find again. */
class DataSet {
  private sequence = 0;
  constructor(private readonly prisma: Prisma, private readonly tenantId: string, private readonly prefix: string) {}

  model(model: string, category: string) {
    return this.prisma.productModel.create({ data: { tenantId: this.tenantId, model, name: `${model} name`, brand: 'Acme', category, productLines: [] } });
  }

  async sales(productModelId: string, serials: string[], purchaseDate: string, country = 'FR') {
    await this.prisma.sale.createMany({ data: serials.map((serialNumber) => ({ tenantId: this.tenantId, serialNumber, productModelId, purchaseDate: new Date(`${purchaseDate}T00:00:00Z`), country })) });
  }

  technician(name: string, badgeNumber: string) {
    return this.prisma.technician.create({ data: { tenantId: this.tenantId, name, badgeNumber, timeZone: 'Europe/Paris', skills: [], postalCodes: ['75011'], country: 'FR' } });
  }

  workshop(name: string, city: string) {
    return this.prisma.workshop.create({ data: { tenantId: this.tenantId, name, addressLine1: '1 rue', postalCode: '69001', city, country: 'FR', timeZone: 'Europe/Paris', skills: [] } });
  }

  /** A ticket with its visits (hours after creation; cancelled ones apart), repair events (hours after creation) and ratings. */
  async ticket(spec: {
    model: { id: string; model: string }; serial?: string; purchaseDate?: string; createdAt: string; status: string; partsUsed?: string[];
    visits?: { technicianId: string; afterHours: number; cancelled?: boolean }[];
    repairedAfterHours?: number[];
    dropOff?: { workshopId: string; afterHours: number };
    ratings?: { score: number; afterHours: number }[];
  }) {
    const created = new Date(spec.createdAt);
    const ticket = await this.prisma.ticket.create({
      data: {
        tenantId: this.tenantId, trackingCode: `${this.prefix}-${++this.sequence}`, status: spec.status as never, productModel: spec.model.model,
        // A request keeps the model code typed; a ticket may also link the catalogue row: both are counted.
        productModelId: this.sequence % 2 === 0 ? spec.model.id : null,
        serialNumber: spec.serial ?? null, purchaseDate: spec.purchaseDate ? new Date(`${spec.purchaseDate}T00:00:00Z`) : null,
        fault: 'It fails.', symptoms: [], likelyParts: [], repairLocation: 'HOME', visitMinutes: 60, verificationReasons: [],
        customerName: 'A Customer', customerEmail: 'a@example.fr', customerPhone: '0600000000', addressLine1: '1 rue', postalCode: '75011', city: 'Paris', country: 'FR',
        partsUsed: spec.partsUsed ?? [], createdAt: created,
      },
    });
    for (const visit of spec.visits ?? []) {
      const windowStart = at(spec.createdAt, visit.afterHours);
      await this.prisma.visit.create({
        data: { tenantId: this.tenantId, ticketId: ticket.id, technicianId: visit.technicianId, windowStart, windowEnd: at(windowStart.toISOString(), 2), reservedUntil: at(windowStart.toISOString(), 2.5), status: visit.cancelled ? 'CANCELLED' : 'BOOKED' },
      });
    }
    if (spec.dropOff) {
      const slotStart = at(spec.createdAt, spec.dropOff.afterHours);
      await this.prisma.dropOff.create({ data: { tenantId: this.tenantId, ticketId: ticket.id, workshopId: spec.dropOff.workshopId, slotStart, slotEnd: at(slotStart.toISOString(), 1), seat: 1 } });
    }
    await this.prisma.ticketEvent.create({ data: { tenantId: this.tenantId, ticketId: ticket.id, kind: 'CREATED', toStatus: 'SCHEDULED', actor: 'SYSTEM', at: created } });
    for (const hours of spec.repairedAfterHours ?? []) {
      await this.prisma.ticketEvent.create({ data: { tenantId: this.tenantId, ticketId: ticket.id, kind: 'STATUS_CHANGED', fromStatus: 'ON_SITE', toStatus: 'REPAIRED', actor: 'TECHNICIAN', at: at(spec.createdAt, hours) } });
    }
    for (const rating of spec.ratings ?? []) {
      await this.prisma.ticketRating.create({ data: { ticketId: ticket.id, score: rating.score, at: at(spec.createdAt, rating.afterHours) } });
    }
    return ticket;
  }
}

describe('qualityReport: the quality of the products, learnt from their repairs (issue 10)', () => {
  let gateway: TestGateway;
  const keys = { a: { secret: '', publishable: '' }, b: { secret: '' } };
  let tenantA: string;
  let setA: DataSet;
  let fridgeA: { id: string; model: string };

  const report = async (input: Record<string, unknown>, key = keys.a.secret): Promise<Report> => {
    const response = await gateway.graphql<{ qualityReport: Report }>(REPORT, { input }, { key });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
    return response.body.data!.qualityReport;
  };
  const MARCH = { from: '2026-03-01', to: '2026-03-31' };

  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
    const prisma = gateway.store.prisma;
    // Tenant A: the distributor whose figures are checked, in Paris's zone.
    tenantA = (await createTenant(gateway.store, { name: 'Quality Distributor', slug: 'quality-a', timeZone: 'Europe/Paris' })).id;
    keys.a.secret = (await issueKey(gateway.store, 'quality-a', 'secret')).key;
    keys.a.publishable = (await issueKey(gateway.store, 'quality-a', 'publishable')).key;
    setA = new DataSet(prisma, tenantA, 'QA');
    const fridge = await setA.model('FRIDGE-A', 'REFRIGERATOR');
    fridgeA = fridge;
    const airco = await setA.model('AIRCO-B', 'AIR_CONDITIONER');
    await setA.model('NEVER-SOLD', 'REFRIGERATOR');
    // Units sold: 4 fridges in January 2025, 6 in February (one of them in Belgium), 5 air conditioners in January.
    await setA.sales(fridge.id, ['F-01', 'F-02', 'F-03', 'F-04'], '2025-01-15');
    await setA.sales(fridge.id, ['F-05', 'F-06', 'F-07', 'F-08', 'F-09'], '2025-02-10');
    await setA.sales(fridge.id, ['F-10'], '2025-02-20', 'BE');
    await setA.sales(airco.id, ['A-01', 'A-02', 'A-03', 'A-04', 'A-05'], '2025-01-05');
    const x = await setA.technician('Xavier', 'X-1');
    const y = await setA.technician('Yasmine', 'Y-1');
    const workshop = await setA.workshop('Atelier Lyon', 'Lyon');

    // Fridges: the compressor on three units (F-05 twice), the fan motor on two.
    await setA.ticket({ model: fridge, serial: 'F-01', createdAt: '2026-03-02T08:00:00Z', status: 'CLOSED', partsUsed: ['COMPRESSOR'], visits: [{ technicianId: x.id, afterHours: 24 }], repairedAfterHours: [30], ratings: [{ score: 5, afterHours: 40 }] });
    await setA.ticket({ model: fridge, serial: 'F-02', createdAt: '2026-03-03T08:00:00Z', status: 'CLOSED', partsUsed: ['COMPRESSOR'], visits: [{ technicianId: x.id, afterHours: 48 }], repairedAfterHours: [50], ratings: [{ score: 4, afterHours: 60 }] });
    // Reopened after a low rating and repaired at a second visit by another technician: not a first-time fix.
    await setA.ticket({
      model: fridge, serial: 'f-05', createdAt: '2026-03-04T08:00:00Z', status: 'CLOSED', partsUsed: ['COMPRESSOR', 'FAN_MOTOR'],
      visits: [{ technicianId: x.id, afterHours: 12 }, { technicianId: y.id, afterHours: 120 }], repairedAfterHours: [14, 122], ratings: [{ score: 2, afterHours: 20 }, { score: 5, afterHours: 130 }],
    });
    await setA.ticket({ model: fridge, serial: 'F-05', createdAt: '2026-03-10T08:00:00Z', status: 'FOLLOW_UP', partsUsed: ['COMPRESSOR'], visits: [{ technicianId: x.id, afterHours: 6 }], repairedAfterHours: [8] });
    await setA.ticket({ model: fridge, serial: 'F-06', createdAt: '2026-03-11T08:00:00Z', status: 'FOLLOW_UP', partsUsed: ['FAN_MOTOR'], visits: [{ technicianId: x.id, afterHours: 2, cancelled: true }, { technicianId: x.id, afterHours: 30 }], repairedAfterHours: [40] });
    // No serial: the purchase date given at intake places it in February.
    await setA.ticket({ model: fridge, purchaseDate: '2025-02-10', createdAt: '2026-03-12T08:00:00Z', status: 'SCHEDULED', visits: [{ technicianId: x.id, afterHours: 72 }] });
    // Left out: a cancelled request, and one made on 1 April in Paris (31 March in UTC).
    await setA.ticket({ model: fridge, serial: 'F-03', createdAt: '2026-03-05T08:00:00Z', status: 'CANCELLED', partsUsed: ['COMPRESSOR'] });
    await setA.ticket({ model: fridge, serial: 'F-04', createdAt: '2026-03-31T22:30:00Z', status: 'FOLLOW_UP', partsUsed: ['COMPRESSOR'], visits: [{ technicianId: y.id, afterHours: 10 }], repairedAfterHours: [11] });
    // Air conditioners: one repaired in the workshop, one at home.
    await setA.ticket({ model: airco, serial: 'A-01', createdAt: '2026-03-06T08:00:00Z', status: 'CLOSED', partsUsed: ['PARTS'], dropOff: { workshopId: workshop.id, afterHours: 24 }, repairedAfterHours: [100], ratings: [{ score: 3, afterHours: 110 }] });
    await setA.ticket({ model: airco, serial: 'A-02', createdAt: '2026-03-13T08:00:00Z', status: 'CLOSED', partsUsed: ['PARTS'], visits: [{ technicianId: y.id, afterHours: 36 }], repairedAfterHours: [38], ratings: [{ score: 4, afterHours: 50 }] });

    // Tenant B: the same model code and serials, its own failures; none of it may show in A's report.
    const tenantB = (await createTenant(gateway.store, { name: 'Other Distributor', slug: 'quality-b' })).id;
    keys.b.secret = (await issueKey(gateway.store, 'quality-b', 'secret')).key;
    const setB = new DataSet(prisma, tenantB, 'QB');
    const fridgeB = await setB.model('FRIDGE-A', 'REFRIGERATOR');
    await setB.sales(fridgeB.id, ['F-05', 'F-07'], '2025-01-15');
    const z = await setB.technician('Zoe', 'Z-1');
    await setB.ticket({ model: fridgeB, serial: 'F-05', createdAt: '2026-03-04T09:00:00Z', status: 'CLOSED', partsUsed: ['COMPRESSOR'], visits: [{ technicianId: z.id, afterHours: 1 }], repairedAfterHours: [2], ratings: [{ score: 1, afterHours: 3 }] });
    await setB.ticket({ model: fridgeB, serial: 'F-07', createdAt: '2026-03-05T09:00:00Z', status: 'CLOSED', partsUsed: ['COMPRESSOR'], visits: [{ technicianId: z.id, afterHours: 1 }], repairedAfterHours: [2], ratings: [{ score: 1, afterHours: 3 }] });
  });
  after(() => gateway.close());

  it('gives the failure rate per model and overall: tickets over units sold', async () => {
    const march = await report(MARCH);
    assert.equal(march.__typename, 'QualityReport');
    assert.deepEqual([march.from, march.to, march.repeatThreshold], ['2026-03-01', '2026-03-31', 3]);
    assert.deepEqual([march.tickets, march.unitsSold, march.failureRatePercent], [8, 15, '53.33']);
    assert.deepEqual(march.byModel, [
      { productModel: 'AIRCO-B', name: 'AIRCO-B name', category: 'AIR_CONDITIONER', unitsSold: 5, tickets: 2, failureRatePercent: '40.00' },
      { productModel: 'FRIDGE-A', name: 'FRIDGE-A name', category: 'REFRIGERATOR', unitsSold: 10, tickets: 6, failureRatePercent: '60.00' },
    ]);
  });

  it('gives the failure rate per replaced part and per purchase month', async () => {
    const march = await report(MARCH);
    assert.deepEqual(march.byPart, [
      { part: 'COMPRESSOR', unitsSold: 15, tickets: 4, failureRatePercent: '26.67' },
      { part: 'FAN_MOTOR', unitsSold: 15, tickets: 2, failureRatePercent: '13.33' },
      { part: 'PARTS', unitsSold: 15, tickets: 2, failureRatePercent: '13.33' },
    ]);
    assert.deepEqual(march.byPurchaseMonth, [
      { month: '2025-01', unitsSold: 9, tickets: 4, failureRatePercent: '44.44' },
      { month: '2025-02', unitsSold: 6, tickets: 4, failureRatePercent: '66.67' },
    ]);
  });

  it('finds a part failing across units of one model beyond the threshold, and a unit repaired twice for one part', async () => {
    const march = await report(MARCH);
    // The compressor on F-01, F-02 and F-05 (three units, four tickets); the fan motor on two units only: below 3.
    assert.deepEqual(march.repeatedPartDefects, [{ productModel: 'FRIDGE-A', part: 'COMPRESSOR', units: 3, tickets: 4 }]);
    assert.deepEqual(march.repeatedUnitRepairs, [{ serialNumber: 'F-05', productModel: 'FRIDGE-A', part: 'COMPRESSOR', repairs: 2 }]);
    const lower = await report({ ...MARCH, repeatThreshold: 2 });
    assert.deepEqual(lower.repeatedPartDefects.map((row) => [row.productModel, row.part, row.units]), [['FRIDGE-A', 'COMPRESSOR', 3], ['AIRCO-B', 'PARTS', 2], ['FRIDGE-A', 'FAN_MOTOR', 2]]);
    assert.deepEqual((await report({ ...MARCH, repeatThreshold: 4 })).repeatedPartDefects, []);
  });

  it('measures the time to the first visit and to the repair: median and 90th percentile in hours', async () => {
    const march = await report(MARCH);
    // First visits (a cancelled one ignored): 6, 12, 24, 30, 36, 48, 72 hours.
    assert.deepEqual(march.timeToFirstVisit, { tickets: 7, medianHours: '30.00', p90Hours: '57.60' });
    // First REPAIRED events: 8, 14, 30, 38, 40, 50, 100 hours.
    assert.deepEqual(march.timeToRepair, { tickets: 7, medianHours: '38.00', p90Hours: '70.00' });
  });

  it('gives the first-time-fix rate: closed after exactly one visit', async () => {
    const march = await report(MARCH);
    assert.deepEqual(march.firstTimeFix, { closedTickets: 4, fixedFirstTime: 3, ratePercent: '75.00' });
  });

  it('gives the satisfaction by technician (of the visit before each rating) and by workshop', async () => {
    const march = await report(MARCH);
    assert.deepEqual(march.satisfactionByTechnician, [
      { name: 'Xavier', badgeNumber: 'X-1', ratings: 3, averageScore: '3.67' },
      { name: 'Yasmine', badgeNumber: 'Y-1', ratings: 2, averageScore: '4.50' },
    ]);
    assert.deepEqual(march.satisfactionByWorkshop, [{ name: 'Atelier Lyon', city: 'Lyon', ratings: 1, averageScore: '3.00' }]);
  });

  it('filters on models, category, country and dates (in the tenant zone)', async () => {
    const airco = await report({ ...MARCH, productModels: [' airco-b '] });
    assert.deepEqual([airco.tickets, airco.unitsSold, airco.failureRatePercent, airco.byModel.map((row) => row.productModel)], [2, 5, '40.00', ['AIRCO-B']]);
    const fridges = await report({ ...MARCH, category: 'refrigerator' });
    assert.deepEqual([fridges.tickets, fridges.unitsSold, fridges.byModel.map((row) => row.productModel)], [6, 10, ['FRIDGE-A']]);
    const belgium = await report({ ...MARCH, country: 'BE' });
    assert.deepEqual([belgium.tickets, belgium.unitsSold, belgium.failureRatePercent], [0, 1, '0.00']);
    const april = await report({ from: '2026-04-01', to: '2026-04-30' });
    assert.deepEqual([april.tickets, april.byPart], [1, [{ part: 'COMPRESSOR', unitsSold: 15, tickets: 1, failureRatePercent: '6.67' }]]);
    const firstTen = await report({ from: '2026-03-01', to: '2026-03-10' });
    assert.equal(firstTen.tickets, 5, 'three tickets of F-01, F-02, F-05, the second of F-05, the workshop repair; the cancelled request left out');
    const nothingSold = await report({ ...MARCH, productModels: ['NEVER-SOLD'] });
    assert.deepEqual([nothingSold.tickets, nothingSold.unitsSold, nothingSold.failureRatePercent, nothingSold.byModel, nothingSold.timeToFirstVisit.medianHours, nothingSold.firstTimeFix.ratePercent], [0, 0, null, [], null, null]);
  });

  it("never counts another tenant's data", async () => {
    const b = await report(MARCH, keys.b.secret);
    assert.deepEqual([b.tickets, b.unitsSold, b.failureRatePercent], [2, 2, '100.00']);
    assert.deepEqual(b.satisfactionByTechnician, [{ name: 'Zoe', badgeNumber: 'Z-1', ratings: 2, averageScore: '1.00' }]);
    assert.deepEqual(b.repeatedUnitRepairs, []);
    const demo = await report(MARCH, 'sk_demo');
    assert.ok(!demo.byModel.some((row) => row.productModel === 'FRIDGE-A'));
  });

  it('is for secret keys: a publishable key is refused', async () => {
    const response = await gateway.graphql(REPORT, { input: MARCH }, { key: keys.a.publishable });
    assert.equal(response.status, 200);
    assert.equal(response.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal(response.body.data ?? null, null);
  });

  it('refuses a bad input with a typed InvalidInput naming the field', async () => {
    const reversed = await report({ from: '2026-03-31', to: '2026-03-01' });
    assert.deepEqual([reversed.__typename, reversed.code, reversed.field], ['InvalidInput', 'INVALID_RANGE', ['from']]);
    const tooLong = await report({ from: '2020-01-01', to: '2026-03-01' });
    assert.deepEqual([tooLong.__typename, tooLong.code, tooLong.field], ['InvalidInput', 'RANGE_TOO_LONG', ['to']]);
    const threshold = await report({ repeatThreshold: 0 });
    assert.deepEqual([threshold.__typename, threshold.field], ['InvalidInput', ['repeatThreshold']]);
    const country = await report({ country: 'France' });
    assert.deepEqual([country.__typename, country.field], ['InvalidInput', ['country']]);
    const date = await gateway.graphql(REPORT, { input: { from: '2026-02-30' } }, { key: keys.a.secret });
    assert.ok(date.status < 500);
    assert.ok(date.body.errors?.length, 'a Date the scalar refuses: a GraphQL error, not a 500');
  });

  it('aggregates in the database: as many SQL statements for many tickets as for a few', async () => {
    const statementsFor = async (): Promise<string[]> => {
      await report({}); // the key and the settings, read once
      const statements: string[] = [];
      const stop = gateway.store.onStatement!((sql) => statements.push(sql));
      try {
        await report({});
        return statements;
      } finally {
        stop();
      }
    };
    const few = await statementsFor();
    const x = await gateway.store.prisma.technician.findFirstOrThrow({ where: { tenantId: tenantA, badgeNumber: 'X-1' } });
    for (let index = 0; index < 40; index++) {
      await setA.ticket({
        model: fridgeA, serial: `F-0${1 + (index % 9)}`, createdAt: `2025-06-${String(1 + (index % 28)).padStart(2, '0')}T08:00:00Z`, status: 'CLOSED', partsUsed: ['DOOR'],
        visits: [{ technicianId: x.id, afterHours: 24 + index * 3 }], repairedAfterHours: [30 + index * 3], ratings: [{ score: 4, afterHours: 200 }],
      });
    }
    const many = await statementsFor();
    assert.ok(few.length > 0, 'the statements are counted');
    assert.equal(many.length, few.length, `few:\n${few.join('\n')}\nmany:\n${many.join('\n')}`);
    const all = await report({});
    assert.equal(all.tickets, 8 + 1 + 40);
    assert.ok(all.repeatedPartDefects.some((row) => row.part === 'DOOR' && row.units === 9 && row.tickets === 40));
  });
});

describe('qualityReport over repairs made through the API', () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
  });
  after(() => gateway.close());

  it('counts a repair booked, done and rated through the API', async () => {
    const input = { productModels: ['HRF-DEMO-1'] };
    const read = async () => (await gateway.graphql<{ qualityReport: Report }>(REPORT, { input }, { key: 'sk_demo' })).body.data!.qualityReport;
    const before = await read();
    assert.equal(before.__typename, 'QualityReport');

    const booked = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input: repairRequest({ serialNumber: 'HRF1-2024-0001' }) });
    const trackingCode = booked.body.data!.requestRepair.ticket!.trackingCode;
    const desk = async (name: string, inputType: string, fields: Record<string, unknown>) => {
      const response = await gateway.graphql<Record<string, { __typename: string }>>(`mutation($input: ${inputType}!) { ${name}(input: $input) { __typename } }`, { input: { trackingCode, ...fields } }, { key: 'sk_demo' });
      assert.equal(response.body.data?.[name]?.__typename, 'RepairChanged', JSON.stringify(response.body));
    };
    gateway.setNow(new Date('2026-04-21T06:30:00Z'));
    await desk('arriveOnSite', 'ArriveOnSiteInput', {});
    gateway.setNow(new Date('2026-04-21T08:00:00Z'));
    await desk('recordRepairOutcome', 'RecordRepairOutcomeInput', { outcome: 'REPAIRED', partsUsed: ['COMPRESSOR'], minutesOnSite: 60, note: 'Compressor replaced.' });
    const rated = await gateway.graphql<{ rateRepair: { __typename: string } }>(
      `mutation($input: RateRepairInput!) { rateRepair(input: $input) { __typename } }`,
      { input: { access: { trackingCode, postalCode: '75011' }, rating: 5 } },
    );
    assert.equal(rated.body.data?.rateRepair.__typename, 'RepairRated', JSON.stringify(rated.body));

    const afterwards = await read();
    assert.equal(afterwards.tickets, before.tickets + 1);
    const compressor = (report: Report) => report.byPart.find((row) => row.part === 'COMPRESSOR')?.tickets ?? 0;
    assert.equal(compressor(afterwards), compressor(before) + 1);
    assert.equal(afterwards.timeToRepair.tickets, before.timeToRepair.tickets + 1);
    assert.equal(afterwards.firstTimeFix.closedTickets, before.firstTimeFix.closedTickets + 1);
    assert.equal(afterwards.firstTimeFix.fixedFirstTime, before.firstTimeFix.fixedFirstTime + 1);
    const ratings = (report: Report) => report.satisfactionByTechnician.reduce((sum, row) => sum + row.ratings, 0);
    assert.equal(ratings(afterwards), ratings(before) + 1);
  });
});

const PART_PAGES = /* GraphQL */ `
  query PartPages($input: QualityReportInput!, $first: Int!, $after: String) {
    repeatedPartDefects(input: $input, first: $first, after: $after) {
      __typename
      ... on RepeatedPartDefectConnection { edges { cursor node { productModel part units tickets } } pageInfo { hasNextPage endCursor } }
      ... on InvalidInput { code field }
    }
  }
`;
const UNIT_PAGES = /* GraphQL */ `
  query UnitPages($input: QualityReportInput!, $first: Int!, $after: String) {
    repeatedUnitRepairs(input: $input, first: $first, after: $after) {
      __typename
      ... on RepeatedUnitRepairConnection { edges { cursor node { serialNumber productModel part repairs } } pageInfo { hasNextPage endCursor } }
      ... on InvalidInput { code field }
    }
  }
`;

interface Page<T> {
  __typename: string; code?: string; field?: string[];
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
type PartRow = Report['repeatedPartDefects'][number];
type UnitRow = Report['repeatedUnitRepairs'][number];

describe('repeatedPartDefects and repeatedUnitRepairs: every repeat, a page at a time (issue 10)', () => {
  let gateway: TestGateway;
  const keys = { a: { secret: '', publishable: '' }, b: { secret: '' } };
  const INPUT = { repeatThreshold: 2 };

  const partPage = async (variables: { input?: Record<string, unknown>; first: number; after?: string | null }, key = keys.a.secret) => {
    const response = await gateway.graphql<{ repeatedPartDefects: Page<PartRow> }>(PART_PAGES, { input: INPUT, ...variables }, { key });
    assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
    return response.body.data!.repeatedPartDefects;
  };
  const unitPage = async (variables: { input?: Record<string, unknown>; first: number; after?: string | null }, key = keys.a.secret) => {
    const response = await gateway.graphql<{ repeatedUnitRepairs: Page<UnitRow> }>(UNIT_PAGES, { input: INPUT, ...variables }, { key });
    assert.equal(response.body.errors, undefined, JSON.stringify(response.body.errors));
    return response.body.data!.repeatedUnitRepairs;
  };
  /** Every page from the first, `first` rows at a time. */
  const allPages = async <T>(read: (after: string | null) => Promise<Page<T>>): Promise<{ rows: T[]; pages: number }> => {
    const rows: T[] = [];
    let after: string | null = null;
    for (let pages = 1; pages < 100; pages++) {
      const page = await read(after);
      assert.match(page.__typename, /Connection$/, JSON.stringify(page));
      rows.push(...page.edges.map((edge) => edge.node));
      assert.equal(page.pageInfo.endCursor, page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) return { rows, pages };
      after = page.pageInfo.endCursor;
    }
    throw new Error('more than 100 pages');
  };

  /** Units of two models repaired once, twice or three times, on parts that tie: many repeats, equal counts. */
  const repairs = async (tenantId: string, prefix: string) => {
    const data = new DataSet(gateway.store.prisma, tenantId, prefix);
    const models = [await data.model('PAGE-A', 'REFRIGERATOR'), await data.model('PAGE-B', 'OVEN')];
    const parts = ['COMPRESSOR', 'DOOR', 'FAN', 'PUMP'];
    for (const [m, model] of models.entries()) {
      for (let unit = 1; unit <= 9; unit++) {
        const serial = `${prefix}-${m}-${unit}`;
        const part = parts[(unit + m) % parts.length]!;
        const times = unit % 3 === 0 ? 3 : unit % 3 === 1 ? 2 : 1;
        for (let time = 0; time < times; time++) {
          await data.ticket({ model, serial, createdAt: `2026-02-${String(unit + time * 9).padStart(2, '0')}T09:00:00Z`, status: 'CLOSED', partsUsed: time === 0 ? [part, parts[(unit + 1) % parts.length]!] : [part] });
        }
      }
    }
  };

  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
    const a = (await createTenant(gateway.store, { name: 'Pages Distributor', slug: 'pages-a', timeZone: 'Europe/Paris' })).id;
    keys.a.secret = (await issueKey(gateway.store, 'pages-a', 'secret')).key;
    keys.a.publishable = (await issueKey(gateway.store, 'pages-a', 'publishable')).key;
    await repairs(a, 'PA');
    // Tenant B: the same model codes and parts, serials of its own.
    const b = (await createTenant(gateway.store, { name: 'Other Pages Distributor', slug: 'pages-b' })).id;
    keys.b.secret = (await issueKey(gateway.store, 'pages-b', 'secret')).key;
    await repairs(b, 'PB');
  });
  after(() => gateway.close());

  it('gives every repeated part defect once, worst first, across pages: the same list as the report', async () => {
    const whole = (await gateway.graphql<{ qualityReport: Report }>(REPORT, { input: INPUT }, { key: keys.a.secret })).body.data!.qualityReport.repeatedPartDefects;
    assert.ok(whole.length >= 6, `enough rows to page through: ${JSON.stringify(whole)}`);
    const { rows, pages } = await allPages((after) => partPage({ first: 2, after }));
    assert.deepEqual(rows, whole);
    assert.equal(pages, Math.ceil(whole.length / 2));
    const keysSeen = rows.map((row) => `${row.productModel}/${row.part}`);
    assert.equal(new Set(keysSeen).size, keysSeen.length, 'no row twice');
    // Worst first, ties in model and part order.
    const sorted = [...rows].sort((x, y) => y.units - x.units || x.productModel.localeCompare(y.productModel) || x.part.localeCompare(y.part));
    assert.deepEqual(rows, sorted);
  });

  it('gives every unit repaired twice or more for one part once, across pages of any size', async () => {
    const whole = (await gateway.graphql<{ qualityReport: Report }>(REPORT, { input: INPUT }, { key: keys.a.secret })).body.data!.qualityReport.repeatedUnitRepairs;
    assert.equal(whole.length, 12, JSON.stringify(whole)); // 6 units of each model repaired 2 or 3 times
    for (const first of [1, 5, 12, 100]) {
      const { rows, pages } = await allPages((after) => unitPage({ first, after }));
      assert.deepEqual(rows, whole, `first: ${first}`);
      assert.equal(pages, Math.max(1, Math.ceil(whole.length / first)));
    }
    assert.ok(whole.every((row) => row.serialNumber.startsWith('PA-')), "tenant A's units only");
  });

  it("never shows another tenant's repeats, and refuses another tenant's cursor as a typed error", async () => {
    const { rows: b } = await allPages((after) => unitPage({ first: 5, after }, keys.b.secret));
    assert.ok(b.length > 0 && b.every((row) => row.serialNumber.startsWith('PB-')), JSON.stringify(b));
    const bCursor = (await unitPage({ first: 1 }, keys.b.secret)).pageInfo.endCursor!;
    const foreign = await unitPage({ first: 5, after: bCursor });
    assert.deepEqual([foreign.__typename, foreign.code, foreign.field], ['InvalidInput', 'INVALID_CURSOR', ['after']]);
  });

  it('refuses a cursor that is not one of this list, or of another input or list, and a page size out of 1..100', async () => {
    for (const after of ['not-a-cursor', 'e30', Buffer.from('[1,"x",3,"A","B"]').toString('base64url'), '']) {
      const page = await partPage({ first: 2, after });
      assert.deepEqual([page.__typename, page.code, page.field], ['InvalidInput', 'INVALID_CURSOR', ['after']], after);
    }
    const cursor = (await partPage({ first: 1 })).pageInfo.endCursor!;
    const otherInput = await partPage({ input: { repeatThreshold: 3 }, first: 2, after: cursor });
    assert.deepEqual([otherInput.__typename, otherInput.code], ['InvalidInput', 'INVALID_CURSOR']);
    const otherList = await unitPage({ first: 2, after: cursor });
    assert.deepEqual([otherList.__typename, otherList.code], ['InvalidInput', 'INVALID_CURSOR']);
    for (const first of [0, 101, -1]) {
      const page = await partPage({ first });
      assert.deepEqual([page.__typename, page.code, page.field], ['InvalidInput', 'OUT_OF_RANGE', ['first']], String(first));
    }
    const badInput = await unitPage({ input: { repeatThreshold: 0 }, first: 5 });
    assert.deepEqual([badInput.__typename, badInput.field], ['InvalidInput', ['repeatThreshold']]);
  });

  it('is for secret keys: a publishable key is refused', async () => {
    for (const query of [PART_PAGES, UNIT_PAGES]) {
      const response = await gateway.graphql(query, { input: INPUT, first: 5 }, { key: keys.a.publishable });
      assert.equal(response.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
      assert.equal(response.body.data ?? null, null);
    }
  });
});
