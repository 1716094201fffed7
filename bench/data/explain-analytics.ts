/**
 * EXPLAIN (ANALYZE, BUFFERS) of the quality report's seven statements on an analytics data set
 * (bench/data/seed-analytics.ts), exactly as the gateway builds them (qualityReportStatements):
 *
 *   node --import tsx bench/data/explain-analytics.ts [small|large] [--plans] ['{"category":"REFRIGERATOR"}']
 *
 * Prints each statement's execution time and shared buffers read/hit; --plans prints the plans too.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { normaliseQualityReportQuestion, type QualityReportQuestion } from '../../packages/rules/src/analytics/quality-report.js';
import { qualityReportStatements } from '../../packages/gateway/src/analytics/quality-report.js';
import { ANALYTICS_SETS, openAnalyticsPool } from './seed-analytics.js';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const set = ANALYTICS_SETS[(args.find((arg) => arg === 'small' || arg === 'large') ?? 'large') as 'small' | 'large'];
  const question = JSON.parse(args.find((arg) => arg.startsWith('{')) ?? '{}') as QualityReportQuestion;
  const decision = normaliseQualityReportQuestion(question);
  if (!decision.ok) {
    process.stderr.write(`${JSON.stringify(decision.violation)}\n`);
    return 2;
  }
  const pool = await openAnalyticsPool();
  if ('skipped' in pool) {
    process.stderr.write(`${pool.skipped}\n`);
    return 1;
  }
  const client = await pool.connect();
  try {
    // As the gateway runs them (analytics/quality-report.ts: withoutJit).
    await client.query(`SET search_path TO "${set.schema}"; SET jit = off`);
    const tenant = (await client.query<{ id: string; timeZone: string }>(`SELECT id, "timeZone" FROM tenants WHERE slug = 'demo'`)).rows[0]!;
    const statements = qualityReportStatements(tenant, decision.value);
    let total = 0;
    for (const [name, statement] of Object.entries(statements)) {
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${statement.text}`, statement.values as unknown[]);
      const lines = rows.map((row) => row['QUERY PLAN']);
      const time = Number(/Execution Time: ([\d.]+)/.exec(lines.at(-1) ?? '')?.[1] ?? NaN);
      total += time;
      const buffers = lines.find((line) => line.includes('Buffers:')) ?? '';
      process.stdout.write(`${name.padEnd(14)} ${time.toFixed(1).padStart(9)} ms  ${buffers.trim()}\n`);
      if (args.includes('--plans')) process.stdout.write(`${lines.join('\n')}\n\n`);
    }
    process.stdout.write(`${'total'.padEnd(14)} ${total.toFixed(1).padStart(9)} ms (one after the other; the gateway runs them side by side)\n`);
  } finally {
    client.release();
    await pool.end();
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
