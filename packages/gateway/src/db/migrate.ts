// Applies the migrations of prisma/migrations not yet applied to a store, with Prisma's
// WebAssembly schema engine on the store's own driver adapter. The engine keeps Prisma's
// `_prisma_migrations` table, so `prisma migrate deploy` remains usable on the same database.
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { migrationsDir, readMigrationList } from './migrations-dir.js';
import { noSchemaFilter, openSchemaEngine, type MigrationList } from './schema-engine.js';
import type { Store } from './store.js';

/** A migration that could not be applied; `cause` is the schema engine's error. */
export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

/** The engine's message without its Rust span trace ("   0: sql_schema_connector::…"). */
function engineMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(/\n\s+0: /)[0]?.trim() ?? message;
}

export interface MigrateOptions {
  /** The migrations folder; the gateway's prisma/migrations by default. */
  migrationsDir?: string;
}

/** Applies the pending migrations, in name order; returns their folder names (none: up to date). */
export async function migrate(store: Store, options: MigrateOptions = {}): Promise<{ applied: string[] }> {
  const migrationsList = await readMigrationList(options.migrationsDir ?? migrationsDir);
  const connection = await store.openMigrationConnection();
  try {
    return await applyMigrations(connection.adapterFactory, migrationsList, store);
  } finally {
    await connection.close();
  }
}

async function applyMigrations(
  adapterFactory: SqlMigrationAwareDriverAdapterFactory,
  migrationsList: MigrationList,
  store: Store,
): Promise<{ applied: string[] }> {
  const engine = await openSchemaEngine(adapterFactory);
  try {
    const { appliedMigrationNames } = await engine.applyMigrations({
      migrationsList,
      filters: noSchemaFilter,
    });
    return { applied: appliedMigrationNames };
  } catch (error) {
    throw new MigrationError(`Could not migrate the ${store.kind} store at ${store.location}: ${engineMessage(error)}`, {
      cause: error,
    });
  } finally {
    engine.free();
  }
}
