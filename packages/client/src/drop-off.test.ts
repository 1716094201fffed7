import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  AvailableSlotsDocument,
  createSavClient,
  DropOffSlotsDocument,
  RepairEstimateDocument,
  RepairOptionsDocument,
  RequestRepairDocument,
  WarrantyCheckDocument,
  WorkshopsDocument,
  type FetchFunction,
  type RequestRepairInput,
} from './index.js';

interface RecordedCall {
  body: { query: string; variables: Record<string, unknown> };
  init: RequestInit;
}

function fakeFetch(answer: (call: RecordedCall) => unknown): FetchFunction & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const fetchFunction = async (_input: string | URL, init: RequestInit) => {
    const call = { init, body: JSON.parse(String(init.body)) as RecordedCall['body'] };
    calls.push(call);
    return new Response(JSON.stringify({ data: answer(call) }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return Object.assign(fetchFunction, { calls });
}

const workshop = {
  id: 'ws_1',
  name: 'Demo Appliances workshop',
  address: '48 rue de la Roquette, 75011 Paris',
  addressLine1: '48 rue de la Roquette',
  postalCode: '75011',
  city: 'Paris',
  country: 'FR',
  slotMinutes: 60,
};

const dropOffTicket = {
  trackingCode: 'SAV-DROP-0001',
  status: 'SCHEDULED',
  productModel: 'HRF-DEMO-1',
  fault: 'It no longer cools.',
  symptoms: [],
  likelyParts: [],
  repairLocation: 'WORKSHOP',
  visitMinutes: 60,
  warrantyStatus: null,
  verificationReasons: [],
  createdAt: '2026-03-02T09:00:00.000Z',
  visit: null,
  dropOff: {
    slotStart: '2026-03-03T09:00:00.000Z',
    slotEnd: '2026-03-03T10:00:00.000Z',
    workshop: { name: workshop.name, address: workshop.address },
  },
  calendar: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
};

describe('workshop drop-off operations', () => {
  test('workshops sends the model and the country and answers the workshops', async () => {
    const fetchFunction = fakeFetch(() => ({ workshops: { __typename: 'Workshops', workshops: [workshop] } }));
    const client = createSavClient({ endpoint: '/graphql', publishableKey: 'pk_demo', language: 'fr', fetch: fetchFunction });
    const answer = await client.workshops('HRF-DEMO-1', 'FR');
    assert.equal(answer.__typename, 'Workshops');
    if (answer.__typename === 'Workshops') assert.deepEqual(answer.workshops, [workshop]);
    const [call] = fetchFunction.calls;
    assert.equal(call?.body.query, WorkshopsDocument.toString());
    assert.match(call?.body.query ?? '', /workshops\(productModel: \$productModel, country: \$country\)/);
    assert.deepEqual(call?.body.variables, { productModel: 'HRF-DEMO-1', country: 'FR' });
    assert.equal(new Headers(call?.init.headers).get('accept-language'), 'fr');
  });

  test('workshops answers ProductNotFound as a value', async () => {
    const client = createSavClient({
      endpoint: '/graphql',
      publishableKey: 'pk_demo',
      fetch: fakeFetch(() => ({ workshops: { __typename: 'ProductNotFound', message: 'No such model', code: 'PRODUCT_NOT_FOUND' } })),
    });
    assert.equal((await client.workshops('NOPE', 'FR')).__typename, 'ProductNotFound');
  });

  test('dropOffSlots sends its input and answers the slots in the workshop’s zone', async () => {
    const fetchFunction = fakeFetch(() => ({
      dropOffSlots: {
        __typename: 'DropOffSlots',
        slots: [{ start: '2026-03-03T09:00:00.000Z', end: '2026-03-03T10:00:00.000Z', remaining: 3 }],
        timeZone: 'Europe/Paris',
      },
    }));
    const client = createSavClient({ endpoint: '/graphql', publishableKey: 'pk_demo', fetch: fetchFunction });
    const input = { workshopId: 'ws_1', from: '2026-03-02', days: 14 };
    const answer = await client.dropOffSlots(input);
    assert.equal(answer.__typename, 'DropOffSlots');
    if (answer.__typename === 'DropOffSlots') {
      assert.equal(answer.timeZone, 'Europe/Paris');
      assert.equal(answer.slots[0]?.remaining, 3);
    }
    assert.equal(fetchFunction.calls[0]?.body.query, DropOffSlotsDocument.toString());
    assert.deepEqual(fetchFunction.calls[0]?.body.variables, { input });
  });

  test('dropOffSlots answers InvalidInput with each field’s own problem', async () => {
    const invalid = {
      __typename: 'InvalidInput',
      message: 'No workshop of this tenant has this id.',
      code: 'UNKNOWN_WORKSHOP',
      field: ['workshopId'],
      problems: [{ field: 'workshopId', code: 'UNKNOWN_WORKSHOP', message: 'No workshop of this tenant has this id.' }],
    };
    const client = createSavClient({ endpoint: '/graphql', publishableKey: 'pk_demo', fetch: fakeFetch(() => ({ dropOffSlots: invalid })) });
    const answer = await client.dropOffSlots({ workshopId: 'nope', from: '2026-03-02', days: 14 });
    assert.equal(answer.__typename, 'InvalidInput');
    if (answer.__typename === 'InvalidInput') assert.deepEqual(answer.problems, invalid.problems);
  });

  test('requestRepair sends the workshop and answers the ticket with its drop-off', async () => {
    const fetchFunction = fakeFetch(() => ({ requestRepair: { __typename: 'RepairBooked', ticket: dropOffTicket } }));
    const client = createSavClient({ endpoint: '/graphql', publishableKey: 'pk_demo', fetch: fetchFunction });
    const input: RequestRepairInput = {
      productModel: 'HRF-DEMO-1',
      fault: 'It no longer cools.',
      customer: {
        name: 'Ada Martin',
        email: 'ada@example.com',
        phone: '06 12 34 56 78',
        address: { line1: '1 rue de la Roquette', postalCode: '75011', city: 'Paris', country: 'FR' },
      },
      workshopId: 'ws_1',
      slotStart: '2026-03-03T09:00:00.000Z',
    };
    const booked = await client.requestRepair(input);
    assert.equal(booked.__typename, 'RepairBooked');
    if (booked.__typename === 'RepairBooked') {
      assert.equal(booked.ticket.visit, null);
      assert.equal(booked.ticket.dropOff?.workshop.name, 'Demo Appliances workshop');
      assert.equal(booked.ticket.dropOff?.slotStart, '2026-03-03T09:00:00.000Z');
    }
    const query = fetchFunction.calls[0]?.body.query ?? '';
    assert.equal(query, RequestRepairDocument.toString());
    assert.match(query, /dropOff \{\s+slotStart\s+slotEnd\s+workshop \{\s+name\s+address\s+\}/);
    assert.deepEqual(fetchFunction.calls[0]?.body.variables, { input });
  });

  test('every operation with an InvalidInput asks for its problems, and the schedules for their zone', () => {
    const problems = /\.\.\. on InvalidInput \{\s+field\s+problems \{\s+field\s+code\s+message\s+\}/;
    for (const document of [WarrantyCheckDocument, AvailableSlotsDocument, RepairEstimateDocument, RequestRepairDocument, DropOffSlotsDocument]) {
      assert.match(document.toString(), problems, document.toString().slice(0, 40));
    }
    for (const document of [RepairOptionsDocument, AvailableSlotsDocument, DropOffSlotsDocument]) {
      assert.match(document.toString(), /\btimeZone\b/);
    }
  });
});
