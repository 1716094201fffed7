import { aTimeout, elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { define } from '../../internal/define.js';
import { graphqlAnswer, stubFetch, warrantyCheck, type FetchStub } from '../../internal/testing.js';
import '../../index.js';
import { SavWarrantyCheck, SavWarrantyCheckedEvent } from './warranty-check.js';

/** Text with Intl's no-break spaces and runs of white space made plain. */
const plain = (text: string | null | undefined) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();

function part(element: SavWarrantyCheck, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

function parts(element: SavWarrantyCheck, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

function control<T extends HTMLElement = HTMLInputElement>(element: SavWarrantyCheck, id: string): T {
  const found = element.shadowRoot!.getElementById(id);
  if (!found) throw new Error(`no #${id} in the shadow root`);
  return found as T;
}

function type(input: HTMLInputElement | HTMLSelectElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }));
}

function submitButton(element: SavWarrantyCheck): HTMLButtonElement {
  return part(element, 'submit-button') as HTMLButtonElement;
}

async function settled(element: SavWarrantyCheck): Promise<void> {
  await waitUntil(() => element.getAttribute('state') === 'result' || element.getAttribute('state') === 'error', 'no answer shown', {
    timeout: 3000,
  });
  await elementUpdated(element);
}

function row(element: SavWarrantyCheck, code: string): HTMLTableRowElement {
  const found = element.shadowRoot!.querySelector<HTMLTableRowElement>(`tr[data-part="${code}"]`);
  if (!found) throw new Error(`no row for ${code}`);
  return found;
}

/** The shadow root's focused element. */
function focused(element: SavWarrantyCheck): Element | null {
  return element.shadowRoot!.activeElement;
}

const PURCHASE = '2024-08-20';

