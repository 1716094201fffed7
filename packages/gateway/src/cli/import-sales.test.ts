import assert from 'node:assert/strict';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Store } from '../db/store.js';
import { openStore } from '../db/store.js';
import { createTestStore, testPostgresUrl } from '../db/test-store.js';
import { startTestGateway } from '../testing/gateway-harness.js';
import { CsvParser } from './csv-reader.js';
import { defaultReportPath, IMPORT_LOCK_CLASS, ImportBusyError, importSales, ImportUsageError } from './import-sales.js';
import { runCli } from './sav.js';

const NOW = new Date('2026-04-20T10:00:00Z');
let folder: string;
let fileNumber = 0;

/** Writes a CSV file (text as given: line breaks, BOM and all) and returns its path. */
function csvFile(text: string | Buffer): string {
  fileNumber += 1;
  const path = join(folder, `sales-${fileNumber}.csv`);
  writeFileSync(path, text);
  return path;
}

/** The report's rows, parsed. */
function reportRows(path: string): string[][] {
  const parser = new CsvParser();
  return [...parser.push(readFileSync(path, 'utf8')), ...parser.end()].map((record) => record.fields);
}

async function salesOf(store: Store, serials: string[]) {
  const rows = await store.prisma.sale.findMany({
    where: { tenant: { slug: 'demo' }, serialNumber: { in: serials } },
    select: { serialNumber: true, purchaseDate: true, country: true, city: true, productModel: { select: { model: true } } },
    orderBy: { serialNumber: 'asc' },
  });
  return rows.map((row) => ({ serial: row.serialNumber, model: row.productModel.model, date: row.purchaseDate.toISOString().slice(0, 10), country: row.country, city: row.city }));
}

before(() => {
  folder = mkdtempSync(join(tmpdir(), 'sav-import-'));
});
after(() => rmSync(folder, { recursive: true, force: true }));

