// The example product page, in Chromium, against a running gateway (SAV_TEST_GATEWAY, which
// `pnpm test` starts): a shopper checks the demo fridge's warranty as a person would.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { gateway, monthsAgo, openBrowser, setField, skip } from '../browser-testing.js';

describe('examples/retailer-product-page in Chromium', { skip }, () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  before(async () => {
    ({ browser, page, errors } = await openBrowser());
  });
  after(() => browser?.close());

  it('loads with one script tag and shows the warranty form for the demo fridge', async () => {
    const response = await page.goto(`${gateway}/retailer-product-page/`, { waitUntil: 'networkidle0' });
    assert.equal(response?.status(), 200);
    assert.equal(await page.evaluate(() => customElements.get('sav-warranty-check') !== undefined), true);
    const model = await page.$eval('sav-warranty-check >>> #product-model', (input) => (input as HTMLInputElement).value);
    assert.equal(model, 'HRF-DEMO-1');
  });

  it('a fridge bought 20 months ago: the whole unit has ended, the compressor is covered', async () => {
    const purchaseDate = monthsAgo(20);
    await setField(page, 'sav-warranty-check >>> #purchase-date', purchaseDate);
    const checked = page.evaluate(
      () => new Promise<unknown>((resolve) => document.addEventListener('sav-warranty-checked', (event) => resolve((event as CustomEvent).detail), { once: true })),
    );
    await page.click('sav-warranty-check >>> [part~="submit-button"]');
    const detail = (await checked) as { status: string; productModel: string; purchaseDate: string };
    assert.deepEqual(detail, { productModel: 'HRF-DEMO-1', status: 'PARTLY_COVERED', purchaseDate });

    const rows = await page.$$eval('sav-warranty-check >>> tr[data-part]', (trs) =>
      trs.map((tr) => ({ part: tr.getAttribute('data-part'), ended: tr.classList.contains('ended'), text: tr.textContent ?? '' })),
    );
    const wholeUnit = rows.find((row) => row.part === 'WHOLE_UNIT');
    const compressor = rows.find((row) => row.part === 'COMPRESSOR');
    assert.equal(wholeUnit?.ended, true);
    assert.equal(compressor?.ended, false);
    assert.equal(rows.length, 15);
    assert.deepEqual(errors, []);
  });
});
