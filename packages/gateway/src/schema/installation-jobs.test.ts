import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { extractText, getDocumentProxy } from 'unpdf';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

const JOB_FIELDS = `reference certificateLink certificate { status itemsDone reserves { description party dueOn } signerName signatureKind signedAt signedPlace signedRemotely declineReason declinedAt } timeZone`;
const CREATE = `mutation($input: CreateInstallationJobInput!) { createInstallationJob(input: $input) { __typename ... on InstallationJob { ${JOB_FIELDS} } ... on InvalidInput { code field } } }`;
const READ = `query($link: String!) { completionCertificate(link: $link) { __typename ... on InstallationJob { ${JOB_FIELDS} } ... on Error { code } } }`;
const SIGN = `mutation($input: SignCompletionCertificateInput!) { signCompletionCertificate(input: $input) { __typename ... on InstallationJob { ${JOB_FIELDS} } ... on Error { code } ... on InvalidInput { field } } }`;
const DECLINE = `mutation($link: String!, $reason: String!) { declineCompletionCertificate(link: $link, reason: $reason) { __typename ... on InstallationJob { ${JOB_FIELDS} } ... on Error { code } } }`;

type Job = { reference: string; certificateLink: string; certificate: { status: string; itemsDone: string[]; reserves: { description: string; party: string; dueOn: string }[]; signerName: string | null; signatureKind: string | null; signedAt: string | null; signedPlace: string | null; signedRemotely: boolean | null; declineReason: string | null } };
type Answer = Partial<Job> & { __typename: string; code?: string; field?: string[] };

const JOB = {
  customerName: 'Camille Dupont',
  customerEmail: 'camille.dupont@example.fr',
  addressLine1: '12 rue de la Roquette',
  postalCode: '75011',
  city: 'Paris',
  country: 'FR',
  designerName: 'Cuisines Lumière',
  installerName: 'Karim Benali',
  supplies: ['Oak units', 'Quartz worktop'],
  itemsDone: ['Units fitted and levelled', 'Worktop sealed'],
  reserves: [{ description: 'Replace the scratched oven door', party: 'SUPPLIER', dueOn: '2026-05-15' }],
};

