// What the example pages' tests share: Chromium against the gateway `pnpm test` starts
// (SAV_TEST_GATEWAY), the demo tenant's API, and reading the components as a person would.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const gateway = process.env.SAV_TEST_GATEWAY;
const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Why a page's tests cannot run here, or false. */
export const skip: string | false = !gateway ? 'SAV_TEST_GATEWAY is not set (pnpm test sets it)' : !existsSync(chromium) ? `no Chromium at ${chromium}` : false;

/**
 * Chromium with one page, and what went wrong in it: uncaught errors, answers of 400 and more,
 * and (with `consoleErrors`) what the page logged as an error.
 */
export async function openBrowser(options: { consoleErrors?: boolean } = {}): Promise<{ browser: Browser; page: Page; errors: string[] }> {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('response', (response) => {
    if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
  });
  if (options.consoleErrors) {
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
  }
  return { browser, page, errors };
}

/** The date `months` ago, on a day every month has. */
export function monthsAgo(months: number): string {
  const today = new Date();
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - months, Math.min(today.getUTCDate(), 28)));
  return date.toISOString().slice(0, 10);
}

/** An element's text as read: spaces (and Intl's narrow and no-break ones) folded. */
export const text = (page: Page, selector: string) => page.$eval(selector, (node) => (node.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim());

/** Types a value into a field as a browser's date picker or autofill does: value, input, change. */
export async function setField(page: Page, selector: string, value: string): Promise<void> {
  await page.$eval(selector, (input, next) => {
    const field = input as HTMLInputElement;
    field.value = next;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }, value);
}

/** One GraphQL operation on the gateway (`base`, the tests' by default) with a key; its data (any error fails). */
export async function api<T>(query: string, variables: Record<string, unknown>, key: string, base = gateway): Promise<T> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  assert.ok(response.ok && body.data && !body.errors, JSON.stringify(body));
  return body.data;
}

/** Books the demo fridge at 75011 in the first open window; the ticket's code and signed link. */
export async function bookTicket(base = gateway): Promise<{ trackingCode: string; link: string }> {
  const from = new Date().toISOString().slice(0, 10);
  const { availableSlots } = await api<{ availableSlots: { slots: { start: string; remaining: number }[] } }>(
    'query($input: AvailableSlotsInput!) { availableSlots(input: $input) { ... on AvailableSlots { slots { start remaining } } } }',
    { input: { productModel: 'HRF-DEMO-1', postalCode: '75011', country: 'FR', from, days: 14 } },
    'pk_demo',
    base,
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
    base,
  );
  assert.equal(requestRepair.__typename, 'RepairBooked');
  return requestRepair.ticket;
}

/** Records a finished kitchen with the secret key, as an installer platform's back office would; its reference and the certificate's signed link. */
export async function recordInstallationJob(base = gateway): Promise<{ reference: string; certificateLink: string }> {
  const { createInstallationJob } = await api<{ createInstallationJob: { __typename: string; reference: string; certificateLink: string } }>(
    'mutation($input: CreateInstallationJobInput!) { createInstallationJob(input: $input) { __typename ... on InstallationJob { reference certificateLink } } }',
    {
      input: {
        customerName: 'Camille Dupont', customerEmail: 'camille@example.com', addressLine1: '8 rue Oberkampf', postalCode: '75011', city: 'Paris', country: 'FR',
        designerName: 'Atelier Cuisine Bastille', installerName: 'Pose Pro 75', supplierName: 'Meubles Durand', supplies: ['Base units', 'Oak worktop'],
        itemsDone: ['Units fitted and levelled'], reserves: [{ description: 'Replace the scratched oven door', party: 'SUPPLIER', dueOn: '2030-01-01' }], photoUrls: [],
      },
    },
    'sk_demo',
    base,
  );
  assert.equal(createInstallationJob.__typename, 'InstallationJob');
  return createInstallationJob;
}
