// The reintervention terms against a stubbed gateway: set-up, the terms in plain words, the
// calculator's own checks (nothing sent), its results and refusals, the keyboard, four languages,
// accessibility. reintervention-terms.gateway.test.ts runs the same scenarios against the real gateway.
import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { define } from '../../internal/define.js';
import { control, focused, part, parts, plain, setUpEachTest } from '../../internal/testing.js';
import '../../index.js';
import { atState, calculate, requestsOf, seedTerms, stubGateway, tabTo, textOf } from './reintervention-terms.fixtures.js';
import { SavReinterventionTerms } from './reintervention-terms.js';
import { checkDuration, formatDuration } from './reintervention-terms.duration.js';

async function termsElement(lang = 'en', country?: string): Promise<SavReinterventionTerms> {
  const element = await fixture<SavReinterventionTerms>(
    html`<sav-reintervention-terms publishable-key="pk_demo" lang=${lang} country=${country ?? ''}></sav-reintervention-terms>`,
  );
  await atState(element, 'ready');
  return element;
}

const live = (element: HTMLElement) => plain(element.shadowRoot!.querySelector('[role="status"]')?.textContent);

describe('<sav-reintervention-terms>', () => {
  setUpEachTest();

  describe('set-up', () => {
    it('is registered, and define() skips a tag already registered', () => {
      expect(customElements.get('sav-reintervention-terms')).to.equal(SavReinterventionTerms);
      class Other extends HTMLElement {}
      expect(define('sav-reintervention-terms', Other)).to.equal(SavReinterventionTerms);
    });

    it('shows a clear error, and asks nothing, without a publishable key', async () => {
      const gateway = stubGateway();
      const element = await fixture<SavReinterventionTerms>(html`<sav-reintervention-terms></sav-reintervention-terms>`);
      expect(plain(part(element, 'config-error')!.textContent)).to.contain('publishable-key attribute is missing');
      expect(gateway.requests).to.have.length(0);
      await expect(element).to.be.accessible();
    });

    it('warns about a country that is not a two-letter code and uses the network’s own', async () => {
      const gateway = stubGateway();
      const element = await termsElement('en', 'France');
      expect(textOf(element, 'warning')).to.equal('The country attribute "France" is not a two-letter ISO country code; it was ignored.');
      calculate(element, 'SUPPLIES', { minutes: '90' });
      await atState(element, 'result');
      expect(requestsOf(gateway, 'ReinterventionQuote')[0]!.body.variables.input).to.deep.equal({ cause: 'SUPPLIES', presenceMinutes: 90 });
    });

    it('says the terms could not be loaded, and loads them again on "Try again"', async () => {
      let fail = true;
      stubGateway({ terms: () => (fail ? 'network-error' : seedTerms()) });
      const element = await fixture<SavReinterventionTerms>(html`<sav-reintervention-terms publishable-key="pk_demo" lang="en"></sav-reintervention-terms>`);
      await atState(element, 'error');
      expect(textOf(element, 'error-heading')).to.equal('The terms could not be shown');
      await expect(element).to.be.accessible();
      fail = false;
      (part(element, 'retry-button') as HTMLButtonElement).click();
      await atState(element, 'ready');
      expect(part(element, 'terms')).to.exist;
    });
  });

  describe('the terms in plain words', () => {
    it('say the rate, the threshold, who pays by cause, how time is counted and the VAT', async () => {
      const gateway = stubGateway();
      const element = await termsElement();
      expect(requestsOf(gateway, 'ReinterventionTerms')).to.have.length(1);
      expect(requestsOf(gateway, 'ReinterventionTerms')[0]!.headers.get('authorization')).to.equal('Bearer pk_demo');
      expect(textOf(element, 'rate')).to.equal('Rate: €40.00 excl. tax an hour.');
      expect(textOf(element, 'threshold')).to.equal('Billable only beyond 1 hour at the customer’s: a visit of 1 hour or less stays at the installer’s expense.');
      expect(parts(element, 'cause').map((line) => plain(line.textContent))).to.deep.equal([
        'A defect of the supplies: billed to the supplier.',
        'A defect of the kitchen designer’s work: billed to the kitchen designer.',
        'The installer’s own work: never billed, whatever the time spent: always at the installer’s expense.',
      ]);
      expect(textOf(element, 'counting')).to.equal('Once beyond the threshold, the whole visit is billed from the first minute, to the minute.');
      expect(textOf(element, 'vat')).to.equal('VAT: 20% (France), added to the amount excl. tax.');
      await expect(element).to.be.accessible();
    });

    it('follow the network’s own settings: quarter hours, a cause not billed, the job’s country', async () => {
      stubGateway({ terms: () => seedTerms({ granularity: 'PER_STARTED_QUARTER_HOUR', billableCauses: ['SUPPLIES'], thresholdMinutes: 90 }) });
      const element = await termsElement('en', 'be');
      expect(textOf(element, 'counting')).to.equal('Once beyond the threshold, the whole visit is billed from the first minute, per started quarter hour.');
      expect(parts(element, 'cause').map((line) => line.dataset.billed)).to.deep.equal(['true', 'false', 'false']);
      expect(plain(parts(element, 'cause')[1]!.textContent)).to.equal('A defect of the kitchen designer’s work: not billed, at the installer’s expense.');
      expect(textOf(element, 'threshold')).to.contain('beyond 1 hour 30 minutes');
      expect(textOf(element, 'vat')).to.equal('VAT: 21% (Belgium), added to the amount excl. tax.');
    });
  });

  describe('the calculator', () => {
    it('checks the fields before sending anything, each with its own message, and focuses the first', async () => {
      const gateway = stubGateway();
      const element = await termsElement();
      calculate(element, undefined, {});
      await elementUpdated(element);
      expect(textOf(element, 'cause-options')).to.contain('Choose what caused the return visit.');
      expect(plain(element.shadowRoot!.getElementById('hours-error')?.textContent)).to.equal('Enter how long the visit lasted.');
      await waitUntil(() => focused(element) === control(element, 'cause-SUPPLIES'), 'the first cause is not focused');

      calculate(element, 'SUPPLIES', { hours: '1.5', minutes: '-3' });
      await elementUpdated(element);
      expect(plain(element.shadowRoot!.getElementById('hours-error')?.textContent)).to.equal('Enter the hours as a whole number, 0 or more (for example 1).');
      expect(plain(element.shadowRoot!.getElementById('minutes-error')?.textContent)).to.equal('Enter the minutes as a whole number, 0 or more (for example 30).');
      expect(control(element, 'hours').getAttribute('aria-invalid')).to.equal('true');
      expect(control(element, 'minutes').getAttribute('aria-describedby')).to.equal('duration-hint minutes-error');
      expect(element.shadowRoot!.getElementById('cause-error')).to.equal(null);

      calculate(element, 'SUPPLIES', { minutes: '1441' });
      await elementUpdated(element);
      expect(plain(element.shadowRoot!.getElementById('minutes-error')?.textContent)).to.equal('A visit lasts at most 24 hours (1440 minutes).');
      calculate(element, 'SUPPLIES', { hours: '24', minutes: '1' });
      await elementUpdated(element);
      expect(plain(element.shadowRoot!.getElementById('hours-error')?.textContent)).to.equal('A visit lasts at most 24 hours (1440 minutes).');
      expect(requestsOf(gateway, 'ReinterventionQuote')).to.have.length(0);
      await expect(element).to.be.accessible();

      // Typing in a field forgets its message.
      const minutes = control(element, 'minutes');
      minutes.value = '30';
      minutes.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await elementUpdated(element);
      expect(element.shadowRoot!.getElementById('hours-error')).to.exist;
    });

    it('adds hours and minutes, shows who pays and the amounts, announces it, focuses it and fires sav-reintervention-quoted', async () => {
      const gateway = stubGateway();
      const element = await termsElement();
      const quoted = oneEvent(element, 'sav-reintervention-quoted');
      calculate(element, 'SUPPLIES', { hours: '1', minutes: '30' });
      expect((await quoted).detail).to.deep.equal({
        cause: 'SUPPLIES',
        presenceMinutes: 90,
        billable: true,
        payer: 'SUPPLIER',
        amountInclTax: { amount: '72.00', currency: 'EUR' },
      });
      await atState(element, 'result');
      expect(requestsOf(gateway, 'ReinterventionQuote')[0]!.body.variables.input).to.deep.equal({ cause: 'SUPPLIES', presenceMinutes: 90 });
      expect(textOf(element, 'verdict')).to.equal('Billable to the supplier');
      expect(textOf(element, 'time')).to.equal('1 hour 30 minutes at the customer’s; time billed: 1 hour 30 minutes.');
      expect(textOf(element, 'amount-excl-tax')).to.equal('Amount excl. tax€60.00');
      expect(textOf(element, 'amount-vat')).to.equal('VAT (20%)€12.00');
      expect(textOf(element, 'amount-incl-tax')).to.equal('Amount incl. tax€72.00');
      expect(textOf(element, 'explanation')).to.equal("The gateway's explanation (BILLED).");
      await waitUntil(() => focused(element) === part(element, 'result-heading'), 'the result is not focused');
      expect(live(element)).to.equal('Billable to the supplier. Amount incl. tax: €72.00.');
      await expect(element).to.be.accessible();
    });

    it('an installer’s own defect is not billable, however long, and shows no amounts', async () => {
      stubGateway();
      const element = await termsElement();
      calculate(element, 'INSTALLER', { hours: '4' });
      await atState(element, 'result');
      expect(textOf(element, 'verdict')).to.equal('Not billable: at the installer’s expense');
      expect(part(element, 'verdict')!.dataset.payer).to.equal('INSTALLER');
      expect(part(element, 'amounts')).to.equal(null);
      expect(textOf(element, 'time')).to.equal('4 hours at the customer’s, nothing billed.');
      expect(live(element)).to.equal('Not billable: at the installer’s expense.');
      await expect(element).to.be.accessible();
    });

    it('sends the job’s country, and says so when the terms have no VAT rate for it', async () => {
      const gateway = stubGateway({
        quote: () => ({ __typename: 'InvalidInput', code: 'UNKNOWN_VAT_RATE', message: 'These terms have no VAT rate for US.', field: ['country'], problems: [] }),
      });
      const element = await termsElement('en', 'us');
      expect(part(element, 'vat')).to.equal(null);
      calculate(element, 'DESIGNER', { minutes: '75' });
      await waitUntil(() => part(element, 'action-error'), 'no refusal shown');
      expect(requestsOf(gateway, 'ReinterventionQuote')[0]!.body.variables.input).to.deep.equal({ cause: 'DESIGNER', presenceMinutes: 75, country: 'US' });
      expect(textOf(element, 'action-error')).to.equal('The return visit could not be worked out These terms have no VAT rate for US.');
      expect(element.getAttribute('state')).to.equal('ready');
      await expect(element).to.be.accessible();
    });

    it('says so when the gateway cannot be reached, and keeps the fields', async () => {
      stubGateway({ quote: () => 'network-error' });
      const element = await termsElement();
      calculate(element, 'SUPPLIES', { minutes: '90' });
      await waitUntil(() => part(element, 'action-error'), 'no failure shown');
      expect(textOf(element, 'action-error')).to.contain('could not be reached');
      expect(control(element, 'minutes').value).to.equal('90');
    });

    it('is used with the keyboard only: Tab to the causes, arrows to choose, type the minutes, Enter', async () => {
      stubGateway();
      const element = await termsElement();
      await tabTo(element, () => control(element, 'cause-SUPPLIES'));
      await sendKeys({ press: 'ArrowDown' });
      expect(control(element, 'cause-DESIGNER').checked).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(control(element, 'hours'));
      await sendKeys({ press: 'Tab' });
      await sendKeys({ type: '61' });
      await sendKeys({ press: 'Enter' });
      await atState(element, 'result');
      expect(textOf(element, 'verdict')).to.equal('Billable to the kitchen designer');
      await waitUntil(() => focused(element) === part(element, 'result-heading'), 'the result is not focused');
    });
  });

  describe('languages', () => {
    it('in Dutch and Chinese words the terms and the reason itself; in French it keeps the gateway’s', async () => {
      const gateway = stubGateway();
      const element = await termsElement('nl');
      expect(textOf(element, 'heading')).to.equal('Herinterventies: wie betaalt?');
      expect(textOf(element, 'rate')).to.equal('Tarief: € 40,00 excl. btw per uur.');
      calculate(element, 'SUPPLIES', { minutes: '90' });
      await atState(element, 'result');
      expect(requestsOf(gateway, 'ReinterventionQuote')[0]!.headers.get('accept-language')).to.equal('nl');
      expect(textOf(element, 'verdict')).to.equal('Te factureren aan de leverancier');
      expect(textOf(element, 'explanation')).to.equal(
        'Te factureren aan de leverancier: het bezoek duurde 1 uur 30 minuten, meer dan de drempel van 1 uur, dus het hele bezoek wordt gefactureerd (1 uur 30 minuten) tegen € 40,00 excl. btw per uur: € 60,00 excl. btw, btw 20% € 12,00, € 72,00 incl. btw.',
      );
      await expect(element).to.be.accessible();

      element.setAttribute('lang', 'zh');
      await elementUpdated(element);
      expect(textOf(element, 'verdict')).to.equal('向供应商收费');
      expect(textOf(element, 'threshold')).to.equal('在客户处停留超过 1小时 才收费：1小时 或以内的上门由安装工自行承担。');
      expect(textOf(element, 'explanation')).to.contain('不含税 €60.00');
      await expect(element).to.be.accessible();

      element.setAttribute('lang', 'fr');
      await elementUpdated(element);
      // Fetched in Dutch: the gateway's words are not French, so the component words it.
      expect(textOf(element, 'explanation')).to.contain('Facturable au fournisseur : la réintervention a duré 1 heure 30 minutes');
    });
  });

  describe('pure helpers', () => {
    it('checkDuration takes hours and minutes, or minutes only, whole and at most 1440 in all', () => {
      expect(checkDuration({ hours: '1', minutes: '30' })).to.deep.equal({ ok: true, presenceMinutes: 90 });
      expect(checkDuration({ hours: '', minutes: '90' })).to.deep.equal({ ok: true, presenceMinutes: 90 });
      expect(checkDuration({ hours: '24', minutes: '' })).to.deep.equal({ ok: true, presenceMinutes: 1440 });
      expect(checkDuration({ hours: '0', minutes: '0' })).to.deep.equal({ ok: true, presenceMinutes: 0 });
      expect(checkDuration({ hours: ' ', minutes: '' })).to.deep.equal({ ok: false, problems: { hours: 'calc.duration.missing' } });
      expect(checkDuration({ hours: '1,5', minutes: '' })).to.deep.equal({ ok: false, problems: { hours: 'calc.hours.invalid' } });
      expect(checkDuration({ hours: '', minutes: '1e3' })).to.deep.equal({ ok: false, problems: { minutes: 'calc.minutes.invalid' } });
      expect(checkDuration({ hours: '', minutes: '1441' })).to.deep.equal({ ok: false, problems: { minutes: 'calc.tooLong' } });
    });

    it('formatDuration writes hours and minutes in words', () => {
      expect(formatDuration(90, 'en')).to.equal('1 hour 30 minutes');
      expect(plain(formatDuration(60, 'fr'))).to.equal('1 heure');
      expect(formatDuration(0, 'en')).to.equal('0 minutes');
      expect(formatDuration(240, 'nl')).to.equal('4 uur');
    });
  });
});
