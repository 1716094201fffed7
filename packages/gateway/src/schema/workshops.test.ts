import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type RepairAnswer, repairRequest } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

const WORKSHOPS = `query($productModel: String!, $country: String!) { workshops(productModel: $productModel, country: $country) { __typename ... on Workshops { workshops { id name address } } ... on Error { code } } }`;
const SLOTS = `query($input: DropOffSlotsInput!) { dropOffSlots(input: $input) { __typename ... on DropOffSlots { slots { start end remaining } } ... on InvalidInput { code field } } }`;
const DROP_OFF = `mutation($input: RequestRepairInput!) { requestRepair(input: $input) { __typename
  ... on RepairBooked { ticket { trackingCode status repairLocation visit { arrivalWindowStart } dropOff { slotStart receivedAt workshop { name address } } calendar } }
  ... on Error { code message } ... on InvalidInput { field } } }`;
const RECEIVED = `mutation($trackingCode: String!) { recordDeviceReceived(trackingCode: $trackingCode) { __typename ... on RepairChanged { ticket { dropOff { receivedAt } } } ... on Error { code } } }`;

type DropOffAnswer = RepairAnswer & { ticket?: RepairAnswer['ticket'] & { repairLocation: string; dropOff: { slotStart: string; receivedAt: string | null; workshop: { name: string; address: string } } | null; calendar: string | null } };

describe('workshop drop-off (seed 004)', () => {
  let gateway: TestGateway;
  let workshopId: string;
  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
    const response = await gateway.graphql<{ workshops: { workshops: { id: string; name: string; address: string }[] } }>(WORKSHOPS, { productModel: 'HRF-DEMO-1', country: 'FR' });
    workshopId = response.body.data!.workshops.workshops[0]!.id;
  });
  after(() => gateway.close());

  const dropOff = async (input: Record<string, unknown>) => (await gateway.graphql<{ requestRepair: DropOffAnswer }>(DROP_OFF, { input: repairRequest({ workshopId, ...input }) })).body.data!.requestRepair;

  it("lists the workshops that repair the product, and a workshop's slots", async () => {
    const listed = await gateway.graphql<{ workshops: { workshops: { name: string; address: string }[] } }>(WORKSHOPS, { productModel: 'HRF-DEMO-1', country: 'FR' });
    assert.deepEqual(listed.body.data!.workshops.workshops.map((w) => w.address), ['48 rue de la Roquette, 75011 Paris']);
    assert.deepEqual((await gateway.graphql<{ workshops: { workshops: unknown[] } }>(WORKSHOPS, { productModel: 'HRF-DEMO-1', country: 'BE' })).body.data!.workshops.workshops, []);
    const slots = await gateway.graphql<{ dropOffSlots: { slots: { start: string; remaining: number }[] } }>(SLOTS, { input: { workshopId, from: '2026-04-21', days: 1 } });
    assert.equal(slots.body.data!.dropOffSlots.slots.length, 9);
    assert.deepEqual(slots.body.data!.dropOffSlots.slots[0], { start: '2026-04-21T07:00:00.000Z', end: '2026-04-21T08:00:00.000Z', remaining: 3 });
    const unknown = await gateway.graphql<{ dropOffSlots: { code: string; field: string[] } }>(SLOTS, { input: { workshopId: 'nope', from: '2026-04-21', days: 1 } });
    assert.deepEqual(unknown.body.data!.dropOffSlots.field, ['workshopId']);
  });

  it('books a drop-off slot instead of a visit, with its calendar file and confirmation', async () => {
    const booked = await dropOff({ slotStart: '2026-04-21T07:00:00.000Z' });
    assert.equal(booked.__typename, 'RepairBooked', JSON.stringify(booked));
    assert.equal(booked.ticket?.repairLocation, 'WORKSHOP');
    assert.equal(booked.ticket?.visit, null);
    assert.equal(booked.ticket?.dropOff?.slotStart, '2026-04-21T07:00:00.000Z');
    assert.match(booked.ticket?.calendar ?? '', /LOCATION:Demo Appliances workshop\\, 48 rue de la Roquette/);
    const message = await gateway.store.prisma.outboxMessage.findFirstOrThrow({ where: { ticket: { trackingCode: booked.ticket!.trackingCode } } });
    assert.equal(message.kind, 'DROP_OFF_CONFIRMED');
  });

  it('never takes more customers than a slot holds, even all at once', async () => {
    const slotStart = '2026-04-21T08:00:00.000Z';
    const answers = await Promise.all(Array.from({ length: 10 }, () => dropOff({ slotStart })));
    assert.equal(answers.filter((a) => a.__typename === 'RepairBooked').length, 3);
    assert.equal(answers.filter((a) => a.__typename === 'SlotUnavailable').length, 7);
  });

  it('refuses an unknown workshop, a closed hour, and records the device when it arrives', async () => {
    assert.deepEqual((await dropOff({ workshopId: 'nope' })).field, ['workshopId']);
    assert.equal((await dropOff({ slotStart: '2026-04-26T07:00:00.000Z' })).__typename, 'SlotUnavailable');
    const booked = await dropOff({ slotStart: '2026-04-21T09:00:00.000Z' });
    const publishable = await gateway.graphql(RECEIVED, { trackingCode: booked.ticket!.trackingCode });
    assert.equal(publishable.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const received = await gateway.graphql<{ recordDeviceReceived: { ticket: { dropOff: { receivedAt: string } } } }>(RECEIVED, { trackingCode: booked.ticket!.trackingCode }, { key: 'sk_demo' });
    assert.equal(received.body.data!.recordDeviceReceived.ticket.dropOff.receivedAt, '2026-04-20T10:00:00.000Z');
    const twice = await gateway.graphql<{ recordDeviceReceived: { code: string } }>(RECEIVED, { trackingCode: booked.ticket!.trackingCode }, { key: 'sk_demo' });
    assert.equal(twice.body.data!.recordDeviceReceived.code, 'NOT_CHANGEABLE');
  });
});
