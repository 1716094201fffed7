// Where the gateway keeps its data, chosen from DATABASE_URL:
//   unset or empty           PGlite in <cwd>/.sav/data
//   a folder path            PGlite in that folder (relative to cwd; created when missing)
//   memory://                PGlite in memory
//   postgres:// postgresql:// PostgreSQL (`?schema=name` honoured, the schema created if missing)
// One Prisma client over a driver adapter in every case.
import { mkdir } from 'node:fs/promises';
import { isAbsolute, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { createPglite } from './pglite.js';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.js';
import { PGliteAdapterFactory, PostgresAdapterFactory } from './adapters.js';

export type { PrismaClient } from '../generated/prisma/client.js';

export type StoreKind = 'pglite' | 'postgres';

export interface Store {
  readonly prisma: PrismaClient;
  readonly kind: StoreKind;
  /** Where the data is: a folder, `memory://`, or the PostgreSQL URL without its password. */
  readonly location: string;
  /** A connection for the schema engine (migrate.ts); close it when done. */
  openMigrationConnection(): Promise<MigrationConnection>;
  /**
   * Listens to a PostgreSQL NOTIFY channel (lower case): `onPayload` runs for each notification,
   * from any connection to the database (so from any gateway instance on PostgreSQL);
   * `onDrop` as soon as the connection is lost, `onReconnect` after it was opened again (what was
   * sent meanwhile is lost).
   */
  listen(channel: string, onPayload: (payload: string) => void, onReconnect?: () => void, onDrop?: () => void): Promise<{ close(): Promise<void> }>;
  /**
   * Calls `listener` with each SQL statement the client sends, until the returned function is
   * called. Only on a store opened with `observeStatements` (tests that count round trips).
   */
  readonly onStatement?: (listener: (sql: string) => void) => () => void;
  /** Disconnects the client and closes the database (PGlite) or the connection pool. */
  close(): Promise<void>;
}

/**
 * A driver adapter factory for the schema engine. On PostgreSQL it has a connection of its own:
 * the engine takes a session-level advisory lock (`pg_advisory_lock(72707369)`) and never
 * releases it, counting on its session to end. On a connection of the client's pool the lock
 * would outlive the migration, and another instance's migration would wait for it, then time out.
 */
export interface MigrationConnection {
  readonly adapterFactory: SqlMigrationAwareDriverAdapterFactory;
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  /** Defaults to process.env.DATABASE_URL. */
  databaseUrl?: string | undefined;
  /** Base of relative folder paths; defaults to process.cwd(). */
  cwd?: string;
  /** Gives the store `onStatement` (it costs a little on every query: for tests). */
  observeStatements?: boolean;
}

/** A Prisma client on `adapter`, reporting its statements when asked to; and how to listen to them. */
function prismaClient(adapter: NonNullable<ConstructorParameters<typeof PrismaClient>[0]['adapter']>, observeStatements: boolean, transactionOptions?: { readonly maxWait: number; readonly timeout: number }) {
  if (!observeStatements) return { prisma: new PrismaClient({ adapter, ...(transactionOptions ? { transactionOptions } : {}) }) };
  const observed = new PrismaClient({ adapter, ...(transactionOptions ? { transactionOptions } : {}), log: [{ emit: 'event', level: 'query' }] });
  const listeners = new Set<(sql: string) => void>();
  observed.$on('query', (event) => {
    for (const listener of listeners) listener(event.query);
  });
  const onStatement = (listener: (sql: string) => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return { prisma: observed as unknown as PrismaClient, onStatement };
}

/** A DATABASE_URL the gateway cannot use. */
export class StoreConfigError extends Error {
  override readonly name = 'StoreConfigError';
}

export type StoreTarget =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'postgres'; url: string; schema: string | undefined };

export const memoryDataDir = 'memory://';
export const defaultDataDir = '.sav/data';

/**
 * PGlite runs one transaction at a time: an interactive transaction waits for the ones before
 * it instead of failing after Prisma's defaults (2 s to start, 5 s to run).
 */
export const pgliteTransactionOptions = { maxWait: 60_000, timeout: 120_000 } as const;

/**
 * On PostgreSQL an interactive transaction first waits for a pooled connection (ten by default):
 * under a burst (fifty customers booking at once, on a busy machine) two seconds, Prisma's
 * default, is not enough, and a customer would get an internal error where waiting a little more
 * gives an answer. Fifteen seconds is still well under what a browser or a proxy waits.
 */
export const postgresTransactionOptions = { maxWait: 15_000, timeout: 15_000 } as const;

const postgresUrlPattern = /^postgres(?:ql)?:\/\//i;
const memoryUrlPattern = /^memory:\/\//i;
/** A URL scheme (two characters at least, so that a Windows drive letter is a path). */
const schemePattern = /^[a-z][a-z0-9+.-]+:/i;
const schemaNamePattern = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

function redactPassword(url: URL): string {
  const shown = new URL(url.href);
  if (shown.password !== '') shown.password = '***';
  return shown.href;
}

function postgresTarget(databaseUrl: string): StoreTarget {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new StoreConfigError('DATABASE_URL starts with postgres:// but is not a valid URL.');
  }
  const schema = url.searchParams.get('schema') ?? undefined;
  if (schema !== undefined && !schemaNamePattern.test(schema)) {
    throw new StoreConfigError(
      `DATABASE_URL names the schema "${schema}": use letters, digits and underscores (at most 63, not starting with a digit).`,
    );
  }
  url.searchParams.delete('schema');
  return { kind: 'postgres', url: url.href, schema };
}

