/**
 * `pnpm bench [suite…]`: runs the bench suites (all, or those named), prints each report and
 * writes it to bench/results/<suite>.json. A new suite is a `*.bench.ts` file exporting
 * `suite: SuiteDefinition`, added to the list below.
 *
 * Bounded: the whole run stops after DEADLINE_MS (cleanups still run, e.g. a PostgreSQL schema is
 * dropped), and so does Ctrl-C. Exit code 1 only when a suite failed; a skipped part (a service
 * not running) is printed and exits 0.
 */
import { suite as booking } from './booking.bench.js';
import { suite as gateway } from './gateway.bench.js';
import { suite as scale } from './scale.bench.js';
import { suite as page } from './page-load.bench.js';
import { suite as importSales } from './import.bench.js';
import { suite as analytics } from './analytics.bench.js';
import { formatReport, runAbortCleanups, Suite, type SuiteDefinition, writeReport } from './harness.js';

const SUITES: readonly SuiteDefinition[] = [booking, gateway, scale, page, importSales, analytics];
const DEADLINE_MS = 600_000;

async function abort(reason: string, code: number): Promise<never> {
  process.stderr.write(`\n${reason}: stopping, cleaning up…\n`);
  // Work still in flight fails as its connections are ended: report it, but let the cleanups finish.
  process.on('uncaughtException', (error) => process.stderr.write(`(during cleanup) ${error.message}\n`));
  process.on('unhandledRejection', (error) => process.stderr.write(`(during cleanup) ${error instanceof Error ? error.message : String(error)}\n`));
  await runAbortCleanups();
  process.exit(code);
}

async function main(): Promise<number> {
  const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  const unknown = wanted.filter((name) => !SUITES.some((s) => s.name === name));
  if (unknown.length > 0) {
    process.stderr.write(`unknown suite(s): ${unknown.join(', ')}; known: ${SUITES.map((s) => s.name).join(', ')}\n`);
    return 2;
  }
  const selected = wanted.length > 0 ? SUITES.filter((s) => wanted.includes(s.name)) : SUITES;

  const deadline = setTimeout(() => void abort(`the bench run exceeded ${DEADLINE_MS / 1000} s`, 1), DEADLINE_MS);
  process.once('SIGINT', () => void abort('interrupted', 130));
  process.once('SIGTERM', () => void abort('terminated', 143));

  let failed = false;
  try {
    for (const definition of selected) {
      process.stdout.write(`\n■ suite ${definition.name}: ${definition.description}\n`);
      const suite = new Suite(definition.name);
      try {
        await definition.run(suite);
      } catch (error) {
        suite.error('suite', error);
      }
      const report = suite.report();
      process.stdout.write(`${formatReport(report)}\n`);
      process.stdout.write(`\nreport written to ${writeReport(report)}\n`);
      if (report.errors.length > 0) failed = true;
    }
  } finally {
    clearTimeout(deadline);
  }
  return failed ? 1 : 0;
}

process.exitCode = await main();
