// Set-up, each step as it renders, and an accessibility audit at each step.
import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { define } from '../../internal/define.js';
import { control, focused, part, parts, plain, setUpEachTest } from '../../internal/testing.js';
import '../../index.js';
import { SavBooking } from './booking.js';
import {
  atState,
  clearDrafts,
  coveredEstimate,
  passAddress,
  passContact,
  passProduct,
  passWindow,
  requestsOf,
  stubGateway,
} from './booking.fixtures.js';

describe('<sav-booking>', () => {
  setUpEachTest(clearDrafts);

  describe('set-up', () => {
    it('is registered, form-associated, and define() skips a tag already registered', () => {
      expect(customElements.get('sav-booking')).to.equal(SavBooking);
      expect(SavBooking.formAssociated).to.equal(true);
      class Other extends HTMLElement {}
      expect(define('sav-booking', Other)).to.equal(SavBooking);
    });

    it('shows a clear error, and no form, without a publishable key', async () => {
      const element = await fixture<SavBooking>(html`<sav-booking product-model="HRF-DEMO-1"></sav-booking>`);
      expect(plain(part(element, 'config-error')!.textContent)).to.contain('publishable-key attribute is missing');
      expect(part(element, 'form')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('warns about an unknown time zone and uses Europe/Paris', async () => {
      const gateway = stubGateway();
      const element = await fixture<SavBooking>(
        html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" time-zone="Mars/Olympus"></sav-booking>`,
      );
      expect(plain(part(element, 'warning')!.textContent)).to.contain('"Mars/Olympus" is not a time zone');
    });
  });

  describe('steps', () => {
    it('step 1: the model prefilled, symptoms from repairOptions, the fault with a counter', async () => {
      const gateway = stubGateway();
      const element = await fixture<SavBooking>(
        html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" serial-number="SN-1"></sav-booking>`,
      );
      await waitUntil(() => parts(element, 'symptom').length === 3, 'symptoms not shown');
      expect(element.getAttribute('state')).to.equal('product');
      expect(plain(part(element, 'progress-text')!.textContent)).to.equal('Step 1 of 5');
      expect(part(element, 'progress-step')!.getAttribute('aria-current')).to.equal('step');
      expect(plain(part(element, 'step-heading')!.textContent)).to.equal('Your appliance and its fault');
      expect(control(element, 'product-model').value).to.equal('HRF-DEMO-1');
      expect(control(element, 'serial-number').value).to.equal('SN-1');
      expect(control(element, 'purchase-date').type).to.equal('date');
      expect(control(element, 'purchase-date').required, 'optional with a serial number').to.equal(false);
      expect(parts(element, 'symptom').map((label) => plain(label.textContent))).to.deep.equal(['Not cooling', 'Noisy', 'Something else']);
      expect(requestsOf(gateway, 'RepairOptions')[0]!.body.variables).to.deep.equal({ productModel: 'HRF-DEMO-1' });
      const fault = control<HTMLTextAreaElement>(element, 'fault');
      expect(fault.minLength).to.equal(3);
      expect(fault.maxLength).to.equal(2000);
      expect(fault.getAttribute('aria-describedby')).to.contain('fault-counter');
      expect(plain(part(element, 'counter')!.textContent)).to.equal('0 of 2000 characters');
      expect(part(element, 'back-button')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('steps 2 to 5 each render with their heading focused and are accessible', async () => {
      const gateway = stubGateway();
      const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en"></sav-booking>`);

      await passProduct(element);
      const liveRegion = element.shadowRoot!.querySelector('[role="status"][aria-live="polite"]')!;
      expect(plain(liveRegion.textContent)).to.equal('Step 2 of 5: Where is the appliance?');
      expect(plain(part(element, 'progress-text')!.textContent)).to.equal('Step 2 of 5');
      expect(focused(element)).to.equal(part(element, 'step-heading'));
      expect(control(element, 'line1').autocomplete).to.equal('address-line1');
      expect(control(element, 'postal-code').autocomplete).to.equal('postal-code');
      await expect(element).to.be.accessible();

      await passAddress(element);
      expect(plain(liveRegion.textContent)).to.equal('Step 3 of 5: When can the technician come? 4 arrival windows open in the next 14 days.');
      expect(plain(part(element, 'progress-text')!.textContent)).to.equal('Step 3 of 5');
      expect(focused(element)).to.equal(part(element, 'step-heading'));
      expect(part(element, 'calendar')!.getAttribute('role')).to.equal('grid');
      expect(parts(element, 'day')).to.have.length(14);
      await expect(element).to.be.accessible();

      await passWindow(element);
      expect(plain(part(element, 'progress-text')!.textContent)).to.equal('Step 4 of 5');
      expect(control(element, 'email').type).to.equal('email');
      expect(control(element, 'phone').type).to.equal('tel');
      await expect(element).to.be.accessible();

      await passContact(element);
      expect(plain(part(element, 'progress-text')!.textContent)).to.equal('Step 5 of 5');
      const review = plain(part(element, 'review')!.textContent);
      for (const typed of ['HRF-DEMO-1', 'It no longer cools', 'Not cooling', '1 rue de la Roquette', '75011 Paris', 'France', 'Ada Martin', 'ada@example.com']) {
        expect(review).to.contain(typed);
      }
      await expect(element).to.be.accessible();
    });

    it('step 5 shows the price before confirming when the warranty does not pay', async () => {
      const gateway = stubGateway();
      const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en"></sav-booking>`);
      await passProduct(element);
      await passAddress(element);
      await passWindow(element);
      await passContact(element);
      const coverage = plain(part(element, 'coverage')!.textContent);
      expect(coverage).to.contain('Warranty: Warranty ended.');
      expect(coverage).to.contain('Not covered by the warranty');
      const rows = [...part(element, 'price')!.querySelectorAll('tbody tr')].map((row) =>
        [...row.children].map((cell) => plain(cell.textContent)),
      );
      expect(rows).to.deep.equal([
        ['Call-out fee', '€49.00'],
        ['Labour (about 90 min)', '€90.00'],
        ['Likely part: Fan motor', '€85.00'],
      ]);
      expect(plain(part(element, 'price-total')!.textContent)).to.equal('€224.00');
      expect(plain(part(element, 'price-list')!.textContent)).to.equal('Our price list: call-out €49.00, labour €60.00 per hour.');
      expect(plain(part(element, 'submit-button')!.textContent)).to.equal('Confirm the booking');
      expect((part(element, 'submit-button') as HTMLButtonElement).disabled).to.equal(false);
      expect(requestsOf(gateway, 'RepairEstimate')[0]!.body.variables.input).to.deep.include({
        productModel: 'HRF-DEMO-1',
        purchaseDate: '2024-01-15',
        symptoms: ['NOT_COOLING'],
        country: 'FR',
        city: 'Paris',
      });
    });

    it('step 5 says the repair is free, with no price, when the warranty pays; in French', async () => {
      const gateway = stubGateway({ repairEstimate: () => coveredEstimate });
      const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="fr"></sav-booking>`);
      await passProduct(element);
      expect(control<HTMLSelectElement>(element, 'country').value, 'country from lang').to.equal('FR');
      await passAddress(element);
      await passWindow(element);
      await passContact(element);
      expect(plain(part(element, 'progress-text')!.textContent)).to.equal('Étape 5 sur 5');
      expect(plain(part(element, 'coverage-summary')!.textContent)).to.equal('Couvert par la garantie : la réparation est gratuite.');
      expect(part(element, 'price')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('asks for the symptoms again in the page’s new language', async () => {
      const gateway = stubGateway();
      const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en"></sav-booking>`);
      await waitUntil(() => parts(element, 'symptom').length === 3, 'symptoms not shown');
      element.setAttribute('lang', 'fr');
      await waitUntil(() => requestsOf(gateway!, 'RepairOptions').length === 2, 'symptoms not asked again');
      expect(requestsOf(gateway, 'RepairOptions')[1]!.headers.get('accept-language')).to.equal('fr');
      expect(plain(part(element, 'step-heading')!.textContent)).to.equal('Votre appareil et sa panne');
    });

    it('goes back a step with Back, and to a section from the review', async () => {
      const gateway = stubGateway();
      const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1"></sav-booking>`);
      await passProduct(element);
      (part(element, 'back-button') as HTMLButtonElement).click();
      await atState(element, 'product');
      expect(control<HTMLTextAreaElement>(element, 'fault').value).to.equal('It no longer cools, the light is on.');
      await passProduct(element);
      await passAddress(element);
      await passWindow(element);
      await passContact(element);
      const edit = parts(element, 'edit-button').find((button) => button.getAttribute('aria-label') === 'Change: Address')!;
      edit.click();
      await atState(element, 'address');
      expect(control(element, 'line1').value).to.equal('1 rue de la Roquette');
      await elementUpdated(element);
      expect(focused(element)).to.equal(part(element, 'step-heading'));
    });
  });
});
