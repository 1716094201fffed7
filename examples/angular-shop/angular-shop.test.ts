// The Angular shop (examples/angular-shop, built by `pnpm build` into app/), in Chromium, against a
// running gateway (SAV_TEST_GATEWAY, which `pnpm test` starts): in Angular the components are
// custom elements (CUSTOM_ELEMENTS_SCHEMA); [property] bindings set them, (sav-…) bindings hear them.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { gateway, monthsAgo, openBrowser, setField, skip, text } from '../browser-testing.js';

const built = existsSync(new URL('./app/index.html', import.meta.url));

describe('examples/angular-shop (Angular 21) in Chromium', { skip }, () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  before(async () => {
    assert.ok(built, 'examples/angular-shop/app/ is missing: `pnpm build` builds it');
    ({ browser, page, errors } = await openBrowser({ consoleErrors: true }));
  });
  after(() => browser?.close());

  it('gives the warranty check its properties through [property] bindings', async () => {
    const response = await page.goto(`${gateway}/angular-shop/app/`, { waitUntil: 'networkidle0' });
    assert.equal(response?.status(), 200);
    assert.deepEqual(
      await page.$eval('sav-warranty-check', (element) => {
        const check = element as HTMLElement & { productModel: string; publishableKey: string };
        return { model: check.productModel, key: check.publishableKey };
      }),
      { model: 'HRF-DEMO-1', key: 'pk_demo' },
    );
  });

  it('hears sav-warranty-checked with (sav-warranty-checked)', async () => {
    const purchaseDate = monthsAgo(20);
    await setField(page, 'sav-warranty-check >>> #purchase-date', purchaseDate);
    await page.click('sav-warranty-check >>> [part~="submit-button"]');
    await page.waitForFunction(() => document.querySelector('#check-summary')?.textContent?.trim() !== '', { timeout: 15_000 });
    assert.equal(await text(page, '#check-summary'), `Your HRF-DEMO-1 bought on ${purchaseDate} is partly covered.`);
  });

  it('hears sav-reintervention-quoted from the terms', async () => {
    await page.waitForSelector('sav-reintervention-terms[state="ready"]', { timeout: 10_000 });
    await page.click('sav-reintervention-terms >>> #cause-SUPPLIES');
    await page.type('sav-reintervention-terms >>> #minutes', '90');
    await page.click('sav-reintervention-terms >>> [part~="submit-button"]');
    await page.waitForSelector('#quote-summary', { timeout: 15_000 });
    assert.equal(await text(page, '#quote-summary'), 'SUPPLIER pays 72.00 EUR.');
    assert.deepEqual(errors, []);
  });
});
