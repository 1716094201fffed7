/**
 * `sav import sales FILE.csv`: a distributor's sales (serial numbers) into the `sales` table, so
 * that warranty checks by serial find them and failure rates have their denominator.
 *
 * - The file is read as a stream (csv-reader.ts) and written in batches of `batchSize` rows, each
 *   one statement `INSERT … SELECT … FROM json_to_recordset(…) ON CONFLICT ("tenantId",
 *   "serialNumber") DO UPDATE … WHERE <something differs>` (the same SQL on PostgreSQL and
 *   PGlite): memory holds a batch and the chunk being read, never the file (besides, Prisma keeps
 *   the parameters of about its last hundred raw queries: ≈ 100 batches' JSON, whatever the file).
 * - A file that is not CSV at all (a record over a million characters: a quote never closed)
 *   stops the import with a CsvError; the batches before it stay written (re-running is safe).
 * - Re-runnable: a serial already registered is updated to the file's values ("updated"), or left
 *   as it is when they are the same ("unchanged"); importing the same file twice gives the same
 *   table.
 * - Rows are applied in the order of the file: a serial that appears twice in a file ends with the
 *   values of its last line (its first line counts as inserted or updated, the later one as updated
 *   or unchanged). A batch never holds the same serial twice: a repeated serial starts a new one.
 * - A bad row never stops the import: it is written to the report (CSV: line, reason, then the
 *   row's fields as read) and counted as rejected. What is refused before anything is written
 *   (ImportUsageError): an unknown tenant, a file that cannot be read, a header without a required
 *   column.
 * - Serials, models and countries are normalised as the warranty check normalises what customers
 *   type (normaliseWarrantyQuestion of @sav/rules: trimmed, upper-cased), so that what is imported
 *   is what a check by serial finds. Serials are limited to printable ASCII: their upper case is
 *   then the same in JavaScript and in PostgreSQL whatever its locale (a check constraint holds
 *   serials upper-cased).
 *
 * - One import into a tenant at a time: on PostgreSQL an import holds an advisory lock of the
 *   tenant's imports (holdingImportLock) from its first read of the catalogue to its last batch;
 *   a second one waits for it (`onWaiting` tells the operator), or, with `wait: false`, stops with
 *   ImportBusyError before writing anything. Two imports side by side would otherwise upsert the
 *   same serials in different orders and deadlock (PostgreSQL then fails one of them).
 *
 * Sales are not in the gateway's configuration cache: a warranty check by serial reads the table
 * each time (warranty-records.ts, findSale), so a running gateway sees imported sales at once.
 */
