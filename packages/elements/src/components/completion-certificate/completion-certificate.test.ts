// The certificate of completion against a stubbed gateway: set-up, the link from the page address,
// the forms' own checks (nothing sent), the pad, the gateway's refusals, four languages,
// accessibility. completion-certificate.gateway.test.ts runs the main scenarios against the real gateway.
import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { define } from '../../internal/define.js';
import { focused, part, plain, setUpEachTest } from '../../internal/testing.js';
import '../../index.js';
import { atState, awaitingJob, drawStroke, errorOf, fillSigning, requestsOf, stubGateway, textOf } from './completion-certificate.fixtures.js';
import { isSignaturePath, pathOf } from './completion-certificate.signature.js';
import { SavCompletionCertificate } from './completion-certificate.js';

async function certificateElement(lang = 'en', link = 'signed.link'): Promise<SavCompletionCertificate> {
  const element = await fixture<SavCompletionCertificate>(html`<sav-completion-certificate publishable-key="pk_demo" lang=${lang} link=${link}></sav-completion-certificate>`);
  await atState(element, 'awaiting-signature');
  return element;
}

const sign = (element: HTMLElement) => (part(element, 'sign-button') as HTMLButtonElement).click();

describe('<sav-completion-certificate>', () => {
  setUpEachTest();

  it('is registered, and define() skips a tag already registered', () => {
    expect(customElements.get('sav-completion-certificate')).to.equal(SavCompletionCertificate);
    class Other extends HTMLElement {}
    expect(define('sav-completion-certificate', Other)).to.equal(SavCompletionCertificate);
  });

  it('shows a clear error, and asks nothing, without a publishable key', async () => {
    const gateway = stubGateway();
    const element = await fixture<SavCompletionCertificate>(html`<sav-completion-certificate link="x"></sav-completion-certificate>`);
    expect(plain(part(element, 'config-error')!.textContent)).to.contain('publishable-key attribute is missing');
    expect(gateway.requests).to.have.length(0);
  });

  it('says what to open without a link, and reads ?sav-certificate= from the page address', async () => {
    const gateway = stubGateway();
    const none = await fixture<SavCompletionCertificate>(html`<sav-completion-certificate publishable-key="pk_demo"></sav-completion-certificate>`);
    await atState(none, 'no-link');
    expect(textOf(none, 'no-link')).to.contain('Open the link you received');
    await expect(none).to.be.accessible();
    const before = window.location.href;
    history.replaceState(null, '', `${window.location.pathname}?sav-certificate=from.the.page`);
    try {
      const element = await fixture<SavCompletionCertificate>(html`<sav-completion-certificate publishable-key="pk_demo"></sav-completion-certificate>`);
      await atState(element, 'awaiting-signature');
      expect(requestsOf(gateway, 'CompletionCertificate')[0]!.body.variables).to.deep.equal({ link: 'from.the.page' });
    } finally {
      history.replaceState(null, '', before);
    }
  });

  it('shows the job, the work done and the reserves with calendar dates that no time zone moves', async () => {
    stubGateway();
    const element = await certificateElement();
    expect(textOf(element, 'job-address')).to.equal('Address12 rue des Lilas69003 Lyon, France');
    expect(textOf(element, 'reserve-due')).to.equal('March 20, 2026');
    expect(textOf(element, 'reserve-party')).to.equal('The supplier');
    expect(textOf(element, 'mode')).to.equal('You are signing remotely.');
    await expect(element).to.be.accessible();
  });

  it('checks every field before sending anything, each with its own message, and focuses the first', async () => {
    const gateway = stubGateway();
    const element = await certificateElement();
    sign(element);
    await elementUpdated(element);
    expect(errorOf(element, 'signer-name')).to.equal('Enter your full name.');
    expect(errorOf(element, 'place')).to.equal('Enter where you are signing.');
    expect(errorOf(element, 'typed-signature')).to.equal('Type your name to sign.');
    expect(errorOf(element, 'agreed')).to.equal('Tick the box to confirm you have reviewed the work done and the remaining items.');
    await waitUntil(() => focused(element) === element.shadowRoot!.getElementById('signer-name'), 'the name is not focused');
    await expect(element).to.be.accessible();

    await fillSigning(element, { name: 'Claire Dubois', place: 'Lyon', typed: 'Claire Durand' });
    sign(element);
    await elementUpdated(element);
    expect(errorOf(element, 'typed-signature')).to.equal('Type your name exactly as above: Claire Dubois.');
    expect(errorOf(element, 'signer-name')).to.equal('');

    element.shadowRoot!.querySelector<HTMLInputElement>('#kind-DRAWN')!.click();
    await elementUpdated(element);
    sign(element);
    await elementUpdated(element);
    expect(errorOf(element, 'pad')).to.equal('Draw your signature in the box, or choose “Type my name”.');
    expect(requestsOf(gateway, 'SignCompletionCertificate')).to.have.length(0);

    (part(element, 'decline-button') as HTMLButtonElement).click();
    await elementUpdated(element);
    (part(element, 'send-decline-button') as HTMLButtonElement).click();
    await elementUpdated(element);
    expect(errorOf(element, 'reason')).to.equal('Say why you decline to sign.');
    expect(requestsOf(gateway, 'DeclineCompletionCertificate')).to.have.length(0);
  });

  it('draws with pointer events, clears, and sends the drawing as path data', async () => {
    const gateway = stubGateway();
    const element = await certificateElement();
    element.onSite = true;
    await fillSigning(element, { name: 'Claire Dubois', place: 'Lyon', agree: true });
    element.shadowRoot!.querySelector<HTMLInputElement>('#kind-DRAWN')!.click();
    await elementUpdated(element);
    await drawStroke(element, [[10, 10], [40, 30]], 'mouse');
    (part(element, 'clear-button') as HTMLButtonElement).click();
    await elementUpdated(element);
    sign(element);
    await elementUpdated(element);
    expect(errorOf(element, 'pad')).to.contain('Draw your signature');
    await drawStroke(element, [[10, 10], [40, 30], [80, 20]]);
    const signed = oneEvent(element, 'sav-certificate-signed');
    sign(element);
    expect((await signed).detail).to.deep.equal({ reference: 'JOB-7K2P-Q9XW', signerName: 'Claire Dubois', signatureKind: 'DRAWN', onSite: true });
    const input = requestsOf(gateway, 'SignCompletionCertificate')[0]!.body.variables.input!;
    expect(input.signatureKind).to.equal('DRAWN');
    expect(isSignaturePath(String(input.signature))).to.equal(true);
    expect(input.onSite).to.equal(true);
    await atState(element, 'signed');
    await waitUntil(() => part(element, 'pdf-link'), 'no PDF link');
    expect((part(element, 'pdf-link') as HTMLAnchorElement).href).to.match(/^blob:/);
  });

  it('words path data as the gateway takes it', () => {
    expect(pathOf([[[10, 10], [20, 25]], [[30, 40]]])).to.equal('M10 10 L20 25 M30 40 L30 40');
    expect(isSignaturePath('M10 10 L20 25 C30 40 50 40 60 20')).to.equal(true);
    expect(isSignaturePath('<svg onload=x>')).to.equal(false);
  });

  it('a link that opens nothing on signing says only that it is not valid', async () => {
    stubGateway({ sign: () => ({ __typename: 'JobNotFound', code: 'JOB_NOT_FOUND', message: 'No job.' }) });
    const element = await certificateElement();
    await fillSigning(element, { name: 'Claire Dubois', place: 'Lyon', typed: 'Claire Dubois', agree: true });
    const failed = oneEvent(element, 'sav-certificate-action-failed');
    sign(element);
    expect((await failed).detail).to.deep.equal({ action: 'sign', code: 'JOB_NOT_FOUND' });
    await atState(element, 'not-found');
    await waitUntil(() => focused(element) === element.shadowRoot!.getElementById('not-found-heading'), 'the message is not focused');
  });

  it('a network failure on signing is said in place, and the form stays as filled', async () => {
    stubGateway({ sign: () => 'network-error' });
    const element = await certificateElement();
    await fillSigning(element, { name: 'Claire Dubois', place: 'Lyon', typed: 'Claire Dubois', agree: true });
    sign(element);
    await waitUntil(() => part(element, 'action-error'), 'no failure shown');
    expect(textOf(element, 'action-error')).to.contain('The certificate could not be signed');
    expect(element.shadowRoot!.querySelector<HTMLInputElement>('#signer-name')!.value).to.equal('Claire Dubois');
    expect(element.getAttribute('state')).to.equal('awaiting-signature');
    await expect(element).to.be.accessible();
  });

  it('shows a certificate declined earlier, with its reason, in French', async () => {
    const job = awaitingJob();
    stubGateway({ load: () => ({ ...job, certificate: { ...job.certificate!, status: 'DECLINED', declineReason: 'Plan de travail fissuré.' } }) });
    const element = await fixture<SavCompletionCertificate>(html`<sav-completion-certificate publishable-key="pk_demo" lang="fr" link="l"></sav-completion-certificate>`);
    await atState(element, 'declined');
    expect(textOf(element, 'outcome-heading')).to.equal('Refusé');
    expect(textOf(element, 'decline-reason')).to.equal('Motif : Plan de travail fissuré.');
    await expect(element).to.be.accessible();
  });
});
