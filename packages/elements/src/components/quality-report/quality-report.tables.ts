import type { ModelFailureRate, PartFailureRate, PurchaseMonthFailureRate, QualityReport } from '@sav/client';
import type { CsvCell, CsvTable } from './quality-report.csv.js';
import { count, hours, magnitude, month, part, percent, rate, say, score, type Voice } from './quality-report.words.js';

/**
 * The report's figures in the order the charts and tables show them, and each table twice: as the
 * gateway's values (`rows`, what the CSV export writes: codes, whole numbers, decimal strings) and
 * as words in the reader's language (`shown`, what the page shows). One source for both, so the
 * file says what the page says.
 */
export interface ReportTable extends CsvTable {
  /** The table's id in the page (`table-by-model` …) and the name of its part. */
  readonly id: string;
  readonly shown: readonly (readonly string[])[];
  /** Which columns hold numbers (aligned to the end). */
  readonly numeric: readonly boolean[];
}

/** A part's line of the Pareto: its replacements and the share of all replacements up to it. */
export interface ParetoLine extends PartFailureRate {
  /** The share of all replacements of this part and those before it, in percent, two decimals ("62.50"). */
  readonly cumulativePercent: string;
}

/** The models, the worst failure rate first (a model without units sold last), then by tickets. */
export function modelsWorstFirst(byModel: readonly ModelFailureRate[]): ModelFailureRate[] {
  const known = (row: ModelFailureRate) => (row.failureRatePercent === null ? 0 : 1);
  return [...byModel].sort(
    (a, b) => known(b) - known(a) || magnitude(b.failureRatePercent) - magnitude(a.failureRatePercent) || b.tickets - a.tickets || a.productModel.localeCompare(b.productModel),
  );
}

/** The parts, the most replaced first, each with the cumulative share of the replacements (worked out in whole numbers). */
export function paretoOfParts(byPart: readonly PartFailureRate[]): ParetoLine[] {
  const sorted = [...byPart].sort((a, b) => b.tickets - a.tickets || a.part.localeCompare(b.part));
  const total = sorted.reduce((sum, row) => sum + row.tickets, 0);
  let running = 0;
  return sorted.map((row) => {
    running += row.tickets;
    // Hundredths of a percent, rounded half up, from whole numbers.
    const hundredths = total === 0 ? 0 : Math.floor((running * 20_000 + total) / (2 * total));
    return { ...row, cumulativePercent: `${Math.floor(hundredths / 100)}.${String(hundredths % 100).padStart(2, '0')}` };
  });
}

/** The purchase months, oldest first. */
export function monthsInOrder(byPurchaseMonth: readonly PurchaseMonthFailureRate[]): PurchaseMonthFailureRate[] {
  return [...byPurchaseMonth].sort((a, b) => a.month.localeCompare(b.month));
}

function table(id: string, title: string, header: string[], numeric: boolean[], rows: { raw: CsvCell[]; shown: string[] }[]): ReportTable {
  return { id, title, header, numeric, rows: rows.map((row) => row.raw), shown: rows.map((row) => row.shown) };
}

/** The headline figures: tickets, units sold, failure rate, first-time fix, the delays' median and 90th percentile. */
export function figuresTable(report: QualityReport, voice: Voice): ReportTable {
  const none = say(voice, 'figures.none');
  const line = (label: string, raw: CsvCell, shown: string) => ({ raw: [label, raw], shown: [label, shown] });
  const delay = (label: string, stats: QualityReport['timeToRepair']) => [
    line(`${label}: ${say(voice, 'figures.median')}`, stats.medianHours ?? null, hours(voice, stats.medianHours) ?? none),
    line(`${label}: ${say(voice, 'figures.p90')}`, stats.p90Hours ?? null, hours(voice, stats.p90Hours) ?? none),
  ];
  const fix = report.firstTimeFix;
  return table('table-figures', say(voice, 'figures.title'), [say(voice, 'column.figure'), say(voice, 'column.value')], [false, true], [
    line(say(voice, 'figures.tickets'), report.tickets, count(voice, report.tickets)),
    line(say(voice, 'figures.unitsSold'), report.unitsSold, count(voice, report.unitsSold)),
    line(say(voice, 'figures.failureRate'), report.failureRatePercent ?? null, rate(voice, report.failureRatePercent)),
    line(say(voice, 'figures.firstTimeFix'), fix.ratePercent ?? null, percent(voice, fix.ratePercent) ?? none),
    ...delay(say(voice, 'figures.timeToFirstVisit'), report.timeToFirstVisit),
    ...delay(say(voice, 'figures.timeToRepair'), report.timeToRepair),
  ]);
}