import { constants, createReadStream } from 'node:fs';
import { access, open, rm, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { normaliseWarrantyQuestion, todayIn } from '@sav/rules';
import type { Store } from '../db/store.js';
import { type CsvRecord, readCsv } from './csv-reader.js';

export const REQUIRED_COLUMNS = ['serial_number', 'product_model', 'purchase_date'] as const;
export const OPTIONAL_COLUMNS = ['country', 'city'] as const;
type Column = (typeof REQUIRED_COLUMNS)[number] | (typeof OPTIONAL_COLUMNS)[number];

export const DEFAULT_BATCH_SIZE = 2000;
const EARLIEST_PURCHASE = '1900-01-01';
/** Printable ASCII, spaces allowed inside. */
const SERIAL_CHARACTERS = /^[\x20-\x7e]+$/;

/** Refused before anything is written: exit code 2. */
export class ImportUsageError extends Error {
  override readonly name = 'ImportUsageError';
}

/** Another import into the tenant is running and the caller would not wait: nothing was written (exit code 3). */
export class ImportBusyError extends Error {
  override readonly name = 'ImportBusyError';
}

export interface ImportProgress {
  readonly rowsRead: number;
  readonly bytesRead: number;
  /** The file's size in bytes. */
  readonly totalBytes: number;
  readonly seconds: number;
}

export interface ImportSalesOptions {
  readonly store: Store;
  readonly tenantSlug: string;
  readonly file: string;
  /** Where rejected rows go; default: beside the file, `<name>.rejected.csv`. */
  readonly reportPath?: string | undefined;
  readonly batchSize?: number | undefined;
  /** The clock, for "not in the future" (the tenant's today). */
  readonly now?: Date | undefined;
  /** Called after each chunk of the file is read and its batches written. */
  readonly onProgress?: ((progress: ImportProgress) => void) | undefined;
  /**
   * When another import into the same tenant is running (PostgreSQL): wait for it to end (true,
   * the default; `onWaiting` is called once, before waiting), or refuse at once with
   * ImportBusyError, nothing written (false).
   */
  readonly wait?: boolean | undefined;
  readonly onWaiting?: ((tenantSlug: string) => void) | undefined;
}

export interface ImportSummary {
  readonly file: string;
  readonly tenant: string;
  /** Data rows read (the header and blank lines not counted). */
  readonly read: number;
  readonly inserted: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly rejected: number;
  /** The report's path when rows were rejected, else null. */
  readonly report: string | null;
  /** Columns of the header that are not read. */
  readonly ignoredColumns: string[];
  readonly seconds: number;
  readonly rowsPerSecond: number;
  /** Most data rows held in memory at once (a batch and the chunk being read): bounded, whatever the file's size. */
  readonly peakRowsHeld: number;
}

/** `sales.csv` → `sales.rejected.csv`, beside it. */
export function defaultReportPath(file: string): string {
  const extension = extname(file);
  return join(dirname(file), `${basename(file, extension)}.rejected.csv`);
}

interface GoodRow {
  readonly serial: string;
  readonly modelId: string;
  readonly purchaseDate: string;
  readonly country: string | null;
  readonly city: string | null;
}

/** A field for the report: quoted when it must be (RFC 4180). */
function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The report of rejected rows: created at the first one, written with back-pressure. */
class RejectReport {
  #handle: Awaited<ReturnType<typeof open>> | null = null;
  #pending: string[] = [];
  #pendingLength = 0;
  count = 0;

  constructor(
    readonly path: string,
    readonly header: readonly string[],
  ) {}

  async add(line: number, reason: string, fields: readonly string[]): Promise<void> {
    this.count += 1;
    if (!this.#handle) {
      this.#handle = await open(this.path, 'w');
      this.#push(['line', 'reason', ...this.header]);
    }
    this.#push([String(line), reason, ...fields]);
    if (this.#pendingLength > 64 * 1024) await this.flush();
  }

  #push(fields: readonly string[]): void {
    const text = `${fields.map(csvField).join(',')}\r\n`;
    this.#pending.push(text);
    this.#pendingLength += text.length;
  }

  async flush(): Promise<void> {
    if (!this.#handle || this.#pending.length === 0) return;
    const text = this.#pending.join('');
    this.#pending = [];
    this.#pendingLength = 0;
    await this.#handle.write(text);
  }

  async close(): Promise<void> {
    await this.flush();
    await this.#handle?.close();
    this.#handle = null;
  }
}

/** What the rules' words become in a report line, by the code of their refusal. */
function reasonFor(code: string, column: string, raw: string): string {
  switch (code) {
    case 'TOO_LONG':
      return `${column} is longer than 100 characters`;
    case 'INVALID_DATE':
      return `purchase_date "${raw}" is not a real day written YYYY-MM-DD`;
    case 'INVALID_COUNTRY':
      return `country "${raw}" is not an ISO 3166-1 alpha-2 code such as FR or CN`;
    default:
      return `${column} "${raw}" is not accepted (${code})`;
  }
}

const RULE_FIELD_COLUMN: Record<string, Column> = { serialNumber: 'serial_number', productModel: 'product_model', purchaseDate: 'purchase_date', country: 'country', city: 'city' };

export async function importSales(options: ImportSalesOptions): Promise<ImportSummary> {
  const started = performance.now();
  const { store } = options;
  const file = resolve(options.file);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 50_000) throw new ImportUsageError(`The batch size must be a whole number from 1 to 50000; got ${batchSize}.`);
  const reportPath = resolve(options.reportPath ?? defaultReportPath(file));
  if (reportPath === file) throw new ImportUsageError(`The report would overwrite the file it reports on (${file}): give another --report.`);

  const tenant = await store.prisma.tenant.findUnique({ where: { slug: options.tenantSlug }, select: { id: true, slug: true, name: true, timeZone: true } });
  if (!tenant) throw new ImportUsageError(`No tenant has the slug "${options.tenantSlug}" (see: sav tenant list).`);

  let totalBytes: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new Error('not a file');
    totalBytes = info.size;
    await (await open(file, 'r')).close();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new ImportUsageError(`Cannot read ${file}: ${reason}.`);
  }

  try {
    await access(dirname(reportPath), constants.W_OK);
    if ((await stat(reportPath).catch(() => null))?.isDirectory()) throw new Error('it is a folder');
  } catch (error) {
    throw new ImportUsageError(`Cannot write the report of rejected rows to ${reportPath}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (error as Error).message}. Give another --report.`);
  }

  // One import into a tenant at a time: two side by side would write the same serials in
  // different orders, and PostgreSQL would break their deadlocks by failing one of them.
  return holdingImportLock(store, tenant, options, async () => {
    // The catalogue, by model as customers type it (upper-cased: findProduct matches in any case).
    const models = new Map<string, string>();
    for (const model of await store.prisma.productModel.findMany({ where: { tenantId: tenant.id }, select: { id: true, model: true } })) {
      models.set(model.model.trim().toUpperCase(), model.id);
    }
    const today = todayIn(tenant.timeZone, options.now ?? new Date());

    const counts = { read: 0, inserted: 0, updated: 0, unchanged: 0 };
    let peakRowsHeld = 0;
    let header: string[] | null = null;
    let columns: Record<Column, number> | null = null;
    let ignoredColumns: string[] = [];
    let report: RejectReport | null = null;
    let batch: GoodRow[] = [];
    let inBatch = new Set<string>();

    const flush = async () => {
      if (batch.length === 0) return;
      const written = await writeBatch(store, tenant.id, batch);
      counts.inserted += written.inserted;
      counts.updated += written.updated;
      counts.unchanged += batch.length - written.inserted - written.updated;
      batch = [];
      inBatch = new Set();
    };

    const readHeader = (record: CsvRecord) => {
      header = record.fields.map((name, index) => (index === 0 ? name.replace(/^\uFEFF/, '') : name));
      const names = header.map((name) => name.trim().toLowerCase());
      const seen = new Set<string>();
      for (const name of names) {
        if (seen.has(name) && (REQUIRED_COLUMNS as readonly string[]).concat(OPTIONAL_COLUMNS).includes(name)) throw new ImportUsageError(`The header names the column ${name} twice.`);
        seen.add(name);
      }
      const missing = REQUIRED_COLUMNS.filter((column) => !names.includes(column));
      if (missing.length > 0) {
        throw new ImportUsageError(
          `The file has no ${missing.join(', no ')} column (its header line is: ${record.fields.join(',')}). ` +
            `The first line must name the columns: ${REQUIRED_COLUMNS.join(',')},${OPTIONAL_COLUMNS.join(',')} (the last two optional, in any order). Nothing was imported.`,
        );
      }
      columns = Object.fromEntries([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS].map((column) => [column, names.indexOf(column)])) as Record<Column, number>;
      ignoredColumns = header.filter((_, index) => !(Object.values(columns!) as number[]).includes(index));
      report = new RejectReport(reportPath, header);
    };

    /** The row's values, or why it is refused. */
    const check = (record: CsvRecord): GoodRow | string => {
      const fields = record.fields;
      if (record.malformed) return `the line is not valid CSV: ${record.malformed}`;
      if (fields.length !== header!.length) return `the line has ${fields.length} field${fields.length === 1 ? '' : 's'}, the header ${header!.length}`;
      if (fields.some((field) => field.includes('\uFFFD'))) return 'the line is not UTF-8 text (save the file as CSV UTF-8)';
      const value = (column: Column) => {
        const index = columns![column];
        return index < 0 ? '' : (fields[index] ?? '');
      };
      const raw = { serial_number: value('serial_number'), product_model: value('product_model'), purchase_date: value('purchase_date'), country: value('country'), city: value('city') };
      for (const column of REQUIRED_COLUMNS) if (raw[column].trim() === '') return `${column} is empty`;
      const decision = normaliseWarrantyQuestion({ serialNumber: raw.serial_number, productModel: raw.product_model, purchaseDate: raw.purchase_date, country: raw.country, city: raw.city });
      if (!decision.ok) {
        const column = RULE_FIELD_COLUMN[decision.violation.field?.[0] ?? ''] ?? 'serial_number';
        return reasonFor(decision.violation.code, column, raw[column].trim());
      }
      const question = decision.value;
      if (question.by !== 'serial' || question.productModel === null || question.purchaseDate === null) return 'serial_number, product_model and purchase_date are needed';
      if (!SERIAL_CHARACTERS.test(question.serialNumber)) return `serial_number "${question.serialNumber}" holds a character other than ASCII letters, digits, spaces and punctuation`;
      const modelId = models.get(question.productModel);
      if (modelId === undefined) return `product_model "${raw.product_model.trim()}" is not in ${tenant.name}'s catalogue`;
      if (question.purchaseDate < EARLIEST_PURCHASE) return `purchase_date ${question.purchaseDate} is before ${EARLIEST_PURCHASE}`;
      if (question.purchaseDate > today) return `purchase_date ${question.purchaseDate} is in the future (today is ${today})`;
      return { serial: question.serialNumber, modelId, purchaseDate: question.purchaseDate, country: question.country, city: question.city };
    };

    let bytesRead = 0;
    try {
      for await (const chunk of readCsv(createReadStream(file, { highWaterMark: 64 * 1024 }))) {
        bytesRead = chunk.bytesRead;
        for (const record of chunk.records) {
          if (header === null) {
            readHeader(record);
            continue;
          }
          counts.read += 1;
          const row = check(record);
          if (typeof row === 'string') {
            await report!.add(record.line, row, record.fields);
            continue;
          }
          // Rows apply in the file's order: the same serial twice in one statement cannot (ON CONFLICT
          // touches a row once per statement), so its second line goes to the next batch.
          if (inBatch.has(row.serial)) await flush();
          batch.push(row);
          inBatch.add(row.serial);
          peakRowsHeld = Math.max(peakRowsHeld, batch.length + chunk.records.length);
          if (batch.length >= batchSize) await flush();
        }
        options.onProgress?.({ rowsRead: counts.read, bytesRead, totalBytes, seconds: (performance.now() - started) / 1000 });
      }
      if (header === null) {
        throw new ImportUsageError(`${file} is empty: its first line must name the columns ${REQUIRED_COLUMNS.join(',')},${OPTIONAL_COLUMNS.join(',')}. Nothing was imported.`);
      }
      await flush();
    } finally {
      await (report as RejectReport | null)?.close();
    }
    const rejected = (report as RejectReport | null)?.count ?? 0;
    // The report beside a file always belongs to its last import: a clean run removes an old one.
    if (rejected === 0) await rm(reportPath, { force: true });
    const seconds = (performance.now() - started) / 1000;
    return {
      file,
      tenant: tenant.slug,
      ...counts,
      rejected,
      report: rejected > 0 ? reportPath : null,
      ignoredColumns,
      seconds,
      rowsPerSecond: seconds > 0 ? counts.read / seconds : 0,
      peakRowsHeld,
    };
  });
}

