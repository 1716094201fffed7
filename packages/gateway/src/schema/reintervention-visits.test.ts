import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';

const CREATE = `mutation($input: CreateInstallationJobInput!) { createInstallationJob(input: $input) { ... on InstallationJob { reference certificateLink } } }`;
const SIGN = `mutation($input: SignCompletionCertificateInput!) { signCompletionCertificate(input: $input) { __typename } }`;
const OPEN = `mutation($input: OpenReinterventionInput!) { openReintervention(input: $input) { __typename ... on Reintervention { id } ... on Error { code } } }`;
const RECORD = `mutation($input: RecordReinterventionVisitInput!) { recordReinterventionVisit(input: $input) { __typename
  ... on Reintervention { presenceMinutes billable rule invoiceLine { billTo payer amountExclTax { amount } vat { amount } amountInclTax { amount } } }
  ... on Error { code } ... on InvalidInput { field } } }`;

type Recorded = { __typename: string; presenceMinutes?: number; billable?: boolean; rule?: string; invoiceLine?: { billTo: string; payer: string; amountExclTax: { amount: string }; vat: { amount: string }; amountInclTax: { amount: string } } | null; code?: string; field?: string[] };

describe('reinterventions on an installation, billed to whoever is liable (seed 000)', () => {
  let gateway: TestGateway;
  let jobReference: string;
  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
    const job = await gateway.graphql<{ createInstallationJob: { reference: string; certificateLink: string } }>(CREATE, {
      input: {
        customerName: 'Camille Dupont', customerEmail: 'camille@example.fr', addressLine1: '12 rue de la Roquette', postalCode: '75011', city: 'Paris', country: 'FR',
        designerName: 'Cuisines Lumière', installerName: 'Karim Benali', supplierName: 'Meubles Durand', supplies: ['Oak units'], itemsDone: ['Units fitted'], reserves: [],
      },
    }, { key: 'sk_demo' });
    jobReference = job.body.data!.createInstallationJob.reference;
    await gateway.graphql(SIGN, { input: { link: job.body.data!.createInstallationJob.certificateLink, signerName: 'Camille Dupont', signatureKind: 'TYPED', signature: 'Camille Dupont', place: 'Paris', onSite: true } });
    // The network raises its rate after the job was signed: the job keeps the old terms.
    gateway.setNow(new Date('2026-05-02T08:00:00Z'));
    await gateway.graphql(`mutation { updateReinterventionTerms(input: { hourlyRateMinor: 6000 }) { __typename } }`, {}, { key: 'sk_demo' });
    gateway.setNow(new Date('2026-05-10T18:00:00Z'));
  });
  after(() => gateway.close());

  const open = async () => (await gateway.graphql<{ openReintervention: { id: string } }>(OPEN, { input: { jobReference, reportedProblem: 'A drawer front is warped.' } }, { key: 'sk_demo' })).body.data!.openReintervention.id;
  const record = async (input: Record<string, unknown>) => (await gateway.graphql<{ recordReinterventionVisit: Recorded }>(RECORD, { input }, { key: 'sk_demo' })).body.data!.recordReinterventionVisit;

  it("bills a supplies defect beyond an hour to the supplier, under the terms the job was signed with", async () => {
    const id = await open();
    const recorded = await record({ id, cause: 'SUPPLIES', arrivedAt: '2026-05-10T09:00:00Z', departedAt: '2026-05-10T10:30:00Z' });
    assert.deepEqual([recorded.presenceMinutes, recorded.billable, recorded.rule], [90, true, 'BILLED']);
    assert.deepEqual(recorded.invoiceLine, { billTo: 'Meubles Durand', payer: 'SUPPLIER', amountExclTax: { amount: '60.00' }, vat: { amount: '12.00' }, amountInclTax: { amount: '72.00' } });
    assert.equal((await record({ id, cause: 'SUPPLIES', arrivedAt: '2026-05-10T09:00:00Z', departedAt: '2026-05-10T10:30:00Z' })).code, 'ALREADY_RECORDED');
  });

  it("keeps the installer's own defect at the installer's expense, and counts a started minute", async () => {
    const recorded = await record({ id: await open(), cause: 'INSTALLER', arrivedAt: '2026-05-10T09:00:00Z', departedAt: '2026-05-10T11:00:10Z' });
    assert.deepEqual([recorded.presenceMinutes, recorded.billable, recorded.invoiceLine?.billTo, recorded.invoiceLine?.amountInclTax.amount], [121, false, 'Karim Benali', '0.00']);
  });

  it('refuses an unknown cause, a departure before the arrival, an absurd presence and an unknown id, changing nothing', async () => {
    const id = await open();
    assert.deepEqual((await record({ id, cause: 'PLUMBER', arrivedAt: '2026-05-10T09:00:00Z', departedAt: '2026-05-10T10:00:00Z' })).field, ['cause']);
    assert.deepEqual((await record({ id, cause: 'SUPPLIES', arrivedAt: '2026-05-10T09:00:00Z', departedAt: '2026-05-10T08:00:00Z' })).field, ['departedAt']);
    assert.deepEqual((await record({ id, cause: 'SUPPLIES', arrivedAt: '2026-05-07T09:00:00Z', departedAt: '2026-05-10T09:00:00Z' })).field, ['departedAt']);
    assert.equal((await record({ id: '00000000-0000-0000-0000-000000000000', cause: 'SUPPLIES', arrivedAt: '2026-05-10T09:00:00Z', departedAt: '2026-05-10T10:00:00Z' })).code, 'REINTERVENTION_NOT_FOUND');
    const stored = await gateway.store.prisma.reintervention.findUniqueOrThrow({ where: { id } });
    assert.equal(stored.recordedAt, null);
    const unknownJob = await gateway.graphql<{ openReintervention: { code: string } }>(OPEN, { input: { jobReference: 'JOB-NOPE2345', reportedProblem: 'x' } }, { key: 'sk_demo' });
    assert.equal(unknownJob.body.data!.openReintervention.code, 'JOB_NOT_FOUND');
  });
});
