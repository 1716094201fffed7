// Against a REAL running gateway: `SAV_TEST_API=http://127.0.0.1:4000/graphql pnpm test`.
// Without SAV_TEST_API (injected as window.__SAV_TEST_API__ by web-test-runner.config.mjs) it skips.
// Each test records its own kitchen job with the installer platform's secret key (sk_demo), as the
// platform would, and opens its certificate with the signed link and the publishable key.
import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { focused, part, parts, plain } from '../../internal/testing.js';
import './completion-certificate.js';
import type { SavCompletionCertificate } from './completion-certificate.js';
import { atState, drawStroke, fillSigning, tabTo, textOf } from './completion-certificate.fixtures.js';

const gatewayUrl = window.__SAV_TEST_API__ ?? '';
const realFetch = window.fetch.bind(window);

interface StoredJob {
  reference: string;
  certificateLink: string;
  certificate: { status: string; signerName: string | null; signatureKind: string | null; signature: string | null; declineReason: string | null };
}

async function api<T>(query: string, variables: Record<string, unknown>, key: string): Promise<T> {
  const response = await realFetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!response.ok || body.errors || !body.data) throw new Error(`${response.status} ${JSON.stringify(body)}`);
  return body.data;
}

const JOB_FIELDS = 'reference certificateLink certificate { status signerName signatureKind signature declineReason }';

/** The installer platform records a finished kitchen (secret key); returns the job with its signed link. */
async function createJob(): Promise<StoredJob> {
  const data = await api<{ createInstallationJob: StoredJob & { __typename: string } }>(
    `mutation($input: CreateInstallationJobInput!) { createInstallationJob(input: $input) { __typename ... on InstallationJob { ${JOB_FIELDS} } ... on InvalidInput { message } } }`,
    {
      input: {
        customerName: 'Camille Dupont',
        customerEmail: 'camille@example.com',
        addressLine1: '8 rue Oberkampf',
        postalCode: '75011',
        city: 'Paris',
        country: 'FR',
        designerName: 'Atelier Cuisine Bastille',
        installerName: 'Pose Pro 75',
        supplierName: 'Meubles Durand',
        supplies: ['Base units', 'Oak worktop', 'Induction hob'],
        itemsDone: ['Units fitted and levelled', 'Worktop cut and sealed'],
        reserves: [
          { description: 'Replace the scratched oven door', party: 'SUPPLIER', dueOn: '2030-01-01' },
          { description: 'Adjust the corner unit door', party: 'INSTALLER', dueOn: '2030-12-31' },
        ],
        photoUrls: [],
      },
    },
    'sk_demo',
  );
  expect(data.createInstallationJob.__typename).to.equal('InstallationJob');
  return data.createInstallationJob;
}

/** The certificate as the gateway holds it now (read with the publishable key and the link). */
async function storedJob(link: string): Promise<StoredJob> {
  const data = await api<{ completionCertificate: StoredJob }>(`query($link: String!) { completionCertificate(link: $link) { ... on InstallationJob { ${JOB_FIELDS} } } }`, { link }, 'pk_demo');
  return data.completionCertificate;
}

async function certificateOf(link: string, options: { lang?: string; onSite?: boolean } = {}): Promise<SavCompletionCertificate> {
  const element = await fixture<SavCompletionCertificate>(
    html`<sav-completion-certificate api=${gatewayUrl} publishable-key="pk_demo" link=${link} lang=${options.lang ?? 'en'} ?on-site=${options.onSite ?? false}></sav-completion-certificate>`,
  );
  await waitUntil(() => !['loading', null].includes(element.getAttribute('state')), 'the gateway did not answer', { timeout: 15_000 });
  await elementUpdated(element);
  return element;
}

async function answered(element: SavCompletionCertificate, state: 'signed' | 'declined'): Promise<void> {
  await waitUntil(() => element.getAttribute('state') === state || part(element, 'action-error'), `never ${state}`, { timeout: 15_000 });
  expect(textOf(element, 'action-error'), 'a refusal was shown').to.equal('');
  await elementUpdated(element);
}

