// Set-up: registration, the first render, and what wrong attributes show.
import { aTimeout, elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { define } from '../../internal/define.js';
import {
  control,
  graphqlAnswer,
  part,
  plain,
  PURCHASE,
  setUpEachTest,
  stubFetch,
  submitButton,
  warrantyCheck,
} from '../../internal/testing.js';
import '../../index.js';
import { SavWarrantyCheck } from './warranty-check.js';

describe('<sav-warranty-check>', () => {
  setUpEachTest();

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
      const fetchStub = stubFetch(() => graphqlAnswer(warrantyCheck(PURCHASE, '2025-12-20')));
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
});
