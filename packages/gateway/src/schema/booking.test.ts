import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { AVAILABLE_SLOTS, PARIS_CUSTOMER, type RepairAnswer, REQUEST_REPAIR, repairRequest, TICKET } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

// Monday 20 April 2026, noon in Paris: Tuesday's windows are all open.
const NOW = new Date('2026-04-20T10:00:00Z');

describe('booking over HTTP', () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway({ now: NOW });
  });
  after(() => gateway.close());

  const slots = async (input: Record<string, unknown>) => {
    const response = await gateway.graphql<{ availableSlots: { __typename: string; slots?: { start: string; end: string; remaining: number }[]; field?: string[]; code?: string } }>(AVAILABLE_SLOTS, {
      input: { productModel: 'HRF-DEMO-1', postalCode: '75011', country: 'FR', from: '2026-04-21', days: 1, ...input },
    });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body.data!.availableSlots;
  };
  const repair = async (input: Record<string, unknown>): Promise<RepairAnswer> => {
    const response = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return response.body.data!.requestRepair;
  };

  it("offers Tuesday's two-hour windows in Paris, one visit per demo technician", async () => {
    const result = await slots({});
    assert.equal(result.__typename, 'AvailableSlots');
    assert.deepEqual(result.slots?.map((s) => [s.start, s.end, s.remaining]), [
      ['2026-04-21T06:00:00.000Z', '2026-04-21T08:00:00.000Z', 2],
      ['2026-04-21T08:00:00.000Z', '2026-04-21T10:00:00.000Z', 2],
      ['2026-04-21T10:00:00.000Z', '2026-04-21T12:00:00.000Z', 2],
      ['2026-04-21T12:00:00.000Z', '2026-04-21T14:00:00.000Z', 2],
      ['2026-04-21T14:00:00.000Z', '2026-04-21T16:00:00.000Z', 2],
    ]);
    assert.deepEqual((await slots({ from: '2026-04-25', days: 2 })).slots, [], 'nothing at the weekend');
    const zone = await gateway.graphql<{ availableSlots: { timeZone: string } }>('query($input: AvailableSlotsInput!) { availableSlots(input: $input) { ... on AvailableSlots { timeZone } } }', {
      input: { productModel: 'HRF-DEMO-1', postalCode: '75011', country: 'FR', from: '2026-04-21', days: 1 },
    });
    assert.equal(zone.body.data?.availableSlots.timeZone, 'Europe/Paris');
  });

  it('refuses what it cannot serve with typed errors', async () => {
    assert.equal((await slots({ postalCode: '69001' })).__typename, 'OutsideServiceArea');
    assert.deepEqual((await slots({ postalCode: 'ABC' })).field, ['postalCode']);
    assert.deepEqual((await slots({ days: 0 })).field, ['days']);
    assert.deepEqual((await slots({ days: 32 })).field, ['days']);
    assert.equal((await slots({ productModel: 'NOPE' })).__typename, 'ProductNotFound');
  });

  it('books a window at once, and the customer finds the ticket with the tracking code and postal code', async () => {
    const booked = await repair(repairRequest());
    assert.equal(booked.__typename, 'RepairBooked', JSON.stringify(booked));
    assert.equal(booked.ticket?.status, 'SCHEDULED');
    assert.equal(booked.ticket?.warrantyStatus, 'PARTLY_COVERED');
    assert.equal(booked.ticket?.visit?.arrivalWindowStart, '2026-04-21T06:00:00.000Z');
    assert.match(booked.ticket?.visit?.technician.badgeNumber ?? '', /^DEMO-TECH-/);
    assert.match(booked.ticket?.trackingCode ?? '', /^SAV-[A-Z2-9]{4}-[A-Z2-9]{4}$/);

    assert.equal((await slots({})).slots?.[0]?.remaining, 1, 'one technician left in that window');
    const row = await gateway.store.prisma.ticket.findUniqueOrThrow({ where: { trackingCode: booked.ticket!.trackingCode }, select: { productModel: true, productModelId: true } });
    const model = await gateway.store.prisma.productModel.findFirstOrThrow({ where: { model: 'HRF-DEMO-1' }, select: { id: true } });
    assert.deepEqual(row, { productModel: 'HRF-DEMO-1', productModelId: model.id }, 'the ticket keeps its catalogue model (the quality report counts by it)');

    const found = await gateway.graphql<{ ticket: { __typename: string; status?: string } }>(TICKET, { trackingCode: booked.ticket!.trackingCode.toLowerCase(), postalCode: '75011' });
    assert.equal(found.body.data?.ticket.__typename, 'Ticket');
    assert.equal(found.body.data?.ticket.status, 'SCHEDULED');
    const wrongPostalCode = await gateway.graphql<{ ticket: { __typename: string; message?: string } }>(TICKET, { trackingCode: booked.ticket!.trackingCode, postalCode: '75012' });
    const unknownCode = await gateway.graphql<{ ticket: { __typename: string; message?: string } }>(TICKET, { trackingCode: 'SAV-AAAA-BBBB', postalCode: '75011' });
    assert.equal(wrongPostalCode.body.data?.ticket.__typename, 'TicketNotFound');
    assert.deepEqual(wrongPostalCode.body.data?.ticket, unknownCode.body.data?.ticket, 'a wrong postal code reveals nothing');
  });

  it('books the same idempotency key once', async () => {
    const request = repairRequest({ slotStart: '2026-04-21T08:00:00.000Z', idempotencyKey: 'order-1234-repair' });
    const first = await repair(request);
    const second = await repair(request);
    assert.equal(first.__typename, 'RepairBooked');
    assert.equal(second.ticket?.trackingCode, first.ticket?.trackingCode);
    assert.equal(await gateway.store.prisma.visit.count({ where: { windowStart: new Date('2026-04-21T08:00:00.000Z') } }), 1);
  });

  it('never books a window beyond its capacity: SlotUnavailable once both technicians are taken', async () => {
    const slotStart = '2026-04-21T10:00:00.000Z';
    const answers = [await repair(repairRequest({ slotStart })), await repair(repairRequest({ slotStart })), await repair(repairRequest({ slotStart }))];
    assert.deepEqual(answers.map((a) => a.__typename), ['RepairBooked', 'RepairBooked', 'SlotUnavailable']);
    assert.notEqual(answers[0]?.ticket?.visit?.technician.badgeNumber, answers[1]?.ticket?.visit?.technician.badgeNumber);
    assert.ok(!(await slots({})).slots?.some((s) => s.start === slotStart), 'a full window is no longer offered');
  });

  it('refuses a window in the past, at the weekend or not on the grid', async () => {
    for (const slotStart of ['2026-04-20T06:00:00.000Z', '2026-04-25T06:00:00.000Z', '2026-04-21T06:30:00.000Z']) {
      const answer = await repair(repairRequest({ slotStart }));
      assert.equal(answer.__typename, 'SlotUnavailable', slotStart);
    }
  });

  it('keeps a request that does not hold together for verification, with a tracking code', async () => {
    const unknownSerial = await repair(repairRequest({ serialNumber: 'NOT-SOLD-HERE' }));
    assert.equal(unknownSerial.__typename, 'NeedsVerification');
    assert.deepEqual(unknownSerial.reasons, ['SERIAL_NOT_SOLD']);
    assert.match(unknownSerial.trackingCode ?? '', /^SAV-/);
    assert.equal(unknownSerial.ticket?.status, 'NEEDS_VERIFICATION');
    const otherModel = await repair(repairRequest({ serialNumber: 'HAC-FF-0001' }));
    assert.deepEqual(otherModel.reasons, ['SERIAL_OTHER_MODEL']);
    const lyon = await repair(repairRequest({ customer: { ...PARIS_CUSTOMER, address: { ...PARIS_CUSTOMER.address, postalCode: '69001', city: 'Lyon' } } }));
    assert.deepEqual(lyon.reasons, ['OUTSIDE_SERVICE_AREA']);
    assert.equal(await gateway.store.prisma.visit.count({ where: { ticket: { status: 'NEEDS_VERIFICATION' } } }), 0, 'nothing booked for them');
  });

  it('names every bad field, and books nothing', async () => {
    const before = await gateway.store.prisma.ticket.count();
    const response = await gateway.graphql<{ requestRepair: RepairAnswer & { problems?: { field: string; code: string; message: string }[] } }>(
      REQUEST_REPAIR.replace('... on InvalidInput { field }', '... on InvalidInput { field problems { field code message } }'),
      { input: repairRequest({ fault: '', customer: { ...PARIS_CUSTOMER, email: 'camille@', phone: '12', address: { ...PARIS_CUSTOMER.address, postalCode: '7501' } } }) },
    );
    const answer = response.body.data!.requestRepair;
    assert.equal(answer.__typename, 'InvalidInput');
    assert.deepEqual([...(answer.field ?? [])].sort(), ['customer.address.postalCode', 'customer.email', 'customer.phone', 'fault']);
    assert.deepEqual(answer.problems?.map((p) => p.field).sort(), [...(answer.field ?? [])].sort(), 'one problem per field');
    const phone = answer.problems?.find((p) => p.field === 'customer.phone');
    assert.ok(phone && !phone.message.includes('email'), 'each field has its own message');
    const tooLong = await repair(repairRequest({ fault: 'x'.repeat(2001) }));
    assert.equal(tooLong.code, 'TOO_LONG');
    const megabyte = await repair(repairRequest({ fault: 'x'.repeat(1_000_000) }));
    assert.equal(megabyte.code, 'TOO_LONG', 'a 1 MB fault text is refused, never truncated');
    assert.equal((await repair(repairRequest({ productModel: 'NOPE' }))).__typename, 'ProductNotFound');
    assert.equal(await gateway.store.prisma.ticket.count(), before);
  });
});