describe('<sav-warranty-check>', () => {
  let fetchStub: FetchStub | undefined;

  afterEach(() => {
    fetchStub?.restore();
    fetchStub = undefined;
  });

  describe('set-up', () => {
    it('is registered, and define() skips a tag already registered', () => {
      expect(customElements.get('sav-warranty-check')).to.equal(SavWarrantyCheck);
      class Other extends HTMLElement {}
      expect(define('sav-warranty-check', Other)).to.equal(SavWarrantyCheck);
      expect(customElements.get('sav-warranty-check')).to.equal(SavWarrantyCheck);
    });

    it('renders the form with the model prefilled from product-model, and is accessible', async () => {
      const element = await fixture<SavWarrantyCheck>(
        html`<sav-warranty-check publishable-key="pk_demo" product-model="HRF-DEMO-1"></sav-warranty-check>`,
      );
      expect(element.getAttribute('state')).to.equal('idle');
      expect(control(element, 'product-model').value).to.equal('HRF-DEMO-1');
      const date = control(element, 'purchase-date');
      expect(date.type).to.equal('date');
      expect(date.required).to.equal(true);
      expect(date.max).to.match(/^\d{4}-\d{2}-\d{2}$/);
      expect(element.shadowRoot!.querySelector<HTMLInputElement>('input[value="model"]')!.checked).to.equal(true);
      expect(element.shadowRoot!.getElementById('serial-number')).to.equal(null);
      expect(plain(submitButton(element).textContent)).to.equal('Check my warranty');
      await expect(element).to.be.accessible();
    });

    it('starts with the serial number way when no product-model is given', async () => {
      const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check publishable-key="pk_demo"></sav-warranty-check>`);
      expect(control(element, 'serial-number').required).to.equal(true);
      expect(element.shadowRoot!.getElementById('purchase-date')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('shows a clear error, and no form, without a publishable key', async () => {
      const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check product-model="HRF-DEMO-1"></sav-warranty-check>`);
      const error = part(element, 'config-error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(plain(error.textContent)).to.contain('publishable-key attribute is missing');
      expect(part(element, 'form')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('refuses a secret key and a malformed api, without throwing', async () => {
      const secret = await fixture<SavWarrantyCheck>(html`<sav-warranty-check publishable-key="sk_demo"></sav-warranty-check>`);
      expect(plain(part(secret, 'config-error')!.textContent)).to.contain('secret key');
      const badApi = await fixture<SavWarrantyCheck>(
        html`<sav-warranty-check publishable-key="pk_demo" api="ftp://example.com/graphql"></sav-warranty-check>`,
      );
      expect(plain(part(badApi, 'config-error')!.textContent)).to.contain('not a valid http(s) URL');
      badApi.setAttribute('api', '/graphql');
      await elementUpdated(badApi);
      expect(part(badApi, 'config-error')).to.equal(null);
      expect(part(badApi, 'form')).not.to.equal(null);
    });

    it('warns about an invalid purchase-date attribute, ignores it and does not check', async () => {
      fetchStub = stubFetch(() => graphqlAnswer(warrantyCheck(PURCHASE, '2025-12-20')));
      const element = await fixture<SavWarrantyCheck>(
        html`<sav-warranty-check publishable-key="pk_demo" product-model="HRF-DEMO-1" purchase-date="2999-01-01" lang="xx-!!"></sav-warranty-check>`,
      );
      await aTimeout(50);
      expect(plain(part(element, 'warning')!.textContent)).to.contain('purchase-date attribute "2999-01-01"');
      expect(control(element, 'purchase-date').value).to.equal('');
      expect(fetchStub.requests.length).to.equal(0);
      await expect(element).to.be.accessible();
    });
  });

  describe('checking', () => {
    it('submits the form and renders a covered result, announced and focused', async () => {
      fetchStub = stubFetch(() => graphqlAnswer(warrantyCheck(PURCHASE, '2025-06-01')));
      const element = await fixture<SavWarrantyCheck>(
        html`<sav-warranty-check publishable-key="pk_demo" product-model="HRF-DEMO-1" api="https://sav.example/graphql" country="FR"></sav-warranty-check>`,
      );
      type(control(element, 'purchase-date'), PURCHASE);
      type(control(element, 'city'), 'Paris');
      submitButton(element).click();
      await settled(element);

      const [request] = fetchStub.requests;
      expect(request!.url).to.equal('https://sav.example/graphql');
      expect(request!.headers.get('authorization')).to.equal('Bearer pk_demo');
      expect(request!.headers.get('content-type')).to.equal('application/json');
      expect(request!.headers.get('accept-language')).to.equal('en');
      expect(request!.body.variables.input).to.deep.equal({
        productModel: 'HRF-DEMO-1',
        purchaseDate: PURCHASE,
        country: 'FR',
        city: 'Paris',
      });

      expect(element.getAttribute('state')).to.equal('result');
      expect(element.getAttribute('status')).to.equal('covered');
      const heading = part(element, 'result-heading')!;
      expect(plain(heading.textContent)).to.contain('Covered');
      expect(focused(element)).to.equal(heading);
      expect(plain(part(element, 'summary')!.textContent)).to.equal('Good news: your appliance is covered by the warranty.');
      expect(plain(part(element, 'explanation')!.textContent)).to.contain('main parts for 3 years');
      expect(plain(part(element, 'product')!.textContent)).to.contain('Bought on August 20, 2024');
      expect(parts(element, 'coverage-row')).to.have.length(15);
      expect(plain(row(element, 'WHOLE_UNIT').textContent)).to.contain('Whole appliance');
      expect(plain(row(element, 'WHOLE_UNIT').textContent)).to.contain('August 19, 2025');
      expect(plain(row(element, 'WHOLE_UNIT').textContent)).to.contain('2 months 19 days left');
      expect(plain(row(element, 'MAIN_CONTROL_BOARD').textContent)).to.contain('Main control board');
      expect(plain(row(element, 'COMPRESSOR').textContent)).to.contain('2 years 2 months left');
      expect(plain(part(element, 'remedies')!.textContent)).to.contain('Have it repaired free of charge, until August 19, 2027.');
      expect(parts(element, 'exclusion').map((item) => plain(item.textContent))).to.deep.equal([
        'No warranty certificate or invoice.',
        'Damage from an accident or improper use.',
        'Repaired by someone not authorised.',
      ]);
      expect(plain(part(element, 'paid-repair')!.textContent)).to.contain('Paid repair stays available');
      const live = element.shadowRoot!.querySelector('[role="status"]')!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      expect(plain(live.textContent)).to.equal(
        'Warranty check done: Covered. Good news: your appliance is covered by the warranty.',
      );
      await expect(element).to.be.accessible();
    });

    it('renders a partly covered result: ended and active covers, repairs extension, return and exchange', async () => {
      const asOf = '2025-12-20';
      const answer = warrantyCheck(PURCHASE, asOf);
      answer.coverages = answer.coverages.map((coverage) =>
        coverage.part === 'COMPRESSOR' ? { ...coverage, endsOn: '2027-09-02', extendedByDays: 14 } : coverage,
      );
      answer.coverages.push({ ...answer.coverages[1]!, part: 'WATER_DISPENSER' });
      fetchStub = stubFetch(() => graphqlAnswer(answer));
      const element = await fixture<SavWarrantyCheck>(
        html`<sav-warranty-check publishable-key="pk_demo" product-model="HRF-DEMO-1" purchase-date=${PURCHASE}></sav-warranty-check>`,
      );
      await settled(element);
      expect(element.getAttribute('status')).to.equal('partly-covered');
      expect(plain(part(element, 'result-heading')!.textContent)).to.contain('Partly covered');
      expect(plain(part(element, 'summary')!.textContent)).to.contain('partly covered');
      const wholeUnit = plain(row(element, 'WHOLE_UNIT').textContent);
      expect(wholeUnit).to.contain('Ended');
      expect(wholeUnit).to.contain('ended 4 months ago');
      const compressor = plain(row(element, 'COMPRESSOR').textContent);
      expect(compressor).to.contain('Covered');
      expect(compressor).to.contain('September 2, 2027');
      expect(compressor).to.contain('extended by 14 days for repairs');
      expect(plain(row(element, 'WATER_DISPENSER').textContent)).to.contain('Water dispenser');
      expect(row(element, 'EVAPORATOR').querySelector('[part~="extension"]')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('lists return and exchange in plain words right after the purchase', async () => {
      const answer = warrantyCheck('2025-12-15', '2025-12-20', {
        remedies: [
          { kind: 'REPAIR', until: '2028-12-14' },
          { kind: 'RETURN', until: '2025-12-22' },
          { kind: 'EXCHANGE', until: '2025-12-30' },
        ],
      });
      fetchStub = stubFetch(() => graphqlAnswer(answer));
      const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check publishable-key="pk_demo" serial-number="SN-1"></sav-warranty-check>`);
      await settled(element);
      expect(fetchStub.requests[0]!.body.variables.input).to.deep.include({ serialNumber: 'SN-1' });
      expect(parts(element, 'remedy').map((item) => plain(item.textContent))).to.deep.equal([
        'Return it and get your money back, until December 22, 2025.',
        'Exchange it for a new one, until December 30, 2025.',
        'Have it repaired free of charge, until December 14, 2028.',
      ]);
      // A check started by the page's attributes does not steal the reader's focus.
      expect(focused(element)).to.equal(null);
    });

    it('renders an expired result with no free remedy and paid repair still available', async () => {
      fetchStub = stubFetch(() => graphqlAnswer(warrantyCheck('2020-01-10', '2025-12-20')));
      const element = await fixture<SavWarrantyCheck>(
        html`<sav-warranty-check publishable-key="pk_demo" product-model="HRF-DEMO-1" purchase-date="2020-01-10"></sav-warranty-check>`,
      );
      await settled(element);
      expect(element.getAttribute('status')).to.equal('expired');
      expect(plain(part(element, 'result-heading')!.textContent)).to.contain('Warranty ended');
      expect(plain(part(element, 'summary')!.textContent)).to.equal('The warranty on your appliance has ended.');
      expect(plain(part(element, 'remedies')!.textContent)).to.equal('No free return, exchange or repair applies any more.');
      expect(plain(row(element, 'COMPRESSOR').textContent)).to.contain('ended 2 years 11 months ago');
      expect(part(element, 'paid-repair')).not.to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('renders "no policy" plainly, without a table', async () => {
      fetchStub = stubFetch(() =>
        graphqlAnswer(warrantyCheck('2006-05-01', '2025-12-20', { coverages: [], exclusions: [], paidRepairAvailable: true })),
      );
      const element = await fixture<SavWarrantyCheck>(
        html`<sav-warranty-check publishable-key="pk_demo" product-model="HAC-OLD" purchase-date="2006-05-01"></sav-warranty-check>`,
      );
      await settled(element);
      expect(element.getAttribute('status')).to.equal('no-policy');
      expect(plain(part(element, 'result-heading')!.textContent)).to.contain('No warranty found');
      expect(part(element, 'coverages')).to.equal(null);
      expect(part(element, 'exclusions')).to.equal(null);
      expect(part(element, 'paid-repair')).not.to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('shows the legal rights with their source', async () => {
      fetchStub = stubFetch(() =>
        graphqlAnswer(
          warrantyCheck(PURCHASE, '2025-06-01', {
            legalRights: [
              {
                jurisdiction: 'FR',
                kind: 'CONFORMITY',
                startsOn: PURCHASE,
                endsOn: '2026-08-20',
                presumptionEndsOn: '2026-08-20',
                active: true,
                liable: 'SELLER',
                source: 'Code de la consommation, art. L217-3',
                sourceUrl: 'https://www.legifrance.gouv.fr/',
                explanation: 'The seller answers for any lack of conformity for 2 years.',
              },
            ],
          }),
        ),
      );
      const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check publishable-key="pk_demo" serial-number="SN-1"></sav-warranty-check>`);
      await settled(element);
      const right = plain(part(element, 'legal-right')!.textContent);
      expect(right).to.contain('The seller answers for any lack of conformity for 2 years.');
      expect(right).to.contain('Until August 20, 2026.');
      expect(part(element, 'legal-right')!.querySelector('a')!.getAttribute('rel')).to.equal('noopener noreferrer');
      await expect(element).to.be.accessible();
    });

    it('shows a busy state while the check runs', async () => {
      let answer: (response: Response) => void = () => {};
      fetchStub = stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
      const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check publishable-key="pk_demo"></sav-warranty-check>`);
      type(control(element, 'serial-number'), 'SN-1');
      submitButton(element).click();
      await elementUpdated(element);
      expect(element.getAttribute('state')).to.equal('loading');
      expect(part(element, 'form')!.getAttribute('aria-busy')).to.equal('true');
      expect(submitButton(element).disabled).to.equal(true);
      expect(plain(submitButton(element).textContent)).to.equal('Checking…');
      await expect(element).to.be.accessible();
      answer(graphqlAnswer(warrantyCheck(PURCHASE, '2025-06-01')));
      await settled(element);
      expect(part(element, 'form')!.getAttribute('aria-busy')).to.equal('false');
      expect(submitButton(element).disabled).to.equal(false);
    });

    it('does not send an incomplete form: native validation stops it', async () => {
      fetchStub = stubFetch(() => graphqlAnswer(warrantyCheck(PURCHASE, '2025-06-01')));
      const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check publishable-key="pk_demo"></sav-warranty-check>`);
      submitButton(element).click();
      await aTimeout(50);
      expect(fetchStub.requests.length).to.equal(0);
      expect(control(element, 'serial-number').validity.valueMissing).to.equal(true);
      expect(element.getAttribute('state')).to.equal('idle');
    });

    it('fires sav-warranty-checked with a small detail, bubbling out of the shadow root', async () => {
      fetchStub = stubFetch(() => graphqlAnswer(warrantyCheck(PURCHASE, '2025-12-20')));
      const element = await fixture<SavWarrantyCheck>(
        html`<sav-warranty-check publishable-key="pk_demo" product-model="HRF-DEMO-1"></sav-warranty-check>`,
      );
      type(control(element, 'purchase-date'), PURCHASE);
      const heard = oneEvent(document, 'sav-warranty-checked');
      submitButton(element).click();
      const event = await heard;
      expect(event).to.be.instanceOf(SavWarrantyCheckedEvent);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.detail).to.deep.equal({ productModel: 'HRF-DEMO-1', status: 'PARTLY_COVERED', purchaseDate: PURCHASE });
    });
  });

  describe('errors', () => {
    it('shows ProductNotFound in an alert and focuses it', async () => {
      fetchStub = stubFetch(() =>
        graphqlAnswer({ __typename: 'ProductNotFound', message: 'No product HRF-NOPE.', code: 'PRODUCT_NOT_FOUND' }),
      );
      const element = await fixture<SavWarrantyCheck>(
        html`<sav-warranty-check publishable-key="pk_demo" product-model="HRF-NOPE"></sav-warranty-check>`,
      );
      type(control(element, 'purchase-date'), PURCHASE);
      let fired = false;
      element.addEventListener('sav-warranty-checked', () => (fired = true));
      submitButton(element).click();
      await settled(element);
      expect(element.getAttribute('state')).to.equal('error');
      const alert = part(element, 'error')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(plain(alert.textContent)).to.contain('We could not find this appliance');
      expect(focused(element)).to.equal(part(element, 'error-heading'));
      expect(part(element, 'result')).to.equal(null);
      expect(fired).to.equal(false);
      await expect(element).to.be.accessible();
    });

    it('marks the purchase date the API refused, links its message and focuses it', async () => {
      fetchStub = stubFetch(() =>
        graphqlAnswer({
          __typename: 'InvalidInput',
          message: 'The purchase date is before this model was sold.',
          code: 'INVALID_INPUT',
          field: ['purchaseDate'],
        }),
      );
      const element = await fixture<SavWarrantyCheck>(
        html`<sav-warranty-check publishable-key="pk_demo" product-model="HRF-DEMO-1"></sav-warranty-check>`,
      );
      const date = control(element, 'purchase-date');
      type(date, '1990-01-01');
      submitButton(element).click();
      await settled(element);
      expect(date.getAttribute('aria-invalid')).to.equal('true');
      const describedBy = (date.getAttribute('aria-describedby') ?? '').split(' ');
      expect(describedBy).to.include('purchase-date-error');
      expect(plain(control(element, 'purchase-date-error').textContent)).to.equal(
        'The purchase date is before this model was sold.',
      );
      expect(focused(element)).to.equal(date);
      expect(plain(part(element, 'error')!.textContent)).to.contain('Please correct the highlighted information.');
      expect(control(element, 'product-model').hasAttribute('aria-invalid')).to.equal(false);
      await expect(element).to.be.accessible();

      type(date, '2024-08-20');
      await elementUpdated(element);
      expect(date.hasAttribute('aria-invalid')).to.equal(false);
      expect(element.shadowRoot!.getElementById('purchase-date-error')).to.equal(null);
    });

    it('shows a network error with a retry that checks again', async () => {
      let attempts = 0;
      fetchStub = stubFetch(() => (++attempts === 1 ? 'network-error' : graphqlAnswer(warrantyCheck(PURCHASE, '2025-06-01'))));
      const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check publishable-key="pk_demo"></sav-warranty-check>`);
      type(control(element, 'serial-number'), 'SN-1');
      submitButton(element).click();
      await settled(element);
      const alert = part(element, 'error')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(plain(alert.textContent)).to.contain('could not be reached');
      await expect(element).to.be.accessible();
      (part(element, 'retry-button') as HTMLButtonElement).click();
      await waitUntil(() => element.getAttribute('state') === 'result', 'the retry did not show a result');
      expect(fetchStub.requests.length).to.equal(2);
    });

    it('explains a refused key', async () => {
      fetchStub = stubFetch(
        () =>
          new Response(JSON.stringify({ errors: [{ message: 'Unknown key', extensions: { code: 'UNAUTHENTICATED' } }] }), {
            status: 401,
            headers: { 'content-type': 'application/json' },
          }),
      );
      const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check publishable-key="pk_unknown" serial-number="SN-1"></sav-warranty-check>`);
      await settled(element);
      expect(plain(part(element, 'error')!.textContent)).to.contain("refused this site's key");
    });
  });

  describe('keyboard', () => {
    it('can be filled and submitted with the keyboard alone', async () => {
      fetchStub = stubFetch(() => graphqlAnswer(warrantyCheck(PURCHASE, '2025-06-01')));
      const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check publishable-key="pk_demo"></sav-warranty-check>`);
      // The page's first Tab stop is the selected way; a second Tab reaches the serial number.
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      expect((focused(element) as HTMLInputElement).value).to.equal('serial');
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(control(element, 'serial-number'));
      await sendKeys({ type: 'SN-2024-0001' });
      await sendKeys({ press: 'Enter' });
      await settled(element);
      expect(fetchStub.requests[0]!.body.variables.input).to.deep.include({ serialNumber: 'SN-2024-0001' });
      expect(focused(element)).to.equal(part(element, 'result-heading'));
    });

    it('switches to model + date with the arrow keys', async () => {
      const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check publishable-key="pk_demo"></sav-warranty-check>`);
      (document.activeElement as HTMLElement | null)?.blur();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'ArrowRight' });
      await elementUpdated(element);
      expect(element.shadowRoot!.querySelector<HTMLInputElement>('input[value="model"]')!.checked).to.equal(true);
      expect(control(element, 'product-model')).to.exist;
      await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(control(element, 'product-model'));
    });
  });

  describe('language', () => {
    it('speaks French with lang="fr", in labels, parts and dates', async () => {
      fetchStub = stubFetch(() => graphqlAnswer(warrantyCheck(PURCHASE, '2025-12-20')));
      const element = await fixture<SavWarrantyCheck>(
        html`<sav-warranty-check lang="fr" publishable-key="pk_demo" product-model="HRF-DEMO-1" purchase-date=${PURCHASE}></sav-warranty-check>`,
      );
      expect(plain(part(element, 'form-title')!.textContent)).to.equal('Vérifier votre garantie');
      expect(control<HTMLSelectElement>(element, 'country').value).to.equal('FR');
      await settled(element);
      expect(fetchStub.requests[0]!.headers.get('accept-language')).to.equal('fr');
      expect(plain(part(element, 'result-heading')!.textContent)).to.contain('Couvert en partie');
      expect(plain(row(element, 'WHOLE_UNIT').textContent)).to.contain('Appareil complet');
      expect(plain(row(element, 'WHOLE_UNIT').textContent)).to.contain('19 août 2025');
      expect(plain(row(element, 'WHOLE_UNIT').textContent)).to.contain('terminé il y a 4 mois');
      expect(plain(row(element, 'COMPRESSOR').textContent)).to.contain('encore 1 an 8 mois');
      await expect(element).to.be.accessible();
    });

    it('follows the closest lang up the page, and switches when it changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="fr-BE"><sav-warranty-check publishable-key="pk_demo"></sav-warranty-check></div>`,
      );
      const element = wrapper.querySelector('sav-warranty-check')!;
      await elementUpdated(element);
      expect(plain(submitButton(element).textContent)).to.equal('Vérifier ma garantie');
      expect(control<HTMLSelectElement>(element, 'country').value).to.equal('BE');
      wrapper.setAttribute('lang', 'en');
      await aTimeout(0);
      await elementUpdated(element);
      expect(plain(submitButton(element).textContent)).to.equal('Check my warranty');
      element.setAttribute('lang', 'fr');
      await elementUpdated(element);
      expect(plain(submitButton(element).textContent)).to.equal('Vérifier ma garantie');
      await expect(element).to.be.accessible();
    });

    it('falls back to English for a language it does not speak', async () => {
      const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check lang="de" publishable-key="pk_demo"></sav-warranty-check>`);
      expect(plain(submitButton(element).textContent)).to.equal('Check my warranty');
      expect(control<HTMLSelectElement>(element, 'country').value).to.equal('DE');
    });
  });
});
