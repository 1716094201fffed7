import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { PGliteAdapterFactory } from './adapters.js';
import { migrate, MigrationError } from './migrate.js';
import { migrationsDir, readMigrationList } from './migrations-dir.js';
import { noSchemaFilter, openSchemaEngine } from './schema-engine.js';
import type { Store } from './store.js';
import { createEmptyPglite, createEmptyTestStore } from './test-store.js';

const schemaPath = fileURLToPath(new URL('../../prisma/schema.prisma', import.meta.url));

describe('migrate', () => {
  let store: Store;
  before(async () => {
    store = await createEmptyTestStore();
  });
  after(async () => {
    await store.close();
  });

  it('applies every migration of prisma/migrations once, then nothing', async () => {
    const expected = (await readMigrationList()).migrationDirectories.map((migration) => migration.path);
    assert.ok(expected.length > 0);
    assert.ok(expected[0]?.endsWith('_init'));
    assert.deepEqual(await migrate(store), { applied: expected });
    assert.deepEqual(await migrate(store), { applied: [] });
  });

  it("keeps Prisma's bookkeeping, with the checksums `prisma migrate deploy` computes", async () => {
    const rows = await store.prisma.$queryRawUnsafe<{ migration_name: string; checksum: string; finished: boolean }[]>(
      'SELECT migration_name, checksum, finished_at IS NOT NULL AS finished FROM _prisma_migrations ORDER BY migration_name',
    );
    assert.ok(rows.length > 0);
    for (const row of rows) {
      const script = await readFile(join(migrationsDir, row.migration_name, 'migration.sql'));
      assert.equal(row.checksum, createHash('sha256').update(script).digest('hex'), row.migration_name);
      assert.equal(row.finished, true);
    }
  });

  it('creates the tables of the schema', async () => {
    const rows = await store.prisma.$queryRawUnsafe<{ table_name: string }[]>(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name",
    );
    assert.deepEqual(
      rows.map((row) => row.table_name).sort(), // sorted here: the database's collation may order '_' differently
      [
        '_prisma_migrations',
        'api_keys',
        'audit_entries',
        'completion_certificates',
        'drop_offs',
        'installation_jobs',
        'outbox_messages',
        'partner_workshops',
        'personal_data_erasures',
        'product_models',
        'quotes',
        'rate_limit_windows',
        'reintervention_terms',
        'reinterventions',
        'sales',
        'service_periods',
        'survey_answers',
        'surveys',
        'technicians',
        'tenants',
        'ticket_events',
        'ticket_ratings',
        'ticket_routing_rules',
        'tickets',
        'visits',
        'warranty_policies',
        'warranty_policy_parts',
        'webhook_deliveries',
        'webhook_endpoints',
        'workshops',
      ],
    );
  });
});

describe('a failing migration', () => {
  let workDir: string;
  before(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'sav-migrations-'));
    await cp(migrationsDir, workDir, { recursive: true });
    await mkdir(join(workDir, '29991231000000_broken'));
    await writeFile(
      join(workDir, '29991231000000_broken', 'migration.sql'),
      'CREATE TABLE "half_done" ("id" INTEGER);\nCREATE TABLE "half_done" ("id" INTEGER);\n',
    );
  });
  after(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('is reported, recorded as failed, leaves nothing half done and blocks later runs', async () => {
    const store = await createEmptyTestStore();
    try {
      await assert.rejects(
        migrate(store, { migrationsDir: workDir }),
        (error: unknown) => error instanceof MigrationError && /relation "half_done" already exists/.test(error.message),
      );
      const [failed] = await store.prisma.$queryRawUnsafe<{ finished: boolean }[]>(
        "SELECT finished_at IS NOT NULL AS finished FROM _prisma_migrations WHERE migration_name = '29991231000000_broken'",
      );
      assert.equal(failed?.finished, false);
      const halfDone = await store.prisma.$queryRawUnsafe<{ count: number }[]>(
        "SELECT count(*)::int AS count FROM information_schema.tables WHERE table_name = 'half_done'",
      );
      assert.equal(halfDone[0]?.count, 0);
      await assert.rejects(migrate(store, { migrationsDir: workDir }), /failed migrations/);
    } finally {
      await store.close();
    }
  });
});

describe('a migration with a function body', () => {
  let workDir: string;
  before(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'sav-migrations-'));
    await cp(migrationsDir, workDir, { recursive: true });
    await mkdir(join(workDir, '29991231000000_function'));
    await writeFile(
      join(workDir, '29991231000000_function', 'migration.sql'),
      [
        'CREATE FUNCTION "tenant_count"() RETURNS integer LANGUAGE plpgsql AS $$',
        'DECLARE result integer;',
        'BEGIN',
        '  SELECT count(*) INTO result FROM "tenants";',
        '  RETURN result;',
        'END;',
        '$$;',
        '',
      ].join('\n'),
    );
  });
  after(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('is applied whole, semicolons inside and all', async () => {
    const store = await createEmptyTestStore();
    try {
      const { applied } = await migrate(store, { migrationsDir: workDir });
      assert.equal(applied.at(-1), '29991231000000_function');
      const [row] = await store.prisma.$queryRawUnsafe<{ count: number }[]>('SELECT "tenant_count"() AS count');
      assert.equal(row?.count, 0);
    } finally {
      await store.close();
    }
  });
});

describe('prisma/migrations', () => {
  it('matches prisma/schema.prisma (run `pnpm --filter @sav/gateway migration:new <name>` after a schema change)', async () => {
    const database = await createEmptyPglite();
    const engine = await openSchemaEngine(new PGliteAdapterFactory(database, createEmptyPglite));
    try {
      const migrationsList = await readMigrationList();
      const { exitCode, stdout } = await engine.diff({
        from: { tag: 'migrations', ...migrationsList },
        to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: await readFile(schemaPath, 'utf8') }] },
        script: true,
        exitCode: true,
        filters: noSchemaFilter,
      });
      assert.equal(exitCode, 0, `the schema differs from the migrations by:\n${stdout ?? ''}`);
    } finally {
      engine.free();
      await database.close();
    }
  });

  it("has Prisma's lock file", async () => {
    const lock = await readFile(join(migrationsDir, 'migration_lock.toml'), 'utf8');
    assert.match(lock, /^provider = "postgresql"$/m);
  });
});
