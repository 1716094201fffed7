// The React shop (examples/react-shop, built by `pnpm build` into app/), in Chromium, against a
// running gateway (SAV_TEST_GATEWAY, which `pnpm test` starts): the components work as React
// components through @sav/elements/react — properties set, events handed to typed props.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { gateway, monthsAgo, openBrowser, setField, skip } from '../browser-testing.js';

const built = existsSync(new URL('./app/index.html', import.meta.url));

describe('examples/react-shop (React 19) in Chromium', { skip }, () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  before(async () => {
    assert.ok(built, 'examples/react-shop/app/ is missing: `pnpm build` builds it');
    ({ browser, page, errors } = await openBrowser({ consoleErrors: true }));
  });
  after(() => browser?.close());

  it('renders the warranty check with the properties React gave it', async () => {
    const response = await page.goto(`${gateway}/react-shop/app/`, { waitUntil: 'networkidle0' });
    assert.equal(response?.status(), 200);
    assert.deepEqual(
      await page.$eval('sav-warranty-check', (element) => {
        const check = element as HTMLElement & { productModel: string; publishableKey: string; country: string };
        return { model: check.productModel, key: check.publishableKey, country: check.country };
      }),
      { model: 'HRF-DEMO-1', key: 'pk_demo', country: 'FR' },
    );
    assert.equal(await page.$eval('sav-warranty-check >>> #product-model', (input) => (input as HTMLInputElement).value), 'HRF-DEMO-1');
  });

  it("hands the check's result to React through onWarrantyChecked", async () => {
    const purchaseDate = monthsAgo(20);
    await setField(page, 'sav-warranty-check >>> #purchase-date', purchaseDate);
    await page.click('sav-warranty-check >>> [part~="submit-button"]');
    await page.waitForFunction(() => document.querySelector('#check-summary')?.textContent !== '', { timeout: 15_000 });
    assert.equal(await page.$eval('#check-summary', (p) => p.textContent), `Your HRF-DEMO-1 bought on ${purchaseDate} is partly covered.`);
  });

  it('mounts the booking when React renders it, already configured', async () => {
    await page.click('#ask-repair');
    await page.waitForSelector('sav-booking');
    await page.waitForFunction(() => Boolean(document.querySelector('sav-booking')?.shadowRoot?.querySelector('#product-model')), { timeout: 15_000 });
    assert.equal(await page.$eval('sav-booking >>> #product-model', (input) => (input as HTMLInputElement).value), 'HRF-DEMO-1');
    assert.deepEqual(errors, []);
  });
});
