// The example installer platform page, in Chromium, against a running gateway (SAV_TEST_GATEWAY,
// which `pnpm test` starts): a partner reads the network's terms and works out two return visits
// with the keyboard and the mouse, as a person would, then switches the page to Dutch; then a
// customer opens the link of a job the platform recorded and signs its certificate of completion.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { gateway, openBrowser, recordInstallationJob, skip, text } from '../browser-testing.js';

describe('examples/installer-platform in Chromium', { skip }, () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  before(async () => {
    ({ browser, page, errors } = await openBrowser());
  });
  after(() => browser?.close());

  it('loads the terms with one script tag and shows them in plain words', async () => {
    const response = await page.goto(`${gateway}/installer-platform/`, { waitUntil: 'networkidle0' });
    assert.equal(response?.status(), 200);
    assert.equal(await page.evaluate(() => customElements.get('sav-reintervention-terms') !== undefined), true);
    assert.equal(await page.evaluate(() => customElements.get('sav-ticket-tracker')), undefined, 'only the installer platform\'s components are loaded');
    assert.equal(await page.$eval('#certificate', (section) => (section as HTMLElement).hidden), true, 'no certificate without a link');
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

  it('a customer opens the certificate’s link, reviews it and signs it by typing; the platform hears it', async () => {
    // The installer platform records the finished kitchen with its secret key, as its back office would.
    const job = await recordInstallationJob();

    await page.goto(`${gateway}/installer-platform/?sav-certificate=${encodeURIComponent(job.certificateLink)}`, { waitUntil: 'networkidle0' });
    await page.waitForSelector('sav-completion-certificate[state="awaiting-signature"]', { timeout: 10_000 });
    assert.equal(await page.$eval('#certificate', (section) => (section as HTMLElement).hidden), false);
    assert.equal(await text(page, 'sav-completion-certificate >>> [part~="reserve"]'), 'Replace the scratched oven door The supplier January 1, 2030');

    await page.type('sav-completion-certificate >>> #signer-name', 'Camille Dupont');
    await page.type('sav-completion-certificate >>> #place', 'Paris');
    await page.type('sav-completion-certificate >>> #typed-signature', 'Camille Dupont');
    await page.click('sav-completion-certificate >>> #agreed');
    await page.click('sav-completion-certificate >>> [part~="sign-button"]');
    await page.waitForSelector('sav-completion-certificate[state="signed"]', { timeout: 10_000 });
    assert.match(await text(page, 'sav-completion-certificate >>> [part~="signed-by"]'), /^Signed by Camille Dupont on .+ in Paris\.$/);
    assert.equal(await text(page, '#certificate-note'), `Thank you, Camille Dupont: job ${job.reference} is signed. Your installer has been told.`);
    await page.waitForSelector('sav-completion-certificate >>> [part~="pdf-link"]', { timeout: 10_000 });
    assert.equal(await text(page, 'sav-completion-certificate >>> [part~="pdf-link"]'), 'Download the PDF');
    assert.deepEqual(errors, []);
  });
});
