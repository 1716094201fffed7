// Language: French, following the page's lang, and the English fallback.
import { aTimeout, elementUpdated, expect, fixture, html } from '@open-wc/testing';
import {
  control,
  graphqlAnswer,
  part,
  parts,
  plain,
  PURCHASE,
  row,
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

  describe('language', () => {
    it('asks the gateway for the page\'s regional tag, so its dates read like the table\'s', async () => {
      const fetchStub = stubFetch(() => graphqlAnswer(warrantyCheck(PURCHASE, '2025-12-20')));
      const element = await fixture<SavWarrantyCheck>(
        html`<sav-warranty-check lang="en-GB" publishable-key="pk_demo" product-model="HRF-DEMO-1" purchase-date=${PURCHASE}></sav-warranty-check>`,
      );
      await settled(element);
      expect(fetchStub.requests[0]!.headers.get('accept-language')).to.equal('en-GB');
      expect(plain(row(element, 'WHOLE_UNIT').textContent)).to.contain('19 August 2025');
    });

    it('names the countries in the page\'s language, Dutch and Chinese included', async () => {
      for (const [lang, france] of [['nl-BE', 'Frankrijk'], ['zh-CN', '法国'], ['fr', 'France'], ['de', 'France']] as const) {
        const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check lang=${lang} publishable-key="pk_demo"></sav-warranty-check>`);
        const option = [...control<HTMLSelectElement>(element, 'country').options].find((o) => o.value === 'FR');
        expect(option?.textContent?.trim(), lang).to.equal(france);
        element.remove();
      }
    });

    it('speaks French with lang="fr", in labels, parts and dates', async () => {
      const fetchStub = stubFetch(() => graphqlAnswer(warrantyCheck(PURCHASE, '2025-12-20')));
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
