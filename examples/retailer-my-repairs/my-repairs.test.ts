// The example "my repairs" page, in Chromium, against a running gateway (SAV_TEST_GATEWAY, which
// `pnpm test` starts): a customer opens the link of their confirmation and follows the repair live,
// as a person would; another types a wrong postal code.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { api, bookTicket, gateway, openBrowser, skip, text } from '../browser-testing.js';

describe('examples/retailer-my-repairs in Chromium', { skip }, () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  before(async () => {
    ({ browser, page, errors } = await openBrowser());
  });
  after(() => browser?.close());

  it('loads the tracker with one script tag and, without a link, shows the lookup form', async () => {
    const response = await page.goto(`${gateway}/retailer-my-repairs/`, { waitUntil: 'networkidle0' });
    assert.equal(response?.status(), 200);
    assert.equal(await page.evaluate(() => customElements.get('sav-ticket-tracker') !== undefined), true);
    assert.equal(await page.evaluate(() => customElements.get('sav-booking')), undefined, 'only the tracker is loaded');
    assert.equal(await text(page, 'sav-ticket-tracker >>> [part~="lookup-heading"]'), 'Follow your repair');
  });

  it('a wrong postal code says only that no repair matches both', async () => {
    const { trackingCode } = await bookTicket();
    await page.type('sav-ticket-tracker >>> #tracking-code', trackingCode);
    await page.type('sav-ticket-tracker >>> #postal-code', '75012');
    await page.click('sav-ticket-tracker >>> [part~="submit-button"]');
    await page.waitForSelector('sav-ticket-tracker >>> [part~="not-found"]');
    assert.equal(await text(page, 'sav-ticket-tracker >>> [part~="not-found"]'), 'No repair matches this tracking code and postal code. Check both on your confirmation.');
  });

  it('opens the confirmation link (?sav-ticket=…) and follows the repair live, without a reload', async () => {
    const { trackingCode, link } = await bookTicket();
    await page.goto(`${gateway}/retailer-my-repairs/?sav-ticket=${encodeURIComponent(link)}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('sav-ticket-tracker[state="tracking"][live="stream"]', { timeout: 10_000 });
    assert.equal(await text(page, 'sav-ticket-tracker >>> [part~="heading"]'), `Repair ${trackingCode}`);
    assert.equal(await text(page, 'sav-ticket-tracker >>> [part~="status"]'), 'Appointment booked');
    assert.match(await text(page, 'sav-ticket-tracker >>> [part~="verification-code"]'), /^\d{3} \d{3}$/);
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    const moved = await api<{ startTravel: { __typename: string } }>(
      'mutation($input: StartTravelInput!) { startTravel(input: $input) { __typename } }',
      { input: { trackingCode, expectedArrivalAt: new Date(Date.now() + 3_600_000).toISOString() } },
      'sk_demo',
    );
    assert.equal(moved.startTravel.__typename, 'RepairChanged');
    await page.waitForFunction(
      () => {
        const status = document.querySelector('sav-ticket-tracker')?.shadowRoot?.querySelector('[part~="status"]');
        return status?.textContent?.trim() === 'The technician is on the way';
      },
      { timeout: 10_000 },
    );
    assert.equal(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded), true, 'the page was not reloaded');

    await page.click('.lang-switch button[data-lang="nl"]');
    await page.waitForFunction(() => document.querySelector('sav-ticket-tracker')?.shadowRoot?.querySelector('[part~="status"]')?.textContent?.trim() === 'De monteur is onderweg');
    assert.deepEqual(errors, []);
  });
});
