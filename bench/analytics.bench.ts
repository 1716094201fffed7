/**
 * The `analytics` suite (issue 10: "the analytics queries on 1 million sales and 100 000 tickets
 * on PostgreSQL"): `qualityReport` through the real gateway (GraphQL over HTTP, secret key
 * sk_demo, the client's own QualityReport document, every section asked for), on two data sets
 * built by bench/data/seed-analytics.ts and kept between runs:
 *
 * - analytics_large: 1 000 000 registered sales, 100 000 tickets (the issue's size);
 * - analytics_small: the same catalogue and period, a tenth of the sales and tickets (the baseline).
 *
 * For each input (the whole period, one year, one category, one country, five models, a high
 * repeat threshold) the report is asked of each gateway in turn, one request at a time (a back
 * office asks for one report, not a thousand a second), after one untimed warm-up: median and p95
 * latency per set, and two ratios measured in the same run:
 *
 * - large / small: how the report's time grows with 10× the data (10× is linear; below is better);
 * - large / scan: the report's time over a plain `SELECT count(*)` of the tenant's tickets and of
 *   its sales on the large set, timed alongside from the bench (no gateway): how many times
 *   "reading the data once" the report costs.
 *
 * The tickets and units in scope (from the report's own answer) are printed beside each case: the
 * rows the statements have to aggregate. Never asserted.
 */
import type { Pool } from 'pg';
import { QualityReportDocument } from '../packages/client/src/documents/index.js';
import { ANALYTICS_SETS, type AnalyticsSet, ensureAnalyticsSet, openAnalyticsPool } from './data/seed-analytics.js';
import { post, type Server, startGateway } from './gateway-processes.js';
import { median, onAbort, type Suite, type SuiteDefinition } from './harness.js';

/** Timed requests per case and set (fewer when the budget runs out, never fewer than MIN_ROUNDS). */
const ROUNDS = 9;
const MIN_ROUNDS = 3;
/** Budget per case (both sets), checked between rounds. */
const CASE_BUDGET_MS = 45_000;

interface Input {
  readonly from?: string;
  readonly to?: string;
  readonly productModels?: string[];
  readonly category?: string;
  readonly country?: string;
  readonly repeatThreshold?: number;
}

