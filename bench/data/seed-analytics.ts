/**
 * The data sets of the `analytics` suite (issue 10: "the analytics queries on 1 million sales and
 * 100 000 tickets on PostgreSQL"): one distributor's history in the demo tenant (keys pk_demo,
 * sk_demo) of a schema the real gateway serves, in a database of the bench's own
 * (`sav_bench_analytics`, created when missing, on the server of SAV_BENCH_DATABASE_URL).
 *
 *   analytics_small:   100 000 registered sales, 10 000 tickets (the baseline: a tenth of the work)
 *   analytics_large: 1 000 000 registered sales, 100 000 tickets
 *
 * Run alone:  node --import tsx bench/data/seed-analytics.ts [small|large] [--fresh]
 * (the suite calls the same code). A schema is built once and kept: a marker table
 * (`_bench_analytics_seed`) holds the data version and sizes; a schema whose marker is current
 * and complete is reused, any other is dropped and rebuilt; `--fresh` rebuilds.
 *
 * How: the gateway is started once on the new schema (its migrations make the tables, its demo
 * seed the tenant, keys and workshops), then everything else is `INSERT … SELECT … FROM
 * generate_series` with the per-row foreign-key triggers off; every value is a hash of the row's
 * sequence number, so the data is the same from one build to the next (dates follow the build's day).
 *
 * What is generated, over the five years before the build:
 * - 200 catalogue models (`ANL-<category>-<n>`) in five categories, sold unevenly (the first
 *   models of the list sell most), each with one weak part;
 * - sales: purchase dates spread evenly over the five years, six countries (FR half of them);
 * - tickets: a technician's visit every 3.5 days for each of (tickets / 500) technicians (so no
 *   two visits of a technician overlap), created one to five days before it; 80% on a registered
 *   unit bought before the ticket, 12% of them a unit already repaired (a repeat, the same part
 *   six times in ten), 5% with only the model code typed (no catalogue link); 88% CLOSED, 5%
 *   CANCELLED, the rest REPAIRED or FOLLOW_UP; parts replaced (the model's weak part 40% of the
 *   time), a second visit for one in five, the status-change events of its path (about six), a rating for half of the closed
 *   ones, a workshop drop-off for one in twenty.
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Pool, PoolClient } from 'pg';
import { loadPg, POSTGRES_URL, startGateway } from '../gateway-processes.js';

/** Bump when the generated data changes: schemas seeded by an older version are rebuilt. */
export const DATA_VERSION = 2;
export const ANALYTICS_DATABASE = 'sav_bench_analytics';
const MARKER = '_bench_analytics_seed';
const MODELS = 200;
const CATEGORIES = ['REFRIGERATOR', 'AIR_CONDITIONER', 'WASHING_MACHINE', 'DISHWASHER', 'OVEN'] as const;
/** Tickets per technician: one visit slot every ~3.5 days over five years. */
const SLOTS_PER_TECHNICIAN = 500;
const PERIOD_DAYS = 5 * 365;

export interface AnalyticsSet {
  readonly name: 'small' | 'large';
  readonly schema: string;
  readonly sales: number;
  readonly tickets: number;
}

export const ANALYTICS_SETS: Readonly<Record<'small' | 'large', AnalyticsSet>> = {
  small: { name: 'small', schema: 'analytics_small', sales: 100_000, tickets: 10_000 },
  large: { name: 'large', schema: 'analytics_large', sales: 1_000_000, tickets: 100_000 },
};

export interface AnalyticsMarker {
  readonly version: number;
  readonly sales: number;
  readonly tickets: number;
  readonly seededAt: Date;
  readonly seconds: number;
  /** The first day of the generated history (YYYY-MM-DD). */
  readonly firstDay: string;
}

type Log = (line: string) => void;

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** SQL literal of a value we produced ourselves (uuids, dates): checked, then quoted. */
function literal(value: string): string {
  if (!/^[A-Za-z0-9 :_.+-]*$/.test(value)) throw new Error(`unexpected character in ${value}`);
  return `'${value}'`;
}

