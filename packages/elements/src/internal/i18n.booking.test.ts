import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../index.js';
import type { SavBooking } from '../components/booking/booking.js';
import { clearDrafts, stubGateway } from '../components/booking/booking.fixtures.js';
import { bookingCatalog, bookingText } from './i18n.booking.js';
import { allLanguages, part, parts, plain, setUpEachTest } from './testing.js';

describe('i18n of <sav-booking>', () => {
  it('falls back to English for a string Dutch or Chinese lacks', async () => {
    const { nl, zh } = await allLanguages(bookingCatalog);
    const chinese = zh['booking.confirm'];
    delete zh['booking.confirm'];
    try {
      expect(bookingText('zh', 'booking.confirm')).to.equal('Confirm the booking');
    } finally {
      zh['booking.confirm'] = chinese;
    }
    expect(bookingText('zh', 'booking.confirm')).to.equal(chinese);
    const dutch = nl['booking.next'];
    delete nl['booking.next'];
    try {
      expect(bookingText('nl', 'booking.next')).to.equal('Continue');
    } finally {
      nl['booking.next'] = dutch;
    }
    expect(bookingText('nl', 'booking.next')).to.equal('Verder');
  });

  describe('the component', () => {
    setUpEachTest(clearDrafts);

    it('lang="nl" shows the first step in Dutch', async () => {
      stubGateway();
      const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="nl"></sav-booking>`);
      await waitUntil(() => parts(element, 'symptom').length === 3, 'symptoms not shown');
      expect(element.language).to.equal('nl');
      expect(plain(part(element, 'step-heading')!.textContent)).to.equal('Uw apparaat en de storing');
      expect(plain(part(element, 'progress-text')!.textContent)).to.equal('Stap 1 van 5');
      expect(plain(part(element, 'submit-button')!.textContent)).to.equal('Verder');
      await expect(element).to.be.accessible();
    });

    it('lang="zh-CN" shows the first step in Chinese', async () => {
      stubGateway();
      const element = await fixture<SavBooking>(html`<sav-booking publishable-key="pk_demo" product-model="HRF-DEMO-1" lang="zh-CN"></sav-booking>`);
      await waitUntil(() => parts(element, 'symptom').length === 3, 'symptoms not shown');
      expect(element.language).to.equal('zh');
      expect(plain(part(element, 'step-heading')!.textContent)).to.equal('您的电器及故障');
      expect(plain(part(element, 'progress-text')!.textContent)).to.equal('第 1 步，共 5 步');
      expect(plain(part(element, 'submit-button')!.textContent)).to.equal('继续');
    });

    it('a Dutch configuration error names both the booking’s and the shared string in Dutch', async () => {
      const element = await fixture<SavBooking>(html`<sav-booking product-model="HRF-DEMO-1" lang="nl-BE"></sav-booking>`);
      const text = plain(part(element, 'config-error')!.textContent);
      expect(text).to.contain('Deze reparatieafspraak is niet goed ingesteld');
      expect(text).to.contain('Het attribuut publishable-key ontbreekt');
    });
  });
});