/** The inputs timed, against the build's calendar (the history covers the five years before the build). */
function inputs(): { name: string; input: Input }[] {
  const lastYear = new Date().getUTCFullYear() - 1;
  return [
    { name: 'whole period, no filter', input: {} },
    { name: `one year (${lastYear})`, input: { from: `${lastYear}-01-01`, to: `${lastYear}-12-31` } },
    { name: 'one category (REFRIGERATOR)', input: { category: 'REFRIGERATOR' } },
    { name: 'one country (DE)', input: { country: 'DE' } },
    { name: 'five models', input: { productModels: ['ANL-REFR-001', 'ANL-AIR_-002', 'ANL-WASH-003', 'ANL-DISH-004', 'ANL-OVEN-005'] } },
    { name: 'repeat threshold 100', input: { repeatThreshold: 100 } },
  ];
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const ms = (value: number) => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

interface Report {
  readonly tickets: number;
  readonly unitsSold: number;
  readonly repeatedPartDefects: unknown[];
  readonly repeatedUnitRepairs: unknown[];
  readonly byModel: unknown[];
}

/** One report through the gateway; throws unless it is a QualityReport. */
async function askReport(server: Server, input: Input): Promise<{ ms: number; report: Report }> {
  const started = performance.now();
  const answer = await post(server.url, 'sk_demo', QualityReportDocument, { input });
  const elapsed = performance.now() - started;
  const report = (answer.data as { qualityReport?: Report & { __typename: string } } | undefined)?.qualityReport;
  if (report?.__typename !== 'QualityReport') throw new Error(`expected a QualityReport, got ${JSON.stringify(answer).slice(0, 400)}`);
  return { ms: elapsed, report };
}

async function timedScan(pool: Pool, set: AnalyticsSet, table: 'tickets' | 'sales'): Promise<number> {
  const started = performance.now();
  await pool.query(`SELECT count(*) FROM "${set.schema}".${table} WHERE "tenantId" = (SELECT id FROM "${set.schema}".tenants WHERE slug = 'demo')`);
  return performance.now() - started;
}

export const suite: SuiteDefinition = {
  name: 'analytics',
  description: 'qualityReport through the gateway on PostgreSQL: 1 M sales / 100 k tickets beside a tenth of that',
  async run(suite: Suite) {
    const pool = await openAnalyticsPool();
    if ('skipped' in pool) {
      suite.skip('analytics', pool.skipped);
      return;
    }
    const servers: Server[] = [];
    const cleanup = async () => {
      await Promise.all(servers.map((server) => server.stop()));
      await pool.end().catch(() => {});
    };
    const forget = onAbort(cleanup);
    try {
      const fresh = process.argv.includes('--fresh');
      const sets = [ANALYTICS_SETS.small, ANALYTICS_SETS.large];
      const gateways = new Map<string, Server>();
      for (const set of sets) {
        const result = await ensureAnalyticsSet(pool, set, { fresh });
        suite.check(
          'data',
          `${set.schema}: seeding`,
          result.reused
            ? `reused (data version ${result.marker.version}, built ${result.marker.seededAt.toISOString().slice(0, 16)} in ${result.marker.seconds.toFixed(1)} s)`
            : `built now in ${result.seconds.toFixed(1)} s`,
        );
        // A new migration may build an index on a million rows at the gateway's start.
        const server = await startGateway(result.url, 300_000);
        servers.push(server);
        gateways.set(set.name, server);
      }

      // The plain scans, on each set, as many times as a case's requests.
      const scans = new Map<string, number[]>();
      for (let round = 0; round <= ROUNDS; round += 1) {
        for (const set of sets) {
          for (const table of ['tickets', 'sales'] as const) {
            const elapsed = await timedScan(pool, set, table);
            if (round > 0) scans.set(`${set.name} ${table}`, [...(scans.get(`${set.name} ${table}`) ?? []), elapsed]);
          }
        }
      }
      const scan = (name: string) => median(scans.get(name)!);
      suite.table({
        title: 'Baseline: SELECT count(*) of the tenant\'s rows (from the bench, no gateway), median ms',
        headers: ['table', 'small', 'large', 'large / small'],
        rows: (['tickets', 'sales'] as const).map((table) => [table, ms(scan(`small ${table}`)), ms(scan(`large ${table}`)), `${(scan(`large ${table}`) / scan(`small ${table}`)).toFixed(2)}×`]),
      });
      const largeScan = scan('large tickets') + scan('large sales');

      const rows: string[][] = [];
      const ratios: string[] = [];
      for (const { name, input } of inputs()) {
        const started = Date.now();
        const timings = new Map<string, number[]>(sets.map((set) => [set.name, []]));
        const scope = new Map<string, Report>();
        for (const set of sets) scope.set(set.name, (await askReport(gateways.get(set.name)!, input)).report);
        for (let round = 0; round < ROUNDS; round += 1) {
          if (round >= MIN_ROUNDS && Date.now() - started > CASE_BUDGET_MS) break;
          for (const set of sets) timings.get(set.name)!.push((await askReport(gateways.get(set.name)!, input)).ms);
        }
        const small = timings.get('small')!;
        const large = timings.get('large')!;
        const growth = median(large) / median(small);
        const overScan = median(large) / largeScan;
        const report = scope.get('large')!;
        const smallReport = scope.get('small')!;
        rows.push([
          name,
          `${ms(median(small))} / ${ms(percentile(small, 95))}`,
          `${ms(median(large))} / ${ms(percentile(large, 95))}`,
          `${growth.toFixed(2)}×`,
          `${overScan.toFixed(1)}×`,
          `${smallReport.tickets.toLocaleString('en')} / ${report.tickets.toLocaleString('en')}`,
          `${smallReport.unitsSold.toLocaleString('en')} / ${report.unitsSold.toLocaleString('en')}`,
          `${report.repeatedPartDefects.length} / ${report.repeatedUnitRepairs.length}`,
          String(large.length),
        ]);
        ratios.push(`${name} ${growth.toFixed(2)}×`);
        suite.check('qualityReport', `${name}: large, each request (ms)`, large.map(ms).join(', '));
      }
      suite.table({
        title: 'qualityReport through the gateway (one request at a time)',
        headers: ['input', 'small: median / p95 ms', 'large: median / p95 ms', 'large / small', 'large / scan', 'tickets in scope (small / large)', 'units sold in scope', 'repeated defects / units (large)', 'requests'],
        rows,
      });
      suite.note(`large / small (10× the sales and tickets) in this run: ${ratios.join('; ')}.`);
      suite.note(
        `large / scan: the report's median over a plain count(*) of the large tenant's tickets plus one of its sales (${ms(largeScan)} ms together), ` +
          'i.e. how many times "reading the data once" one report costs. Rebuild the sets with `node --import tsx bench/data/seed-analytics.ts [small|large] --fresh`.',
      );
    } finally {
      forget();
      await cleanup();
    }
  },
};