/** Two keys of pg_advisory_xact_lock(int, int): this class, and the tenant's id hashed. */
export const IMPORT_LOCK_CLASS = 0x5341_5649; // "SAVI"

/**
 * Runs `work` holding a PostgreSQL advisory lock of the tenant's imports. The lock belongs to a
 * transaction of its own, open (and idle, writing nothing) while `work` writes its batches on other
 * connections of the pool, and released when it ends, however it ends (a crash ends the session,
 * and the lock with it). PGlite is one connection in one process: there, imports run one after
 * the other anyway, and `work` runs as it is (a transaction would hold the only connection).
 */
async function holdingImportLock<T>(store: Store, tenant: { id: string; slug: string }, options: ImportSalesOptions, work: () => Promise<T>): Promise<T> {
  if (store.kind !== 'postgres') return work();
  return store.prisma.$transaction(
    async (tx) => {
      const [first] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${IMPORT_LOCK_CLASS}::int, hashtext(${tenant.id})) AS locked`;
      if (!first?.locked) {
        if (options.wait === false) throw new ImportBusyError(`Another import into ${tenant.slug} is running: nothing was imported. Run this one again when it is done (or without --no-wait, to wait for it).`);
        options.onWaiting?.(tenant.slug);
        await tx.$queryRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK_CLASS}::int, hashtext(${tenant.id}))::text AS locked`;
      }
      return work();
    },
    // The transaction lasts as long as the import (a file of millions of rows: minutes); the
    // bound is setTimeout's, about 24 days.
    { maxWait: 60_000, timeout: 2_147_483_647 },
  );
}

