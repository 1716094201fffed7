// The Vue shop (examples/vue-shop, built by `pnpm build` into app/), in Chromium, against a running
// gateway (SAV_TEST_GATEWAY, which `pnpm test` starts): in Vue 3 the components are plain custom
// elements — Vue binds their properties and listens to their events, nothing in between.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { bookTicket, gateway, monthsAgo, openBrowser, setField, skip, text } from '../browser-testing.js';

const built = existsSync(new URL('./app/index.html', import.meta.url));

describe('examples/vue-shop (Vue 3) in Chromium', { skip }, () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  before(async () => {
    assert.ok(built, 'examples/vue-shop/app/ is missing: `pnpm build` builds it');
    ({ browser, page, errors } = await openBrowser({ consoleErrors: true }));
  });
  after(() => browser?.close());

  it('gives the warranty check its properties through Vue bindings', async () => {
    const response = await page.goto(`${gateway}/vue-shop/app/`, { waitUntil: 'networkidle0' });
    assert.equal(response?.status(), 200);
    assert.deepEqual(
      await page.$eval('sav-warranty-check', (element) => {
        const check = element as HTMLElement & { productModel: string; publishableKey: string };
        return { model: check.productModel, key: check.publishableKey, attribute: element.getAttribute('product-model') };
      }),
      { model: 'HRF-DEMO-1', key: 'pk_demo', attribute: null },
      'set as properties, not as attributes',
    );
  });

  it('hears sav-warranty-checked with @sav-warranty-checked', async () => {
    const purchaseDate = monthsAgo(20);
    await setField(page, 'sav-warranty-check >>> #purchase-date', purchaseDate);
    await page.click('sav-warranty-check >>> [part~="submit-button"]');
    await page.waitForFunction(() => document.querySelector('#check-summary')?.textContent?.trim() !== '', { timeout: 15_000 });
    assert.equal(await text(page, '#check-summary'), `Your HRF-DEMO-1 bought on ${purchaseDate} is partly covered.`);
  });

  it('hears sav-ticket-found from the tracker', async () => {
    const { trackingCode } = await bookTicket();
    await page.type('sav-ticket-tracker >>> #tracking-code', trackingCode);
    await page.type('sav-ticket-tracker >>> #postal-code', '75011');
    await page.click('sav-ticket-tracker >>> [part~="submit-button"]');
    await page.waitForSelector('#ticket-summary', { timeout: 15_000 });
    assert.equal(await text(page, '#ticket-summary'), `Repair ${trackingCode}: SCHEDULED.`);
    assert.deepEqual(errors, []);
  });
});
