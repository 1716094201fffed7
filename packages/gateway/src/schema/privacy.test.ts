import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PARIS_CUSTOMER, REQUEST_REPAIR, type RepairAnswer, repairRequest, TICKET } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';
import { everyStoredRow, type Footprint, leaveZoesFootprint, ZOE, ZOE_PERSONAL_VALUES } from '../testing/privacy-fixtures.js';

const EXPORT = `query($email: String!) { customerDataExport(email: $email) {
  __typename
  ... on CustomerDataExport {
    email generatedAt json
    tickets { trackingCode status customerName customerEmail customerPhone address { line1 postalCode city country } serialNumber fault cancellationReason
      events { kind toStatus actor reason } visits { status technicianName } quotes { status total { amount currency } answerNote } ratings { score comment }
      messages { kind recipient subject body } }
    installationJobs { reference customerName address { line1 } certificate { status signerName signatureKind signature signedPlace } reinterventions { reportedProblem } }
    surveyAnswers { question option role }
    otherMessages { kind }
    erasures { trigger tickets installationJobs messages surveyAnswers }
  }
  ... on Error { code } ... on InvalidInput { field }
} }`;
const ERASE = `mutation($input: EraseCustomerDataInput!) { eraseCustomerData(input: $input) {
  __typename
  ... on CustomerDataErased { alreadyErased erasure { id trigger reason tickets installationJobs messages surveyAnswers } }
  ... on Error { code } ... on InvalidInput { field }
} }`;
const SETTINGS = `mutation($input: UpdateServiceSettingsInput!) { updateServiceSettings(input: $input) { __typename ... on ServiceSettingsUpdated { settings { personalDataRetentionDays } } ... on InvalidInput { field code } } }`;

interface ExportedTicket {
  trackingCode: string; status: string; customerName: string; customerEmail: string; customerPhone: string; address: { line1: string; postalCode: string; city: string; country: string };
  serialNumber: string | null; fault: string; cancellationReason: string | null; events: { kind: string; toStatus: string; actor: string; reason: string | null }[];
  visits: { status: string; technicianName: string }[]; quotes: { status: string; total: { amount: string; currency: string }; answerNote: string | null }[];
  ratings: { score: number; comment: string | null }[]; messages: { kind: string; recipient: string; subject: string; body: string }[];
}
interface ExportAnswer {
  __typename: string; code?: string; field?: string[]; email: string; json: string; tickets: ExportedTicket[];
  installationJobs: { reference: string; customerName: string; address: { line1: string }; certificate: { status: string; signerName: string | null; signature: string | null; signedPlace: string | null }; reinterventions: { reportedProblem: string }[] }[];
  surveyAnswers: { question: string; option: string; role: string }[];
  erasures: { trigger: string; tickets: number; installationJobs: number; messages: number; surveyAnswers: number }[];
}
interface EraseAnswer {
  __typename: string; code?: string; field?: string[]; alreadyErased?: boolean;
  erasure?: { id: string; trigger: string; reason: string; tickets: number; installationJobs: number; messages: number; surveyAnswers: number };
}

