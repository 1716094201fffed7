import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PARIS_CUSTOMER } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

const TERMS = 'query($at: DateTime) { reinterventionTerms(at: $at) { __typename ... on Error { code } } }';
const WARRANTY = 'query($input: WarrantyCheckInput!) { warrantyCheck(input: $input) { __typename } }';

// Found by the schema fuzzer: Date and DateTime took any day JavaScript could read, and the date
// arithmetic behind them left the calendar near its ends: reinterventionTerms(at: "0000-01-01T00:00:00Z")
// (PostgreSQL has no year 0), availableSlots and dropOffSlots from 0001-01-01 or 9999-12-31 (a search
// reads a day either side), warrantyCheck of a purchase on 9999-12-01 (its cover ends in year 10000),
// requestRepair at 9999-12-31T23:59:59Z (the next day in Paris): all internal errors. A request now
// names days from 1900-01-01 to 2999-12-31.
describe('the Date and DateTime scalars', () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway();
  });
  after(() => gateway.close());

  const errorCode = (response: Awaited<ReturnType<TestGateway['graphql']>>) => response.body.errors?.[0]?.extensions?.code;

  it('refuses a day or an instant outside 1900-01-01 to 2999-12-31 as a user mistake', async () => {
    for (const at of ['0000-01-01T00:00:00Z', '0001-01-01T00:30:00+01:00', '1899-12-31T23:59:59Z', '1900-01-01T00:30:00+01:00', '3000-01-01T00:00:00Z', '9999-12-31T23:59:59Z']) {
      const response = await gateway.graphql(TERMS, { at });
      assert.equal(response.status, 400, at);
      assert.equal(errorCode(response), 'BAD_USER_INPUT', at);
      assert.match(response.body.errors?.[0]?.message ?? '', /from 1900-01-01 to 2999-12-31/);
    }
    for (const purchaseDate of ['0001-01-01', '1899-12-31', '3000-01-01', '9999-12-01']) {
      const response = await gateway.graphql(WARRANTY, { input: { productModel: 'HRF-DEMO-1', purchaseDate } });
      assert.equal(response.status, 400, purchaseDate);
      assert.equal(errorCode(response), 'BAD_USER_INPUT', purchaseDate);
    }
    const literal = await gateway.graphql('{ reinterventionTerms(at: "0000-06-01T00:00:00Z") { __typename } }');
    assert.equal(literal.status, 400);
    assert.equal(errorCode(literal), 'BAD_USER_INPUT');
  });

  it('answers the first and last accepted days with typed results, never an internal error', async () => {
    const workshops = await gateway.graphql<{ workshops: { workshops: { id: string }[] } }>('{ workshops(country: "FR", productModel: "HRF-DEMO-1") { ... on Workshops { workshops { id } } } }');
    const workshopId = workshops.body.data!.workshops.workshops[0]!.id;
    const requests: [string, Record<string, unknown>][] = [];
    for (const day of ['1900-01-01', '2999-12-31']) {
      requests.push(['query($input: AvailableSlotsInput!) { availableSlots(input: $input) { __typename } }', { input: { productModel: 'HRF-DEMO-1', postalCode: '75011', country: 'FR', from: day, days: 31 } }]);
      requests.push(['query($input: DropOffSlotsInput!) { dropOffSlots(input: $input) { __typename } }', { input: { workshopId, from: day, days: 31 } }]);
      requests.push([WARRANTY, { input: { productModel: 'HRF-DEMO-1', purchaseDate: day, asOf: day, country: 'FR' } }]);
      requests.push([WARRANTY, { input: { productModel: 'HRF-DEMO-1', purchaseDate: '2024-08-20', deliveredOn: day, asOf: day, country: 'NL' } }]);
    }
    for (const slotStart of ['1900-01-01T00:00:00Z', '2999-12-31T23:59:59Z']) {
      for (const place of [{}, { workshopId }]) {
        requests.push([
          'mutation($input: RequestRepairInput!) { requestRepair(input: $input) { __typename } }',
          { input: { productModel: 'HRF-DEMO-1', purchaseDate: '2024-08-20', fault: 'The fridge is not cooling any more.', customer: PARIS_CUSTOMER, slotStart, ...place } },
        ]);
      }
      requests.push([TERMS, { at: slotStart }]);
    }
    for (const [query, variables] of requests) {
      const response = await gateway.graphql(query, variables);
      assert.equal(response.status, 200, `${query} ${JSON.stringify(variables)}: ${JSON.stringify(response.body)}`);
      assert.equal(response.body.errors, undefined, `${query} ${JSON.stringify(variables)}: ${JSON.stringify(response.body)}`);
    }
    assert.deepEqual(gateway.logs.filter((line) => JSON.parse(line).level === 'error'), [], 'nothing logged as an internal error');
  });
});
