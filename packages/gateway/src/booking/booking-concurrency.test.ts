import assert from 'node:assert/strict';
import { after, afterEach, beforeEach, describe, it } from 'node:test';
import { configurationHeard } from '../db/configuration-cache.js';
import { type RepairAnswer, REQUEST_REPAIR, repairRequest } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

const NOW = new Date('2026-04-20T10:00:00Z');
const SLOT = '2026-04-21T06:00:00.000Z';
const WEEKDAYS = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, start: '08:00', end: '18:00' }));

/** Sets how many technicians serve Paris in the window: the demo's own two (not its partner's), fewer or more. */
async function serveWith(gateway: TestGateway, technicians: number): Promise<void> {
  const tenant = await gateway.store.prisma.tenant.findUniqueOrThrow({ where: { slug: 'demo' } });
  const existing = await gateway.store.prisma.technician.findMany({ where: { tenantId: tenant.id, partnerId: null }, orderBy: { badgeNumber: 'asc' } });
  for (const [index, technician] of existing.entries()) {
    await gateway.store.prisma.technician.update({ where: { id: technician.id }, data: { workingHours: index < technicians ? WEEKDAYS : [] } });
  }
  const template = existing[0]!;
  for (let index = existing.length; index < technicians; index += 1) {
    await gateway.store.prisma.technician.create({
      data: { tenantId: tenant.id, name: `Extra technician ${index}`, badgeNumber: `EXTRA-${index}`, timeZone: 'Europe/Paris', skills: template.skills, postalCodes: template.postalCodes, country: 'FR', workingHours: WEEKDAYS },
    });
  }
  // Written past the gateway, which keeps an area's technicians in memory: it hears of it first.
  await configurationHeard(gateway.store);
}

async function burst(gateway: TestGateway, count: number, requestFor: (index: number) => Record<string, unknown>) {
  const responses = await Promise.all(Array.from({ length: count }, (_, index) => gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input: requestFor(index) })));
  assert.deepEqual([...new Set(responses.map((r) => r.status))], [200], 'no 5xx, no refusal');
  const failed = responses.find((r) => !r.body.data);
  assert.ok(!failed, `an answer without data: ${JSON.stringify(failed?.body)} ${gateway.logs.filter((l) => l.includes('error')).slice(0, 2).join(' ')}`);
  return responses.map((r) => r.body.data!.requestRepair);
}

const count = (answers: RepairAnswer[], typename: string) => answers.filter((a) => a.__typename === typename).length;

describe('booking under 50 simultaneous requests', { timeout: 240_000 }, () => {
  let gateway: TestGateway;
  beforeEach(async () => {
    gateway = await startTestGateway({ now: NOW });
  });
  afterEach(() => gateway.close());
  after(() => undefined);

  it('a window of capacity 1 books exactly one; the other 49 get SlotUnavailable', async () => {
    await serveWith(gateway, 1);
    const answers = await burst(gateway, 50, () => repairRequest({ slotStart: SLOT }));
    assert.equal(count(answers, 'RepairBooked'), 1);
    assert.equal(count(answers, 'SlotUnavailable'), 49);
    assert.equal(await gateway.store.prisma.visit.count({ where: { windowStart: new Date(SLOT), status: 'BOOKED' } }), 1);
  });

  it('a window of capacity 3 books exactly three, each with another technician', async () => {
    await serveWith(gateway, 3);
    const answers = await burst(gateway, 50, () => repairRequest({ slotStart: SLOT }));
    assert.equal(count(answers, 'RepairBooked'), 3);
    assert.equal(count(answers, 'SlotUnavailable'), 47);
    const technicians = answers.filter((a) => a.__typename === 'RepairBooked').map((a) => a.ticket?.visit?.technician.badgeNumber);
    assert.equal(new Set(technicians).size, 3);
    assert.equal(await gateway.store.prisma.ticket.count({ where: { status: 'SCHEDULED' } }), 3, 'no ticket is left half-written');
  });

  it('a burst of the same request with one idempotency key gives one ticket, booked once', async () => {
    const answers = await burst(gateway, 20, () => repairRequest({ slotStart: SLOT, idempotencyKey: 'double-click-42' }));
    assert.equal(count(answers, 'RepairBooked'), 20);
    assert.equal(new Set(answers.map((a) => a.ticket?.trackingCode)).size, 1);
    // The window's visits (the demo's repair history has past visits of its own).
    assert.equal(await gateway.store.prisma.visit.count({ where: { windowStart: new Date(SLOT) } }), 1);
  });
});
