// Driver adapter factories for PGlite and PostgreSQL, shared by the Prisma client and the schema
// engine (migrations).
//
// Both wrap the published adapters to run a migration script the way Prisma's native engine
// does: the whole script in one simple-protocol call (so statements run in one implicit
// transaction, and a function body containing `;` stays whole), awaited, errors reported:
// - pglite-prisma-adapter 0.7.2's `executeScript` does not await `exec`: a failing migration is
//   recorded as applied and its error surfaces as an unhandled rejection;
// - @prisma/adapter-pg 7.10's `executeScript` splits the script on every `;`.
// The PGlite shadow database (used to diff migrations) is closed when the engine disposes of it.
import { PGlite } from '@electric-sql/pglite';
import { createPglite } from './pglite.js';
import { PrismaPg } from '@prisma/adapter-pg';
import {
  DriverAdapterError,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
} from '@prisma/driver-adapter-utils';
import type pg from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';

type ScriptRunner = (script: string) => Promise<unknown>;

interface PostgresErrorFields {
  code: string;
  severity: string;
  message: string;
  detail?: unknown;
  column?: unknown;
  hint?: unknown;
}

function isPostgresError(error: unknown): error is PostgresErrorFields {
  if (typeof error !== 'object' || error === null) return false;
  const fields = error as Record<string, unknown>;
  return (
    typeof fields['code'] === 'string' &&
    typeof fields['severity'] === 'string' &&
    typeof fields['message'] === 'string'
  );
}

function optionalText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A PostgreSQL error as the Prisma engines expect it; anything else unchanged. */
export function toDriverAdapterError(error: unknown): unknown {
  if (!isPostgresError(error)) return error;
  return new DriverAdapterError({
    kind: 'postgres',
    code: error.code,
    severity: error.severity,
    message: error.message,
    detail: optionalText(error.detail),
    column: optionalText(error.column),
    hint: optionalText(error.hint),
  });
}

function runScriptsWith(adapter: SqlDriverAdapter, runScript: ScriptRunner): SqlDriverAdapter {
  adapter.executeScript = async (script: string): Promise<void> => {
    try {
      await runScript(script);
    } catch (error) {
      throw toDriverAdapterError(error);
    }
  };
  return adapter;
}

function disposeAlso(adapter: SqlDriverAdapter, release: () => Promise<void>): SqlDriverAdapter {
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async (): Promise<void> => {
    try {
      await dispose();
    } finally {
      await release();
    }
  };
  return adapter;
}

/** An adapter factory on one PGlite instance (PGlite has a single session). */
export class PGliteAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName: string;
  readonly #inner: PrismaPGlite;
  readonly #createShadowDatabase: () => Promise<PGlite>;

  /**
   * @param createShadowDatabase opens the empty database on which the schema engine replays
   *   migrations to diff them; a new in-memory PGlite by default. Closed on dispose.
   */
  constructor(
    readonly database: PGlite,
    createShadowDatabase: () => Promise<PGlite> = () => createPglite('memory://'),
  ) {
    this.#inner = new PrismaPGlite(database);
    this.adapterName = this.#inner.adapterName;
    this.#createShadowDatabase = createShadowDatabase;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.#inner.connect();
    return runScriptsWith(adapter, (script) => this.database.exec(script));
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await this.#createShadowDatabase();
    const adapter = await new PrismaPGlite(shadow).connect();
    return disposeAlso(
      runScriptsWith(adapter, (script) => shadow.exec(script)),
      () => shadow.close(),
    );
  }
}

/**
 * An adapter factory on a pg pool, which the caller owns and ends. `schema`, when given, is the
 * PostgreSQL schema the generated queries name; the pool's connections should have it first in
 * their search_path, where migration scripts create their objects.
 */
export class PostgresAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName: string;
  readonly #inner: PrismaPg;

  constructor(
    readonly pool: pg.Pool,
    schema?: string,
  ) {
    this.#inner = new PrismaPg(pool, schema === undefined ? {} : { schema });
    this.adapterName = this.#inner.adapterName;
  }

  async connect(): Promise<SqlDriverAdapter> {
    const adapter = await this.#inner.connect();
    return runScriptsWith(adapter, (script) => this.pool.query(script));
  }

  /**
   * Not offered: only diffing needs a shadow database (applying migrations does not), and the
   * gateway diffs on PGlite (scripts/migration-new.mjs). PrismaPg's own would also be wrong
   * here: it ignores the shadow database's name when the pool has a connection string.
   */
  connectToShadowDb(): Promise<SqlDriverAdapter> {
    return Promise.reject(
      new Error('No shadow database on PostgreSQL here: diff migrations with scripts/migration-new.mjs (PGlite).'),
    );
  }
}
