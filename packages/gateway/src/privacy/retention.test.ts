import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PARIS_CUSTOMER, REQUEST_REPAIR, type RepairAnswer, repairRequest } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';
import { createLogger } from '../http/logger.js';
import { applyRetention, startRetention } from './retention.js';

const CANCEL = `mutation($input: CancelTicketInput!) { cancelTicket(input: $input) { __typename } }`;
const DAY = 24 * 60 * 60 * 1000;

describe("applyRetention: personal data of tickets over for longer than the tenant's retention period", () => {
  let gateway: TestGateway;
  const start = new Date('2026-04-20T10:00:00Z');
  const codes: Record<'cancelledEarly' | 'cancelledLate' | 'open', string> = { cancelledEarly: '', cancelledLate: '', open: '' };

  const book = async (name: string, slotStart: string) => {
    const response = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input: repairRequest({ customer: { ...PARIS_CUSTOMER, name }, slotStart }) });
    return response.body.data!.requestRepair.ticket!.trackingCode;
  };
  const cancel = async (trackingCode: string) => {
    const response = await gateway.graphql<{ cancelTicket: { __typename: string } }>(CANCEL, { input: { trackingCode, reason: 'The customer bought a new one' } }, { key: 'sk_demo' });
    assert.equal(response.body.data?.cancelTicket.__typename, 'RepairChanged');
  };
  const ticket = (trackingCode: string) => gateway.store.prisma.ticket.findUniqueOrThrow({ where: { trackingCode }, include: { outboxMessages: true, events: true } });

  before(async () => {
    gateway = await startTestGateway({ now: start });
    codes.cancelledEarly = await book('Early Cancelled', '2026-04-21T06:00:00.000Z');
    codes.cancelledLate = await book('Late Cancelled', '2026-04-21T08:00:00.000Z');
    codes.open = await book('Still Open', '2026-04-21T10:00:00.000Z');
    await cancel(codes.cancelledEarly);
    gateway.setNow(new Date(start.getTime() + 20 * DAY));
    await cancel(codes.cancelledLate);
  });
  after(() => gateway.close());

  it('keeps everything while the retention period runs', async () => {
    assert.deepEqual(await applyRetention(gateway.store, new Date(start.getTime() + 1000 * DAY)), { tenants: 0, tickets: 0, messages: 0 });
    assert.equal((await ticket(codes.cancelledEarly)).customerName, 'Early Cancelled');
  });

  it('anonymises only the tickets closed or cancelled before the period, once', async () => {
    await gateway.configure((prisma) => prisma.tenant.updateMany({ where: { demo: true }, data: { personalDataRetentionDays: 30 } }));
    const now = new Date(start.getTime() + 31 * DAY);
    const report = await applyRetention(gateway.store, now);
    assert.equal(report.tenants, 1);
    assert.equal(report.tickets, 1);
    assert.ok(report.messages >= 1);

    const early = await ticket(codes.cancelledEarly);
    assert.deepEqual(
      [early.customerName, early.customerEmail, early.customerPhone, early.addressLine1, early.postalCode, early.city, early.fault, early.cancellationReason],
      ['', '', '', '', '', '', '', null],
    );
    assert.equal(early.personalDataErasedAt?.toISOString(), now.toISOString());
    assert.equal(early.status, 'CANCELLED');
    assert.equal(early.country, 'FR');
    assert.ok(early.outboxMessages.every((message) => message.recipient === '' && message.body === ''));
    assert.ok(early.events.every((event) => event.toStatus !== 'CANCELLED' || event.reason === null));
    assert.equal((await ticket(codes.cancelledLate)).customerName, 'Late Cancelled', 'cancelled 11 days ago: kept');
    assert.equal((await ticket(codes.open)).customerName, 'Still Open', 'in service: kept');

    // SAV itself left a record and an audit entry; a second run changes nothing.
    const erasures = await gateway.store.prisma.personalDataErasure.findMany();
    assert.deepEqual(erasures.map((erasure) => [erasure.trigger, erasure.tickets, erasure.subjectHash, erasure.keyId]), [['RETENTION', 1, null, null]]);
    const entries = await gateway.store.prisma.auditEntry.findMany({ where: { action: 'applyRetention' } });
    assert.deepEqual(entries.map((entry) => [entry.keyId, entry.outcome, entry.targetType, entry.targetId]), [[null, 'SUCCESS', 'PersonalDataErasure', erasures[0]!.id]]);
    assert.deepEqual(await applyRetention(gateway.store, now), { tenants: 0, tickets: 0, messages: 0 });

    // Later, the other cancelled ticket's turn comes, in small batches too.
    const later = await applyRetention(gateway.store, new Date(start.getTime() + 51 * DAY), { batchSize: 1 });
    assert.equal(later.tickets, 1);
    assert.equal((await ticket(codes.cancelledLate)).customerName, '');
    assert.equal((await ticket(codes.open)).customerName, 'Still Open');
  });

  it('runs at start and then periodically, logging counts only, until stopped', async () => {
    const code = await book('Scheduled Cancelled', '2026-05-11T06:00:00.000Z');
    await cancel(code);
    const lines: string[] = [];
    const retention = startRetention(gateway.store, createLogger('info', (line) => lines.push(line)), { intervalMs: 60_000, now: () => new Date(start.getTime() + 100 * DAY) });
    await retention.stop();
    assert.equal((await ticket(code)).customerName, '');
    assert.equal(lines.length, 1);
    const logged = JSON.parse(lines[0]!) as Record<string, unknown>;
    assert.deepEqual([logged.event, logged.tickets], ['retention.applied', 1]);
    assert.ok(!lines[0]!.includes('Scheduled Cancelled'));
  });
});
