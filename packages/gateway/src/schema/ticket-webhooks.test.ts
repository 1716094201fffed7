import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { deliverDueWebhooks } from '../notifications/webhook-deliveries.js';
import { verifyWebhookSignature } from '../notifications/webhook-signature.js';
import { REQUEST_REPAIR, type RepairAnswer, repairRequest } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

describe("ticket events reach the tenant's webhook, signed", () => {
  let gateway: TestGateway;
  let receiverUrl: string;
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];
  const receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.writeHead(204).end();
    });
  });

  before(async () => {
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/sav`;
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
  });
  after(async () => {
    await gateway.close();
    await new Promise((resolve) => receiver.close(resolve));
  });

  it('delivers the booking and each later step, in order, with a signature that verifies', async () => {
    const created = await gateway.graphql<{ createWebhookEndpoint: { secret: string } }>(
      `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { ... on WebhookEndpointCreated { secret } } }`,
      { input: { url: receiverUrl } },
      { key: 'sk_demo' },
    );
    const secret = created.body.data!.createWebhookEndpoint.secret;
    const booked = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input: repairRequest() });
    const code = booked.body.data!.requestRepair.ticket!.trackingCode;
    gateway.setNow(new Date('2026-04-21T05:30:00Z'));
    await gateway.graphql(`mutation($input: StartTravelInput!) { startTravel(input: $input) { __typename } }`, { input: { trackingCode: code, expectedArrivalAt: '2026-04-21T06:30:00Z' } }, { key: 'sk_demo' });
    const refused = await gateway.graphql(`mutation($input: ArriveOnSiteInput!) { arriveOnSite(input: $input) { __typename } }`, { input: { trackingCode: 'SAV-0000-0000' } }, { key: 'sk_demo' });
    assert.deepEqual(refused.body.data, { arriveOnSite: { __typename: 'TicketNotFound' } });

    const report = await deliverDueWebhooks(gateway.store, { now: new Date('2026-04-21T05:31:00Z') });
    assert.equal(report.delivered, 2);
    const events = received.map((delivery) => JSON.parse(delivery.body) as { type: string; data: { trackingCode: string; status: string; previousStatus: string | null; actor: string } });
    assert.deepEqual(events.map((event) => [event.type, event.data.trackingCode, event.data.previousStatus, event.data.status, event.data.actor]).sort(), [
      ['ticket.created', code, null, 'SCHEDULED', 'SYSTEM'],
      ['ticket.status_changed', code, 'SCHEDULED', 'TECHNICIAN_EN_ROUTE', 'TECHNICIAN'],
    ]);
    for (const delivery of received) {
      const signature = delivery.headers['sav-signature'];
      assert.equal(typeof signature, 'string');
      assert.ok(verifyWebhookSignature(secret, signature as string, delivery.body, { now: new Date('2026-04-21T05:31:00Z') }));
      assert.ok(!delivery.body.includes('Camille'), 'no personal data in webhooks');
    }
  });
});
