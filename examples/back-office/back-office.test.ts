// The example back office, in Chromium, against a running gateway (SAV_TEST_GATEWAY, which
// `pnpm test` starts): <sav-quality-report> posts to the demo back office's endpoint with no key,
// shows the demo tenant's repair history as SAV computes it with the secret key, speaks the page's
// language, and exports its tables as CSV.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, HTTPRequest, Page } from 'puppeteer-core';
import { api, gateway, openBrowser, skip } from '../browser-testing.js';

interface Figures {
  tickets: number;
  unitsSold: number;
  byModel: { productModel: string; failureRatePercent: string | null }[];
  byPart: { part: string; tickets: number }[];
}

/** What SAV answers the back office's server for 2025, asked directly with the demo secret key. */
async function reportFor2025(): Promise<Figures> {
  const { qualityReport } = await api<{ qualityReport: Figures }>(
    'query($input: QualityReportInput!) { qualityReport(input: $input) { ... on QualityReport { tickets unitsSold byModel { productModel failureRatePercent } byPart { part tickets } } } }',
    { input: { from: '2025-01-01', to: '2025-12-31' } },
    'sk_demo',
  );
  return qualityReport;
}

/** Texts inside the report's shadow root. */
function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval('sav-quality-report', ([element], selector) => [...(element?.shadowRoot?.querySelectorAll(selector) ?? [])].map((node) => (node.textContent ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim()), selector);
}

describe('examples/back-office in Chromium', { skip }, () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const sent: { url: string; headers: Record<string, string>; body: string }[] = [];
  before(async () => {
    ({ browser, page, errors } = await openBrowser({ consoleErrors: true }));
    page.on('request', (request: HTTPRequest) => {
      if (request.method() === 'POST') sent.push({ url: request.url(), headers: request.headers(), body: request.postData() ?? '' });
    });
  });
  after(() => browser?.close());

  it('shows the demo tenant’s quality report for 2025, asked of the back office’s endpoint with no key in the page', async () => {
    const response = await page.goto(`${gateway}/back-office/`, { waitUntil: 'networkidle0' });
    assert.equal(response?.status(), 200);
    await page.waitForSelector('sav-quality-report[state="ready"]', { timeout: 15_000 });
    await page.waitForFunction(() => document.querySelector('sav-quality-report')?.shadowRoot?.querySelector('[part~="report"]'), { timeout: 10_000 });

    const posts = sent.filter((request) => request.url.endsWith('/demo/back-office/graphql'));
    assert.equal(posts.length, 1);
    assert.equal(posts[0]!.headers.authorization, undefined, 'the page sends no key');
    assert.doesNotMatch(await page.content(), /sk_demo/);
    assert.deepEqual((JSON.parse(posts[0]!.body) as { variables: unknown }).variables, { input: { from: '2025-01-01', to: '2025-12-31' } });

    const expected = await reportFor2025();
    assert.ok(expected.tickets > 0, 'the demo tenant has a repair history in 2025');
    const tickets = await texts(page, '[part~="figure-tickets"] .value');
    assert.deepEqual(tickets, [String(expected.tickets)]);
    const models = await page.$$eval('sav-quality-report', ([element]) => [...(element?.shadowRoot?.querySelectorAll<HTMLElement>('[part~="bar"]') ?? [])].map((bar) => bar.dataset.model));
    const worstFirst = [...expected.byModel].sort((a, b) => Number(b.failureRatePercent ?? -1) - Number(a.failureRatePercent ?? -1)).map((row) => row.productModel);
    assert.deepEqual(models, worstFirst);
    const parts = await page.$$eval('sav-quality-report', ([element]) => [...(element?.shadowRoot?.querySelectorAll<HTMLElement>('[part~="chart-by-part"] [part~="column"]') ?? [])].map((column) => column.dataset.part));
    assert.equal(parts[0], [...expected.byPart].sort((a, b) => b.tickets - a.tickets)[0]!.part, 'the most replaced part first');
    assert.match(await page.$eval('#loaded-note', (note) => note.textContent ?? ''), new RegExp(`${expected.tickets} repairs over ${expected.unitsSold} units sold`));
    assert.deepEqual(await texts(page, '[part~="warning"], [part~="config-error"], [part~="error"]'), []);
    assert.deepEqual(errors, []);
  });

  it('speaks the language the page switches to', async () => {
    await page.click('.lang-switch button[data-lang="fr"]');
    await page.waitForFunction(() => document.querySelector('sav-quality-report')?.shadowRoot?.querySelector('[part~="heading"]')?.textContent === 'Rapport qualité', { timeout: 10_000 });
    assert.deepEqual(await texts(page, '[part~="export-button"]'), ['Exporter en CSV']);
    await page.click('.lang-switch button[data-lang="en"]');
    await page.waitForFunction(() => document.querySelector('sav-quality-report')?.shadowRoot?.querySelector('[part~="heading"]')?.textContent === 'Quality report', { timeout: 10_000 });
  });

  it('exports the report as one CSV file', async () => {
    const download = await page.evaluate(async () => {
      const element = document.querySelector('sav-quality-report')!;
      const createObjectURL = URL.createObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      let blob: Blob | undefined;
      let file = '';
      URL.createObjectURL = (object: Blob | MediaSource) => ((blob = object as Blob), createObjectURL.call(URL, object));
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        file = this.download;
      };
      try {
        element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="export-button"]')!.click();
      } finally {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = click;
      }
      return { file, text: blob ? await blob.text() : '' };
    });
    assert.equal(download.file, 'quality-report_2025-01-01_2025-12-31.csv');
    const expected = await reportFor2025();
    assert.match(download.text, new RegExp(`\r\nTickets,${expected.tickets}\r\nUnits sold,${expected.unitsSold}\r\n`));
    assert.match(download.text, /\r\nFailure rate by model\r\nModel,Name,Category,Units sold,Tickets,Failure rate\r\n/);
  });
});
