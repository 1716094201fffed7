import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REQUEST_REPAIR, repairRequest, TICKET } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';
import { leaveZoesFootprint, ZOE, ZOE_CUSTOMER } from '../testing/privacy-fixtures.js';

describe("the gateway's logs hold no personal data", () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
  });
  after(() => gateway.close());

  it('through a booking, ticket lookups, mistakes, an export and an erasure', async () => {
    // Bookings, a cancellation, an installation signed, a problem reported, a survey answered.
    const { trackingCodes } = await leaveZoesFootprint(gateway);
    // The customer follows the repair, once with a wrong postal code.
    const found = await gateway.graphql<{ ticket: { __typename: string } }>(TICKET, { trackingCode: trackingCodes[1], postalCode: ZOE.postalCode });
    assert.equal(found.body.data?.ticket.__typename, 'Ticket');
    const wrong = await gateway.graphql<{ ticket: { __typename: string } }>(TICKET, { trackingCode: trackingCodes[1], postalCode: '75013' });
    assert.equal(wrong.body.data?.ticket.__typename, 'TicketNotFound');
    // Mistakes in a form that holds personal data are logged by field, not by value.
    const mistaken = await gateway.graphql<{ requestRepair: { __typename: string } }>(REQUEST_REPAIR, {
      input: repairRequest({ customer: { ...ZOE_CUSTOMER, email: `${ZOE.name}@`, address: { ...ZOE_CUSTOMER.address, postalCode: '7501' } }, serialNumber: ZOE.serial }),
    });
    assert.equal(mistaken.body.data?.requestRepair.__typename, 'InvalidInput');
    // A value of the wrong type is refused by GraphQL itself (its message quotes the value to the caller, not to the log).
    const badType = await gateway.graphql(REQUEST_REPAIR, { input: repairRequest({ purchaseDate: ZOE.name }) });
    assert.equal(badType.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    // The back office exports, then erases, the customer's data.
    const exported = await gateway.graphql<{ customerDataExport: { __typename: string } }>(`query($email: String!) { customerDataExport(email: $email) { __typename ... on CustomerDataExport { json } } }`, { email: ZOE.email }, { key: 'sk_demo' });
    assert.equal(exported.body.data?.customerDataExport.__typename, 'CustomerDataExport');
    const erased = await gateway.graphql<{ eraseCustomerData: { __typename: string } }>(
      `mutation($input: EraseCustomerDataInput!) { eraseCustomerData(input: $input) { __typename } }`, { input: { email: ZOE.email, reason: `Asked by ${ZOE.name}` } }, { key: 'sk_demo' },
    );
    assert.equal(erased.body.data?.eraseCustomerData.__typename, 'CustomerDataErased');
    const unknown = await gateway.graphql<{ eraseCustomerData: { __typename: string } }>(
      `mutation($input: EraseCustomerDataInput!) { eraseCustomerData(input: $input) { __typename } }`, { input: { email: 'anatole.brulon@example.org', reason: 'x' } }, { key: 'sk_demo' },
    );
    assert.equal(unknown.body.data?.eraseCustomerData.__typename, 'CustomerNotFound');

    const logs = gateway.logs.join('\n');
    assert.ok(gateway.logs.length >= 20, `the gateway logged its requests (${gateway.logs.length} lines)`);
    const personal = [
      ZOE.name, ZOE.email, ZOE.email.toLowerCase(), 'anatole.brulon', ZOE.phone, ZOE.phoneE164, ZOE.street, 'Brulon', ZOE.serial, ZOE.fault, ZOE.cancellation,
      ZOE.signature, ZOE.signedPlace, ZOE.reportedProblem, 'Kowalczyk', 'Zoé',
    ];
    for (const value of personal) {
      assert.ok(!logs.toLowerCase().includes(value.toLowerCase()), `"${value}" in the log: ${gateway.logs.find((line) => line.toLowerCase().includes(value.toLowerCase()))}`);
    }
  });
});
