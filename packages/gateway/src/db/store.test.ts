import { readdir } from 'node:fs/promises';
import { migrationsDir } from './migrations-dir.js';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { migrate } from './migrate.js';
import { seedDemo } from './seed.js';
import { openStore, resolveStoreTarget, StoreConfigError } from './store.js';
import { createTestStore } from './test-store.js';

/** Every migration folder, in the order they apply. */
async function migrationNames(): Promise<string[]> {
  return (await readdir(migrationsDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

describe('store selection from DATABASE_URL', () => {
  const cwd = '/srv/sav';

  it('uses PGlite in <cwd>/.sav/data when the URL is unset or empty', () => {
    const expected = { kind: 'pglite', dataDir: '/srv/sav/.sav/data' };
    assert.deepEqual(resolveStoreTarget(undefined, cwd), expected);
    assert.deepEqual(resolveStoreTarget('', cwd), expected);
    assert.deepEqual(resolveStoreTarget('   ', cwd), expected);
  });

  it('uses PGlite in a folder, relative to cwd or absolute', () => {
    assert.deepEqual(resolveStoreTarget('data/store', cwd), { kind: 'pglite', dataDir: '/srv/sav/data/store' });
    assert.deepEqual(resolveStoreTarget('./data', cwd), { kind: 'pglite', dataDir: '/srv/sav/data' });
    assert.deepEqual(resolveStoreTarget('/var/lib/sav', cwd), { kind: 'pglite', dataDir: '/var/lib/sav' });
  });

  it('uses PGlite in memory for memory://', () => {
    assert.deepEqual(resolveStoreTarget('memory://', cwd), { kind: 'pglite', dataDir: 'memory://' });
  });

  it('uses PostgreSQL for postgres:// and postgresql://, taking ?schema= apart', () => {
    assert.deepEqual(resolveStoreTarget('postgres://sav@db.internal:5432/sav', cwd), {
      kind: 'postgres',
      url: 'postgres://sav@db.internal:5432/sav',
      schema: undefined,
    });
    assert.deepEqual(resolveStoreTarget('postgresql://sav:secret@db.internal/sav?schema=tenant_a&sslmode=require', cwd), {
      kind: 'postgres',
      url: 'postgresql://sav:secret@db.internal/sav?sslmode=require',
      schema: 'tenant_a',
    });
  });

  it('refuses any other scheme with a StoreConfigError that names what works', () => {
    for (const url of ['mysql://root@localhost/sav', 'file:///tmp/sav', 'sqlite:sav.db', 'redis://127.0.0.1:6379']) {
      assert.throws(
        () => resolveStoreTarget(url, cwd),
        (error: unknown) =>
          error instanceof StoreConfigError &&
          error.name === 'StoreConfigError' &&
          error.message.includes('postgres://') &&
          error.message.includes('memory://'),
        url,
      );
    }
  });

  it('refuses a schema name it cannot use, without echoing the password', () => {
    assert.throws(
      () => resolveStoreTarget('postgres://sav:hunter2@db/sav?schema=a;drop', cwd),
      (error: unknown) => error instanceof StoreConfigError && !error.message.includes('hunter2'),
    );
  });

  it('openStore rejects a bad URL before opening anything', async () => {
    await assert.rejects(openStore({ databaseUrl: 'mongodb://localhost/sav' }), StoreConfigError);
  });
});

describe('embedded stores (PGlite)', () => {
  let workDir: string;
  before(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'sav-store-'));
  });
  after(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('opens an in-memory store', async () => {
    const store = await openStore({ databaseUrl: 'memory://' });
    try {
      assert.equal(store.kind, 'pglite');
      assert.equal(store.location, 'memory://');
      const rows = await store.prisma.$queryRawUnsafe<{ answer: number }[]>('SELECT 6 * 7 AS answer');
      assert.equal(rows[0]?.answer, 42);
    } finally {
      await store.close();
    }
  });

  it('creates a missing folder (and its parents), and keeps the data across restarts', async () => {
    const dataDir = join(workDir, 'nested', 'deeper', 'data');
    assert.equal(existsSync(dataDir), false);

    const first = await openStore({ databaseUrl: 'nested/deeper/data', cwd: workDir });
    try {
      assert.equal(first.kind, 'pglite');
      assert.equal(first.location, dataDir);
      assert.equal(existsSync(join(dataDir, 'PG_VERSION')), true);
      assert.deepEqual((await migrate(first)).applied, await migrationNames());
      assert.deepEqual(await seedDemo(first.prisma), { seeded: true });
    } finally {
      await first.close();
    }

    const again = await openStore({ databaseUrl: dataDir });
    try {
      assert.deepEqual(await migrate(again), { applied: [] });
      assert.deepEqual(await seedDemo(again.prisma), { seeded: false });
      assert.equal((await again.prisma.tenant.findUnique({ where: { slug: 'demo' } }))?.name, 'Demo Appliances');
    } finally {
      await again.close();
    }
  });

  it('refuses a path that is a file, with a StoreConfigError', async () => {
    const file = join(workDir, 'not-a-folder');
    await writeFile(file, 'x');
    await assert.rejects(openStore({ databaseUrl: file }), StoreConfigError);
    await assert.rejects(openStore({ databaseUrl: join(file, 'data') }), StoreConfigError);
  });

  it('queues a burst of interactive transactions instead of failing them (PGlite has one session)', async () => {
    const store = await createTestStore();
    try {
      const { id: tenantId } = await store.prisma.tenant.findUniqueOrThrow({ where: { slug: 'demo' } });
      const burst = Array.from({ length: 25 }, (_, index) =>
        store.prisma.$transaction(async (tx) => {
          await new Promise((resolve) => setTimeout(resolve, 20));
          return tx.technician.create({
            data: {
              tenantId,
              name: `Technician ${index}`,
              badgeNumber: `BURST-${index}`,
              timeZone: 'Europe/Paris',
              skills: ['REFRIGERATOR'],
              postalCodes: ['75011'],
              country: 'FR',
            },
          });
        }),
      );
      const results = await Promise.allSettled(burst);
      assert.deepEqual(
        results.filter((result) => result.status === 'rejected'),
        [],
      );
      assert.equal(await store.prisma.technician.count({ where: { badgeNumber: { startsWith: 'BURST-' } } }), 25);
    } finally {
      await store.close();
    }
  });

  it('rolls back an interactive transaction that throws', async () => {
    const store = await createTestStore();
    try {
      const { id: tenantId } = await store.prisma.tenant.findUniqueOrThrow({ where: { slug: 'demo' } });
      await assert.rejects(
        store.prisma.$transaction(async (tx) => {
          await tx.productModel.create({
            data: { tenantId, model: 'ROLLED-BACK', name: 'n', brand: 'b', category: 'REFRIGERATOR', productLines: [] },
          });
          throw new Error('changed my mind');
        }),
        /changed my mind/,
      );
      assert.equal(await store.prisma.productModel.count({ where: { model: 'ROLLED-BACK' } }), 0);
    } finally {
      await store.close();
    }
  });

  it('hands out test stores that are independent copies', async () => {
    const [one, two] = await Promise.all([createTestStore(), createTestStore()]);
    try {
      const demoSales = await two.prisma.sale.count();
      assert.ok(demoSales > 0, 'a test store starts with the demo data');
      await one.prisma.tenant.deleteMany({});
      assert.equal(await one.prisma.tenant.count(), 0);
      assert.equal(await one.prisma.sale.count(), 0, 'deleting a tenant deletes what it owns');
      assert.equal(await two.prisma.tenant.count(), 1);
      assert.equal(await two.prisma.sale.count(), demoSales, 'the other copy keeps every sale');
    } finally {
      await Promise.all([one.close(), two.close()]);
    }
  });
});
