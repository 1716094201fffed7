/**
 * The `import` suite (issue 10, `sav import sales`): generated CSV files of 100 000 sales imported
 * into a fresh gateway schema on PostgreSQL (bench_gateway_<random>, dropped at the end), through
 * the command's own function (packages/gateway/src/cli/import-sales.ts) in this process. Three
 * cases side by side, in alternating rounds:
 *
 * - first import: the table holds none of the file's serials (deleted before the round);
 * - re-import, unchanged: the same file again (every row "unchanged");
 * - re-import, 80% updated: a file of the same serials, every city changed (the 4 rows in 5 that have one
 *   are "updated", the others "unchanged").
 *
 * One op = one row; rows/s of each case and the ratios between them. The import's own summary
 * (counts, its rows/s, the most rows held in memory) is printed under `checks`. Never asserted.
 */
import { once } from 'node:events';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_BATCH_SIZE, importSales, type ImportSummary } from '../packages/gateway/src/cli/import-sales.js';
import { migrate } from '../packages/gateway/src/db/migrate.js';
import { seedDemo } from '../packages/gateway/src/db/seed.js';
import { openStore, type Store } from '../packages/gateway/src/db/store.js';
import { postgresSchema } from './gateway-processes.js';
import { type BenchCase, onAbort, type Suite, type SuiteDefinition } from './harness.js';

const ROWS = 100_000;
const MODELS = ['HRF-DEMO-1', 'HAC-DEMO-INV', 'HAC-DEMO-FF'];
const PLACES = [['FR', 'Paris'], ['FR', 'Lyon'], ['BE', 'Liège'], ['CN', 'Qingdao'], ['', '']] as const;

/** A file of ROWS sales, the same serials each time; `variant` changes every row's city. */
async function writeSalesFile(path: string, variant: string): Promise<number> {
  const out = createWriteStream(path);
  out.write('serial_number,product_model,purchase_date,country,city\n');
  for (let n = 0; n < ROWS; n += 1) {
    const [country, city] = PLACES[n % PLACES.length]!;
    const day = `${2016 + (n % 10)}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 28) + 1).padStart(2, '0')}`;
    const line = `BENCH-${String(n).padStart(7, '0')},${MODELS[n % MODELS.length]},${day},${country},${city ? `"${city}${variant}, n°${n % 20}"` : ''}\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return statSync(path).size;
}

export const suite: SuiteDefinition = {
  name: 'import',
  description: `sav import sales: ${ROWS.toLocaleString('en')} rows from CSV into PostgreSQL, a first import and re-imports side by side`,
  async run(suite: Suite) {
    const schema = await postgresSchema();
    if ('skipped' in schema) {
      suite.skip('import', schema.skipped);
      return;
    }
    const folder = mkdtempSync(join(tmpdir(), 'sav-bench-import-'));
    let store: Store | undefined;
    const cleanup = async () => {
      await store?.close().catch(() => {});
      store = undefined;
      await schema.drop();
      rmSync(folder, { recursive: true, force: true });
    };
    const forget = onAbort(cleanup);
    try {
      store = await openStore({ databaseUrl: schema.url });
      await migrate(store);
      await seedDemo(store.prisma);
      const opened = store;
      const first = join(folder, 'sales.csv');
      const changed = join(folder, 'sales-changed.csv');
      const size = await writeSalesFile(first, '');
      await writeSalesFile(changed, ' (moved)');
      suite.check('data', 'files', `${ROWS.toLocaleString('en')} rows each, ${(size / 1e6).toFixed(1)} MB; batches of ${DEFAULT_BATCH_SIZE} rows`);

      // What the table holds of the bench's serials, so that a round's preparation imports only when needed.
      let holds: 'none' | 'first' | 'changed' = 'none';
      const summaries = new Map<string, ImportSummary[]>();
      const run = async (name: string, file: string, after: typeof holds) => {
        const summary = await importSales({ store: opened, tenantSlug: 'demo', file });
        holds = after;
        summaries.set(name, [...(summaries.get(name) ?? []), summary]);
        if (summary.read !== ROWS || summary.rejected !== 0) throw new Error(`${name}: ${JSON.stringify(summary)}`);
        return summary.read;
      };
      const prepare = async (wanted: typeof holds) => {
        if (holds === wanted) return;
        if (wanted === 'none') await opened.prisma.$executeRaw`DELETE FROM sales WHERE "serialNumber" LIKE 'BENCH-%'`;
        else await importSales({ store: opened, tenantSlug: 'demo', file: wanted === 'first' ? first : changed });
        holds = wanted;
      };
      const cases: BenchCase[] = [
        { name: 'first import', callsPerRound: 1, beforeRound: () => prepare('none'), run: () => run('first import', first, 'first') },
        { name: 're-import, unchanged', callsPerRound: 1, beforeRound: () => prepare('first'), run: () => run('re-import, unchanged', first, 'first') },
        { name: 're-import, 80% updated', callsPerRound: 1, beforeRound: () => prepare('first'), run: () => run('re-import, 80% updated', changed, 'changed') },
      ];
      await suite.group(
        'import',
        `importSales of a ${ROWS.toLocaleString('en')}-row CSV (${(size / 1e6).toFixed(1)} MB) into PostgreSQL, the demo tenant; one op = one row`,
        cases,
        [
          { label: 're-import unchanged / first import', numerator: 're-import, unchanged', denominator: 'first import', measure: 'throughput' },
          { label: 're-import 80% updated / first import', numerator: 're-import, 80% updated', denominator: 'first import', measure: 'throughput' },
        ],
        { rounds: 3, minRounds: 2, warmupRounds: 1, maxCaseMs: 120_000 },
      );
      for (const [name, list] of summaries) {
        const last = list[list.length - 1]!;
        suite.check(
          'import',
          `${name}: the last summary`,
          `inserted ${last.inserted}, updated ${last.updated}, unchanged ${last.unchanged}, rejected ${last.rejected}; ${Math.round(last.rowsPerSecond).toLocaleString('en')} rows/s by its own clock; at most ${last.peakRowsHeld} rows held`,
        );
      }
    } finally {
      forget();
      await cleanup();
    }
  },
};
