// Against a REAL running gateway: `SAV_TEST_API=http://127.0.0.1:4000/graphql pnpm test`.
// Without SAV_TEST_API (injected as window.__SAV_TEST_API__ by web-test-runner.config.mjs) it skips.
// The demo tenant has seed 000's default terms: €40 excl. tax an hour beyond one hour, supplies and
// designer defects billed, French VAT 20 %, counted per minute.
import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { control, focused, part, parts, plain } from '../../internal/testing.js';
import { atState, calculate, tabTo, textOf } from './reintervention-terms.fixtures.js';
import './reintervention-terms.js';
import type { SavReinterventionTerms } from './reintervention-terms.js';

declare global {
  interface Window {
    __SAV_TEST_API__?: string | null;
  }
}

const gatewayUrl = window.__SAV_TEST_API__ ?? '';

/** The component on the real gateway, once its terms are shown (or it failed, which the test then says). */
async function termsElement(lang = 'en'): Promise<SavReinterventionTerms> {
  const element = await fixture<SavReinterventionTerms>(html`<sav-reintervention-terms api=${gatewayUrl} publishable-key="pk_demo" lang=${lang}></sav-reintervention-terms>`);
  await waitUntil(() => ['ready', 'error'].includes(element.getAttribute('state') ?? ''), 'the gateway did not answer', { timeout: 15_000 });
  expect(element.getAttribute('state'), `error shown: ${textOf(element, 'error')}`).to.equal('ready');
  await elementUpdated(element);
  return element;
}

/** Sends the calculator and waits for the gateway's result. */
async function quoted(element: SavReinterventionTerms): Promise<void> {
  await waitUntil(() => element.getAttribute('state') === 'result' || part(element, 'action-error'), 'no result', { timeout: 15_000 });
  expect(textOf(element, 'action-error'), 'a refusal was shown').to.equal('');
  await elementUpdated(element);
}

/** Counts the requests the page sends to the gateway from now on (passing them through). */
function countRequests(): { count: () => number; restore: () => void } {
  const original = window.fetch;
  let count = 0;
  window.fetch = (...args: Parameters<typeof fetch>) => {
    count += 1;
    return original(...args);
  };
  return { count: () => count, restore: () => (window.fetch = original) };
}

describe('<sav-reintervention-terms> against a running gateway', function () {
  before(function () {
    if (!gatewayUrl) this.skip();
  });

  it('shows the network’s terms from the API in plain words', async () => {
    const element = await termsElement();
    expect(textOf(element, 'rate')).to.equal('Rate: €40.00 excl. tax an hour.');
    expect(textOf(element, 'threshold')).to.contain('Billable only beyond 1 hour');
    expect(parts(element, 'cause').map((line) => line.dataset.billed)).to.deep.equal(['true', 'true', 'false']);
    expect(plain(parts(element, 'cause')[2]!.textContent)).to.contain('never billed');
    expect(textOf(element, 'counting')).to.contain('from the first minute, to the minute');
    expect(textOf(element, 'vat')).to.equal('VAT: 20% (France), added to the amount excl. tax.');
    await expect(element).to.be.accessible();
  });

  it('a 90-minute supplies defect is billable to the supplier: €60.00 excl. tax, €12.00 VAT, €72.00 incl. tax', async () => {
    const element = await termsElement();
    calculate(element, 'SUPPLIES', { minutes: '90' });
    await quoted(element);
    expect(textOf(element, 'verdict')).to.equal('Billable to the supplier');
    expect(textOf(element, 'amount-excl-tax')).to.equal('Amount excl. tax€60.00');
    expect(textOf(element, 'amount-vat')).to.equal('VAT (20%)€12.00');
    expect(textOf(element, 'amount-incl-tax')).to.equal('Amount incl. tax€72.00');
    expect(textOf(element, 'explanation')).to.match(/^Billable to the supplier: .*€72\.00 incl\. tax\.$/);
    expect(plain(element.shadowRoot!.querySelector('[role="status"]')!.textContent)).to.equal('Billable to the supplier. Amount incl. tax: €72.00.');
    await expect(element).to.be.accessible();
  });

  it('an installer-caused 4-hour visit is not billable: at the installer’s expense', async () => {
    const element = await termsElement();
    calculate(element, 'INSTALLER', { hours: '4' });
    await quoted(element);
    expect(textOf(element, 'verdict')).to.equal('Not billable: at the installer’s expense');
    expect(part(element, 'verdict')!.dataset.payer).to.equal('INSTALLER');
    expect(part(element, 'amounts')).to.equal(null);
    expect(textOf(element, 'explanation')).to.match(/^Not billable: .*installer's expense, however long it takes\.$/);
    await expect(element).to.be.accessible();
  });

  it('60 minutes exactly is not billable (only beyond the threshold)', async () => {
    const element = await termsElement();
    calculate(element, 'DESIGNER', { hours: '1', minutes: '0' });
    await quoted(element);
    expect(textOf(element, 'verdict')).to.equal('Not billable: at the installer’s expense');
    expect(textOf(element, 'explanation')).to.contain('does not exceed the 60-minute threshold');
  });

  it('is used with the keyboard only', async () => {
    const element = await termsElement();
    await tabTo(element, () => control(element, 'cause-SUPPLIES'));
    await sendKeys({ press: 'Space' });
    expect(control(element, 'cause-SUPPLIES').checked).to.equal(true);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '1' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '30' });
    await sendKeys({ press: 'Enter' });
    await quoted(element);
    expect(textOf(element, 'amount-incl-tax')).to.equal('Amount incl. tax€72.00');
    await waitUntil(() => focused(element) === part(element, 'result-heading'), 'the result is not focused');
  });

  it('refuses a bad duration itself, with a message, and sends no request', async () => {
    const element = await termsElement();
    const requests = countRequests();
    try {
      calculate(element, 'SUPPLIES', { hours: '25' });
      await elementUpdated(element);
      expect(plain(element.shadowRoot!.getElementById('hours-error')?.textContent)).to.equal('A visit lasts at most 24 hours (1440 minutes).');
      calculate(element, 'SUPPLIES', { minutes: '12.5' });
      await elementUpdated(element);
      expect(plain(element.shadowRoot!.getElementById('minutes-error')?.textContent)).to.equal('Enter the minutes as a whole number, 0 or more (for example 30).');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(requests.count()).to.equal(0);
      expect(element.getAttribute('state')).to.equal('ready');
      await expect(element).to.be.accessible();
    } finally {
      requests.restore();
    }
  });

  it('renders in Dutch and in Chinese, the reason worded by the component', async () => {
    const dutch = await termsElement('nl');
    expect(textOf(dutch, 'rate')).to.equal('Tarief: € 40,00 excl. btw per uur.');
    calculate(dutch, 'SUPPLIES', { minutes: '90' });
    await quoted(dutch);
    expect(textOf(dutch, 'verdict')).to.equal('Te factureren aan de leverancier');
    expect(textOf(dutch, 'explanation')).to.contain('€ 72,00 incl. btw');
    await expect(dutch).to.be.accessible();

    const chinese = await termsElement('zh');
    expect(textOf(chinese, 'heading')).to.equal('返工上门：由谁付费？');
    calculate(chinese, 'INSTALLER', { hours: '4' });
    await quoted(chinese);
    expect(textOf(chinese, 'verdict')).to.equal('不收费：由安装工承担');
    expect(textOf(chinese, 'explanation')).to.contain('安装工自身工作');
    await expect(chinese).to.be.accessible();
  });
});
