import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type RepairAnswer, REQUEST_REPAIR, repairRequest } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

const CHANGE_FIELDS = `__typename ... on RepairChanged { ticket { status visit { arrivalWindowStart } } } ... on Error { code message }`;
const RESCHEDULE = `mutation($input: RescheduleRepairInput!) { rescheduleRepair(input: $input) { ${CHANGE_FIELDS} } }`;
const CANCEL = `mutation($input: CancelRepairInput!) { cancelRepair(input: $input) { ${CHANGE_FIELDS} } }`;

interface Changed {
  __typename: string;
  code?: string;
  message?: string;
  ticket?: { status: string; visit: { arrivalWindowStart: string } | null };
}

describe('the customer moves or cancels a visit', () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
  });
  after(() => gateway.close());

  const book = async (slotStart: string) => {
    const response = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input: repairRequest({ slotStart }) });
    assert.equal(response.body.data?.requestRepair.__typename, 'RepairBooked');
    return response.body.data!.requestRepair.ticket!.trackingCode;
  };
  const change = async (mutation: string, input: Record<string, unknown>): Promise<Changed> => {
    const response = await gateway.graphql<Record<string, Changed>>(mutation, { input });
    assert.equal(response.status, 200, JSON.stringify(response.body));
    return Object.values(response.body.data!)[0]!;
  };

  it('moves the visit to another window, releasing the first', async () => {
    const trackingCode = await book('2026-04-22T06:00:00.000Z');
    const moved = await change(RESCHEDULE, { trackingCode, postalCode: '75011', slotStart: '2026-04-22T08:00:00.000Z' });
    assert.equal(moved.__typename, 'RepairChanged', JSON.stringify(moved));
    assert.equal(moved.ticket?.visit?.arrivalWindowStart, '2026-04-22T08:00:00.000Z');
    assert.equal(await gateway.store.prisma.visit.count({ where: { status: 'BOOKED', windowStart: new Date('2026-04-22T06:00:00.000Z') } }), 0);
  });

  it('keeps the visit when the new window is full or not offered', async () => {
    const trackingCode = await book('2026-04-22T10:00:00.000Z');
    await book('2026-04-22T12:00:00.000Z');
    await book('2026-04-22T12:00:00.000Z');
    const full = await change(RESCHEDULE, { trackingCode, postalCode: '75011', slotStart: '2026-04-22T12:00:00.000Z' });
    assert.equal(full.__typename, 'SlotUnavailable');
    const sunday = await change(RESCHEDULE, { trackingCode, postalCode: '75011', slotStart: '2026-04-26T06:00:00.000Z' });
    assert.equal(sunday.__typename, 'SlotUnavailable');
    const visit = await gateway.store.prisma.visit.findFirstOrThrow({ where: { ticket: { trackingCode }, status: 'BOOKED' } });
    assert.equal(visit.windowStart.toISOString(), '2026-04-22T10:00:00.000Z');
  });

  it('refuses a change within the cut-off (24 hours by default), and reveals nothing to a wrong postal code', async () => {
    const trackingCode = await book('2026-04-21T06:00:00.000Z');
    const late = await change(RESCHEDULE, { trackingCode, postalCode: '75011', slotStart: '2026-04-22T14:00:00.000Z' });
    assert.equal(late.__typename, 'ChangeNotAllowed');
    assert.equal(late.code, 'CUTOFF_PASSED');
    assert.equal((await change(CANCEL, { trackingCode, postalCode: '75011' })).code, 'CUTOFF_PASSED');
    assert.equal((await change(CANCEL, { trackingCode, postalCode: '13001' })).__typename, 'TicketNotFound');
  });

  it('cancels, frees the window, and a cancelled repair cannot be moved', async () => {
    const trackingCode = await book('2026-04-23T06:00:00.000Z');
    const cancelled = await change(CANCEL, { trackingCode, postalCode: '75011', reason: 'Fixed it myself' });
    assert.equal(cancelled.ticket?.status, 'CANCELLED');
    assert.equal(cancelled.ticket?.visit, null);
    const again = await change(RESCHEDULE, { trackingCode, postalCode: '75011', slotStart: '2026-04-23T08:00:00.000Z' });
    assert.equal(again.code, 'NOT_CHANGEABLE');
    assert.equal((await change(CANCEL, { trackingCode, postalCode: '75011', reason: 'x'.repeat(1001) })).__typename, 'InvalidInput');
  });
});
