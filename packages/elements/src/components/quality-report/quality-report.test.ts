// The quality report against a stubbed back-office endpoint: set-up (no key, bad attributes), the
// figures and the three charts with their tables, an empty report, a refused filter, a failed
// request, the report given as a property, the period form, the CSV export, the keyboard, four
// languages, accessibility. quality-report.gateway.test.ts runs against the real gateway.
import { elementUpdated, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { define } from '../../internal/define.js';
import { control, fillIn, focused, part, parts, plain, setUpEachTest } from '../../internal/testing.js';
import { atState, catchDownload, emptyReport, sampleReport, stubBackOffice, tableRows, textOf } from './quality-report.fixtures.js';
import { SavQualityReport } from './quality-report.js';

async function reportElement(attributes: { lang?: string; from?: string; to?: string } = {}): Promise<SavQualityReport> {
  const element = await fixture<SavQualityReport>(
    html`<sav-quality-report api="/back-office/sav" lang=${attributes.lang ?? 'en'} from=${attributes.from ?? ''} to=${attributes.to ?? ''}></sav-quality-report>`,
  );
  await atState(element, 'ready');
  return element;
}

/** A figure's term and descriptions, each its own text. */
const figure = (element: HTMLElement, name: string) => [...(part(element, name)?.children ?? [])].map((child) => plain(child.textContent));

/** A chart's labels under its columns. */
const columnLabels = (chart: HTMLElement) => [...chart.querySelectorAll('.column-labels .label')].map((label) => plain(label.textContent));

const live = (element: HTMLElement) => plain(element.shadowRoot!.querySelector('[role="status"]')?.textContent);

describe('<sav-quality-report>', () => {
  setUpEachTest();

  describe('set-up', () => {
    it('is registered, and define() skips a tag already registered', () => {
      expect(customElements.get('sav-quality-report')).to.equal(SavQualityReport);
      class Other extends HTMLElement {}
      expect(define('sav-quality-report', Other)).to.equal(SavQualityReport);
    });

    it('says what to set, and asks nothing, without an api nor a report', async () => {
      const endpoint = stubBackOffice();
      const element = await fixture<SavQualityReport>(html`<sav-quality-report></sav-quality-report>`);
      expect(textOf(element, 'config-error')).to.contain('The api attribute is missing');
      expect(textOf(element, 'config-error')).to.contain('the key never goes in the page');
      expect(endpoint.requests).to.have.length(0);
      await expect(element).to.be.accessible();
    });

    it('posts the standard GraphQL request to the back office’s endpoint, with the page’s cookies and no Authorization header', async () => {
      const original = window.fetch;
      const calls: { url: string; init: RequestInit }[] = [];
      window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
        calls.push({ url: String(input), init: init ?? {} });
        return new Response(JSON.stringify({ data: { qualityReport: sampleReport() } }), { headers: { 'content-type': 'application/json' } });
      };
      try {
        const element = await reportElement({ from: '2026-03-01', to: '2026-03-31' });
        expect(calls).to.have.length(1);
        const [call] = calls;
        expect(call!.url).to.equal(new URL('/back-office/sav', document.baseURI).href);
        expect(call!.init.method).to.equal('POST');
        expect(call!.init.credentials).to.equal('same-origin');
        const headers = new Headers(call!.init.headers);
        expect(headers.has('authorization')).to.equal(false);
        expect(headers.get('content-type')).to.equal('application/json');
        const body = JSON.parse(String(call!.init.body)) as { query: string; variables: unknown };
        expect(body.query).to.match(/query QualityReport\(\$input: QualityReportInput!\)/);
        expect(body.variables).to.deep.equal({ input: { from: '2026-03-01', to: '2026-03-31' } });
        expect(element.getAttribute('state')).to.equal('ready');
      } finally {
        window.fetch = original;
      }
    });

    it('leaves out each wrong filter with a warning in the reader’s language, and sends the rest', async () => {
      const endpoint = stubBackOffice();
      const element = await fixture<SavQualityReport>(
        html`<sav-quality-report
          api="/back-office/sav"
          lang="en"
          from="2026-02-30"
          to="2026-03-31"
          category="refrigerator"
          country="France"
          product-models="HRF-DEMO-1, bad$model hac-demo-inv,HRF-DEMO-1"
          repeat-threshold="1"
        ></sav-quality-report>`,
      );
      await atState(element, 'ready');
      expect(parts(element, 'warning').map((warning) => plain(warning.textContent))).to.deep.equal([
        'The from attribute "2026-02-30" is not a date (YYYY-MM-DD); it was ignored.',
        'The country attribute "France" is not a two-letter ISO country code; it was ignored.',
        'The product model "bad$model" in the product-models attribute is not a model code; it was ignored.',
        'The repeat-threshold attribute "1" is not a whole number from 2 to 10000; it was ignored.',
      ]);
      expect(endpoint.requests[0]!.body.variables.input).to.deep.equal({ to: '2026-03-31', category: 'REFRIGERATOR', productModels: ['HRF-DEMO-1', 'HAC-DEMO-INV'] });
      await expect(element).to.be.accessible();
    });

    it('refuses an api that is not an http(s) URL', async () => {
      const endpoint = stubBackOffice();
      const element = await fixture<SavQualityReport>(html`<sav-quality-report api="javascript:alert(1)"></sav-quality-report>`);
      expect(textOf(element, 'config-error')).to.contain('The api attribute "javascript:alert(1)" is not a valid http(s) URL.');
      expect(endpoint.requests).to.have.length(0);
    });
  });

  describe('the report', () => {
    it('shows the headline figures and the period', async () => {
      stubBackOffice();
      const element = await reportElement();
      expect(textOf(element, 'heading')).to.equal('Quality report');
      expect(textOf(element, 'period')).to.equal('Tickets from March 1, 2026 to March 31, 2026');
      expect(figure(element, 'figure-tickets')).to.deep.equal(['Tickets', '8']);
      expect(figure(element, 'figure-units-sold')).to.deep.equal(['Units sold', '15']);
      expect(figure(element, 'figure-failure-rate')).to.deep.equal(['Failure rate', '53.33%']);
      expect(figure(element, 'figure-first-time-fix')).to.deep.equal(['First-time fix', '75.0%', '3 of 4 closed tickets']);
      expect(figure(element, 'figure-time-to-first-visit')).to.deep.equal(['Time to the first visit', '30 hours', 'median 30 hours, 90% within 57.6 hours, over 7 tickets']);
      expect(figure(element, 'figure-time-to-repair')).to.deep.equal(['Time to repair', '38 hours', 'median 38 hours, 90% within 70 hours, over 7 tickets']);
      expect(live(element)).to.equal('Quality report shown: 8 tickets.');
    });

    it('draws the failure rate by model, the worst first, each value written, with the same figures in its table', async () => {
      stubBackOffice();
      const element = await reportElement();
      const bars = parts(element, 'bar');
      expect(bars.map((bar) => bar.dataset.model)).to.deep.equal(['FRIDGE-A', 'AIRCO-B', 'NEW-C']);
      expect(parts(element, 'bar-value').map((value) => plain(value.textContent))).to.deep.equal(['60.0%', '40.0%', 'no unit sold']);
      const fills = bars.map((bar) => bar.querySelector('.bar-fill')!.getBoundingClientRect().width);
      expect(fills[0]).to.be.greaterThan(fills[1]!);
      expect(Math.round((fills[1]! / fills[0]!) * 100)).to.equal(67);
      expect(tableRows(element, 'table-by-model')).to.deep.equal([
        ['FRIDGE-A', 'Fridge A', 'REFRIGERATOR', '10', '6', '60.0%'],
        ['AIRCO-B', 'Air conditioner B', 'AIR_CONDITIONER', '5', '2', '40.0%'],
        ['NEW-C', 'New model C', 'REFRIGERATOR', '0', '0', 'no unit sold'],
      ]);
    });

    it('draws the Pareto of the parts: the most replaced first, and the cumulative share as markers and a line', async () => {
      stubBackOffice();
      const element = await reportElement();
      const chart = part(element, 'chart-by-part')!;
      const columns = [...chart.querySelectorAll<HTMLElement>('[part~="column"]')];
      expect(columns.map((column) => column.dataset.part)).to.deep.equal(['COMPRESSOR', 'FAN_MOTOR', 'PARTS']);
      expect(parts(element, 'cumulative-marker').map((marker) => marker.getAttribute('data-cumulative'))).to.deep.equal(['50.00', '75.00', '100.00']);
      expect(chart.querySelector('polyline')!.getAttribute('points')).to.equal(`${100 / 6},50 50,25 ${500 / 6},0`);
      expect(columnLabels(chart)).to.deep.equal(['Compressor', 'Fan motor', 'Other parts']);
      expect([...chart.querySelectorAll('.column-labels .cumulative')].map((share) => plain(share.textContent))).to.deep.equal(['50.0%', '75.0%', '100.0%']);
      expect(tableRows(element, 'table-by-part')).to.deep.equal([
        ['Compressor', '4', '50.0%', '15', '26.67%'],
        ['Fan motor', '2', '75.0%', '15', '13.33%'],
        ['Other parts', '2', '100.0%', '15', '13.33%'],
      ]);
    });

    it('draws the failure rate by purchase month, oldest first', async () => {
      stubBackOffice();
      const element = await reportElement();
      const chart = part(element, 'chart-by-month')!;
      expect([...chart.querySelectorAll<HTMLElement>('[part~="column"]')].map((column) => column.dataset.month)).to.deep.equal(['2025-01', '2025-02']);
      expect(columnLabels(chart)).to.deep.equal(['Jan 2025', 'Feb 2025']);
      expect(tableRows(element, 'table-by-month')).to.deep.equal([
        ['Jan 2025', '9', '4', '44.44%'],
        ['Feb 2025', '6', '4', '66.67%'],
      ]);
    });

    it('lists the repeated defects and the satisfaction', async () => {
      stubBackOffice();
      const element = await reportElement();
      expect(parts(element, 'list').map((list) => list.dataset.list)).to.deep.equal(['table-repeated-parts', 'table-repeated-units', 'table-technicians', 'table-workshops']);
      expect(plain(element.shadowRoot!.querySelector('#table-repeated-parts caption')!.textContent)).to.equal('Parts replaced on 3 units or more of one model');
      expect(tableRows(element, 'table-repeated-parts')).to.deep.equal([['FRIDGE-A', 'Compressor', '3', '4']]);
      expect(tableRows(element, 'table-repeated-units')).to.deep.equal([['F-05', 'FRIDGE-A', 'Compressor', '2']]);
      expect(tableRows(element, 'table-technicians')).to.deep.equal([
        ['Xavier', 'X-1', '3', '3.67 / 5'],
        ['Yasmine', 'Y-1', '2', '4.5 / 5'],
      ]);
      expect(tableRows(element, 'table-workshops')).to.deep.equal([['Atelier Lyon', 'Lyon', '1', '3 / 5']]);
    });

    it('hides the drawings from screen readers, whose tables are read; the button shows a table on screen too (keyboard)', async () => {
      stubBackOffice();
      const element = await reportElement();
      for (const chart of parts(element, 'chart')) expect(chart.querySelector('.bars, .plot')!.getAttribute('aria-hidden')).to.equal('true');
      const table = control<HTMLTableElement>(element, 'table-by-model');
      expect(table.classList.contains('visually-hidden')).to.equal(true);
      const toggle = part(element, 'chart-by-model')!.querySelector<HTMLButtonElement>('[part~="table-toggle"]')!;
      expect(toggle.getAttribute('aria-controls')).to.equal('table-by-model');
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      for (let presses = 0; presses < 20 && focused(element) !== toggle; presses += 1) await sendKeys({ press: 'Tab' });
      expect(focused(element)).to.equal(toggle);
      await sendKeys({ press: 'Enter' });
      await elementUpdated(element);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(plain(toggle.textContent)).to.equal('Hide the table');
      expect(control<HTMLTableElement>(element, 'table-by-model').classList.contains('visually-hidden')).to.equal(false);
      expect(control<HTMLTableElement>(element, 'table-by-model').getBoundingClientRect().height).to.be.greaterThan(40);
      await sendKeys({ press: 'Space' });
      await elementUpdated(element);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      await expect(element).to.be.accessible();
    });

    it('says when a period has no ticket: each chart says there is nothing to show, no list', async () => {
      stubBackOffice(() => emptyReport());
      const element = await reportElement();
      expect(textOf(element, 'empty')).to.equal('No repair was requested in this period for these filters.');
      expect(parts(element, 'chart-empty').map((empty) => plain(empty.textContent))).to.deep.equal(Array(3).fill('Nothing to show for these filters.'));
      expect(parts(element, 'bar')).to.have.length(0);
      expect(parts(element, 'list')).to.have.length(0);
      expect(figure(element, 'figure-failure-rate')).to.deep.equal(['Failure rate', 'no unit sold']);
      expect(figure(element, 'figure-time-to-repair')).to.deep.equal(['Time to repair', 'not available']);
      await expect(element).to.be.accessible();
    });

    it('fires sav-report-loaded with the report', async () => {
      stubBackOffice();
      const element = document.createElement('sav-quality-report');
      element.setAttribute('api', '/back-office/sav');
      const loaded = oneEvent(element, 'sav-report-loaded');
      document.body.append(element);
      try {
        const event = await loaded;
        expect(event.detail.tickets).to.equal(8);
        expect(event.bubbles && event.composed).to.equal(true);
      } finally {
        element.remove();
      }
    });
  });

  describe('refusals and failures', () => {
    it('words a refused period in the reader’s language, with the period form to correct it', async () => {
      const endpoint = stubBackOffice((request) =>
        request.body.variables.input?.from === '2026-03-31'
          ? { __typename: 'InvalidInput', code: 'INVALID_RANGE', message: 'from is after to.', field: ['from'], problems: [{ field: 'from', code: 'INVALID_RANGE', message: 'from is after to.' }] }
          : sampleReport(),
      );
      const element = await fixture<SavQualityReport>(html`<sav-quality-report api="/back-office/sav" lang="en" from="2026-03-31" to="2026-03-01"></sav-quality-report>`);
      await atState(element, 'error');
      expect(textOf(element, 'error-heading')).to.equal('The quality report could not be shown');
      expect(textOf(element, 'error')).to.contain('The period starts after it ends');
      expect(part(element, 'retry-button')).to.equal(null);
      await waitUntil(() => part(element, 'period-form'), 'no period form beside the refusal');
      await expect(element).to.be.accessible();
      fillIn(control(element, 'period-from'), '2026-03-01');
      fillIn(control(element, 'period-to'), '2026-03-31');
      (part(element, 'submit-button') as HTMLButtonElement).click();
      await atState(element, 'ready');
      expect(endpoint.requests.at(-1)!.body.variables.input).to.deep.equal({ from: '2026-03-01', to: '2026-03-31' });
      await waitUntil(() => focused(element) === control(element, 'report-heading'), 'the report’s heading is not focused');
    });

    it('names another refused filter, with SAV’s own words', async () => {
      stubBackOffice(() => ({ __typename: 'InvalidInput', code: 'OUT_OF_RANGE', message: 'repeatThreshold is a number of units from 2 to 10000.', field: ['repeatThreshold'], problems: [] }));
      const element = await fixture<SavQualityReport>(html`<sav-quality-report api="/back-office/sav" lang="en"></sav-quality-report>`);
      await atState(element, 'error');
      expect(textOf(element, 'error')).to.contain('SAV refused the filter “repeatThreshold”.');
      expect(textOf(element, 'error')).to.contain('repeatThreshold is a number of units from 2 to 10000.');
    });

    it('says the endpoint could not be reached, and loads again on "Try again"', async () => {
      let fail = true;
      stubBackOffice(() => (fail ? 'network-error' : sampleReport()));
      const element = await fixture<SavQualityReport>(html`<sav-quality-report api="/back-office/sav" lang="en"></sav-quality-report>`);
      await atState(element, 'error');
      expect(textOf(element, 'error')).to.contain('could not be reached');
      await expect(element).to.be.accessible();
      fail = false;
      (part(element, 'retry-button') as HTMLButtonElement).click();
      await atState(element, 'ready');
      expect(part(element, 'report')).to.exist;
    });

    it('says the back office refused the request (its login, its key) on a 401', async () => {
      stubBackOffice(() => new Response(JSON.stringify({ errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] }), { status: 401, headers: { 'content-type': 'application/json' } }));
      const element = await fixture<SavQualityReport>(html`<sav-quality-report api="/back-office/sav" lang="en"></sav-quality-report>`);
      await atState(element, 'error');
      expect(textOf(element, 'error')).to.contain('The back office’s endpoint refused the request (HTTP 401): sign in again');
    });
  });

  describe('a report given as a property', () => {
    it('is shown as it is, with nothing fetched and no period form, and fires sav-report-loaded', async () => {
      const endpoint = stubBackOffice();
      const element = document.createElement('sav-quality-report');
      element.report = sampleReport({ tickets: 12 });
      const loaded = oneEvent(element, 'sav-report-loaded');
      document.body.append(element);
      try {
        expect((await loaded).detail.tickets).to.equal(12);
        await atState(element, 'ready');
        expect(figure(element, 'figure-tickets')).to.deep.equal(['Tickets', '12']);
        expect(part(element, 'period-form')).to.equal(null);
        expect(endpoint.requests).to.have.length(0);
        element.report = emptyReport();
        await waitUntil(() => figure(element, 'figure-tickets')[1] === '0', 'the new report is not shown');
      } finally {
        element.remove();
      }
    });

    it('refuses a value that is not a quality report, without a crash', async () => {
      const element = document.createElement('sav-quality-report');
      (element as unknown as { report: unknown }).report = { tickets: 'many' };
      document.body.append(element);
      try {
        await elementUpdated(element);
        expect(textOf(element, 'config-error')).to.contain('The report property is not a quality report');
      } finally {
        element.remove();
      }
    });
  });

  describe('the period form', () => {
    it('loads the report again for the period chosen, keeping the other filters', async () => {
      const endpoint = stubBackOffice((request) => sampleReport({ from: (request.body.variables.input?.from as string) ?? null, to: (request.body.variables.input?.to as string) ?? null }));
      const element = await fixture<SavQualityReport>(html`<sav-quality-report api="/back-office/sav" lang="en" country="fr"></sav-quality-report>`);
      await atState(element, 'ready');
      expect(textOf(element, 'period')).to.equal('All tickets to date');
      fillIn(control(element, 'period-from'), '2026-01-01');
      (part(element, 'submit-button') as HTMLButtonElement).click();
      await waitUntil(() => textOf(element, 'period') === 'Tickets from January 1, 2026', 'the new period is not shown');
      expect(endpoint.requests.map((request) => request.body.variables.input)).to.deep.equal([{ country: 'FR' }, { from: '2026-01-01', country: 'FR' }]);
      expect(element.from).to.equal('2026-01-01');
    });
  });

  describe('the CSV export', () => {
    it('downloads every table in one file, in the reader’s words, with the gateway’s figures', async () => {
      stubBackOffice(() => sampleReport({ satisfactionByWorkshop: [{ name: '=cmd|"/c calc"!A1', city: 'Lyon, 3e', ratings: 1, averageScore: '3.00' }] }));
      const element = await reportElement();
      const download = await catchDownload(() => (part(element, 'export-button') as HTMLButtonElement).click());
      expect(download.file).to.equal('quality-report_2026-03-01_2026-03-31.csv');
      expect(download.type).to.equal('text/csv;charset=utf-8');
      expect(download.text.startsWith('\uFEFFKey figures\r\nFigure,Value\r\nTickets,8\r\nUnits sold,15\r\nFailure rate,53.33\r\n')).to.equal(true);
      expect(download.text).to.contain('\r\nFailure rate by model\r\nModel,Name,Category,Units sold,Tickets,Failure rate\r\nFRIDGE-A,Fridge A,REFRIGERATOR,10,6,60.00\r\nAIRCO-B,Air conditioner B,AIR_CONDITIONER,5,2,40.00\r\nNEW-C,New model C,REFRIGERATOR,0,0,\r\n');
      expect(download.text).to.contain('\r\nParts replaced (Pareto)\r\nPart,Tickets,Cumulative share,Units sold,Failure rate\r\nCompressor,4,50.00,15,26.67\r\n');
      expect(download.text).to.contain('\r\nFailure rate by purchase month\r\nPurchase month,Units sold,Tickets,Failure rate\r\n2025-01,9,4,44.44\r\n2025-02,6,4,66.67\r\n');
      expect(download.text).to.contain('\r\nSatisfaction by workshop\r\nWorkshop,City,Ratings,Average score\r\n"\'=cmd|""/c calc""!A1","Lyon, 3e",1,3.00\r\n');
      await waitUntil(() => live(element) === 'The report was exported as quality-report_2026-03-01_2026-03-31.csv.', 'the export is not announced');
    });
  });

  describe('languages', () => {
    it('speaks French, with French numbers and dates', async () => {
      stubBackOffice();
      const element = await reportElement({ lang: 'fr' });
      expect(textOf(element, 'heading')).to.equal('Rapport qualité');
      expect(textOf(element, 'period')).to.equal('Tickets du 1 mars 2026 au 31 mars 2026');
      expect(parts(element, 'bar-value').map((value) => plain(value.textContent))).to.deep.equal(['60,0 %', '40,0 %', 'aucun appareil vendu']);
      expect(plain(part(element, 'export-button')!.textContent)).to.equal('Exporter en CSV');
      await expect(element).to.be.accessible();
    });

    it('speaks Dutch and Chinese, and changes language with the page', async () => {
      stubBackOffice();
      const element = await reportElement({ lang: 'nl' });
      expect(textOf(element, 'heading')).to.equal('Kwaliteitsrapport');
      expect(textOf(element, 'chart-heading')).to.equal('Uitvalpercentage per model');
      element.setAttribute('lang', 'zh');
      await waitUntil(() => textOf(element, 'heading') === '质量报告', 'no Chinese');
      expect(figure(element, 'figure-tickets')).to.deep.equal(['工单', '8']);
      await expect(element).to.be.accessible();
    });
  });
});
