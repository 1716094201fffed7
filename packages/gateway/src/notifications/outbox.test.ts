import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { SMTPServer } from 'smtp-server';
import { type RepairAnswer, REQUEST_REPAIR, repairRequest } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';
import { claimDueMessages, deliverDueMessages, retryDelayMs } from './outbox-dispatcher.js';
import { FileSender, type MessageSender, senderFromConfig, SenderConfigError, SmtpSender } from './senders.js';

const NOW = new Date('2026-04-20T10:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);

describe('the outbox: confirmations written with the booking, delivered once', () => {
  let gateway: TestGateway;
  let folder: string;
  before(async () => {
    gateway = await startTestGateway({ now: NOW });
    folder = mkdtempSync(join(tmpdir(), 'sav-outbox-'));
  });
  after(async () => {
    await gateway.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const book = async (input: Record<string, unknown>, headers: Record<string, string> = {}) => {
    const response = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input: repairRequest(input) }, { headers });
    return response.body.data!.requestRepair;
  };

  it('a booking writes its confirmation, with the visit attached, in the same transaction', async () => {
    const booked = await book({}, { 'accept-language': 'fr-FR' });
    const messages = await gateway.store.prisma.outboxMessage.findMany({ where: { ticket: { trackingCode: booked.ticket!.trackingCode } } });
    assert.equal(messages.length, 1);
    assert.equal(messages[0]?.kind, 'VISIT_CONFIRMED');
    assert.equal(messages[0]?.status, 'PENDING');
    assert.equal(messages[0]?.recipient, 'camille.dupont@example.fr');
    assert.match(messages[0]?.subject ?? '', /^Intervention confirmée : mardi 21 avril 2026, 08:00 – 10:00/);
    assert.match(messages[0]?.calendar ?? '', /DTSTART:20260421T060000Z/);
    const verification = await book({ serialNumber: 'NOT-SOLD' });
    const notice = await gateway.store.prisma.outboxMessage.findFirstOrThrow({ where: { ticket: { trackingCode: verification.trackingCode! } } });
    assert.equal(notice.kind, 'REQUEST_RECEIVED');
    assert.equal(await gateway.store.prisma.outboxMessage.count({ where: { ticketId: null } }), 0);
  });

  it('a refused booking writes no message', async () => {
    const before = await gateway.store.prisma.outboxMessage.count();
    await book({ slotStart: '2026-04-25T06:00:00.000Z' });
    await book({ fault: '' });
    assert.equal(await gateway.store.prisma.outboxMessage.count(), before);
  });

  it('delivers each due message once, as a file a mail client opens', async () => {
    const sender = new FileSender(folder);
    const first = await deliverDueMessages(gateway.store, sender, { now: later(1000) });
    assert.equal(first.sent, 2);
    assert.deepEqual(await deliverDueMessages(gateway.store, sender, { now: later(2000) }), { sent: 0, retrying: 0, failed: 0 });
    const files = readdirSync(folder);
    assert.equal(files.length, 2);
    const confirmation = files.map((file) => readFileSync(join(folder, file), 'utf8')).find((text) => text.includes('text/calendar'));
    assert.ok(confirmation, 'the confirmation carries the calendar file');
    assert.match(confirmation, /^To: camille\.dupont@example\.fr$/m);
    assert.match(confirmation, /Message-ID: <[0-9a-f-]{36}@sav\.invalid>/);
    assert.equal(await gateway.store.prisma.outboxMessage.count({ where: { status: 'SENT' } }), 2);
  });

  it('a dispatcher that died holding messages does not lose them: another takes them over after the lease', async () => {
    await book({ slotStart: '2026-04-21T08:00:00.000Z' });
    const claimed = await claimDueMessages(gateway.store, { now: later(10_000), leaseMs: 60_000 });
    assert.equal(claimed.length, 1, 'claimed, then the process "dies" before sending');
    const sent: string[] = [];
    const recording: MessageSender = { description: 'test', send: async (message) => void sent.push(message.id) };
    assert.equal((await deliverDueMessages(gateway.store, recording, { now: later(20_000) })).sent, 0, 'still held by the dead one');
    assert.equal((await deliverDueMessages(gateway.store, recording, { now: later(80_000) })).sent, 1);
    assert.deepEqual(sent, [claimed[0]?.id]);
  });

  it('retries a failing transport with growing delays, then marks the message FAILED', async () => {
    await book({ slotStart: '2026-04-21T10:00:00.000Z' });
    const broken: MessageSender = { description: 'broken', send: async () => { throw new Error('connection refused'); } };
    let now = later(100_000);
    const first = await deliverDueMessages(gateway.store, broken, { now, maxAttempts: 3 });
    assert.deepEqual(first, { sent: 0, retrying: 1, failed: 0 });
    assert.equal((await deliverDueMessages(gateway.store, broken, { now: new Date(now.getTime() + 1000), maxAttempts: 3 })).retrying, 0, 'not before its delay');
    now = new Date(now.getTime() + retryDelayMs(1));
    assert.equal((await deliverDueMessages(gateway.store, broken, { now, maxAttempts: 3 })).retrying, 1);
    now = new Date(now.getTime() + retryDelayMs(2));
    assert.equal((await deliverDueMessages(gateway.store, broken, { now, maxAttempts: 3 })).failed, 1);
    const failed = await gateway.store.prisma.outboxMessage.findFirstOrThrow({ where: { status: 'FAILED' } });
    assert.equal(failed.attempts, 3);
    assert.equal(failed.lastError, 'connection refused');
    assert.deepEqual([retryDelayMs(1), retryDelayMs(2), retryDelayMs(20)], [30_000, 60_000, 3_600_000]);
  });
});

describe('message senders', () => {
  it('sends through a real SMTP conversation, with the stable message id', async () => {
    const received: string[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, _session, done) {
        let text = '';
        stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        stream.on('end', () => {
          received.push(text);
          done();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.server.address() as { port: number };
    const sender = new SmtpSender(`smtp://127.0.0.1:${port}`);
    try {
      await sender.send({ id: '11111111-2222-3333-4444-555555555555', recipient: 'customer@example.fr', subject: 'Visit confirmed', body: 'Hello', calendar: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' });
    } finally {
      sender.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
    assert.equal(received.length, 1);
    assert.match(received[0] ?? '', /Message-ID: <11111111-2222-3333-4444-555555555555@sav\.invalid>/);
    assert.match(received[0] ?? '', /Subject: Visit confirmed/);
  });

  it('is chosen by SAV_MAIL, with a clear error for anything else', () => {
    assert.match(senderFromConfig(undefined, { cwd: '/srv', production: false })?.description ?? '', /files in \/srv\/\.sav\/outbox/);
    assert.equal(senderFromConfig(undefined, { cwd: '/srv', production: true }), null);
    assert.equal(senderFromConfig('console', { cwd: '/srv', production: true })?.description, 'the console');
    assert.match(senderFromConfig('smtp://user:secret@mail.example:587', { cwd: '/srv', production: true })?.description ?? '', /SMTP at mail\.example:587/);
    assert.ok(!(senderFromConfig('smtp://user:secret@mail.example:587', { cwd: '/', production: true })?.description ?? '').includes('secret'));
    assert.throws(() => senderFromConfig('pigeon://loft', { cwd: '/srv', production: false }), SenderConfigError);
  });
});

describe("the outbox writes in the customer's language: Dutch and Chinese too", () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway({ now: NOW });
  });
  after(() => gateway.close());

  const book = async (input: Record<string, unknown>, headers: Record<string, string>) => {
    const response = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input: repairRequest(input) }, { headers });
    return response.body.data!.requestRepair;
  };

  it('confirms a visit in Dutch, and acknowledges a request in Chinese', async () => {
    const dutch = await book({}, { 'accept-language': 'nl-BE' });
    const toDutch = await gateway.store.prisma.outboxMessage.findFirstOrThrow({ where: { ticket: { trackingCode: dutch.ticket!.trackingCode } } });
    assert.match(toDutch.subject, /^Bezoek bevestigd: dinsdag 21 april 2026, 08:00 – 10:00 \(SAV-/);
    assert.match(toDutch.body, /^Beste Camille Dupont,\n\nHet reparatiebezoek voor uw .* is bevestigd\.\nDe technicus komt: dinsdag 21 april 2026, 08:00 – 10:00\./);
    assert.match(toDutch.body, /\n\nMet vriendelijke groet,\nDe klantenservice van /);
    const chinese = await book({ serialNumber: 'NOT-SOLD' }, { 'accept-language': 'zh-CN' });
    const toChinese = await gateway.store.prisma.outboxMessage.findFirstOrThrow({ where: { ticket: { trackingCode: chinese.trackingCode! } } });
    assert.equal(toChinese.kind, 'REQUEST_RECEIVED');
    assert.match(toChinese.subject, /^已收到维修申请（SAV-/);
    assert.match(toChinese.body, /^Camille Dupont，您好：\n\n我们已收到您的.*维修申请。\n/);
    assert.match(toChinese.body, /\n\n此致\n.*售后服务部$/);
  });
});