/**
 * One batch in one statement, its rows as one JSON parameter. (Prisma keeps the arguments of its
 * last hundred or so debug calls in memory whatever DEBUG says, a raw query's parameters among
 * them: as one JSON text a batch costs about its size there, as five arrays of strings about five
 * times that, and a string read from the file would keep its whole 64 KiB chunk alive. JSON is a
 * fresh string.) `xmax = 0` tells a row inserted from one updated by ON CONFLICT; an unchanged row
 * is not returned (the WHERE of DO UPDATE leaves it alone: no new row version).
 */
async function writeBatch(store: Store, tenantId: string, rows: readonly GoodRow[]): Promise<{ inserted: number; updated: number }> {
  const json = JSON.stringify(rows.map((row) => ({ s: row.serial, m: row.modelId, d: row.purchaseDate, c: row.country, t: row.city })));
  const [result] = await store.prisma.$queryRaw<{ inserted: number; updated: number }[]>`
    WITH written AS (
      INSERT INTO sales (id, "tenantId", "serialNumber", "productModelId", "purchaseDate", country, city)
      SELECT gen_random_uuid()::text, ${tenantId}, input.s, input.m, input.d, input.c, input.t
        FROM json_to_recordset(${json}::json) AS input(s text, m text, d date, c text, t text)
      ON CONFLICT ("tenantId", "serialNumber") DO UPDATE
         SET "productModelId" = excluded."productModelId", "purchaseDate" = excluded."purchaseDate", country = excluded.country, city = excluded.city
       WHERE (sales."productModelId", sales."purchaseDate", sales.country, sales.city)
             IS DISTINCT FROM (excluded."productModelId", excluded."purchaseDate", excluded.country, excluded.city)
      RETURNING (xmax = 0) AS inserted
    )
    SELECT (count(*) FILTER (WHERE inserted))::int AS inserted, (count(*) FILTER (WHERE NOT inserted))::int AS updated FROM written`;
  return { inserted: result?.inserted ?? 0, updated: result?.updated ?? 0 };
}