/** Every table of the report, in the page's order: the figures, the three charts' data, then the lists that have rows. */
export function reportTables(report: QualityReport, voice: Voice): ReportTable[] {
  const c = (key: Parameters<typeof say>[1]) => say(voice, key);
  const tables = [
    figuresTable(report, voice),
    table(
      'table-by-model',
      c('chart.byModel'),
      [c('column.model'), c('column.name'), c('column.category'), c('column.unitsSold'), c('column.tickets'), c('column.failureRate')],
      [false, false, false, true, true, true],
      modelsWorstFirst(report.byModel).map((row) => ({
        raw: [row.productModel, row.name, row.category, row.unitsSold, row.tickets, row.failureRatePercent ?? null],
        shown: [row.productModel, row.name, row.category, count(voice, row.unitsSold), count(voice, row.tickets), rate(voice, row.failureRatePercent)],
      })),
    ),
    table(
      'table-by-part',
      c('chart.byPart'),
      [c('column.part'), c('column.tickets'), c('column.cumulative'), c('column.unitsSold'), c('column.failureRate')],
      [false, true, true, true, true],
      paretoOfParts(report.byPart).map((row) => ({
        raw: [part(voice, row.part), row.tickets, row.cumulativePercent, row.unitsSold, row.failureRatePercent ?? null],
        shown: [part(voice, row.part), count(voice, row.tickets), rate(voice, row.cumulativePercent), count(voice, row.unitsSold), rate(voice, row.failureRatePercent)],
      })),
    ),
    table(
      'table-by-month',
      c('chart.byMonth'),
      [c('column.month'), c('column.unitsSold'), c('column.tickets'), c('column.failureRate')],
      [false, true, true, true],
      monthsInOrder(report.byPurchaseMonth).map((row) => ({
        raw: [row.month, row.unitsSold, row.tickets, row.failureRatePercent ?? null],
        shown: [month(voice, row.month), count(voice, row.unitsSold), count(voice, row.tickets), rate(voice, row.failureRatePercent)],
      })),
    ),
  ];
  const lists = [
    table(
      'table-repeated-parts',
      say(voice, 'repeated.parts', { threshold: count(voice, report.repeatThreshold) }),
      [c('column.model'), c('column.part'), c('column.units'), c('column.tickets')],
      [false, false, true, true],
      report.repeatedPartDefects.map((row) => ({
        raw: [row.productModel, part(voice, row.part), row.units, row.tickets],
        shown: [row.productModel, part(voice, row.part), count(voice, row.units), count(voice, row.tickets)],
      })),
    ),
    table(
      'table-repeated-units',
      c('repeated.units'),
      [c('column.serialNumber'), c('column.model'), c('column.part'), c('column.repairs')],
      [false, false, false, true],
      report.repeatedUnitRepairs.map((row) => ({
        raw: [row.serialNumber, row.productModel, part(voice, row.part), row.repairs],
        shown: [row.serialNumber, row.productModel, part(voice, row.part), count(voice, row.repairs)],
      })),
    ),
    table(
      'table-technicians',
      c('satisfaction.technicians'),
      [c('column.technician'), c('column.badge'), c('column.ratings'), c('column.averageScore')],
      [false, false, true, true],
      report.satisfactionByTechnician.map((row) => ({
        raw: [row.name, row.badgeNumber, row.ratings, row.averageScore],
        shown: [row.name, row.badgeNumber, count(voice, row.ratings), score(voice, row.averageScore)],
      })),
    ),
    table(
      'table-workshops',
      c('satisfaction.workshops'),
      [c('column.workshop'), c('column.city'), c('column.ratings'), c('column.averageScore')],
      [false, false, true, true],
      report.satisfactionByWorkshop.map((row) => ({
        raw: [row.name, row.city, row.ratings, row.averageScore],
        shown: [row.name, row.city, count(voice, row.ratings), score(voice, row.averageScore)],
      })),
    ),
  ];
  return [...tables, ...lists.filter((list) => list.rows.length > 0)];
}
