import { html, nothing, svg, type TemplateResult } from 'lit';
import type { ModelFailureRate, PurchaseMonthFailureRate } from '@sav/client';
import type { ParetoLine, ReportTable } from './quality-report.tables.js';
import { count, magnitude, month, part, percent, rate, say, type Voice } from './quality-report.words.js';

/**
 * The report's three charts, drawn with HTML and small SVGs (a bar is a `rect` sized by its
 * attributes: no inline style, so a page's strict Content-Security-Policy is no obstacle), no
 * chart library: the
 * failure rate by model (horizontal bars, the worst first), the Pareto of the parts replaced
 * (columns, the most replaced first, with the cumulative share as a line and markers), and the
 * failure rate by purchase month (columns, oldest first). Each value is written beside its bar. The
 * drawing is hidden from assistive technologies: the chart's table says the same, and is always
 * read; the "show the table" button also shows it on screen.
 */

/** What a chart needs besides its rows: its table, whether it is shown, and the button's handler. */
export interface ChartFrame extends Voice {
  readonly table: ReportTable;
  readonly tableShown: boolean;
  readonly onToggleTable: (id: string) => void;
}

/** A share of the largest value, from 0 to 100 (0 for nothing). */
const share = (value: number, largest: number): number => (largest > 0 ? Math.max(0, Math.min(100, (value / largest) * 100)) : 0);

/** A horizontal bar `length` long out of 100, filling its track. */
const horizontalBar = (length: number): TemplateResult =>
  html`<svg class="bar-track" viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">${svg`<rect class="bar-fill" x="0" y="0" width=${length} height="10"></rect>`}</svg>`;

/** A vertical bar `height` high out of 100, from the bottom of its column. */
const verticalBar = (height: number, kind: string): TemplateResult =>
  html`<span class="column-track"><svg class="column-bar ${kind}" viewBox="0 0 10 100" preserveAspectRatio="none" focusable="false">${svg`<rect x="0" y=${100 - height} width="10" height=${height}></rect>`}</svg></span>`;

/** A table of the report: its caption, header and rows in the reader's words. */
export function renderTable(table: ReportTable, options: { hidden?: boolean; headingLevel?: 3 } = {}): TemplateResult {
  return html`<table id=${table.id} part="table" class=${options.hidden ? 'data visually-hidden' : 'data'}>
    <caption>${table.title}</caption>
    <thead>
      <tr>${table.header.map((label, index) => html`<th scope="col" class=${table.numeric[index] ? 'numeric' : ''}>${label}</th>`)}</tr>
    </thead>
    <tbody>
      ${table.shown.map(
        (row) => html`<tr>
          ${row.map((cell, index) => (index === 0 ? html`<th scope="row">${cell}</th>` : html`<td class=${table.numeric[index] ? 'numeric' : ''}>${cell}</td>`))}
        </tr>`,
      )}
    </tbody>
  </table>`;
}

/** A chart's frame: its heading, the drawing (or "nothing to show"), the button and the table. */
function chartFrame(frame: ChartFrame, name: string, drawing: TemplateResult | undefined): TemplateResult {
  const { table } = frame;
  const headingId = `${name}-heading`;
  return html`<section part="chart ${name}" class="chart" aria-labelledby=${headingId}>
    <h3 id=${headingId} part="chart-heading">${table.title}</h3>
    ${drawing ?? html`<p part="chart-empty" class="muted">${say(frame, 'chart.empty')}</p>`}
    ${drawing
      ? html`<button part="table-toggle" class="link-button" type="button" aria-expanded=${frame.tableShown ? 'true' : 'false'} aria-controls=${table.id} @click=${() => frame.onToggleTable(table.id)}>
          ${say(frame, frame.tableShown ? 'chart.hideTable' : 'chart.showTable')}
        </button>`
      : nothing}
    ${drawing ? renderTable(table, { hidden: !frame.tableShown }) : nothing}
  </section>`;
}