describe('importing sales', () => {
  let store: Store;
  before(async () => {
    store = await createTestStore();
  });
  after(() => store.close());

  const run = (file: string, options: { batchSize?: number; reportPath?: string; tenantSlug?: string } = {}) =>
    importSales({ store, tenantSlug: 'demo', file, now: NOW, ...options });

  it('reads quoted fields, a BOM, CRLF and columns in any order; stores serials upper-cased, models as in the catalogue', async () => {
    const file = csvFile(
      '\uFEFFproduct_model,City,Serial_Number,purchase_date,country,note\r\n' +
        'hrf-demo-1,"Paris, 11e",imp-q-0001,2025-03-01,fr,x\r\n' +
        'HAC-DEMO-INV,"Le ""Vieux"" Port\r\nMarseille", Imp-Q-0002 ,2024-12-24,FR,\r\n' +
        'HAC-DEMO-FF,,IMP-Q-0003,2023-01-31,,\r\n',
    );
    const summary = await run(file);
    assert.deepEqual({ read: summary.read, inserted: summary.inserted, rejected: summary.rejected, report: summary.report }, { read: 3, inserted: 3, rejected: 0, report: null });
    assert.deepEqual(summary.ignoredColumns, ['note']);
    assert.deepEqual(await salesOf(store, ['IMP-Q-0001', 'IMP-Q-0002', 'IMP-Q-0003']), [
      { serial: 'IMP-Q-0001', model: 'HRF-DEMO-1', date: '2025-03-01', country: 'FR', city: 'Paris, 11e' },
      { serial: 'IMP-Q-0002', model: 'HAC-DEMO-INV', date: '2024-12-24', country: 'FR', city: 'Le "Vieux" Port\r\nMarseille' },
      { serial: 'IMP-Q-0003', model: 'HAC-DEMO-FF', date: '2023-01-31', country: null, city: null },
    ]);
    assert.ok(!existsSync(defaultReportPath(file)), 'no report when nothing was rejected');
  });

  it('refuses a file without a required column before writing anything, and says which', async () => {
    const before = await store.prisma.sale.count();
    const file = csvFile('serial_number,model,purchase_date\nIMP-M-1,HRF-DEMO-1,2025-01-01\n');
    await assert.rejects(run(file), (error: unknown) => error instanceof ImportUsageError && /no product_model column/.test(error.message) && /Nothing was imported/.test(error.message));
    await assert.rejects(run(csvFile('')), (error: unknown) => error instanceof ImportUsageError && /is empty/.test(error.message));
    await assert.rejects(run(join(folder, 'missing.csv')), (error: unknown) => error instanceof ImportUsageError && /Cannot read .*no such file/.test(error.message));
    await assert.rejects(run(file, { tenantSlug: 'nobody' }), (error: unknown) => error instanceof ImportUsageError && /No tenant has the slug "nobody"/.test(error.message));
    await assert.rejects(run(file, { reportPath: join(folder, 'no-such-folder', 'report.csv') }), (error: unknown) => error instanceof ImportUsageError && /Cannot write the report .*no such folder/.test(error.message));
    await assert.rejects(run(file, { reportPath: file }), (error: unknown) => error instanceof ImportUsageError && /would overwrite the file/.test(error.message));
    assert.equal(await store.prisma.sale.count(), before);
    assert.ok(!existsSync(defaultReportPath(file)));
  });

  it('writes the good rows and reports each bad one with its line and reason, without stopping', async () => {
    const file = csvFile(
      Buffer.concat([
        Buffer.from(
          [
            'serial_number,product_model,purchase_date,country,city',
            'IMP-B-01,HRF-DEMO-1,2025-01-10,FR,Lyon',
            'IMP-B-02,FRIDGE-9000,2025-01-10,FR,Lyon',
            'IMP-B-03,HRF-DEMO-1,2025-02-30,FR,',
            'IMP-B-04,HRF-DEMO-1,2027-01-01,FR,',
            'IMP-B-05,HRF-DEMO-1,1899-12-31,FR,',
            'IMP-B-06,HRF-DEMO-1,2025-01-10,FRA,',
            ',HRF-DEMO-1,2025-01-10,FR,',
            'IMP-B-08,HRF-DEMO-1,2025-01-10,FR',
            'IMP-B-09,HRF-DEMO-1,2025-01-10,FR,"multi',
            'line, quoted"',
            'IMP-B-10,HRF-DEMO-1,2025-01-10,FR,ab"c',
            'IMP-B-ÉTÉ,HRF-DEMO-1,2025-01-10,FR,',
            '',
          ].join('\n'),
        ),
        Buffer.from('IMP-B-12,HRF-DEMO-1,2025-01-10,CH,Z\xfcrich\n', 'latin1'),
        Buffer.from('IMP-B-13,HAC-DEMO-FF,2026-04-20,,\n'),
      ]),
    );
    const summary = await run(file);
    assert.equal(summary.report, defaultReportPath(file));
    assert.deepEqual({ read: summary.read, inserted: summary.inserted, rejected: summary.rejected }, { read: 13, inserted: 3, rejected: 10 });
    const [header, ...rows] = reportRows(summary.report!);
    assert.deepEqual(header, ['line', 'reason', 'serial_number', 'product_model', 'purchase_date', 'country', 'city']);
    assert.deepEqual(
      rows.map((row) => [row[0], row[1]]),
      [
        ['3', `product_model "FRIDGE-9000" is not in Demo Appliances's catalogue`],
        ['4', 'purchase_date "2025-02-30" is not a real day written YYYY-MM-DD'],
        ['5', 'purchase_date 2027-01-01 is in the future (today is 2026-04-20)'],
        ['6', 'purchase_date 1899-12-31 is before 1900-01-01'],
        ['7', 'country "FRA" is not an ISO 3166-1 alpha-2 code such as FR or CN'],
        ['8', 'serial_number is empty'],
        ['9', 'the line has 4 fields, the header 5'],
        ['12', 'the line is not valid CSV: a quote inside a field that does not start with one'],
        ['13', 'serial_number "IMP-B-ÉTÉ" holds a character other than ASCII letters, digits, spaces and punctuation'],
        ['14', 'the line is not UTF-8 text (save the file as CSV UTF-8)'],
      ],
    );
    assert.deepEqual(rows[0]?.slice(2), ['IMP-B-02', 'FRIDGE-9000', '2025-01-10', 'FR', 'Lyon'], 'the raw fields follow');
    assert.deepEqual(
      (await salesOf(store, ['IMP-B-01', 'IMP-B-09', 'IMP-B-13'])).map((sale) => [sale.serial, sale.city]),
      [['IMP-B-01', 'Lyon'], ['IMP-B-09', 'multi\nline, quoted'], ['IMP-B-13', null]],
    );

    // A clean run of the same name removes the old report: the report beside a file is its last import's.
    writeFileSync(file, 'serial_number,product_model,purchase_date\nIMP-B-01,HRF-DEMO-1,2025-01-10\n');
    const clean = await run(file);
    assert.equal(clean.report, null);
    assert.ok(!existsSync(defaultReportPath(file)));
    const elsewhere = join(folder, 'custom-report.csv');
    const custom = await run(csvFile('serial_number,product_model,purchase_date\nIMP-B-20,NOPE,2025-01-10\n'), { reportPath: elsewhere });
    assert.equal(custom.report, elsewhere);
    assert.equal(reportRows(elsewhere)[1]?.[0], '2');
  });

  it('is re-runnable: the same file twice gives the same table; changed rows are updated, identical ones unchanged', async () => {
    const lines = (city: (n: number) => string) =>
      ['serial_number,product_model,purchase_date,country,city', ...Array.from({ length: 25 }, (_, n) => `imp-r-${String(n).padStart(3, '0')},HRF-DEMO-1,2025-05-${String(n + 1).padStart(2, '0')},FR,${city(n)}`)].join('\n');
    const file = csvFile(lines(() => 'Nantes'));
    const first = await run(file, { batchSize: 7 });
    assert.deepEqual([first.inserted, first.updated, first.unchanged], [25, 0, 0]);
    const serials = Array.from({ length: 25 }, (_, n) => `IMP-R-${String(n).padStart(3, '0')}`);
    const table = await salesOf(store, serials);
    const ids = await store.prisma.sale.findMany({ where: { serialNumber: { in: serials } }, select: { id: true }, orderBy: { serialNumber: 'asc' } });

    const second = await run(file, { batchSize: 7 });
    assert.deepEqual([second.read, second.inserted, second.updated, second.unchanged, second.rejected], [25, 0, 0, 25, 0]);
    assert.deepEqual(await salesOf(store, serials), table);
    assert.deepEqual(await store.prisma.sale.findMany({ where: { serialNumber: { in: serials } }, select: { id: true }, orderBy: { serialNumber: 'asc' } }), ids, 'the same rows, not new ones');

    const changed = await run(csvFile(lines((n) => (n % 5 === 0 ? 'Rennes' : 'Nantes'))), { batchSize: 7 });
    assert.deepEqual([changed.inserted, changed.updated, changed.unchanged], [0, 5, 20]);
    assert.equal((await salesOf(store, ['IMP-R-005']))[0]?.city, 'Rennes');
  });

  it('applies a file in order: a serial twice in one file ends with its last line', async () => {
    const file = csvFile(
      [
        'serial_number,product_model,purchase_date,country,city',
        'IMP-D-1,HRF-DEMO-1,2025-01-01,FR,Paris',
        'IMP-D-2,HRF-DEMO-1,2025-01-01,FR,Paris',
        'imp-d-1,HAC-DEMO-INV,2025-02-02,BE,Liège',
        'IMP-D-3,HRF-DEMO-1,2025-01-01,FR,Paris',
        'IMP-D-1,HAC-DEMO-INV,2025-02-02,BE,Liège',
      ].join('\n'),
    );
    const summary = await run(file);
    assert.deepEqual([summary.read, summary.inserted, summary.updated, summary.unchanged], [5, 3, 1, 1]);
    assert.deepEqual(await salesOf(store, ['IMP-D-1']), [{ serial: 'IMP-D-1', model: 'HAC-DEMO-INV', date: '2025-02-02', country: 'BE', city: 'Liège' }]);
  });

  it('imports 50 000 rows holding a batch and a chunk at a time, never the file', async () => {
    const file = join(folder, 'big.csv');
    const out = createWriteStream(file);
    out.write('serial_number,product_model,purchase_date,country,city,notes\n');
    // Fat rows (≈ 650 bytes, mostly a column the import does not keep): the file (≈ 32 MB) dwarfs what streaming holds.
    const notes = 'Delivered and installed by the shop, old appliance taken back, customer told by SMS, invoice '.repeat(6);
    for (let n = 0; n < 50_000; n += 1) {
      if (!out.write(`big-${n},HRF-DEMO-1,2024-${String((n % 12) + 1).padStart(2, '0')}-15,FR,"Saint-Etienne, ZI ${n % 97}","${notes}${n}"\n`)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    const size = statSync(file).size;

    // Live heap, measured after a full collection at points along the import. What the process
    // holds besides the import's own batch and chunk: Prisma keeps the arguments of its last 100
    // debug calls, the parameters of the last batches among them (bounded: ≈ 100 batches of 250
    // rows here, about 5 MB), whatever the file's size.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    await store.prisma.$queryRaw`SELECT 1`;
    gc();
    const baseline = process.memoryUsage().heapUsed;
    let peakGrowth = 0;
    let calls = 0;
    const summary = await importSales({
      store,
      tenantSlug: 'demo',
      file,
      now: NOW,
      batchSize: 250,
      onProgress: () => {
        calls += 1;
        if (calls % 25 !== 0) return;
        gc();
        peakGrowth = Math.max(peakGrowth, process.memoryUsage().heapUsed - baseline);
      },
    });
    assert.deepEqual([summary.read, summary.inserted, summary.rejected], [50_000, 50_000, 0]);
    assert.equal(await store.prisma.sale.count({ where: { serialNumber: { startsWith: 'BIG-' } } }), 50_000);
    assert.ok(calls > 400, `progress after each chunk (${calls} calls)`);
    assert.ok(summary.peakRowsHeld <= 250 + 200, `at most a batch and a 64 KiB chunk of rows held at once (${summary.peakRowsHeld})`);
    assert.ok(peakGrowth < size / 4, `live heap grew by ${(peakGrowth / 1e6).toFixed(1)} MB while reading a ${(size / 1e6).toFixed(1)} MB file`);
  });
});

describe('two imports into one tenant at the same time', () => {
  const onPostgres = testPostgresUrl() !== undefined;
  let store: Store;
  /** On PostgreSQL, a second store on the same schema: another process's pool, as a second `sav import` has. */
  let other: Store;
  before(async () => {
    store = await createTestStore();
    other = onPostgres ? await openStore({ databaseUrl: store.location }) : store;
  });
  after(async () => {
    if (other !== store) await other.close();
    await store.close();
  });

  /** ROWS sales, the same serials in each file, in opposite orders, each file its own city. */
  const ROWS = 4000;
  const salesFile = (city: string, reversed: boolean) => {
    const lines = Array.from({ length: ROWS }, (_, n) => `same-${String(reversed ? ROWS - 1 - n : n).padStart(5, '0')},HRF-DEMO-1,2025-01-15,FR,${city}`);
    return csvFile(`serial_number,product_model,purchase_date,country,city\n${lines.join('\n')}\n`);
  };
  const cities = async () =>
    store.prisma.sale.groupBy({ by: ['city'], where: { tenant: { slug: 'demo' }, serialNumber: { startsWith: 'SAME-' } }, _count: { _all: true } });

  it('applies both whole, one after the other (PostgreSQL: the second waits and says so), nothing duplicated', async () => {
    const waited: string[] = [];
    const run = (target: Store, file: string, name: string) =>
      importSales({ store: target, tenantSlug: 'demo', file, now: NOW, batchSize: 100, onWaiting: (tenant) => waited.push(`${name} waited for ${tenant}`) }).then((summary) => ({ name, summary, endedAt: performance.now() }));
    const results = await Promise.all([run(store, salesFile('Lyon', false), 'first'), run(other, salesFile('Lille', true), 'second')]);
    for (const { summary } of results) assert.deepEqual([summary.read, summary.rejected], [ROWS, 0]);
    // Every serial once: the unique key holds it, and the count says no row was lost.
    const total = results.reduce((sum, { summary }) => sum + summary.inserted, 0);
    assert.equal(total, ROWS, 'each serial inserted once, by one of the two imports');
    assert.equal(await store.prisma.sale.count({ where: { tenant: { slug: 'demo' }, serialNumber: { startsWith: 'SAME-' } } }), ROWS);
    if (onPostgres) {
      assert.equal(waited.length, 1, `exactly one import waited: ${waited.join('; ')}`);
      // The one that waited ran whole after the other: its file's values are the table's, every row of it updated.
      const [last, firstDone] = [...results].sort((x, y) => y.endedAt - x.endedAt) as [(typeof results)[number], (typeof results)[number]];
      assert.match(waited[0]!, new RegExp(`^${last.name} waited for demo$`));
      assert.deepEqual([firstDone.summary.inserted, last.summary.updated, last.summary.inserted], [ROWS, ROWS, 0]);
      assert.deepEqual(await cities(), [{ city: last.name === 'first' ? 'Lyon' : 'Lille', _count: { _all: ROWS } }]);
    } else {
      // PGlite: one connection in one process, the two imports' batches take turns on it (no lock, no deadlock).
      assert.deepEqual(waited, []);
    }
  });

  it('with wait: false, refuses at once while another import runs, writing nothing (PostgreSQL)', { skip: onPostgres ? false : 'PostgreSQL only: PGlite has no second connection' }, async () => {
    await store.prisma.sale.deleteMany({ where: { serialNumber: { startsWith: 'SAME-' } } });
    let refusal: unknown = null;
    let attempted = false;
    const summary = await importSales({
      store, tenantSlug: 'demo', file: salesFile('Nantes', false), now: NOW, batchSize: 100,
      // Halfway through the first import, a second one that will not wait.
      onProgress: () => {
        if (attempted) return;
        attempted = true;
        refusal = importSales({ store: other, tenantSlug: 'demo', file: salesFile('Brest', true), now: NOW, wait: false }).then(
          () => null,
          (error: unknown) => error,
        );
      },
    });
    const error = await (refusal as Promise<unknown> | null);
    assert.ok(error instanceof ImportBusyError, `refused as busy: ${String(error)}`);
    assert.match((error as Error).message, /Another import into demo is running: nothing was imported/);
    assert.equal(summary.inserted, ROWS);
    assert.deepEqual(await cities(), [{ city: 'Nantes', _count: { _all: ROWS } }]);
  });
});

describe('sav import sales while another import into the tenant runs (PostgreSQL)', { skip: testPostgresUrl() ? false : 'PostgreSQL only: PGlite has no second connection' }, () => {
  let store: Store;
  let holder: Store;
  before(async () => {
    store = await createTestStore();
    holder = await openStore({ databaseUrl: store.location });
  });
  after(async () => {
    await holder.close();
    await store.close();
  });

  const sav = async (...args: string[]) => {
    let stderr = '';
    const code = await runCli(args, { out: () => {}, err: (text) => (stderr += text), openStore: async () => ({ ...store, close: async () => {} }) });
    return { code, stderr };
  };

  it('stops at once with --no-wait (exit 3, nothing imported), and otherwise says it waits, then imports', async () => {
    const file = csvFile('serial_number,product_model,purchase_date\ncli-wait-1,HRF-DEMO-1,2025-01-15\ncli-wait-2,HRF-DEMO-1,2025-01-16\n');
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let held!: () => void;
    const isHeld = new Promise<void>((resolve) => (held = resolve));
    // Another import's lock: the same advisory lock, held by a transaction on another connection.
    const holding = holder.prisma.$transaction(async (tx) => {
      const tenant = await tx.tenant.findUniqueOrThrow({ where: { slug: 'demo' }, select: { id: true } });
      await tx.$queryRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_CLASS}::int, hashtext(${tenant.id}))::text`;
      held();
      await released;
    }, { timeout: 60_000 });
    await isHeld;

    const refused = await sav('import', 'sales', file, '--tenant', 'demo', '--no-wait');
    assert.equal(refused.code, 3, refused.stderr);
    assert.match(refused.stderr, /Another import into demo is running: nothing was imported/);
    assert.equal(await store.prisma.sale.count({ where: { serialNumber: { startsWith: 'CLI-WAIT-' } } }), 0);

    const waiting = sav('import', 'sales', file, '--tenant', 'demo');
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.equal(await store.prisma.sale.count({ where: { serialNumber: { startsWith: 'CLI-WAIT-' } } }), 0, 'nothing written while the other import runs');
    release();
    await holding;
    const done = await waiting;
    assert.equal(done.code, 0, done.stderr);
    assert.match(done.stderr, /^sav: waiting for another import into demo…$/m);
    assert.equal(await store.prisma.sale.count({ where: { serialNumber: { startsWith: 'CLI-WAIT-' } } }), 2);
  });
});

describe('a running gateway and imported sales', () => {
  it('finds a sale by serial as soon as it is imported, and its new values after a re-import', async () => {
    const gateway = await startTestGateway({ now: NOW });
    try {
      const check = async (serialNumber: string) => {
        const response = await gateway.graphql<{ warrantyCheck: { __typename: string; purchaseDate?: string; productModel?: string } }>(
          'query($input: WarrantyCheckInput!) { warrantyCheck(input: $input) { __typename ... on WarrantyCheck { purchaseDate productModel } } }',
          { input: { serialNumber } },
        );
        return response.body.data?.warrantyCheck;
      };
      assert.equal((await check('imp-live-1'))?.__typename, 'ProductNotFound');
      const file = csvFile('serial_number,product_model,purchase_date\nimp-live-1,HAC-DEMO-INV,2025-06-01\n');
      await importSales({ store: gateway.store, tenantSlug: 'demo', file, now: NOW });
      assert.deepEqual(await check('IMP-LIVE-1'), { __typename: 'WarrantyCheck', purchaseDate: '2025-06-01', productModel: 'HAC-DEMO-INV' });
      writeFileSync(file, 'serial_number,product_model,purchase_date\nIMP-LIVE-1,HRF-DEMO-1,2025-07-01\n');
      const summary = await importSales({ store: gateway.store, tenantSlug: 'demo', file, now: NOW });
      assert.equal(summary.updated, 1);
      assert.deepEqual(await check('imp-live-1'), { __typename: 'WarrantyCheck', purchaseDate: '2025-07-01', productModel: 'HRF-DEMO-1' });
    } finally {
      await gateway.close();
    }
  });
});