describe("a customer's data: export and erasure (GDPR, secret key)", () => {
  let gateway: TestGateway;
  let footprint: Footprint;
  let otherCustomersCode: string;
  const exportOf = async (email: string, key = 'sk_demo') => gateway.graphql<{ customerDataExport: ExportAnswer }>(EXPORT, { email }, { key });
  const erase = async (input: { email: string; reason: string }, key = 'sk_demo') => gateway.graphql<{ eraseCustomerData: EraseAnswer }>(ERASE, { input }, { key });

  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
    footprint = await leaveZoesFootprint(gateway);
    const other = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input: repairRequest({ slotStart: '2026-04-21T10:00:00.000Z' }) });
    otherCustomersCode = other.body.data!.requestRepair.ticket!.trackingCode;
  });
  after(() => gateway.close());

  it('is for the back office only', async () => {
    assert.equal((await exportOf(ZOE.email, 'pk_demo')).body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal((await erase({ email: ZOE.email, reason: 'x' }, 'pk_demo')).body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });

  it('exports everything the tenant holds about the customer, typed and as JSON, whatever the case of the address', async () => {
    const answer = (await exportOf(`  ${ZOE.email.toUpperCase()} `)).body.data!.customerDataExport;
    assert.equal(answer.__typename, 'CustomerDataExport');
    assert.equal(answer.email, ZOE.email.toLowerCase());
    assert.deepEqual(answer.tickets.map((ticket) => ticket.trackingCode), [...footprint.trackingCodes]);
    const [cancelled, open] = answer.tickets as [ExportedTicket, ExportedTicket];
    assert.equal(cancelled.status, 'CANCELLED');
    assert.equal(cancelled.customerName, ZOE.name);
    assert.equal(cancelled.customerPhone, ZOE.phoneE164);
    assert.deepEqual(cancelled.address, { line1: ZOE.street, postalCode: ZOE.postalCode, city: ZOE.city, country: 'FR' });
    assert.equal(cancelled.serialNumber, ZOE.serial);
    assert.equal(cancelled.fault, ZOE.fault);
    assert.equal(cancelled.cancellationReason, ZOE.cancellation);
    assert.ok(cancelled.events.some((event) => event.toStatus === 'CANCELLED' && event.reason === ZOE.cancellation));
    assert.ok(cancelled.messages.length > 0 && cancelled.messages.every((message) => message.recipient.toLowerCase() === ZOE.email.toLowerCase()));
    assert.ok(cancelled.messages.some((message) => message.body.includes(ZOE.name)));
    assert.deepEqual(open.ratings, [{ score: 2, comment: ZOE.ratingComment }]);
    assert.deepEqual(open.quotes, [{ status: 'DECLINED', total: { amount: '180.00', currency: 'EUR' }, answerNote: ZOE.quoteAnswer }]);
    const [job] = answer.installationJobs;
    assert.equal(job?.reference, footprint.jobReference);
    assert.equal(job?.customerName, ZOE.name);
    assert.deepEqual(job?.certificate, { status: 'SIGNED', signerName: ZOE.name, signatureKind: 'DRAWN', signature: ZOE.signature, signedPlace: ZOE.signedPlace });
    assert.deepEqual(job?.reinterventions, [{ reportedProblem: ZOE.reportedProblem }]);
    assert.deepEqual(answer.surveyAnswers, [{ question: 'Should a reintervention under an hour be free?', option: 'No', role: 'INSTALLER' }]);
    assert.deepEqual(answer.erasures, []);

    // The JSON document holds the same, to hand to the customer as a file.
    const document = JSON.parse(answer.json) as { email: string; tickets: { trackingCode: string; customerPhone: string; events: unknown[] }[]; installationJobs: unknown[]; surveyAnswers: unknown[] };
    assert.equal(document.email, ZOE.email.toLowerCase());
    assert.deepEqual(document.tickets.map((ticket) => ticket.trackingCode), [...footprint.trackingCodes]);
    assert.equal(document.tickets[0]?.customerPhone, ZOE.phoneE164);
    assert.equal(document.tickets[0]?.events.length, cancelled.events.length);
    assert.equal(document.installationJobs.length, 1);
    assert.equal(document.surveyAnswers.length, 1);
    assert.ok(!answer.json.includes(PARIS_CUSTOMER.name), "another customer's data is not in the export");
  });

  it('refuses a wrong address by field, and says when it holds nothing', async () => {
    const invalid = (await exportOf('zoe at example')).body.data!.customerDataExport;
    assert.deepEqual([invalid.__typename, invalid.field], ['InvalidInput', ['email']]);
    const unknown = (await exportOf('nobody@example.org')).body.data!.customerDataExport;
    assert.deepEqual([unknown.__typename, unknown.code], ['CustomerNotFound', 'CUSTOMER_NOT_FOUND']);
  });

  it('refuses a bad erasure request by field, and an unknown customer, writing nothing', async () => {
    const before = await everyStoredRow(gateway);
    for (const value of ZOE_PERSONAL_VALUES) assert.ok(before.toLowerCase().includes(value.toLowerCase()), `the search finds "${value}" while it is stored`);
    const invalid = (await erase({ email: 'not an address', reason: '   ' })).body.data!.eraseCustomerData;
    assert.deepEqual([invalid.__typename, invalid.field], ['InvalidInput', ['email', 'reason']]);
    const unknown = (await erase({ email: 'nobody@example.org', reason: 'GDPR request' })).body.data!.eraseCustomerData;
    assert.deepEqual([unknown.__typename, unknown.code], ['CustomerNotFound', 'CUSTOMER_NOT_FOUND']);
    // Only the audit log took note of the two attempts.
    const withoutAudit = (rows: string) => rows.split('\n').filter((row) => !row.startsWith('audit_entries:')).join('\n');
    assert.equal(withoutAudit(await everyStoredRow(gateway)), withoutAudit(before));
  });

  it("erases the customer's personal data everywhere in one go, keeping the business's facts", async () => {
    const statusesBefore = await gateway.store.prisma.ticket.findMany({ where: { trackingCode: { in: [...footprint.trackingCodes] } }, orderBy: { createdAt: 'asc' }, select: { status: true, serialNumber: true, purchaseDate: true, symptoms: true, country: true } });
    const erased = (await erase({ email: ZOE.email.toUpperCase(), reason: 'GDPR request of 2026-04-20, ref. 1234' })).body.data!.eraseCustomerData;
    assert.equal(erased.__typename, 'CustomerDataErased');
    assert.equal(erased.alreadyErased, false);
    assert.equal(erased.erasure?.trigger, 'REQUEST');
    assert.equal(erased.erasure?.reason, 'GDPR request of 2026-04-20, ref. 1234');
    assert.deepEqual([erased.erasure?.tickets, erased.erasure?.installationJobs, erased.erasure?.surveyAnswers], [2, 1, 1]);
    assert.ok((erased.erasure?.messages ?? 0) >= 2);

    // Nothing personal is left anywhere in the store.
    const stored = await everyStoredRow(gateway);
    for (const value of ZOE_PERSONAL_VALUES) {
      assert.ok(!stored.toLowerCase().includes(value.toLowerCase()), `"${value}" is still stored: ${stored.split('\n').find((row) => row.toLowerCase().includes(value.toLowerCase()))}`);
    }

    // What the business must keep is kept.
    const { prisma } = gateway.store;
    const tickets = await prisma.ticket.findMany({ where: { trackingCode: { in: [...footprint.trackingCodes] } }, orderBy: { createdAt: 'asc' }, include: { events: true, visits: true, quotes: true, ratings: true, outboxMessages: true } });
    assert.deepEqual(tickets.map((ticket) => ({ status: ticket.status, serialNumber: ticket.serialNumber, purchaseDate: ticket.purchaseDate, symptoms: ticket.symptoms, country: ticket.country })), statusesBefore);
    assert.ok(tickets.every((ticket) => ticket.personalDataErasedAt !== null && ticket.customerName === '' && ticket.postalCode === ''));
    assert.ok(tickets[0]!.events.some((event) => event.toStatus === 'CANCELLED' && event.reason === null));
    assert.equal(tickets[1]!.ratings[0]?.score, 2);
    assert.equal(tickets[1]!.quotes[0]?.totalMinor, 18000);
    assert.ok(tickets.every((ticket) => ticket.outboxMessages.every((message) => message.recipient === '' && message.status !== 'PENDING')));
    const job = await prisma.installationJob.findFirstOrThrow({ where: { reference: footprint.jobReference }, include: { certificate: true, reinterventions: true } });
    assert.equal(job.certificate?.status, 'SIGNED');
    assert.ok(job.certificate?.signedAt instanceof Date);
    assert.equal(job.certificate?.signature, null);
    assert.equal(job.reinterventions.length, 1);
    const answers = await prisma.surveyAnswer.findMany({ where: { surveyId: footprint.surveyId } });
    assert.deepEqual(answers.map((answer) => [answer.role, answer.option]), [['INSTALLER', 1]], 'the answer still counts');
    const erasure = await prisma.personalDataErasure.findUniqueOrThrow({ where: { id: erased.erasure!.id } });
    assert.match(erasure.subjectHash ?? '', /^[0-9a-f]{64}$/);

    // The customer's tracker lookup finds nothing any more; another customer is untouched.
    const lookup = await gateway.graphql<{ ticket: { __typename: string } }>(TICKET, { trackingCode: footprint.trackingCodes[1], postalCode: ZOE.postalCode });
    assert.equal(lookup.body.data?.ticket.__typename, 'TicketNotFound');
    const other = await prisma.ticket.findUniqueOrThrow({ where: { trackingCode: otherCustomersCode } });
    assert.deepEqual([other.customerName, other.customerEmail, other.personalDataErasedAt], [PARIS_CUSTOMER.name, PARIS_CUSTOMER.email, null]);
  });

  it('is idempotent: asked again, it answers with the earlier erasure and writes no other', async () => {
    const first = await gateway.store.prisma.personalDataErasure.findMany();
    const again = (await erase({ email: ZOE.email, reason: 'Asked again by post' })).body.data!.eraseCustomerData;
    assert.equal(again.__typename, 'CustomerDataErased');
    assert.equal(again.alreadyErased, true);
    assert.equal(again.erasure?.id, first[0]?.id);
    assert.deepEqual(await gateway.store.prisma.personalDataErasure.findMany(), first);

    // The export then shows that the data was erased, and holds nothing else.
    const exported = (await exportOf(ZOE.email)).body.data!.customerDataExport;
    assert.equal(exported.__typename, 'CustomerDataExport');
    assert.deepEqual([exported.tickets, exported.installationJobs, exported.surveyAnswers], [[], [], []]);
    assert.deepEqual(exported.erasures.map((erasure) => [erasure.trigger, erasure.tickets, erasure.installationJobs, erasure.surveyAnswers]), [['REQUEST', 2, 1, 1]]);
  });
});

describe("a tenant's retention period for personal data", () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway();
  });
  after(() => gateway.close());

  it('is three years unless changed, and 30 days to 10 years', async () => {
    const read = await gateway.graphql<{ serviceSettings: { personalDataRetentionDays: number } }>(`{ serviceSettings { personalDataRetentionDays } }`, {}, { key: 'sk_demo' });
    assert.equal(read.body.data?.serviceSettings.personalDataRetentionDays, 1095);
    for (const days of [29, 3651]) {
      const refused = await gateway.graphql<{ updateServiceSettings: { __typename: string; field: string[]; code: string } }>(SETTINGS, { input: { personalDataRetentionDays: days } }, { key: 'sk_demo' });
      assert.deepEqual(refused.body.data?.updateServiceSettings, { __typename: 'InvalidInput', field: ['personalDataRetentionDays'], code: 'OUT_OF_RANGE' });
    }
    const changed = await gateway.graphql<{ updateServiceSettings: { settings: { personalDataRetentionDays: number } } }>(SETTINGS, { input: { personalDataRetentionDays: 400 } }, { key: 'sk_demo' });
    assert.equal(changed.body.data?.updateServiceSettings.settings.personalDataRetentionDays, 400);
  });
});
