// Inline validation, and the API's InvalidInput mapped onto the right step and field.
import { aTimeout, elementUpdated, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { control, fillIn, focused, part, plain, setUpEachTest } from '../../internal/testing.js';
import '../../index.js';
import type { SavBooking } from './booking.js';
import { atState, clearDrafts, next, passAddress, passContact, passProduct, passWindow, requestsOf, stubGateway } from './booking.fixtures.js';
import { newDraft } from './booking.draft.js';
import { fieldProblem } from './booking.validation.js';
import { loadLanguage, sharedCatalog } from '../../internal/i18n.js';
import { bookingCatalog } from '../../internal/i18n.booking.js';

const invalid = (message: string, code: string, field: string[]) => ({ __typename: 'InvalidInput', message, code, field });

/** The control's message, through its aria-describedby. */
function errorOf(element: SavBooking, id: string): string {
  const input = control(element, id);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  expect(ids, `#${id} is not described by its error`).to.include(`${id}-error`);
  return plain(element.shadowRoot!.getElementById(`${id}-error`)!.textContent);
}

describe('<sav-booking> validation', () => {
  // French is fetched when first spoken, as the component would.
  before(() => loadLanguage([bookingCatalog, sharedCatalog], 'fr'));
  setUpEachTest(clearDrafts);

  it('checks each field as the gateway does', () => {
    const draft = newDraft();
    const problem = (field: Parameters<typeof fieldProblem>[0], value: string) =>
      fieldProblem(field, { ...draft, values: { ...draft.values, [field]: value } }, 'en', '2026-03-02');
    expect(problem('productModel', '')).to.equal('This information is required.');
    expect(problem('purchaseDate', '')).to.equal('This information is required.');
    expect(problem('purchaseDate', '2026-03-03')).to.equal('The purchase date cannot be in the future.');
    expect(problem('purchaseDate', '2026-02-30')).to.equal('Enter a real date.');
    expect(problem('purchaseDate', '2026-03-02')).to.equal(undefined);
    expect(problem('fault', 'ab')).to.equal('Write at least 3 characters.');
    expect(problem('fault', 'x'.repeat(2001))).to.equal('Write at most 2000 characters.');
    expect(problem('fault', '😀😀😀')).to.equal(undefined);
    expect(problem('email', 'ada@example')).to.equal('Enter an email address such as name@example.com.');
    expect(problem('email', 'ada@example.com')).to.equal(undefined);
    expect(problem('phone', 'call me')).to.equal('Enter a phone number, such as +33 6 12 34 56 78.');
    expect(problem('phone', '+33 6 12 34 56 78')).to.equal(undefined);
    expect(problem('line2', '')).to.equal(undefined);
    expect(fieldProblem('purchaseDate', { ...draft, values: { ...draft.values, serialNumber: 'SN-1' } }, 'en')).to.equal(undefined);
    expect(fieldProblem('slotStart', draft, 'fr')).to.equal('Choisissez un jour, puis un créneau d’arrivée.');
  });

  it('marks every wrong field of a step, focuses the first, and asks the gateway nothing more', async () => {
    const gateway = stubGateway();
    const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1"></sav-booking>`);
    await aTimeout(20);
    fillIn(control(element, 'product-model'), '');
    fillIn(control<HTMLTextAreaElement>(element, 'fault'), 'ab');
    next(element);
    await elementUpdated(element);
    await aTimeout(0);
    expect(element.getAttribute('state')).to.equal('product');
    expect(control(element, 'product-model').getAttribute('aria-invalid')).to.equal('true');
    expect(errorOf(element, 'product-model')).to.contain('This information is required.');
    expect(errorOf(element, 'purchase-date')).to.contain('This information is required.');
    expect(errorOf(element, 'fault')).to.contain('Write at least 3 characters.');
    expect(control(element, 'serial-number').hasAttribute('aria-invalid')).to.equal(false);
    expect(focused(element)).to.equal(control(element, 'product-model'));
    expect(requestsOf(gateway, 'AvailableSlots')).to.have.length(0);
    await expect(element).to.be.accessible();

    fillIn(control(element, 'product-model'), 'HRF-DEMO-1');
    await elementUpdated(element);
    expect(control(element, 'product-model').hasAttribute('aria-invalid'), 'cleared while correcting').to.equal(false);
  });

  it('checks a field inline when the customer leaves it', async () => {
    const gateway = stubGateway();
    const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1"></sav-booking>`);
    await passProduct(element);
    await passAddress(element);
    await passWindow(element);
    const email = control(element, 'email');
    email.focus();
    fillIn(email, 'ada@');
    control(element, 'phone').focus();
    await elementUpdated(element);
    expect(email.getAttribute('aria-invalid')).to.equal('true');
    expect(errorOf(element, 'email')).to.contain('Enter an email address');
    fillIn(email, 'ada@example.com');
    control(element, 'name').focus();
    await elementUpdated(element);
    expect(email.hasAttribute('aria-invalid')).to.equal(false);
  });

  it('asks for a window before the contact step', async () => {
    const gateway = stubGateway();
    const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1"></sav-booking>`);
    await passProduct(element);
    await passAddress(element);
    next(element);
    await elementUpdated(element);
    await aTimeout(0);
    expect(element.getAttribute('state')).to.equal('window');
    expect(plain(element.shadowRoot!.getElementById('slot-error')!.textContent)).to.contain('Choose a day, then an arrival window.');
    expect(part(element, 'calendar')!.getAttribute('aria-describedby')).to.contain('slot-error');
    expect(focused(element)?.getAttribute('role')).to.equal('gridcell');
  });

  describe("the API's InvalidInput", () => {
    it('availableSlots refusing the postal code marks it on the address step', async () => {
      const gateway = stubGateway({
        availableSlots: () => invalid('"7501" is not a postal code of FR.', 'INVALID_POSTAL_CODE', ['postalCode']),
      });
      const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1"></sav-booking>`);
      await passProduct(element);
      fillIn(control(element, 'line1'), '1 rue de la Roquette');
      fillIn(control(element, 'postal-code'), '7501');
      fillIn(control(element, 'city'), 'Paris');
      fillIn(control<HTMLSelectElement>(element, 'country'), 'FR');
      next(element);
      await atState(element, 'address');
      await aTimeout(0);
      expect(control(element, 'postal-code').getAttribute('aria-invalid')).to.equal('true');
      expect(errorOf(element, 'postal-code')).to.equal('"7501" is not a postal code of FR.');
      expect(focused(element)).to.equal(control(element, 'postal-code'));
    });

    it('requestRepair refusing the phone takes the customer back to the contact step, on the phone', async () => {
      const gateway = stubGateway({
        requestRepair: () => invalid('"0000" is not a phone number we can call.', 'INVALID_PHONE', ['customer.phone']),
      });
      const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1"></sav-booking>`);
      await passProduct(element);
      await passAddress(element);
      await passWindow(element);
      await passContact(element);
      const failed = oneEvent(element, 'sav-booking-failed');
      next(element);
      expect((await failed).detail).to.deep.equal({ code: 'INVALID_PHONE' });
      await atState(element, 'contact');
      await aTimeout(0);
      expect(control(element, 'phone').getAttribute('aria-invalid')).to.equal('true');
      expect(errorOf(element, 'phone')).to.contain('is not a phone number we can call');
      expect(focused(element)).to.equal(control(element, 'phone'));
      await expect(element).to.be.accessible();
    });

    it('refusing the address and the fault goes to the first step at fault, both marked', async () => {
      const gateway = stubGateway({
        requestRepair: () =>
          invalid('Bad fault. Bad postal code.', 'INVALID_INPUT', ['fault', 'customer.address.postalCode']),
      });
      const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1"></sav-booking>`);
      await passProduct(element);
      await passAddress(element);
      await passWindow(element);
      await passContact(element);
      next(element);
      await atState(element, 'product');
      await aTimeout(0);
      expect(focused(element)).to.equal(control(element, 'fault'));
      expect(control(element, 'fault').getAttribute('aria-invalid')).to.equal('true');
      next(element);
      await atState(element, 'address');
      expect(control(element, 'postal-code').getAttribute('aria-invalid'), 'still marked on its step').to.equal('true');
    });

    it('shows each field its own problem beside it, on its own step, not the combined sentence', async () => {
      const gateway = stubGateway({
        requestRepair: () => ({
          ...invalid('"7501" is not a postal code of FR. The fault is too vague.', 'INVALID_INPUT', ['customer.address.postalCode', 'fault']),
          problems: [
            { field: 'customer.address.postalCode', code: 'INVALID_POSTAL_CODE', message: '"7501" is not a postal code of FR.' },
            { field: 'fault', code: 'TOO_VAGUE', message: 'The fault is too vague.' },
          ],
        }),
      });
      const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="en"></sav-booking>`);
      await passProduct(element);
      await passAddress(element);
      await passWindow(element);
      await passContact(element);
      next(element);
      // The first step at fault, though the API named the postal code first.
      await atState(element, 'product');
      await aTimeout(0);
      expect(errorOf(element, 'fault')).to.equal('The fault is too vague.');
      expect(focused(element)).to.equal(control(element, 'fault'));
      expect(control(element, 'product-model').hasAttribute('aria-invalid')).to.equal(false);
      await expect(element).to.be.accessible();

      next(element);
      await atState(element, 'address');
      expect(errorOf(element, 'postal-code')).to.equal('"7501" is not a postal code of FR.');
      expect(control(element, 'city').hasAttribute('aria-invalid')).to.equal(false);
      await expect(element).to.be.accessible();
    });

    it('a path naming no field is told in words', async () => {
      const gateway = stubGateway({ requestRepair: () => invalid('idempotencyKey is too long.', 'TOO_LONG', ['idempotencyKey']) });
      const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1"></sav-booking>`);
      await passProduct(element);
      await passAddress(element);
      await passWindow(element);
      await passContact(element);
      next(element);
      await atState(element, 'review');
      expect(plain(part(element, 'error')!.textContent)).to.contain('idempotencyKey is too long.');
    });
  });
});
