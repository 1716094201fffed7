// Against a REAL running gateway: `SAV_TEST_API=http://127.0.0.1:4000/graphql pnpm test`.
// Without SAV_TEST_API (injected as window.__SAV_TEST_API__ by web-test-runner.config.mjs) it skips.
// The component posts to the demo back office's endpoint (POST /demo/back-office/graphql, served
// outside production), which adds the demo secret key: the demo tenant's repair history of 2025.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { part, parts, plain } from '../../internal/testing.js';
import { textOf } from './quality-report.fixtures.js';
import './quality-report.js';
import type { SavQualityReport } from './quality-report.js';

declare global {
  interface Window {
    __SAV_TEST_API__?: string | null;
  }
}

const gatewayUrl = window.__SAV_TEST_API__ ?? '';
const backOffice = gatewayUrl ? new URL('/demo/back-office/graphql', gatewayUrl).href : '';

/** What SAV says of 2025 to a server with the demo secret key (what the component must show). */
async function figuresOf2025(): Promise<{ tickets: number; byModel: { productModel: string }[] }> {
  const response = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer sk_demo' },
    body: JSON.stringify({ query: 'query($input: QualityReportInput!) { qualityReport(input: $input) { ... on QualityReport { tickets byModel { productModel } } } }', variables: { input: { from: '2025-01-01', to: '2025-12-31' } } }),
  });
  return ((await response.json()) as { data: { qualityReport: { tickets: number; byModel: { productModel: string }[] } } }).data.qualityReport;
}

async function settledElement(element: SavQualityReport): Promise<void> {
  await waitUntil(() => element.getAttribute('state') === 'error' || part(element, 'report') !== null, 'the gateway did not answer', { timeout: 15_000 });
}

describe('<sav-quality-report> against a running gateway', function () {
  before(function () {
    if (!gatewayUrl) this.skip();
  });

  it('shows the demo tenant’s report of 2025 through the demo back office’s endpoint, with no key in the page', async () => {
    const element = await fixture<SavQualityReport>(html`<sav-quality-report api=${backOffice} lang="en" from="2025-01-01" to="2025-12-31"></sav-quality-report>`);
    await settledElement(element);
    expect(element.getAttribute('state'), `error shown: ${textOf(element, 'error')}`).to.equal('ready');
    const expected = await figuresOf2025();
    expect(expected.tickets).to.be.greaterThan(0);
    expect(plain(element.shadowRoot!.querySelector('[part~="figure-tickets"] .value')?.textContent)).to.equal(String(expected.tickets));
    expect(parts(element, 'bar').map((bar) => bar.dataset.model).sort()).to.deep.equal(expected.byModel.map((row) => row.productModel).sort());
    expect(parts(element, 'column').length).to.be.greaterThan(0);
    await expect(element).to.be.accessible();
  });

  it('says in French that SAV refused a reversed period', async () => {
    const element = await fixture<SavQualityReport>(html`<sav-quality-report api=${backOffice} lang="fr" from="2025-12-31" to="2025-01-01"></sav-quality-report>`);
    await settledElement(element);
    expect(element.getAttribute('state')).to.equal('error');
    expect(textOf(element, 'error')).to.contain('La période commence après sa fin');
  });
});