/** The bench database's URL (same server as SAV_BENCH_DATABASE_URL), optionally with `?schema=`. */
export function analyticsUrl(schema?: string): string {
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${ANALYTICS_DATABASE}`;
  url.search = '';
  if (schema) url.searchParams.set('schema', schema);
  return url.href;
}

/** A pool on the bench's analytics database, created when missing; or why not. */
export async function openAnalyticsPool(): Promise<Pool | { skipped: string }> {
  const pg = loadPg();
  if ('skipped' in pg) return pg;
  const admin = new pg.Pool({ connectionString: POSTGRES_URL, max: 1, connectionTimeoutMillis: 3000 });
  try {
    const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [ANALYTICS_DATABASE]);
    if (rows.length === 0) await admin.query(`CREATE DATABASE ${quote(ANALYTICS_DATABASE)}`);
  } catch (error) {
    return { skipped: `no PostgreSQL server answers at ${POSTGRES_URL} (${(error as Error).message})` };
  } finally {
    await admin.end().catch(() => {});
  }
  return new pg.Pool({ connectionString: analyticsUrl(), max: 3, connectionTimeoutMillis: 3000 });
}

/** Temporary SQL functions of one session: every generated value is a function of a sequence number. */
function functionsSql(set: AnalyticsSet, firstDay: string, modelIds: readonly string[], workshopIds: readonly string[]): string {
  const technicians = Math.max(1, Math.ceil(set.tickets / SLOTS_PER_TECHNICIAN));
  const fn = (signature: string, returns: string, body: string) => `CREATE OR REPLACE FUNCTION pg_temp.${signature} RETURNS ${returns} LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $fn$ ${body} $fn$`;
  const parts = ['COMPRESSOR', 'FAN_MOTOR', 'CONTROL_BOARD', 'THERMOSTAT', 'DOOR_SEAL', 'DRAIN_PUMP'];
  return [
    fn('h(salt int, i bigint)', 'bigint', `SELECT (hashint8(i * 1000003 + salt) & 2147483647)::bigint`),
    fn('model_of_sale(i bigint)', 'int', `SELECT least(pg_temp.h(1, i) % ${MODELS}, pg_temp.h(2, i) % ${MODELS})::int`),
    fn('model_id(m int)', 'text', `SELECT (ARRAY[${modelIds.map(literal).join(', ')}])[m + 1]`),
    fn('model_code(m int)', 'text', `SELECT 'ANL-' || (ARRAY[${CATEGORIES.map((c) => literal(c.slice(0, 4))).join(', ')}])[m % ${CATEGORIES.length} + 1] || '-' || lpad((m + 1)::text, 3, '0')`),
    fn('part(m int, salt int, i bigint)', 'text', `SELECT (ARRAY[${parts.map(literal).join(', ')}])[CASE WHEN pg_temp.h(salt, i) % 100 < 40 THEN m % 6 ELSE pg_temp.h(salt + 1, i) % 6 END + 1]`),
    fn('country(b bigint)', 'text', `SELECT CASE WHEN b < 50 THEN 'FR' WHEN b < 65 THEN 'DE' WHEN b < 75 THEN 'ES' WHEN b < 85 THEN 'IT' WHEN b < 95 THEN 'BE' ELSE 'NL' END`),
    fn('sale_date(i bigint)', 'date', `SELECT date ${literal(firstDay)} + ((i - 1) * ${PERIOD_DAYS} / ${set.sales})::int`),
    fn('serial(i bigint)', 'text', `SELECT 'ANL' || lpad(i::text, 9, '0')`),
    // Ticket s: technician k, slot j; its first visit on day 60 + 3.47 j of the period.
    fn('tech(s bigint)', 'bigint', `SELECT 1 + (s - 1) % ${technicians}`),
    fn('visit_day(s bigint)', 'int', `SELECT (60 + ((s - 1) / ${technicians}) * ${PERIOD_DAYS - 90} / ${SLOTS_PER_TECHNICIAN})::int`),
    fn('window_start(s bigint)', 'timestamptz', `SELECT ((date ${literal(firstDay)} + pg_temp.visit_day(s)) + time '08:00' + (pg_temp.h(10, s) % 5) * interval '2 hours') AT TIME ZONE 'Europe/Paris'`),
    // The unit first repaired: a sale bought before the visit day, drawn evenly among those.
    fn('base_sale(s bigint)', 'bigint', `SELECT 1 + pg_temp.h(11, s) % greatest(1, (${set.sales}::bigint * (pg_temp.visit_day(s) - 10) / ${PERIOD_DAYS}))`),
    // A repeat: the unit of a ticket 1 to 60 slots earlier (3.5 days to 7 months before).
    fn('repeat_of(s bigint)', 'bigint', `SELECT CASE WHEN s > ${technicians * 61} AND pg_temp.h(12, s) % 100 < 12 THEN s - ${technicians} * (1 + pg_temp.h(13, s) % 60) END`),
    fn('registered(s bigint)', 'boolean', `SELECT pg_temp.h(14, s) % 100 < 80`),
    fn(
      'ticket_sale(s bigint)',
      'bigint',
      `SELECT CASE WHEN NOT pg_temp.registered(s) THEN NULL WHEN pg_temp.repeat_of(s) IS NOT NULL AND pg_temp.registered(pg_temp.repeat_of(s)) THEN pg_temp.base_sale(pg_temp.repeat_of(s)) ELSE pg_temp.base_sale(s) END`,
    ),
    fn('status(s bigint)', 'text', `SELECT CASE WHEN b < 88 THEN 'CLOSED' WHEN b < 93 THEN 'CANCELLED' WHEN b < 97 THEN 'REPAIRED' ELSE 'FOLLOW_UP' END FROM (SELECT pg_temp.h(15, s) % 100 AS b) x`),
    fn('workshop(s bigint)', 'text', workshopIds.length > 0 ? `SELECT (ARRAY[${workshopIds.map(literal).join(', ')}])[1 + pg_temp.h(16, s) % ${workshopIds.length}]` : `SELECT NULL::text`),
  ].join(';\n');
}

/** The load, in order; each statement over its own generate_series. */
function loadSql(set: AnalyticsSet, tenantId: string): { label: string; sql: string }[] {
  const t = literal(tenantId);
  const technicians = Math.max(1, Math.ceil(set.tickets / SLOTS_PER_TECHNICIAN));
  const categories = `(ARRAY[${CATEGORIES.map(literal).join(', ')}])`;
  return [
    {
      label: `${MODELS} catalogue models`,
      sql: `INSERT INTO product_models (id, "tenantId", model, name, brand, category, "productLines", "replacementPriceMinor")
        SELECT pg_temp.model_id(m), ${t}, pg_temp.model_code(m), 'Model ' || (m + 1), 'Analytica',
          ${categories}[m % ${CATEGORIES.length} + 1], ARRAY[]::text[], 30000 + (m % 7) * 10000
        FROM generate_series(0, ${MODELS - 1}) m`,
    },
    {
      label: `${technicians} technicians`,
      sql: `INSERT INTO technicians (id, "tenantId", name, "badgeNumber", "timeZone", skills, "postalCodes", country)
        SELECT 'anl-tech-' || lpad(k::text, 6, '0'), ${t}, 'Technician ' || k, 'ANL-' || lpad(k::text, 5, '0'), 'Europe/Paris',
          ${categories}, ARRAY['75011'], 'FR'
        FROM generate_series(1, ${technicians}) k`,
    },
    {
      label: `${set.sales.toLocaleString('en')} sales`,
      sql: `INSERT INTO sales (id, "tenantId", "serialNumber", "productModelId", "purchaseDate", country, city, "createdAt")
        SELECT 'anl-sale-' || lpad(i::text, 9, '0'), ${t}, pg_temp.serial(i), pg_temp.model_id(pg_temp.model_of_sale(i)), pg_temp.sale_date(i),
          pg_temp.country(pg_temp.h(3, i) % 100), NULL, pg_temp.sale_date(i) + time '12:00'
        FROM generate_series(1, ${set.sales}) i`,
    },
    {
      label: `${set.tickets.toLocaleString('en')} tickets`,
      sql: `INSERT INTO tickets (id, "tenantId", "trackingCode", status, "productModel", "productModelId", "serialNumber", "purchaseDate", fault, symptoms, "likelyParts",
          "repairLocation", "visitMinutes", "verificationReasons", "customerName", "customerEmail", "customerPhone", "addressLine1", "postalCode", city, country,
          "partsUsed", "createdAt", "updatedAt")
        SELECT 'anl-tkt-' || lpad(s::text, 9, '0'), ${t}, 'ANL-' || lpad(s::text, 9, '0'), pg_temp.status(s)::ticket_status,
          pg_temp.model_code(m), CASE WHEN pg_temp.h(20, s) % 100 < 5 THEN NULL ELSE pg_temp.model_id(m) END,
          CASE WHEN sale IS NOT NULL THEN pg_temp.serial(sale) END, CASE WHEN sale IS NOT NULL THEN pg_temp.sale_date(sale) END,
          'Stopped working.', ARRAY['NOT_STARTING'], ARRAY[]::text[], 'HOME', 60, ARRAY[]::text[],
          'Customer ' || s, 'customer' || s || '@example.com', '+33600000000', '1 rue de la Paix', '75011', 'Paris',
          CASE WHEN sale IS NOT NULL THEN pg_temp.country(pg_temp.h(3, sale) % 100) ELSE pg_temp.country(pg_temp.h(21, s) % 100) END,
          CASE WHEN pg_temp.status(s) = 'CANCELLED' THEN ARRAY[]::text[]
               WHEN pg_temp.repeat_of(s) IS NOT NULL AND pg_temp.h(22, s) % 10 < 6 THEN ARRAY[pg_temp.part(m, 30, pg_temp.repeat_of(s))]
               WHEN pg_temp.h(23, s) % 100 < 20 THEN ARRAY[pg_temp.part(m, 30, s), pg_temp.part(m, 32, s)]
               WHEN pg_temp.h(23, s) % 100 < 85 THEN ARRAY[pg_temp.part(m, 30, s)]
               ELSE ARRAY[]::text[] END,
          w - (1 + pg_temp.h(24, s) % 5) * interval '1 day' - (pg_temp.h(25, s) % 600) * interval '1 minute', w + interval '3 days'
        FROM generate_series(1, ${set.tickets}) s,
          LATERAL (SELECT pg_temp.ticket_sale(s) AS sale, pg_temp.window_start(s) AS w OFFSET 0) facts,
          LATERAL (SELECT CASE WHEN sale IS NOT NULL THEN pg_temp.model_of_sale(sale) ELSE pg_temp.model_of_sale(s + 7777777) END AS m OFFSET 0) model`,
    },
    {
      label: 'visits (a second one for one ticket in five)',
      sql: `INSERT INTO visits (id, "tenantId", "ticketId", "technicianId", "windowStart", "windowEnd", "reservedUntil", status, "createdAt")
        SELECT 'anl-visit-' || lpad(s::text, 9, '0') || '-' || v, ${t}, 'anl-tkt-' || lpad(s::text, 9, '0'), 'anl-tech-' || lpad(pg_temp.tech(s)::text, 6, '0'),
          w, w + interval '2 hours', w + interval '2 hours', (CASE WHEN pg_temp.status(s) = 'CANCELLED' THEN 'CANCELLED' ELSE 'BOOKED' END)::visit_status, w - interval '1 day'
        FROM generate_series(1, ${set.tickets}) s,
          LATERAL (SELECT v, pg_temp.window_start(s) + (v - 1) * interval '1 day' AS w FROM generate_series(1, CASE WHEN pg_temp.h(40, s) % 100 < 20 AND pg_temp.status(s) <> 'CANCELLED' THEN 2 ELSE 1 END) v) visit`,
    },
    {
      label: 'events (the status changes of each ticket, REPAIRED among them)',
      sql: `INSERT INTO ticket_events (id, "tenantId", "ticketId", kind, "fromStatus", "toStatus", actor, at)
        SELECT 'anl-evt-' || lpad(s::text, 9, '0') || '-' || step.n, ${t}, 'anl-tkt-' || lpad(s::text, 9, '0'), step.kind,
          step.from_status::ticket_status, step.to_status::ticket_status, step.actor, step.at
        FROM generate_series(1, ${set.tickets}) s,
          LATERAL (SELECT pg_temp.window_start(s) AS w, pg_temp.window_start(s) + CASE WHEN pg_temp.h(40, s) % 100 < 20 THEN interval '1 day' ELSE interval '0' END AS last_visit,
                          pg_temp.window_start(s) - (1 + pg_temp.h(24, s) % 5) * interval '1 day' - (pg_temp.h(25, s) % 600) * interval '1 minute' AS created OFFSET 0) facts,
          LATERAL (VALUES
            (1, 'CREATED', NULL, 'SCHEDULED', 'SYSTEM', created, true),
            (2, 'STATUS_CHANGED', 'SCHEDULED', 'ON_SITE', 'TECHNICIAN', w + interval '35 minutes', pg_temp.status(s) <> 'CANCELLED'),
            (3, 'STATUS_CHANGED', 'ON_SITE', 'REPAIRING', 'TECHNICIAN', last_visit + interval '45 minutes', pg_temp.status(s) <> 'CANCELLED'),
            (4, 'STATUS_CHANGED', 'REPAIRING', 'REPAIRED', 'TECHNICIAN', last_visit + (60 + pg_temp.h(41, s) % 120) * interval '1 minute', pg_temp.status(s) <> 'CANCELLED'),
            (5, 'STATUS_CHANGED', 'REPAIRED', 'FOLLOW_UP', 'SYSTEM', last_visit + interval '1 day', pg_temp.status(s) IN ('CLOSED', 'FOLLOW_UP')),
            (6, 'STATUS_CHANGED', 'FOLLOW_UP', 'CLOSED', 'CUSTOMER', last_visit + interval '2 days', pg_temp.status(s) = 'CLOSED'),
            (7, 'STATUS_CHANGED', 'SCHEDULED', 'CANCELLED', 'CUSTOMER', created + interval '1 day', pg_temp.status(s) = 'CANCELLED')
          ) AS step(n, kind, from_status, to_status, actor, at, happened)
        WHERE step.happened`,
    },
    {
      label: 'ratings (half the closed tickets)',
      sql: `INSERT INTO ticket_ratings (id, "ticketId", score, at)
        SELECT 'anl-rating-' || lpad(s::text, 9, '0'), 'anl-tkt-' || lpad(s::text, 9, '0'), (ARRAY[1, 2, 3, 3, 4, 4, 4, 5, 5, 5])[1 + pg_temp.h(50, s) % 10],
          pg_temp.window_start(s) + interval '3 days'
        FROM generate_series(1, ${set.tickets}) s WHERE pg_temp.status(s) = 'CLOSED' AND pg_temp.h(51, s) % 2 = 0`,
    },
    {
      label: 'workshop drop-offs (one ticket in twenty)',
      sql: `INSERT INTO drop_offs (id, "tenantId", "ticketId", "workshopId", "slotStart", "slotEnd", seat, status, "createdAt")
        SELECT 'anl-drop-' || lpad(s::text, 9, '0'), ${t}, 'anl-tkt-' || lpad(s::text, 9, '0'), pg_temp.workshop(s),
          pg_temp.window_start(s) - interval '1 hour', pg_temp.window_start(s), s::int, 'BOOKED', pg_temp.window_start(s) - interval '2 days'
        FROM generate_series(1, ${set.tickets}) s WHERE pg_temp.workshop(s) IS NOT NULL AND pg_temp.h(60, s) % 20 = 0`,
    },
  ];
}

async function readMarker(pool: Pool, schema: string): Promise<AnalyticsMarker | null> {
  const exists = await pool.query(`SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2`, [schema, MARKER]);
  if (exists.rows.length === 0) return null;
  const { rows } = await pool.query<{ version: number; sales: string; tickets: number; seeded_at: Date; seconds: number; first_day: string; complete: boolean }>(
    `SELECT version, sales, tickets, seeded_at, seconds, to_char(first_day, 'YYYY-MM-DD') AS first_day, complete FROM ${quote(schema)}.${MARKER} LIMIT 1`,
  );
  const row = rows[0];
  if (!row || !row.complete) return null;
  return { version: row.version, sales: Number(row.sales), tickets: row.tickets, seededAt: row.seeded_at, seconds: row.seconds, firstDay: row.first_day };
}

const isCurrent = (marker: AnalyticsMarker, set: AnalyticsSet) => marker.version === DATA_VERSION && marker.sales === set.sales && marker.tickets === set.tickets;

function addDaysIso(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

async function build(pool: Pool, set: AnalyticsSet, log: Log): Promise<AnalyticsMarker> {
  const started = performance.now();
  const since = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  await pool.query(`DROP SCHEMA IF EXISTS ${quote(set.schema)} CASCADE`);
  log(`  ${set.schema}: the gateway migrates the schema and seeds the demo tenant…`);
  const gateway = await startGateway(analyticsUrl(set.schema), 180_000);
  await gateway.stop();
  log(`  ${set.schema}: schema ready (${since()})`);

  const client: PoolClient = await pool.connect();
  try {
    await client.query(`SET search_path TO ${quote(set.schema)}, public; SET session_replication_role = replica; SET synchronous_commit = off; SET work_mem = '256MB'; SET TIME ZONE 'Europe/Paris'`);
    const tenantId = (await client.query<{ id: string }>(`SELECT id FROM tenants WHERE slug = 'demo'`)).rows[0]?.id;
    if (!tenantId) throw new Error(`${set.schema}: the gateway did not seed the demo tenant`);
    const workshops = (await client.query<{ id: string }>(`SELECT id FROM workshops WHERE "tenantId" = $1 ORDER BY id`, [tenantId])).rows.map((row) => row.id);
    const today = new Date().toISOString().slice(0, 10);
    const firstDay = addDaysIso(today, -PERIOD_DAYS - 30);
    const modelIds = Array.from({ length: MODELS }, (_, m) => `anl-model-${String(m + 1).padStart(3, '0')}`);
    await client.query(functionsSql(set, firstDay, modelIds, workshops));
    await client.query(`CREATE TABLE ${MARKER} (version int NOT NULL, sales bigint NOT NULL, tickets int NOT NULL, seeded_at timestamptz NOT NULL DEFAULT now(),
      seconds double precision, first_day date NOT NULL, complete boolean NOT NULL DEFAULT false)`);
    await client.query(`INSERT INTO ${MARKER} (version, sales, tickets, first_day) VALUES ($1, $2, $3, $4)`, [DATA_VERSION, set.sales, set.tickets, firstDay]);
    for (const step of loadSql(set, tenantId)) {
      const t = performance.now();
      await client.query(step.sql);
      log(`  ${set.schema}: ${step.label} in ${((performance.now() - t) / 1000).toFixed(1)} s (${since()})`);
    }
    await client.query(`SET session_replication_role = origin`);
    for (const table of ['product_models', 'technicians', 'sales', 'tickets', 'visits', 'ticket_events', 'ticket_ratings', 'drop_offs']) await client.query(`VACUUM (ANALYZE) ${quote(table)}`);
    log(`  ${set.schema}: VACUUM ANALYZE done (${since()})`);
    const seconds = (performance.now() - started) / 1000;
    await client.query(`UPDATE ${MARKER} SET complete = true, seconds = $1, seeded_at = now()`, [seconds]);
  } finally {
    await client.query('RESET ALL; DISCARD TEMP').catch(() => {});
    client.release();
  }
  const marker = await readMarker(pool, set.schema);
  if (!marker) throw new Error(`${set.schema}: no marker after the build`);
  return marker;
}

export interface AnalyticsSeedResult {
  readonly set: AnalyticsSet;
  /** DATABASE_URL for the gateway. */
  readonly url: string;
  readonly reused: boolean;
  readonly seconds: number;
  readonly marker: AnalyticsMarker;
}

/** The set's schema, reused when current, built otherwise (or with `fresh`). */
export async function ensureAnalyticsSet(pool: Pool, set: AnalyticsSet, options: { fresh?: boolean; log?: Log } = {}): Promise<AnalyticsSeedResult> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const url = analyticsUrl(set.schema);
  if (!options.fresh) {
    const marker = await readMarker(pool, set.schema);
    if (marker && isCurrent(marker, set)) return { set, url, reused: true, seconds: 0, marker };
    if (marker) log(`  ${set.schema}: data version ${marker.version}, sizes ${marker.sales}/${marker.tickets}: rebuilding`);
  }
  const started = performance.now();
  const marker = await build(pool, set, log);
  return { set, url, reused: false, seconds: (performance.now() - started) / 1000, marker };
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const fresh = args.includes('--fresh');
  const names = args.filter((arg) => !arg.startsWith('-'));
  if (names.some((name) => name !== 'small' && name !== 'large')) {
    process.stderr.write(`usage: node --import tsx bench/data/seed-analytics.ts [small|large] [--fresh]\n`);
    return 2;
  }
  const pool = await openAnalyticsPool();
  if ('skipped' in pool) {
    process.stderr.write(`${pool.skipped}\n`);
    return 1;
  }
  try {
    for (const name of names.length > 0 ? names : ['small', 'large']) {
      const set = ANALYTICS_SETS[name as 'small' | 'large'];
      process.stdout.write(`${set.schema} in ${ANALYTICS_DATABASE}: ${set.sales.toLocaleString('en')} sales, ${set.tickets.toLocaleString('en')} tickets\n`);
      const result = await ensureAnalyticsSet(pool, set, { fresh });
      process.stdout.write(result.reused ? `  reused (data version ${result.marker.version}, built ${result.marker.seededAt.toISOString()} in ${result.marker.seconds.toFixed(0)} s); --fresh rebuilds it\n` : `  built in ${result.seconds.toFixed(1)} s\n`);
    }
  } finally {
    await pool.end();
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main();
}