/** Decides where the data lives, without touching it. Throws StoreConfigError. */
export function resolveStoreTarget(databaseUrl: string | undefined, cwd: string = process.cwd()): StoreTarget {
  const value = (databaseUrl ?? '').trim();
  if (value === '') return { kind: 'pglite', dataDir: resolve(cwd, defaultDataDir) };
  if (memoryUrlPattern.test(value)) return { kind: 'pglite', dataDir: memoryDataDir };
  if (postgresUrlPattern.test(value)) return postgresTarget(value);
  if (schemePattern.test(value)) {
    const scheme = value.slice(0, value.indexOf(':') + 1);
    throw new StoreConfigError(
      `DATABASE_URL scheme "${scheme}" is not supported: use postgres://… or postgresql://… ` +
        'for PostgreSQL, memory:// for an in-memory store, a folder path for an embedded store, ' +
        `or nothing for ${defaultDataDir}.`,
    );
  }
  return { kind: 'pglite', dataDir: isAbsolute(value) ? value : resolve(cwd, value) };
}

/** Wraps an open PGlite database into a store; closing the store closes the database. */
export function storeOnPglite(database: PGlite, location: string, options: { observeStatements?: boolean } = {}): Store {
  const adapterFactory = new PGliteAdapterFactory(database);
  const { prisma, onStatement } = prismaClient(adapterFactory, options.observeStatements ?? false, pgliteTransactionOptions);
  return {
    prisma,
    ...(onStatement ? { onStatement } : {}),
    kind: 'pglite',
    location,
    // One database, one session: the engine shares it (PGlite's advisory locks are re-entrant
    // within its single session, and nothing else can connect).
    openMigrationConnection: async () => ({ adapterFactory, close: async () => {} }),
    async listen(channel, onPayload) {
      const unlisten = await database.listen(channel, onPayload);
      return { close: () => (database.closed ? Promise.resolve() : unlisten()) };
    },
    async close() {
      await prisma.$disconnect();
      if (!database.closed) await database.close();
    },
  };
}

