import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { REQUEST_REPAIR, type RepairAnswer, repairRequest } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';
import { signTicketLink, ticketLinkUrl, verifyTicketLink } from './ticket-link.js';

const BY_LINK = `query($link: String!) { ticketByLink(link: $link) { __typename ... on Ticket { trackingCode } ... on Error { code message } } }`;
const BY_CODE = `query($c: String!, $p: String!) { ticket(trackingCode: $c, postalCode: $p) { __typename ... on Ticket { trackingCode link trackerUrl } ... on Error { code message } } }`;

describe('signed ticket links', () => {
  it('open the ticket they were signed for, and nothing else', () => {
    const link = signTicketLink('secret-a', 'SAV-7K3M-9QX2');
    assert.match(link, /^SAV-7K3M-9QX2\.[A-Za-z0-9_-]{22}$/);
    assert.equal(verifyTicketLink('secret-a', link), 'SAV-7K3M-9QX2');
    assert.equal(verifyTicketLink('secret-b', link), null);
    assert.equal(verifyTicketLink('secret-a', link.replace('9QX2', '9QX3')), null);
    assert.equal(verifyTicketLink('secret-a', `${link}x`), null);
    assert.equal(verifyTicketLink('secret-a', 'no-dot'), null);
    assert.equal(ticketLinkUrl('https://shop.example/repairs?lang=fr', link), `https://shop.example/repairs?lang=fr&sav-ticket=${link}`);
  });
});

describe("a customer's way to their ticket", () => {
  let gateway: TestGateway;
  let code: string;
  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
    const booked = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input: repairRequest() });
    code = booked.body.data!.requestRepair.ticket!.trackingCode;
  });
  after(() => gateway.close());

  it('opens by the signed link, without the postal code; a forged or foreign link finds nothing', async () => {
    const found = await gateway.graphql<{ ticket: { link: string; trackerUrl: string | null } }>(BY_CODE, { c: code, p: '75011' });
    const { link } = found.body.data!.ticket;
    assert.equal(found.body.data!.ticket.trackerUrl, null);
    assert.deepEqual((await gateway.graphql(BY_LINK, { link })).body.data, { ticketByLink: { __typename: 'Ticket', trackingCode: code } });
    const notFound = { __typename: 'TicketNotFound', code: 'TICKET_NOT_FOUND', message: 'No ticket matches this tracking code and postal code. Check both on your confirmation.' };
    for (const forged of [signTicketLink('another-tenant-secret', code), `${code}.AAAAAAAAAAAAAAAAAAAAAA`, 'SAV-0000-0000']) {
      assert.deepEqual((await gateway.graphql(BY_LINK, { link: forged })).body.data, { ticketByLink: notFound });
    }
  });

  it("links to the tenant's tracker page once it is set", async () => {
    await gateway.configure((prisma) => prisma.tenant.updateMany({ data: { trackerUrl: 'https://shop.example/my-repairs' } }));
    const found = await gateway.graphql<{ ticket: { link: string; trackerUrl: string } }>(BY_CODE, { c: code, p: '75011' });
    assert.equal(found.body.data!.ticket.trackerUrl, `https://shop.example/my-repairs?sav-ticket=${encodeURIComponent(found.body.data!.ticket.link)}`);
    const booked = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input: repairRequest({ slotStart: '2026-04-21T08:00:00.000Z' }) });
    const newCode = booked.body.data!.requestRepair.ticket!.trackingCode;
    const confirmation = await gateway.store.prisma.outboxMessage.findFirstOrThrow({ where: { ticket: { trackingCode: newCode } } });
    const url = /Follow your repair online: (\S+)/.exec(confirmation.body)?.[1];
    assert.ok(url, confirmation.body);
    const link = new URL(url).searchParams.get('sav-ticket')!;
    assert.deepEqual((await gateway.graphql(BY_LINK, { link })).body.data, { ticketByLink: { __typename: 'Ticket', trackingCode: newCode } });
  });

  it('answers an unknown code and a wrong postal code alike, revealing nothing', async () => {
    const wrongPostalCode = await gateway.graphql(BY_CODE, { c: code, p: '75012' });
    const unknownCode = await gateway.graphql(BY_CODE, { c: 'SAV-AAAA-BBBB', p: '75011' });
    const blank = await gateway.graphql(BY_CODE, { c: ' ', p: '75011' });
    assert.deepEqual(wrongPostalCode.body, unknownCode.body);
    assert.deepEqual(blank.body, unknownCode.body);
  });

  it('limits lookups per key and address, with 429 and Retry-After, then serves again in the next minute', async () => {
    await gateway.configure((prisma) => prisma.tenant.updateMany({ data: { lookupsPerMinute: 3 } }));
    gateway.setNow(new Date('2026-04-20T10:05:10Z'));
    for (let i = 0; i < 3; i += 1) assert.equal((await gateway.graphql(BY_CODE, { c: code, p: '75011' })).status, 200);
    const refused = await gateway.graphql(BY_CODE, { c: code, p: '75011' });
    assert.equal(refused.status, 429);
    assert.equal(refused.headers.get('retry-after'), '50');
    assert.equal(refused.body.errors?.[0]?.extensions?.code, 'RATE_LIMITED');
    const byLink = await gateway.graphql(BY_LINK, { link: signTicketLink('x', code) });
    assert.equal(byLink.status, 429, 'links count too: they cannot be used to guess');
    gateway.setNow(new Date('2026-04-20T10:06:00Z'));
    assert.equal((await gateway.graphql(BY_CODE, { c: code, p: '75011' })).status, 200);
    await gateway.configure((prisma) => prisma.tenant.updateMany({ data: { lookupsPerMinute: 60 } }));
  });
});