/** The failure rate by model: one horizontal bar a model, the worst first, its rate written at its end. */
export function renderModelChart(frame: ChartFrame, models: readonly ModelFailureRate[]): TemplateResult {
  const largest = Math.max(0, ...models.map((row) => magnitude(row.failureRatePercent)));
  const drawing = models.length
    ? html`<div class="bars" aria-hidden="true">
        ${models.map(
          (row) => html`<div part="bar" class="bar-row" data-model=${row.productModel}>
            <span class="bar-label"><span class="code">${row.productModel}</span> <span class="muted">${row.name}</span></span>
            ${horizontalBar(share(magnitude(row.failureRatePercent), largest))}
            <span part="bar-value" class="bar-value">${rate(frame, row.failureRatePercent)}</span>
          </div>`,
        )}
      </div>`
    : undefined;
  return chartFrame(frame, 'chart-by-model', drawing);
}

/** The Pareto of the parts: a column of replacements a part, the most first, and the cumulative share as a line with markers. */
export function renderPartChart(frame: ChartFrame, lines: readonly ParetoLine[]): TemplateResult {
  const largest = Math.max(0, ...lines.map((line) => line.tickets));
  const x = (index: number) => ((index + 0.5) * 100) / lines.length;
  const y = (line: ParetoLine) => 100 - magnitude(line.cumulativePercent);
  const points = lines.map((line, index) => `${x(index)},${y(line)}`).join(' ');
  const drawing = lines.length
    ? html`<div class="plot" aria-hidden="true">
        <ul class="legend">
          <li><span class="swatch column-swatch"></span>${say(frame, 'chart.byPart.legend.tickets')}</li>
          <li><span class="swatch line-swatch"></span>${say(frame, 'chart.byPart.legend.cumulative')}</li>
        </ul>
        <div class="columns-area">
          <div class="columns">
            ${lines.map(
              (line) => html`<div part="column" class="column" data-part=${line.part}>
                <span class="column-value">${count(frame, line.tickets)}</span>
                ${verticalBar(share(line.tickets, largest), 'pareto')}
              </div>`,
            )}
          </div>
          <svg class="cumulative-line" viewBox="0 0 100 100" preserveAspectRatio="none" focusable="false">
            ${svg`<polyline points=${points}></polyline>`}
            ${lines.map((line, index) => svg`<line part="cumulative-marker" class="marker" data-cumulative=${line.cumulativePercent} x1=${x(index)} y1=${y(line)} x2=${x(index)} y2=${y(line)}></line>`)}
          </svg>
        </div>
        <div class="column-labels">
          ${lines.map((line) => html`<span><span class="label">${part(frame, line.part)}</span><span class="cumulative">${percent(frame, line.cumulativePercent)}</span></span>`)}
        </div>
      </div>`
    : undefined;
  return chartFrame(frame, 'chart-by-part', drawing);
}

/** The failure rate by purchase month: a column a month, oldest first, its rate written above it. */
export function renderMonthChart(frame: ChartFrame, months: readonly PurchaseMonthFailureRate[]): TemplateResult {
  const largest = Math.max(0, ...months.map((row) => magnitude(row.failureRatePercent)));
  const drawing = months.length
    ? html`<div class="plot" aria-hidden="true">
        <div class="columns-area">
          <div class="columns">
            ${months.map(
              (row) => html`<div part="column" class="column" data-month=${row.month}>
                <span class="column-value">${percent(frame, row.failureRatePercent) ?? '–'}</span>
                ${verticalBar(share(magnitude(row.failureRatePercent), largest), 'trend')}
              </div>`,
            )}
          </div>
        </div>
        <div class="column-labels">${months.map((row) => html`<span><span class="label">${month(frame, row.month)}</span></span>`)}</div>
      </div>`
    : undefined;
  return chartFrame(frame, 'chart-by-month', drawing);
}