async function openPglite(dataDir: string): Promise<Store> {
  if (dataDir !== memoryDataDir) {
    await mkdir(dataDir, { recursive: true }).catch((error: unknown) => {
      const code = error instanceof Error && 'code' in error ? error.code : undefined;
      if (code === 'EEXIST' || code === 'ENOTDIR') {
        throw new StoreConfigError(`DATABASE_URL names ${dataDir}, which is not a folder.`, { cause: error });
      }
      throw error;
    });
  }
  const database = await createPglite(dataDir);
  return storeOnPglite(database, dataDir);
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function postgresPoolConfig(url: string, schema: string | undefined): pg.PoolConfig {
  return {
    connectionString: url,
    // Unqualified names (migration scripts) resolve in the chosen schema.
    ...(schema === undefined ? {} : { options: `-c search_path=${quoteIdentifier(schema)}` }),
  };
}

async function openPostgres(url: string, schema: string | undefined, observeStatements = false): Promise<Store> {
  const pool = new pg.Pool(postgresPoolConfig(url, schema));
  try {
    if (schema === undefined) await pool.query('SELECT 1');
    else await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(schema)}`);
  } catch (error) {
    await pool.end();
    throw error;
  }
  const adapterFactory = new PostgresAdapterFactory(pool, schema);
  const { prisma, onStatement } = prismaClient(adapterFactory, observeStatements, postgresTransactionOptions);
  const location = new URL(url);
  if (schema !== undefined) location.searchParams.set('schema', schema);
  return {
    prisma,
    ...(onStatement ? { onStatement } : {}),
    kind: 'postgres',
    location: redactPassword(location),
    async openMigrationConnection() {
      const migrationPool = new pg.Pool({ ...postgresPoolConfig(url, schema), max: 1 });
      return {
        adapterFactory: new PostgresAdapterFactory(migrationPool, schema),
        close: () => migrationPool.end(),
      };
    },
    listen: (channel, onPayload, onReconnect, onDrop) => listenOnPostgres(postgresPoolConfig(url, schema), channel, onPayload, onReconnect, onDrop),
    async close() {
      await prisma.$disconnect();
      await pool.end();
    },
  };
}

const LISTEN_RETRY_FIRST_MS = 500;
const LISTEN_RETRY_MAX_MS = 30_000;

/**
 * A connection of its own that LISTENs (a pooled one would be handed to queries). When it drops
 * (a restart, a network cut), another is opened, waiting longer after each failure (0.5 s up to
 * 30 s), for as long as the listener is open; `onReconnect` then runs, since notifications sent
 * while nobody listened are lost and whoever waits on them should read again.
 */
async function listenOnPostgres(config: pg.PoolConfig, channel: string, onPayload: (payload: string) => void, onReconnect?: () => void, onDrop?: () => void): Promise<{ close(): Promise<void> }> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(channel)) throw new RangeError(`"${channel}" is not a channel name.`);
  let closed = false;
  let client: pg.Client | null = null;
  let retry: NodeJS.Timeout | undefined;
  let delay = LISTEN_RETRY_FIRST_MS;

  const open = async (): Promise<void> => {
    const next = new pg.Client({ ...config, keepAlive: true });
    next.on('notification', (message) => {
      if (message.channel === channel && message.payload !== undefined) onPayload(message.payload);
    });
    next.on('error', () => dropped(next));
    next.on('end', () => dropped(next));
    await next.connect();
    await next.query(`LISTEN ${channel}`);
    if (closed) {
      await next.end().catch(() => {});
      return;
    }
    client = next;
    delay = LISTEN_RETRY_FIRST_MS;
  };
  const dropped = (which: pg.Client): void => {
    if (client !== which) return;
    client = null;
    which.end().catch(() => {});
    onDrop?.();
    schedule();
  };
  const schedule = (): void => {
    if (closed || retry) return;
    retry = setTimeout(() => {
      retry = undefined;
      open().then(
        () => onReconnect?.(),
        () => {
          delay = Math.min(LISTEN_RETRY_MAX_MS, delay * 2);
          schedule();
        },
      );
    }, delay);
    retry.unref();
  };

  await open();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      const last = client;
      client = null;
      await last?.end().catch(() => {});
    },
  };
}

/** Opens the store DATABASE_URL (or `options.databaseUrl`) names; the caller closes it. */
export async function openStore(options: OpenStoreOptions = {}): Promise<Store> {
  const target = resolveStoreTarget(options.databaseUrl ?? process.env.DATABASE_URL, options.cwd);
  return target.kind === 'pglite' ? openPglite(target.dataDir) : openPostgres(target.url, target.schema, options.observeStatements);
}
