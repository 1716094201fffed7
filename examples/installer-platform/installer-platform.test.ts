// The example installer platform page, in Chromium, against a running gateway (SAV_TEST_GATEWAY,
// which `pnpm test` starts): a partner reads the network's terms and works out two return visits
// with the keyboard and the mouse, as a person would, then switches the page to Dutch.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const gateway = process.env.SAV_TEST_GATEWAY;
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const skip = !gateway ? 'SAV_TEST_GATEWAY is not set (pnpm test sets it)' : !existsSync(chromium) ? `no Chromium at ${chromium}` : false;

const text = (page: Page, selector: string) => page.$eval(selector, (node) => (node.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim());

describe('examples/installer-platform in Chromium', { skip }, () => {
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

  it('loads the terms with one script tag and shows them in plain words', async () => {
    const response = await page.goto(`${gateway}/installer-platform/`, { waitUntil: 'networkidle0' });
    assert.equal(response?.status(), 200);
    assert.equal(await page.evaluate(() => customElements.get('sav-reintervention-terms') !== undefined), true);
    assert.equal(await page.evaluate(() => customElements.get('sav-ticket-tracker')), undefined, 'only the terms are loaded');
    await page.waitForSelector('sav-reintervention-terms[state="ready"]', { timeout: 10_000 });
    assert.equal(await text(page, 'sav-reintervention-terms >>> [part~="rate"]'), 'Rate: €40.00 excl. tax an hour.');
    assert.match(await text(page, 'sav-reintervention-terms >>> [part~="threshold"]'), /^Billable only beyond 1 hour/);
  });

  it('works out a 90-minute supplies defect: billable to the supplier, €72.00 incl. tax, and the page reacts', async () => {
    await page.click('sav-reintervention-terms >>> #cause-SUPPLIES');
    await page.type('sav-reintervention-terms >>> #minutes', '90');
    await page.keyboard.press('Enter');
    await page.waitForSelector('sav-reintervention-terms[state="result"]', { timeout: 10_000 });
    assert.equal(await text(page, 'sav-reintervention-terms >>> [part~="verdict"]'), 'Billable to the supplier');
    assert.equal(await text(page, 'sav-reintervention-terms >>> [part~="amount-incl-tax"] dd'), '€72.00');
    assert.equal(await text(page, '#terms-note'), 'Attach this result to your invoice: the platform forwards it to the party who pays.');
  });

  it('an installer-caused visit of 4 hours is not billable; in Dutch the page says so in Dutch', async () => {
    await page.click('sav-reintervention-terms >>> #cause-INSTALLER');
    await page.$eval('sav-reintervention-terms >>> #minutes', (input) => {
      (input as HTMLInputElement).value = '';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
    await page.type('sav-reintervention-terms >>> #hours', '4');
    await page.click('sav-reintervention-terms >>> [part~="submit-button"]');
    await page.waitForFunction(
      () => document.querySelector('sav-reintervention-terms')?.shadowRoot?.querySelector('[part~="verdict"]')?.getAttribute('data-payer') === 'INSTALLER',
      { timeout: 10_000 },
    );
    assert.equal(await text(page, 'sav-reintervention-terms >>> [part~="verdict"]'), 'Not billable: at the installer’s expense');
    await page.click('.lang-switch button[data-lang="nl"]');
    await page.waitForFunction(
      () => document.querySelector('sav-reintervention-terms')?.shadowRoot?.querySelector('[part~="verdict"]')?.textContent?.trim() === 'Niet factureerbaar: voor rekening van de installateur',
    );
    assert.deepEqual(errors, []);
  });
});
