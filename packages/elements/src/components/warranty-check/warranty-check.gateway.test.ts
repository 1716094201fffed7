// Against a REAL running gateway: `SAV_TEST_API=http://127.0.0.1:4000/graphql pnpm test`.
// Without SAV_TEST_API (injected as window.__SAV_TEST_API__ by web-test-runner.config.mjs) it skips.
// The gateway must accept this page's origin for pk_demo (the demo tenant's CORS).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { addMonths, formatIsoDate, localToday, parseCalendarDate } from '../../internal/format.js';
import './warranty-check.js';
import type { SavWarrantyCheck } from './warranty-check.js';

declare global {
  interface Window {
    __SAV_TEST_API__?: string | null;
  }
}

const gatewayUrl = window.__SAV_TEST_API__ ?? '';

describe('<sav-warranty-check> against a running gateway', function () {
  before(function () {
    if (!gatewayUrl) this.skip();
  });

  it('shows HRF-DEMO-1 bought 20 months ago: whole unit ended, compressor covered', async () => {
    const purchaseDate = formatIsoDate(addMonths(parseCalendarDate(localToday())!, -20));
    const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check
      lang="en"
      api=${gatewayUrl}
      publishable-key="pk_demo"
      product-model="HRF-DEMO-1"
      purchase-date=${purchaseDate}
      country="FR"
    ></sav-warranty-check>`);

    await waitUntil(
      () => element.getAttribute('state') === 'result' || element.getAttribute('state') === 'error',
      'the gateway did not answer',
      { timeout: 15_000 },
    );
    const error = element.shadowRoot!.querySelector('[part~="error"]');
    expect(element.getAttribute('state'), `error shown: ${error?.textContent?.trim() ?? ''}`).to.equal('result');
    expect(element.getAttribute('status')).to.equal('partly-covered');

    const row = (part: string) => element.shadowRoot!.querySelector<HTMLElement>(`tr[data-part="${part}"]`);
    expect(row('WHOLE_UNIT'), 'a WHOLE_UNIT row').to.exist;
    expect(row('WHOLE_UNIT')!.classList.contains('ended')).to.equal(true);
    expect(row('WHOLE_UNIT')!.textContent).to.contain('Ended');
    expect(row('COMPRESSOR'), 'a COMPRESSOR row').to.exist;
    expect(row('COMPRESSOR')!.classList.contains('active')).to.equal(true);
    expect(row('COMPRESSOR')!.textContent).to.contain('Covered');

    // The law's layer, apart: bought in France 20 months ago, the seller's legal guarantee still runs.
    const legal = element.shadowRoot!.querySelector<HTMLElement>('[part~="legal"]');
    expect(legal, 'the legal layer').to.exist;
    const conformity = legal!.querySelector<HTMLElement>('[data-kind="CONFORMITY"][data-jurisdiction="FR"]');
    expect(conformity!.classList.contains('active')).to.equal(true);
    expect(conformity!.textContent).to.contain('Legal guarantee of conformity');
    expect(conformity!.querySelector('a')!.getAttribute('href')).to.match(/^https:\/\/www\.legifrance\.gouv\.fr\//);
    expect(legal!.querySelector('[data-kind="HIDDEN_DEFECTS"]'), 'hidden defects').to.exist;
    expect(legal!.querySelector('[part~="recourse"]')!.getAttribute('data-layer')).to.equal('LEGAL_GUARANTEE');
    expect(legal!.querySelector('[part~="legal-notice"]')!.textContent).to.contain('not legal advice');
    await expect(element).to.be.accessible();
  });

  it("shows usage advice for HAC-DEMO-INV: the demo tenant's own tip against its most repaired part first", async () => {
    const element = await fixture<SavWarrantyCheck>(html`<sav-warranty-check
      lang="en"
      api=${gatewayUrl}
      publishable-key="pk_demo"
      product-model="HAC-DEMO-INV"
      purchase-date="2012-05-10"
      country="CN"
    ></sav-warranty-check>`);
    await waitUntil(() => element.getAttribute('state') === 'result', 'the gateway did not answer', { timeout: 15_000 });
    const tips = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[part~="usage-tip"]')];
    expect(tips.length).to.be.within(1, 3);
    expect(tips[0]!.dataset.cause).to.equal('MAIN_CONTROL_BOARD');
    expect(tips[0]!.dataset.reason).to.equal('FREQUENT_FAILURE');
    expect(tips[0]!.textContent).to.contain('Our inverter models dislike power surges');
    expect(element.shadowRoot!.querySelector('[part~="usage-advice-heading"]')!.textContent).to.contain('How to avoid breakdowns');
  });
});
