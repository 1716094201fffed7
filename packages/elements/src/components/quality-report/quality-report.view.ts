import type { QualityReport } from '@sav/client';
import { html, nothing, type TemplateResult } from 'lit';
import { renderModelChart, renderMonthChart, renderPartChart, renderTable, type ChartFrame } from './quality-report.charts.js';
import { modelsWorstFirst, monthsInOrder, paretoOfParts, type ReportTable } from './quality-report.tables.js';
import { count, hours, percent, period, rate, say, type Voice } from './quality-report.words.js';

/** What the templates read: the voice, the report and its tables, what the reader opened, the period form, the handlers. */
export interface QualityView extends Voice {
  readonly report: QualityReport;
  readonly tables: readonly ReportTable[];
  /** The ids of the charts' tables shown on screen. */
  readonly openTables: ReadonlySet<string>;
  /** The period form's values, when the component loads the report itself (not with a `report` given). */
  readonly period: { readonly from: string; readonly to: string; readonly busy: boolean } | undefined;
  readonly handlers: {
    readonly onToggleTable: (id: string) => void;
    readonly onExport: () => void;
    readonly onPeriodSubmit: (event: SubmitEvent) => void;
  };
}

/** The busy indicator of a button. */
function spinner(): TemplateResult {
  return html`<span part="spinner" class="spinner" aria-hidden="true"></span>`;
}

/** The period form: from and to (native date fields), and "Show", which loads the report again. */
export function renderPeriodForm(view: Pick<QualityView, 'language' | 'locale' | 'period' | 'handlers'>): TemplateResult | typeof nothing {
  const { period: values } = view;
  if (!values) return nothing;
  return html`<form part="period-form" class="period-form" novalidate aria-labelledby="period-heading" @submit=${view.handlers.onPeriodSubmit}>
    <h3 id="period-heading" part="label" class="period-heading">${say(view, 'filter.title')}</h3>
    <div part="field" class="field">
      <label part="label" for="period-from">${say(view, 'filter.from')}</label>
      <input part="input" id="period-from" name="from" type="date" .value=${values.from} />
    </div>
    <div part="field" class="field">
      <label part="label" for="period-to">${say(view, 'filter.to')}</label>
      <input part="input" id="period-to" name="to" type="date" .value=${values.to} />
    </div>
    <button part="submit-button" class="submit" type="submit" ?disabled=${values.busy}>
      ${values.busy ? spinner() : nothing}<span>${say(view, values.busy ? 'filter.busy' : 'filter.submit')}</span>
    </button>
  </form>`;
}

/** The headline figures: tickets, units sold, the failure rate, the first-time fix and the two delays. */
function renderFigures(view: QualityView): TemplateResult {
  const { report } = view;
  const none = say(view, 'figures.none');
  const fix = report.firstTimeFix;
  const delay = (name: string, label: string, stats: QualityReport['timeToRepair']): TemplateResult => {
    const median = hours(view, stats.medianHours);
    const p90 = hours(view, stats.p90Hours);
    return html`<div part="figure ${name}" class="figure">
      <dt>${label}</dt>
      <dd class="value">${median ?? none}</dd>
      ${median && p90
        ? html`<dd class="detail">${say(view, 'figures.delay', { median, p90 })}, ${say(view, 'figures.delay.tickets', { tickets: count(view, stats.tickets) })}</dd>`
        : nothing}
    </div>`;
  };
  return html`<section part="figures" class="figures-section" aria-labelledby="figures-heading">
    <h3 id="figures-heading" class="visually-hidden">${say(view, 'figures.title')}</h3>
    <dl class="figures">
      <div part="figure figure-tickets" class="figure"><dt>${say(view, 'figures.tickets')}</dt><dd class="value">${count(view, report.tickets)}</dd></div>
      <div part="figure figure-units-sold" class="figure"><dt>${say(view, 'figures.unitsSold')}</dt><dd class="value">${count(view, report.unitsSold)}</dd></div>
      <div part="figure figure-failure-rate" class="figure"><dt>${say(view, 'figures.failureRate')}</dt><dd class="value">${rate(view, report.failureRatePercent)}</dd></div>
      <div part="figure figure-first-time-fix" class="figure">
        <dt>${say(view, 'figures.firstTimeFix')}</dt>
        <dd class="value">${percent(view, fix.ratePercent) ?? none}</dd>
        <dd class="detail">${say(view, 'figures.firstTimeFix.detail', { fixed: count(view, fix.fixedFirstTime), closed: count(view, fix.closedTickets) })}</dd>
      </div>
      ${delay('figure-time-to-first-visit', say(view, 'figures.timeToFirstVisit'), report.timeToFirstVisit)}
      ${delay('figure-time-to-repair', say(view, 'figures.timeToRepair'), report.timeToRepair)}
    </dl>
  </section>`;
}

/**
 * The report: its heading and period, the export button, the period form (when the component loads
 * the report itself), the headline figures, the three charts with their tables, then the repeated
 * defects and the satisfaction, each only when it has rows.
 */
export function renderReport(view: QualityView): TemplateResult {
  const { report, tables } = view;
  const tableOf = (id: string) => tables.find((table) => table.id === id)!;
  const frame = (id: string): ChartFrame => ({ language: view.language, locale: view.locale, table: tableOf(id), tableShown: view.openTables.has(id), onToggleTable: view.handlers.onToggleTable });
  const lists = tables.filter((table) => ['table-repeated-parts', 'table-repeated-units', 'table-technicians', 'table-workshops'].includes(table.id));
  return html`<section part="report" class="report" aria-labelledby="report-heading">
    <header class="report-header">
      <div>
        <h2 id="report-heading" part="heading" tabindex="-1">${say(view, 'title')}</h2>
        <p part="period" class="muted">${period(view, report.from, report.to)}</p>
      </div>
      <button part="export-button" class="secondary" type="button" @click=${view.handlers.onExport}>${say(view, 'export.button')}</button>
    </header>
    ${renderPeriodForm(view)} ${renderFigures(view)}
    ${report.tickets === 0 ? html`<p part="empty" class="muted">${say(view, 'empty')}</p>` : nothing}
    <div class="charts">
      ${renderModelChart(frame('table-by-model'), modelsWorstFirst(report.byModel))}
      ${renderPartChart(frame('table-by-part'), paretoOfParts(report.byPart))}
      ${renderMonthChart(frame('table-by-month'), monthsInOrder(report.byPurchaseMonth))}
    </div>
    ${lists.map((table) => html`<section part="list" class="list" data-list=${table.id}>${renderTable(table)}</section>`)}
  </section>`;
}
