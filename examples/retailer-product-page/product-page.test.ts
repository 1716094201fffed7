// The example product page, in Chromium, against a running gateway (SAV_TEST_GATEWAY, which
// `pnpm test` starts): a shopper checks the demo fridge's warranty as a person would.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const gateway = process.env.SAV_TEST_GATEWAY;
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const skip = !gateway ? 'SAV_TEST_GATEWAY is not set (pnpm test sets it)' : !existsSync(chromium) ? `no Chromium at ${chromium}` : false;

function monthsAgo(months: number): string {
  const today = new Date();
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, Math.min(today.getUTCDate(), 28)));
  return date.toISOString().slice(0, 10);
}

describe('examples/retailer-product-page in Chromium', { skip }, () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  before(async () => {
    browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage();
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('response', (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
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
    await page.$eval('sav-warranty-check >>> #purchase-date', (input, value) => {
      const field = input as HTMLInputElement;
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }, purchaseDate);
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