describe('<sav-completion-certificate> against a running gateway', function () {
  this.timeout(30_000);
  before(function () {
    if (!gatewayUrl) this.skip();
  });

  it('renders the job and its reserves from a real link, dates as calendar dates', async () => {
    const job = await createJob();
    const element = await certificateOf(job.certificateLink);
    expect(element.getAttribute('state')).to.equal('awaiting-signature');
    expect(textOf(element, 'reference')).to.contain(job.reference);
    expect(textOf(element, 'job-customer')).to.equal('CustomerCamille Dupont');
    expect(textOf(element, 'job-address')).to.equal('Address8 rue Oberkampf75011 Paris, France');
    expect(textOf(element, 'job-designer')).to.equal('Kitchen designerAtelier Cuisine Bastille');
    expect(textOf(element, 'job-installer')).to.equal('InstallerPose Pro 75');
    expect(textOf(element, 'job-supplier')).to.equal('SupplierMeubles Durand');
    expect(textOf(element, 'job-supplies')).to.contain('Induction hob');
    expect(parts(element, 'item-done').map((item) => plain(item.textContent))).to.deep.equal(['Units fitted and levelled', 'Worktop cut and sealed']);
    const reserves = parts(element, 'reserve');
    expect(reserves.map((row) => row.dataset.party)).to.deep.equal(['SUPPLIER', 'INSTALLER']);
    expect(plain(reserves[0]!.textContent)).to.equal('Replace the scratched oven door The supplier January 1, 2030');
    expect(plain(reserves[1]!.querySelector('[part~="reserve-due"]')!.textContent)).to.equal('December 31, 2030');
    await expect(element).to.be.accessible();
  });

  it('signs by typing, with the keyboard only; the gateway stores it and the PDF can be downloaded', async () => {
    const job = await createJob();
    const element = await certificateOf(job.certificateLink, { onSite: true });
    await tabTo(element, () => element.shadowRoot!.getElementById('signer-name'));
    await sendKeys({ type: 'Camille Dupont' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'Paris' });
    await sendKeys({ press: 'Tab' }); // the "Type my name" radio, chosen already
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'camille dupont' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' }); // the agreement
    const signed = oneEvent(element, 'sav-certificate-signed');
    await sendKeys({ press: 'Tab' });
    expect(focused(element)).to.equal(part(element, 'sign-button'));
    await sendKeys({ press: 'Enter' });
    const event = await signed;
    expect(event.detail).to.deep.equal({ reference: job.reference, signerName: 'Camille Dupont', signatureKind: 'TYPED', onSite: true });
    await answered(element, 'signed');
    await waitUntil(() => focused(element) === part(element, 'outcome-heading'), 'the outcome is not focused');
    expect(textOf(element, 'signed-by')).to.match(/^Signed by Camille Dupont on .+ at .+ in Paris\.$/);
    expect(textOf(element, 'signed-how')).to.equal('Signed at the customer’s, with the installer.');
    expect(plain(element.shadowRoot!.querySelector('[role="status"]')!.textContent)).to.equal('Certificate signed by Camille Dupont.');
    const stored = await storedJob(job.certificateLink);
    expect(stored.certificate).to.deep.include({ status: 'SIGNED', signerName: 'Camille Dupont', signatureKind: 'TYPED' });

    await waitUntil(() => part(element, 'pdf-link'), 'no PDF link', { timeout: 15_000 });
    const link = part(element, 'pdf-link') as HTMLAnchorElement;
    expect(plain(link.textContent)).to.equal('Download the PDF');
    expect(link.download).to.equal(`certificate-${job.reference}.pdf`);
    const pdf = await (await realFetch(link.href)).arrayBuffer();
    expect(new TextDecoder().decode(pdf.slice(0, 5))).to.equal('%PDF-');
    await expect(element).to.be.accessible();
  });

  it('signs by drawing with pointer events; the stored signature is SVG path data', async () => {
    const job = await createJob();
    const element = await certificateOf(job.certificateLink);
    await fillSigning(element, { name: 'Camille Dupont', place: 'Paris' });
    element.shadowRoot!.querySelector<HTMLInputElement>('#kind-DRAWN')!.click();
    await elementUpdated(element);
    await drawStroke(element, [[20, 40], [60, 20], [100, 45], [140, 30]]);
    await drawStroke(element, [[30, 50], [90, 52]], 'touch');
    await fillSigning(element, { agree: true });
    (part(element, 'sign-button') as HTMLButtonElement).click();
    await answered(element, 'signed');
    const stored = await storedJob(job.certificateLink);
    expect(stored.certificate.signatureKind).to.equal('DRAWN');
    expect(stored.certificate.signature).to.match(/^M\d+ \d+( L\d+ \d+)+ M\d+ \d+ L\d+ \d+$/);
    expect(part(element, 'signature')!.querySelector('path')!.getAttribute('d')).to.equal(stored.certificate.signature);
    await expect(element).to.be.accessible();
  });

  it('a second signature on the same link is refused with a typed error, and nothing changes', async () => {
    const job = await createJob();
    const first = await certificateOf(job.certificateLink);
    const second = await certificateOf(job.certificateLink);
    await fillSigning(first, { name: 'Camille Dupont', place: 'Paris', typed: 'Camille Dupont', agree: true });
    (part(first, 'sign-button') as HTMLButtonElement).click();
    await answered(first, 'signed');

    await fillSigning(second, { name: 'Someone Else', place: 'Lyon', typed: 'Someone Else', agree: true });
    const failed = oneEvent(second, 'sav-certificate-action-failed');
    (part(second, 'sign-button') as HTMLButtonElement).click();
    expect((await failed).detail).to.deep.equal({ action: 'sign', code: 'CERTIFICATE_ALREADY_ANSWERED' });
    await atState(second, 'signed', 15_000);
    expect(textOf(second, 'notice')).to.equal('This certificate was already signed: here it is as it stands.');
    expect(textOf(second, 'signed-by')).to.contain('Signed by Camille Dupont');
    const stored = await storedJob(job.certificateLink);
    expect(stored.certificate).to.deep.include({ status: 'SIGNED', signerName: 'Camille Dupont' });
    await expect(second).to.be.accessible();
  });

  it('a forged link says only that the link is not valid', async () => {
    const job = await createJob();
    const forged = `${job.certificateLink.slice(0, -4)}AAAA`;
    const element = await certificateOf(forged);
    expect(element.getAttribute('state')).to.equal('not-found');
    expect(plain(part(element, 'not-found')!.textContent)).to.equal('This link is not valid It does not open a certificate of completion. Ask your installer for a new link.');
    expect(part(element, 'job')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('declines with a reason', async () => {
    const job = await createJob();
    const element = await certificateOf(job.certificateLink);
    (part(element, 'decline-button') as HTMLButtonElement).click();
    await elementUpdated(element);
    await waitUntil(() => focused(element) === element.shadowRoot!.getElementById('reason'), 'the reason is not focused');
    await sendKeys({ type: 'The worktop is cracked near the sink.' });
    const declined = oneEvent(element, 'sav-certificate-declined');
    (part(element, 'send-decline-button') as HTMLButtonElement).click();
    expect((await declined).detail).to.deep.equal({ reference: job.reference });
    await answered(element, 'declined');
    expect(textOf(element, 'decline-reason')).to.equal('Reason: The worktop is cracked near the sink.');
    const stored = await storedJob(job.certificateLink);
    expect(stored.certificate).to.deep.include({ status: 'DECLINED', declineReason: 'The worktop is cracked near the sink.' });
    await waitUntil(() => part(element, 'pdf-link'), 'no PDF link', { timeout: 15_000 });
    await expect(element).to.be.accessible();
  });

  it('renders in Dutch and in Chinese', async () => {
    const job = await createJob();
    const dutch = await certificateOf(job.certificateLink, { lang: 'nl' });
    expect(textOf(dutch, 'heading')).to.equal('Opleveringsrapport');
    expect(plain(parts(dutch, 'reserve')[0]!.textContent)).to.equal('Replace the scratched oven door De leverancier 1 januari 2030');
    await expect(dutch).to.be.accessible();
    const chinese = await certificateOf(job.certificateLink, { lang: 'zh' });
    expect(textOf(chinese, 'heading')).to.equal('竣工证明');
    expect(textOf(chinese, 'reserve-party')).to.equal('供应商');
    expect(textOf(chinese, 'reserve-due')).to.equal('2030年1月1日');
    await expect(chinese).to.be.accessible();
  });
});
