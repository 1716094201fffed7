import { css } from 'lit';

/**
 * The report's styles (headline figures, charts, tables), adopted when the report's view arrives
 * (LazyPart). Bars use the accent; the Pareto's cumulative line and markers the text colour, so the
 * two read apart without colour alone (a line against columns, and a legend).
 */
export const reportStyles = css`
  .report,
  .charts {
    display: grid;
    gap: calc(var(--_space) * 1.25);
  }

  .report-header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: flex-start;
    gap: var(--_space);
  }

  .period-form {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: calc(var(--_space) * 0.75);
  }

  .period-heading {
    flex-basis: 100%;
    font-size: 1rem;
  }

  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr));
    gap: calc(var(--_space) * 0.75);
    margin: 0;
  }

  .figure {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    display: grid;
    align-content: start;
    gap: 0.125rem;
  }

  .figure dt {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .figure dd {
    margin: 0;
  }

  .figure .value {
    font-size: 1.5rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }

  .figure .detail {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .chart {
    display: grid;
    gap: calc(var(--_space) * 0.5);
    border-top: 1px solid var(--_border);
    padding-top: var(--_space);
  }

  .bars {
    display: grid;
    gap: 0.375rem;
  }

  .bar-row {
    display: grid;
    grid-template-columns: minmax(8rem, 16rem) 1fr minmax(4.5rem, auto);
    align-items: center;
    gap: 0.75rem;
  }

  .bar-label {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  .code {
    font-weight: 600;
  }

  .bar-track {
    display: block;
    inline-size: 100%;
    block-size: 1.25rem;
    background: color-mix(in srgb, var(--_border) 18%, transparent);
    border-radius: var(--_radius);
  }

  .bar-fill {
    fill: var(--_accent);
  }

  .bar-value,
  .column-value,
  .numeric {
    font-variant-numeric: tabular-nums;
    text-align: end;
  }

  .plot {
    display: grid;
    gap: 0.375rem;
  }

  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875rem;
  }

  .legend li {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }

  .swatch {
    display: inline-block;
    inline-size: 1rem;
    block-size: 0.75rem;
  }

  .column-swatch {
    background: var(--_accent);
  }

  .line-swatch {
    block-size: 0;
    border-top: 2px solid var(--_text);
  }

  .columns-area {
    position: relative;
    block-size: 11rem;
  }

  .columns,
  .column-labels {
    display: grid;
    grid-auto-columns: minmax(0, 1fr);
    grid-auto-flow: column;
    gap: 0.5rem;
  }

  .columns {
    block-size: 100%;
    align-items: end;
  }

  .column {
    block-size: 100%;
    display: flex;
    flex-direction: column;
    align-items: stretch;
    min-inline-size: 0;
  }

  .column-value {
    text-align: center;
    font-size: 0.8125rem;
    line-height: 1.25rem;
  }

  /* The bar's room under its value: the SVG fills it whatever its own proportions. */
  .column-track {
    position: relative;
    flex: 1 1 0;
    min-block-size: 0;
  }

  .column-bar {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
  }

  .column-bar rect {
    fill: var(--_accent);
  }

  .column-bar.trend rect {
    fill: color-mix(in srgb, var(--_accent) 75%, var(--_text));
  }

  /* Over the columns, below their values' line: the cumulative share, 0 at the bottom, 100% at the top. */
  .cumulative-line {
    position: absolute;
    inset: 1.25rem 0 0 0;
    inline-size: 100%;
    block-size: calc(100% - 1.25rem);
    overflow: visible;
    pointer-events: none;
  }

  .cumulative-line polyline,
  .cumulative-line .marker {
    fill: none;
    stroke: var(--_text);
    vector-effect: non-scaling-stroke;
  }

  .cumulative-line polyline {
    stroke-width: 2;
  }

  .cumulative-line .marker {
    stroke-width: 9;
    stroke-linecap: round;
  }

  .column-labels > span {
    display: grid;
    text-align: center;
    font-size: 0.8125rem;
    overflow-wrap: anywhere;
  }

  .column-labels .cumulative {
    color: var(--_muted);
  }

  .link-button {
    min-height: 2.25rem;
    padding: 0.25rem 0.75rem;
    border-width: 1px;
    font-weight: 500;
  }

  table.data {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: 0.9375rem;
  }

  table.data caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.375rem;
  }

  table.data th,
  table.data td {
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }

  table.data thead th {
    color: var(--_muted);
    font-weight: 600;
  }

  table.data .numeric {
    text-align: end;
  }

  .list {
    overflow-x: auto;
  }
`;