describe('installation jobs and their certificates of completion (seed 000)', () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
  });
  after(() => gateway.close());
  const create = async (input: Record<string, unknown> = JOB) => (await gateway.graphql<{ createInstallationJob: Answer }>(CREATE, { input }, { key: 'sk_demo' })).body.data!.createInstallationJob;
  const sign = async (input: Record<string, unknown>) => (await gateway.graphql<{ signCompletionCertificate: Answer }>(SIGN, { input })).body.data!.signCompletionCertificate;

  it('records a job for the installer platform only, and refuses every bad field at once', async () => {
    const publishable = await gateway.graphql(CREATE, { input: JOB });
    assert.equal(publishable.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    const refused = await create({ ...JOB, customerEmail: 'not-mail', postalCode: '123', itemsDone: [], reserves: [{ description: '  ', party: 'SUPPLIER', dueOn: '2026-05-30' }] });
    assert.equal(refused.__typename, 'InvalidInput');
    assert.deepEqual(refused.field, ['customerEmail', 'postalCode', 'itemsDone', 'reserves.0.description']);
    const impossibleDay = await gateway.graphql(CREATE, { input: { ...JOB, reserves: [{ description: 'x', party: 'SUPPLIER', dueOn: '2026-02-30' }] } }, { key: 'sk_demo' });
    assert.equal(impossibleDay.body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const job = await create();
    assert.match(job.reference ?? '', /^JOB-[A-Z2-9]{8}$/);
    assert.equal(job.certificate?.status, 'AWAITING_SIGNATURE');
  });

  it('lets the customer review and sign once, by the signed link, keeping the terms of the day', async () => {
    const job = await create();
    const link = job.certificateLink!;
    const read = (await gateway.graphql<{ completionCertificate: Answer }>(READ, { link })).body.data!.completionCertificate;
    assert.deepEqual(read.certificate?.reserves, [{ description: 'Replace the scratched oven door', party: 'SUPPLIER', dueOn: '2026-05-15' }]);

    const mismatch = await sign({ link, signerName: 'Camille Dupont', signatureKind: 'TYPED', signature: 'Someone Else', place: 'Paris', onSite: true });
    assert.deepEqual(mismatch.field, ['signature']);
    const signed = await sign({ link, signerName: 'Camille Dupont', signatureKind: 'DRAWN', signature: 'M10 10 L20 25 C30 40 50 40 60 20', place: 'Paris', onSite: false });
    assert.deepEqual(
      [signed.certificate?.status, signed.certificate?.signerName, signed.certificate?.signatureKind, signed.certificate?.signedAt, signed.certificate?.signedPlace, signed.certificate?.signedRemotely],
      ['SIGNED', 'Camille Dupont', 'DRAWN', '2026-04-20T10:00:00.000Z', 'Paris', true],
    );
    const stored = await gateway.store.prisma.completionCertificate.findFirstOrThrow({ where: { job: { reference: job.reference! } } });
    const terms = await gateway.store.prisma.reinterventionTerms.findFirstOrThrow({ orderBy: { effectiveFrom: 'desc' } });
    assert.equal(stored.termsId, terms.id);

    const twice = await sign({ link, signerName: 'Camille Dupont', signatureKind: 'TYPED', signature: 'Camille Dupont', place: 'Paris', onSite: true });
    assert.equal(twice.code, 'CERTIFICATE_ALREADY_ANSWERED');
    const declineAfter = (await gateway.graphql<{ declineCompletionCertificate: Answer }>(DECLINE, { link, reason: 'Changed my mind' })).body.data!.declineCompletionCertificate;
    assert.equal(declineAfter.code, 'CERTIFICATE_ALREADY_ANSWERED');
    assert.equal((await gateway.graphql<{ completionCertificate: Answer }>(READ, { link })).body.data!.completionCertificate.certificate?.signatureKind, 'DRAWN');
    const pdf = await gateway.graphql<{ completionCertificate: { certificatePdf: string } }>(`query($link: String!) { completionCertificate(link: $link) { ... on InstallationJob { certificatePdf } } }`, { link });
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(Buffer.from(pdf.body.data!.completionCertificate.certificatePdf, 'base64'))), { mergePages: true });
    assert.match(text, /Signed by Camille Dupont on 20 April 2026 at Paris \(remotely\)/);
  });

  it("refuses a signature on someone else's job: a forged link, or a job link used as another's", async () => {
    const mine = await create();
    const other = await create();
    const forged = `${other.reference}.${mine.certificateLink!.split('.').at(-1)}`;
    assert.equal((await sign({ link: forged, signerName: 'Camille Dupont', signatureKind: 'TYPED', signature: 'Camille Dupont', place: 'Paris', onSite: true })).code, 'JOB_NOT_FOUND');
    const stored = await gateway.store.prisma.completionCertificate.findFirstOrThrow({ where: { job: { reference: other.reference! } } });
    assert.equal(stored.status, 'AWAITING_SIGNATURE');
  });

  it('exports the certificate as a PDF a person would file, whose text reads back', async () => {
    const job = await create({ ...JOB, customerName: 'Zoë Lefèvre', reserves: [...JOB.reserves, { description: 'Plinthe à recouper', party: 'INSTALLER', dueOn: '2026-05-02' }] });
    await sign({ link: job.certificateLink!, signerName: 'Zoë Lefèvre', signatureKind: 'TYPED', signature: 'Zoë Lefèvre', place: 'Paris 11e', onSite: true });
    const answer = await gateway.graphql<{ completionCertificate: { certificatePdf: string } }>(
      `query($link: String!) { completionCertificate(link: $link) { ... on InstallationJob { certificatePdf } } }`, { link: job.certificateLink! }, { headers: { 'accept-language': 'fr' } },
    );
    const bytes = Buffer.from(answer.body.data!.completionCertificate.certificatePdf, 'base64');
    assert.equal(bytes.subarray(0, 5).toString(), '%PDF-');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true });
    for (const expected of ['Procès-verbal de fin de travaux', job.reference!, 'Zoë Lefèvre, 12 rue de la Roquette, 75011 Paris', 'Cuisines Lumière', 'Units fitted and levelled', 'Replace the scratched oven door', 'Fournisseur', '15 mai 2026', 'Plinthe à recouper', 'Signé par Zoë Lefèvre le 20 avril 2026 à Paris 11e (sur place']) {
      assert.ok(text.includes(expected), `${expected} in: ${text}`);
    }
  });

  it('writes the PDF in Dutch, and in English for a Chinese request (the standard fonts print no Chinese)', async () => {
    const job = await create();
    const pdfText = async (language: string) => {
      const answer = await gateway.graphql<{ completionCertificate: { certificatePdf: string } }>(
        `query($link: String!) { completionCertificate(link: $link) { ... on InstallationJob { certificatePdf } } }`, { link: job.certificateLink! }, { headers: { 'accept-language': language } },
      );
      const bytes = Buffer.from(answer.body.data!.completionCertificate.certificatePdf, 'base64');
      return (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text;
    };
    const dutch = await pdfText('nl-BE');
    for (const expected of ['Proces-verbaal van oplevering', 'Keukenontwerper', 'Openstaande punten (voorbehouden)', '15 mei 2026', 'Wacht op de handtekening van de klant']) assert.ok(dutch.includes(expected), `${expected} in: ${dutch}`);
    const chinese = await pdfText('zh-CN');
    assert.ok(chinese.includes('Certificate of completion'), chinese);
    assert.ok(!chinese.includes('?'), `no unprintable glyph in: ${chinese}`);
  });

  it('lets the customer decline with a reason, once', async () => {
    const job = await create();
    const declined = (await gateway.graphql<{ declineCompletionCertificate: Answer }>(DECLINE, { link: job.certificateLink!, reason: 'The worktop is not sealed at the sink.' })).body.data!.declineCompletionCertificate;
    assert.deepEqual([declined.certificate?.status, declined.certificate?.declineReason, (declined.certificate as unknown as { declinedAt: string }).declinedAt, (declined as unknown as { timeZone: string }).timeZone], ['DECLINED', 'The worktop is not sealed at the sink.', '2026-04-20T10:00:00.000Z', 'Europe/Paris']);
  });
});
