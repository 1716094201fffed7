import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { buildSchema, getOperationAST, parse } from 'graphql';
import { REQUEST_REPAIR, type RepairAnswer, repairRequest, TICKET } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';
import { WARRANTY_CHECK } from '../testing/warranty-fixtures.js';
import { CompiledExecution } from './compiled-execution.js';

describe('operations run compiled once they come back', () => {
  let gateway: TestGateway;
  let trackingCode: string;
  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
    const booked = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input: repairRequest() });
    trackingCode = booked.body.data!.requestRepair.ticket!.trackingCode;
  });
  after(() => gateway.close());

  /** Sends the same request four times: the first runs on graphql-js, the later ones compiled. */
  async function fourTimes(query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
    const answers = [];
    for (let i = 0; i < 4; i += 1) {
      const { status, body } = await gateway.graphql(query, variables, { headers });
      answers.push({ status, body: JSON.parse(JSON.stringify(body).replace(/"requestId":"[^"]+"/g, '"requestId":"…"')) as unknown });
    }
    return answers;
  }

  const cases: [string, string, Record<string, unknown>, Record<string, string>?][] = [
    ['a covered product, with its legal rights', WARRANTY_CHECK, { input: { productModel: 'HRF-DEMO-1', purchaseDate: '2025-01-10', country: 'FR' } }],
    ['in French', WARRANTY_CHECK, { input: { productModel: 'HRF-DEMO-1', purchaseDate: '2025-01-10', country: 'FR' } }, { 'accept-language': 'fr-FR' }],
    ['a serial number', WARRANTY_CHECK, { input: { serialNumber: 'HRF1-2024-0001' } }],
    ['an answer that is an error (unknown model)', WARRANTY_CHECK, { input: { productModel: 'NO-SUCH-MODEL', purchaseDate: '2025-01-10', country: 'FR' } }],
    ['an invalid date', WARRANTY_CHECK, { input: { productModel: 'HRF-DEMO-1', purchaseDate: '2025-02-30', country: 'FR' } }],
    ['a variable of the wrong type (400)', WARRANTY_CHECK, { input: { productModel: 42 } }],
    ['a missing variable (400)', WARRANTY_CHECK, {}],
  ];
  for (const [name, query, variables, headers] of cases) {
    it(`answers the same, compiled or not: ${name}`, async () => {
      const [first, ...later] = await fourTimes(query, variables, headers);
      for (const answer of later) assert.deepEqual(answer, first);
    });
  }

  it('answers a ticket lookup the same, compiled or not', async () => {
    const [first, ...later] = await fourTimes(TICKET, { trackingCode, postalCode: '75011' });
    assert.equal((first!.body as { data: { ticket: { __typename: string } } }).data.ticket.__typename, 'Ticket');
    for (const answer of later) assert.deepEqual(answer, first);
  });

  it('compiles the operations that came back, and only those', async () => {
    const before = gateway.compiledOperations();
    const once = `query Once { __typename }`;
    await gateway.graphql(once);
    assert.equal(gateway.compiledOperations(), before, 'a document sent once is not compiled');
    await gateway.graphql(once);
    assert.equal(gateway.compiledOperations(), before + 1, 'the second time it is');
    await gateway.graphql(once);
    assert.equal(gateway.compiledOperations(), before + 1, 'once');
  });

  it('runs a mutation that came back compiled, once per request', async () => {
    const before = gateway.compiledOperations();
    const codes = [];
    for (const slotStart of ['2026-04-21T08:00:00.000Z', '2026-04-21T10:00:00.000Z', '2026-04-22T08:00:00.000Z']) {
      const booked = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input: repairRequest({ slotStart }) });
      assert.equal(booked.body.data?.requestRepair.__typename, 'RepairBooked', JSON.stringify(booked.body));
      codes.push(booked.body.data!.requestRepair.ticket!.trackingCode);
    }
    assert.equal(new Set(codes).size, 3);
    assert.ok(gateway.compiledOperations() > before);
    assert.equal(await gateway.store.prisma.ticket.count({ where: { trackingCode: { in: codes } } }), 3);
  });
});

describe('CompiledExecution', () => {
  const schema = buildSchema(`type Query { double(n: Int!): Int, greeting: String }`);
  const context = {};
  const operationOf = (source: string) => {
    const document = parse(source);
    return { document, operation: getOperationAST(document)! };
  };

  it('leaves introspection to graphql-js, however often it comes', async () => {
    const execution = new CompiledExecution(schema);
    const { document, operation } = operationOf(`{ __schema { queryType { name } } }`);
    for (let i = 0; i < 5; i += 1) {
      const result = await execution.run(document, operation, null, undefined, context);
      assert.deepEqual(JSON.parse(JSON.stringify(result)), { data: { __schema: { queryType: { name: 'Query' } } } });
    }
    assert.equal(execution.compiledOperations, 0);
  });

  it("refuses a bad variable with graphql-js's own words, before and after compiling", async () => {
    const execution = new CompiledExecution(schema);
    const { document, operation } = operationOf(`query($n: Int!) { double(n: $n) }`);
    const messages = [];
    for (let i = 0; i < 3; i += 1) {
      const result = await execution.run(document, operation, null, { n: 'two' }, context);
      assert.equal(result.data, undefined);
      messages.push(result.errors?.map((error) => error.message));
    }
    assert.deepEqual(messages, Array(3).fill(['Variable "$n" got invalid value "two"; Int cannot represent non-integer value: "two"']));
    assert.equal(execution.compiledOperations, 1);
  });

  it('compiles each named operation of a document on its own', async () => {
    const execution = new CompiledExecution(schema);
    const document = parse(`query A { greeting } query B { __typename }`);
    for (const name of ['A', 'A', 'B', 'B', 'B']) await execution.run(document, getOperationAST(document, name)!, name, undefined, context);
    assert.equal(execution.compiledOperations, 2);
  });
});
