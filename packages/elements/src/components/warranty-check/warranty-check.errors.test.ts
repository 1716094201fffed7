// Failures: typed API errors, fields the API refused, network and key problems.
import { elementUpdated, expect, fixture, html, waitUntil } from '@open-wc/testing';
import {
  control,
  fillIn,
  focused,
  graphqlAnswer,
  graphqlData,
  part,
  plain,
  PURCHASE,
  settled,
  setUpEachTest,
  stubFetch,
  submitButton,
  warrantyCheck,
} from '../../internal/testing.js';
import '../../index.js';
import type { SavWarrantyCheck } from './warranty-check.js';

describe('<sav-warranty-check>', () => {
  setUpEachTest();

  describe('errors', () => {
    it('shows ProductNotFound in an alert and focuses it', async () => {
      const fetchStub = stubFetch(() =>
        graphqlAnswer({ __typename: 'ProductNotFound', message: 'No product HRF-NOPE.', code: 'PRODUCT_NOT_FOUND' }),
      );
      const element = await fixture<SavWarrantyCheck>(
        html`<sav-warranty-check publishable-key="pk_demo" product-model="HRF-NOPE"></sav-warranty-check>`,
      );
      fillIn(control(element, 'purchase-date'), PURCHASE);
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

    it('marks the purchase date the API refused, links its message and focuses it (a gateway without problems)', async () => {
      const fetchStub = stubFetch(() =>
        graphqlData({
          warrantyCheck: {
            __typename: 'InvalidInput',
            message: 'The purchase date is before this model was sold.',
            code: 'INVALID_INPUT',
            field: ['purchaseDate'],
          },
        }),
      );
      const element = await fixture<SavWarrantyCheck>(
        html`<sav-warranty-check publishable-key="pk_demo" product-model="HRF-DEMO-1"></sav-warranty-check>`,
      );
      const date = control(element, 'purchase-date');
      fillIn(date, '1990-01-01');
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

      fillIn(date, '2024-08-20');
      await elementUpdated(element);
      expect(date.hasAttribute('aria-invalid')).to.equal(false);
      expect(element.shadowRoot!.getElementById('purchase-date-error')).to.equal(null);
    });

    it('shows each field the API refused its own problem, not the combined sentence', async () => {
      const fetchStub = stubFetch(() =>
        graphqlAnswer({
          __typename: 'InvalidInput',
          message: 'No product HRF-9. The purchase date is in the future.',
          code: 'INVALID_INPUT',
          field: ['productModel', 'purchaseDate'],
          problems: [
            { field: 'purchaseDate', code: 'FUTURE_DATE', message: 'The purchase date is in the future.' },
            { field: 'input.productModel', code: 'UNKNOWN_MODEL', message: 'No product HRF-9.' },
          ],
        }),
      );
      const element = await fixture<SavWarrantyCheck>(
        html`<sav-warranty-check publishable-key="pk_demo" product-model="HRF-9" lang="en"></sav-warranty-check>`,
      );
      fillIn(control(element, 'purchase-date'), '2024-08-20');
      submitButton(element).click();
      await settled(element);
      const errorOf = (id: string) => {
        expect((control(element, id).getAttribute('aria-describedby') ?? '').split(' ')).to.include(`${id}-error`);
        return plain(control(element, `${id}-error`).textContent);
      };
      expect(errorOf('product-model')).to.equal('No product HRF-9.');
      expect(errorOf('purchase-date')).to.equal('The purchase date is in the future.');
      expect(control(element, 'product-model').getAttribute('aria-invalid')).to.equal('true');
      expect(focused(element), 'the first field of the form at fault').to.equal(control(element, 'product-model'));
      expect(plain(part(element, 'error')!.textContent)).not.to.contain('No product HRF-9.');
      await expect(element).to.be.accessible();
    });

    it('shows a network error with a retry that checks again', async () => {
      let attempts = 0;
      const fetchStub = stubFetch(() => (++attempts === 1 ? 'network-error' : graphqlAnswer(warrantyCheck(PURCHASE, '2025-06-01'))));
      const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check publishable-key="pk_demo"></sav-warranty-check>`);
      fillIn(control(element, 'serial-number'), 'SN-1');
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
      const fetchStub = stubFetch(
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
});
