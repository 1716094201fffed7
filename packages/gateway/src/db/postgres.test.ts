import { readdir } from 'node:fs/promises';
import { migrationsDir } from './migrations-dir.js';
// The store on a real PostgreSQL server: set SAV_TEST_DATABASE_URL (e.g.
// postgres://postgres@127.0.0.1:5432/test) to run these; each test works in a schema of its own.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { migrate } from './migrate.js';
import { seedDemo } from './seed.js';
import { openStore, type Store } from './store.js';
import { createTestStore, testPostgresUrl } from './test-store.js';

const serverUrl = testPostgresUrl();
const skip = serverUrl === undefined ? 'SAV_TEST_DATABASE_URL is not set to a postgres:// URL: PostgreSQL tests skipped' : false;
if (skip) process.stdout.write(`${skip}\n`);

function urlWithSchema(schema: string): string {
  const url = new URL(serverUrl ?? '');
  url.searchParams.set('schema', schema);
  return url.href;
}

/** Every migration folder, in the order they apply. */
async function migrationNames(): Promise<string[]> {
  return (await readdir(migrationsDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

describe('a PostgreSQL store', { skip }, () => {
  const schema = `sav_pg_test_${randomBytes(5).toString('hex')}`;
  let admin: pg.Client;
  let store: Store;

  before(async () => {
    admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    store = await openStore({ databaseUrl: urlWithSchema(schema) });
  });

  after(async () => {
    await store?.close();
    await admin?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin?.end();
  });

  it('creates the schema named by ?schema= and says where it is, without a password', async () => {
    assert.equal(store.kind, 'postgres');
    assert.match(store.location, new RegExp(`^postgres(ql)?://.*\\?schema=${schema}$`));
    const { rowCount } = await admin.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    assert.equal(rowCount, 1);
  });

  it('migrates into that schema, once', async () => {
    const { applied } = await migrate(store);
    assert.deepEqual(applied, await migrationNames());
    assert.deepEqual(await migrate(store), { applied: [] });
    const { rows } = await admin.query<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
      [schema],
    );
    assert.ok(rows.some((row) => row.table_name === '_prisma_migrations'));
    assert.ok(rows.some((row) => row.table_name === 'tenants'));
    const inPublic = await admin.query("SELECT 1 FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'warranty_policy_parts'");
    assert.equal(inPublic.rowCount, 0, 'nothing lands in public');
  });

  it('lets another instance migrate right after (the migration lock is released)', async () => {
    const other = await openStore({ databaseUrl: urlWithSchema(schema) });
    try {
      const started = Date.now();
      assert.deepEqual(await migrate(other), { applied: [] });
      assert.ok(Date.now() - started < 5_000, `waited ${Date.now() - started} ms for the migration lock`);
    } finally {
      await other.close();
    }
  });

  it('seeds once and reads calendar dates back unchanged', async () => {
    assert.deepEqual(await seedDemo(store.prisma), { seeded: true });
    assert.deepEqual(await seedDemo(store.prisma), { seeded: false });
    const sale = await store.prisma.sale.findFirstOrThrow({
      where: { serialNumber: 'HRF1-2024-0001' },
      include: { servicePeriods: true },
    });
    assert.equal(sale.purchaseDate.toISOString(), '2024-08-20T00:00:00.000Z');
    assert.equal(sale.servicePeriods[0]?.endsOn.toISOString(), '2025-03-12T00:00:00.000Z');
    const { rows } = await admin.query<{ purchase: string }>(
      `SELECT "purchaseDate"::text AS purchase FROM "${schema}".sales WHERE "serialNumber" = 'HRF1-2024-0001'`,
    );
    assert.equal(rows[0]?.purchase, '2024-08-20');
  });

  it('round-trips a write through Prisma', async () => {
    const tenant = await store.prisma.tenant.findUniqueOrThrow({ where: { slug: 'demo' } });
    const created = await store.prisma.productModel.create({
      data: { tenantId: tenant.id, model: 'PG-ROUND-TRIP', name: 'n', brand: 'b', category: 'REFRIGERATOR', productLines: ['x', 'y'] },
    });
    const read = await store.prisma.productModel.findUniqueOrThrow({
      where: { tenantId_model: { tenantId: tenant.id, model: 'PG-ROUND-TRIP' } },
    });
    assert.deepEqual(read, created);
    await assert.rejects(
      store.prisma.productModel.create({
        data: { tenantId: tenant.id, model: 'PG-ROUND-TRIP', name: 'n', brand: 'b', category: 'REFRIGERATOR', productLines: [] },
      }),
      (error: unknown) => error instanceof Error && 'code' in error && error.code === 'P2002',
    );
  });
});

describe('a PostgreSQL test store', { skip }, () => {
  it('is migrated and seeded in a schema of its own, dropped on close', async () => {
    const store = await createTestStore();
    const schema = new URL(store.location).searchParams.get('schema');
    assert.ok(schema);
    assert.equal(store.kind, 'postgres');
    assert.equal(await store.prisma.tenant.count(), 1);
    await store.close();
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    try {
      const { rowCount } = await admin.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
      assert.equal(rowCount, 0);
    } finally {
      await admin.end();
    }
  });
});
