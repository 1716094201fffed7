// The form: busy while checking, native validation, and keyboard use.
import { aTimeout, elementUpdated, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  control,
  fillIn,
  focused,
  graphqlAnswer,
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

  describe('checking', () => {
    it('shows a busy state while the check runs', async () => {
      let answer: (response: Response) => void = () => {};
      const fetchStub = stubFetch(() => new Promise<Response>((resolve) => (answer = resolve)));
      const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check publishable-key="pk_demo"></sav-warranty-check>`);
      fillIn(control(element, 'serial-number'), 'SN-1');
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
      const fetchStub = stubFetch(() => graphqlAnswer(warrantyCheck(PURCHASE, '2025-06-01')));
      const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check publishable-key="pk_demo"></sav-warranty-check>`);
      submitButton(element).click();
      await aTimeout(50);
      expect(fetchStub.requests.length).to.equal(0);
      expect(control(element, 'serial-number').validity.valueMissing).to.equal(true);
      expect(element.getAttribute('state')).to.equal('idle');
    });
  });

  describe('keyboard', () => {
    it('can be filled and submitted with the keyboard alone', async () => {
      const fetchStub = stubFetch(() => graphqlAnswer(warrantyCheck(PURCHASE, '2025-06-01')));
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
});
