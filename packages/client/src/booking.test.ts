import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  AvailableSlotsDocument,
  createSavClient,
  RepairEstimateDocument,
  RepairOptionsDocument,
  RequestRepairDocument,
  SavRequestError,
  type FetchFunction,
  type RequestRepairInput,
} from './index.js';

interface RecordedCall {
  url: string;
  init: RequestInit;
  body: { query: string; variables: Record<string, unknown> };
}

function fakeFetch(answer: (call: RecordedCall) => unknown): FetchFunction & { calls: RecordedCall[] } {
  const calls: RecordedCall[] = [];
  const fetchFunction = async (input: string | URL, init: RequestInit) => {
    const call = { url: String(input), init, body: JSON.parse(String(init.body)) as RecordedCall['body'] };
    calls.push(call);
    return new Response(JSON.stringify({ data: answer(call) }), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return Object.assign(fetchFunction, { calls });
}

const money = (amount: string) => ({ amount, currency: 'EUR' });

const ticket = {
  trackingCode: 'SAV-7K3P-9QX2',
  status: 'SCHEDULED',
  productModel: 'HRF-DEMO-1',
  fault: 'It no longer cools.',
  symptoms: ['NOT_COOLING'],
  likelyParts: ['FAN_MOTOR'],
  repairLocation: 'HOME',
  visitMinutes: 90,
  warrantyStatus: 'PARTLY_COVERED',
  verificationReasons: [],
  createdAt: '2026-03-02T09:00:00.000Z',
  visit: {
    arrivalWindowStart: '2026-03-03T07:00:00.000Z',
    arrivalWindowEnd: '2026-03-03T09:00:00.000Z',
    technician: { name: 'Camille Martin', badgeNumber: 'HX-0042' },
  },
  calendar: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
};

const repairInput: RequestRepairInput = {
  productModel: 'HRF-DEMO-1',
  purchaseDate: '2025-01-10',
  fault: 'It no longer cools.',
  symptoms: ['NOT_COOLING'],
  customer: {
    name: 'Ada Martin',
    email: 'ada@example.com',
    phone: '06 12 34 56 78',
    address: { line1: '1 rue de la Roquette', postalCode: '75011', city: 'Paris', country: 'FR' },
  },
  slotStart: '2026-03-03T07:00:00.000Z',
  idempotencyKey: '5a1c7f1e-0000-4000-8000-000000000001',
};

describe('booking operations', () => {
  test('repairOptions sends the model and answers the symptoms and the price list', async () => {
    const fetchFunction = fakeFetch(() => ({
      repairOptions: {
        __typename: 'RepairOptions',
        product: { model: 'HRF-DEMO-1', name: 'Refrigerator', brand: 'Haier', category: 'REFRIGERATOR' },
        symptoms: [{ code: 'NOT_COOLING', label: 'Ne refroidit plus' }],
        priceList: { currency: 'EUR', callOut: money('49.00'), labourPerHour: money('60.00') },
      },
    }));
    const client = createSavClient({ endpoint: '/graphql', publishableKey: 'pk_demo', language: 'fr', fetch: fetchFunction });
    const options = await client.repairOptions('HRF-DEMO-1');
    assert.equal(options.__typename, 'RepairOptions');
    if (options.__typename === 'RepairOptions') {
      assert.equal(options.symptoms[0]?.label, 'Ne refroidit plus');
      assert.equal(options.priceList?.callOut.amount, '49.00');
    }
    const [call] = fetchFunction.calls;
    assert.equal(call?.body.query, RepairOptionsDocument.toString());
    assert.deepEqual(call?.body.variables, { productModel: 'HRF-DEMO-1' });
    assert.equal(new Headers(call?.init.headers).get('accept-language'), 'fr');
  });

  test('repairOptions answers ProductNotFound as a value', async () => {
    const client = createSavClient({
      endpoint: '/graphql',
      publishableKey: 'pk_demo',
      fetch: fakeFetch(() => ({ repairOptions: { __typename: 'ProductNotFound', message: 'No such model', code: 'PRODUCT_NOT_FOUND' } })),
    });
    const options = await client.repairOptions('NOPE');
    assert.equal(options.__typename, 'ProductNotFound');
  });

  test('availableSlots sends its input and answers the windows, or OutsideServiceArea', async () => {
    const slots = {
      __typename: 'AvailableSlots',
      slots: [{ start: '2026-03-03T07:00:00.000Z', end: '2026-03-03T09:00:00.000Z', remaining: 2 }],
      visitMinutes: 90,
      repairLocation: 'HOME',
    };
    const outside = { __typename: 'OutsideServiceArea', message: 'Not served', code: 'OUTSIDE_SERVICE_AREA' };
    let answer: unknown = slots;
    const fetchFunction = fakeFetch(() => ({ availableSlots: answer }));
    const client = createSavClient({ endpoint: '/graphql', publishableKey: 'pk_demo', fetch: fetchFunction });
    const input = { productModel: 'HRF-DEMO-1', postalCode: '75011', country: 'FR', from: '2026-03-02', days: 14, symptoms: ['NOT_COOLING'] };

    const open = await client.availableSlots(input);
    assert.equal(open.__typename, 'AvailableSlots');
    if (open.__typename === 'AvailableSlots') assert.equal(open.slots[0]?.remaining, 2);
    assert.equal(fetchFunction.calls[0]?.body.query, AvailableSlotsDocument.toString());
    assert.deepEqual(fetchFunction.calls[0]?.body.variables, { input });

    answer = outside;
    const refused = await client.availableSlots({ ...input, postalCode: '13001' });
    assert.equal(refused.__typename, 'OutsideServiceArea');
  });

  test('repairEstimate answers the price in decimal strings', async () => {
    const fetchFunction = fakeFetch(() => ({
      repairEstimate: {
        __typename: 'RepairEstimate',
        warrantyStatus: 'EXPIRED',
        covered: false,
        likelyParts: ['FAN_MOTOR'],
        repairLocation: 'HOME',
        visitMinutes: 90,
        callOut: money('49.00'),
        labour: money('90.00'),
        parts: money('85.00'),
        total: money('224.00'),
        pricedPart: 'FAN_MOTOR',
        priceList: { currency: 'EUR', callOut: money('49.00'), labourPerHour: money('60.00') },
        explanation: 'The warranty has ended.',
      },
    }));
    const client = createSavClient({ endpoint: '/graphql', publishableKey: 'pk_demo', fetch: fetchFunction });
    const estimate = await client.repairEstimate({ productModel: 'HRF-DEMO-1', purchaseDate: '2020-01-01', symptoms: ['NOT_COOLING'] });
    assert.equal(estimate.__typename, 'RepairEstimate');
    if (estimate.__typename === 'RepairEstimate') {
      assert.equal(estimate.covered, false);
      assert.equal(estimate.total?.amount, '224.00');
      assert.equal(estimate.pricedPart, 'FAN_MOTOR');
    }
    assert.equal(fetchFunction.calls[0]?.body.query, RepairEstimateDocument.toString());
  });

  test('requestRepair sends the mutation with the idempotency key and answers the booked ticket', async () => {
    const fetchFunction = fakeFetch(() => ({ requestRepair: { __typename: 'RepairBooked', ticket } }));
    const client = createSavClient({ endpoint: '/graphql', publishableKey: 'pk_demo', fetch: fetchFunction });
    const booked = await client.requestRepair(repairInput);
    assert.equal(booked.__typename, 'RepairBooked');
    if (booked.__typename === 'RepairBooked') {
      assert.equal(booked.ticket.trackingCode, 'SAV-7K3P-9QX2');
      assert.equal(booked.ticket.visit?.technician.badgeNumber, 'HX-0042');
      assert.match(booked.ticket.calendar ?? '', /^BEGIN:VCALENDAR/);
    }
    const [call] = fetchFunction.calls;
    assert.equal(call?.body.query, RequestRepairDocument.toString());
    assert.match(call?.body.query ?? '', /^\s*mutation RequestRepair\(\$input: RequestRepairInput!\)/m);
    assert.match(call?.body.query ?? '', /fragment BookedTicket on Ticket/);
    assert.deepEqual(call?.body.variables, { input: repairInput });
  });

  test('requestRepair answers NeedsVerification, SlotUnavailable and InvalidInput as values', async () => {
    const answers: unknown[] = [
      {
        __typename: 'NeedsVerification',
        message: 'Kept for verification.',
        code: 'NEEDS_VERIFICATION',
        trackingCode: 'SAV-AAAA-BBBB',
        reasons: ['SERIAL_NOT_SOLD'],
        ticket: { ...ticket, trackingCode: 'SAV-AAAA-BBBB', status: 'NEEDS_VERIFICATION', visit: null, calendar: null },
      },
      { __typename: 'SlotUnavailable', message: 'Fully booked.', code: 'SLOT_UNAVAILABLE' },
      { __typename: 'InvalidInput', message: 'Bad phone.', code: 'INVALID_PHONE', field: ['customer.phone'] },
    ];
    const client = createSavClient({ endpoint: '/graphql', publishableKey: 'pk_demo', fetch: fakeFetch(() => ({ requestRepair: answers.shift() })) });
    const kept = await client.requestRepair(repairInput);
    assert.equal(kept.__typename, 'NeedsVerification');
    if (kept.__typename === 'NeedsVerification') {
      assert.equal(kept.trackingCode, 'SAV-AAAA-BBBB');
      assert.equal(kept.ticket.visit, null);
    }
    assert.equal((await client.requestRepair(repairInput)).__typename, 'SlotUnavailable');
    const invalid = await client.requestRepair(repairInput);
    assert.equal(invalid.__typename, 'InvalidInput');
    if (invalid.__typename === 'InvalidInput') assert.deepEqual(invalid.field, ['customer.phone']);
  });

  test('a refused request rejects with a SavRequestError, as for a warranty check', async () => {
    const client = createSavClient({
      endpoint: '/graphql',
      publishableKey: 'pk_demo',
      fetch: async () =>
        new Response(JSON.stringify({ errors: [{ message: 'Too many requests', extensions: { code: 'RATE_LIMITED' } }] }), {
          status: 429,
          headers: { 'content-type': 'application/json', 'retry-after': '12' },
        }),
    });
    await assert.rejects(client.requestRepair(repairInput), (error: unknown) => {
      assert.ok(error instanceof SavRequestError);
      assert.equal(error.code, 'RATE_LIMITED');
      assert.equal(error.retryAfterSeconds, 12);
      return true;
    });
  });
});
