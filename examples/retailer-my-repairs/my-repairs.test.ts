// The example "my repairs" page, in Chromium, against a running gateway (SAV_TEST_GATEWAY, which
// `pnpm test` starts): a customer opens the link of their confirmation and follows the repair live,
// as a person would; another types a wrong postal code.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

const gateway = process.env.SAV_TEST_GATEWAY;
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const skip = !gateway ? 'SAV_TEST_GATEWAY is not set (pnpm test sets it)' : !existsSync(chromium) ? `no Chromium at ${chromium}` : false;

async function api<T>(query: string, variables: Record<string, unknown>, key: string): Promise<T> {
  const response = await fetch(`${gateway}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  assert.ok(response.ok && body.data && !body.errors, JSON.stringify(body));
  return body.data;
}

/** Books the demo fridge at 75011 in the first open window; the ticket's code and signed link. */
async function bookTicket(): Promise<{ trackingCode: string; link: string }> {
  const from = new Date().toISOString().slice(0, 10);
  const { availableSlots } = await api<{ availableSlots: { slots: { start: string; remaining: number }[] } }>(
    'query($input: AvailableSlotsInput!) { availableSlots(input: $input) { ... on AvailableSlots { slots { start remaining } } } }',
    { input: { productModel: 'HRF-DEMO-1', postalCode: '75011', country: 'FR', from, days: 14 } },
    'pk_demo',
  );
  const slot = availableSlots.slots.find((candidate) => candidate.remaining > 0);
  assert.ok(slot, 'the demo technicians offer a window within 14 days');
  const { requestRepair } = await api<{ requestRepair: { __typename: string; ticket: { trackingCode: string; link: string } } }>(
    'mutation($input: RequestRepairInput!) { requestRepair(input: $input) { __typename ... on RepairBooked { ticket { trackingCode link } } } }',
    {
      input: {
        productModel: 'HRF-DEMO-1',
        purchaseDate: new Date(Date.now() - 90 * 86_400_000).toISOString().slice(0, 10),
        fault: 'It no longer cools.',
        symptoms: ['NOT_COOLING'],
        slotStart: slot.start,
        customer: { name: 'Ada Martin', email: 'ada@example.com', phone: '06 12 34 56 78', address: { line1: '1 rue de la Roquette', postalCode: '75011', city: 'Paris', country: 'FR' } },
      },
    },
    'pk_demo',
  );
  assert.equal(requestRepair.__typename, 'RepairBooked');
  return requestRepair.ticket;
}

const text = (page: Page, selector: string) => page.$eval(selector, (node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('examples/retailer-my-repairs in Chromium', { skip }, () => {
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
