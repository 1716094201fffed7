// Fresh stores for tests, quickly: migrated and holding the demo tenant (createTestStore), or
// empty, not even migrated (createEmptyTestStore).
//
// - SAV_TEST_DATABASE_URL=postgres://…: each store is a new schema on that server, dropped on close.
// - Otherwise PGlite in memory. A new PGlite costs seconds (initdb), so a template is built once
//   per process and each store is an independent copy of its data folder (under a second). The
//   templates are also kept on disk, keyed by everything that shapes their content (PGlite
//   version, migrations, demo data, seeding code), so that the other test processes load them
//   instead of building them: node_modules/.cache/sav-test-store (SAV_TEST_STORE_CACHE=0: off).
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { createPglite } from './pglite.js';
import { migrate } from './migrate.js';
import { migrationsDir, readMigrationList } from './migrations-dir.js';
import { seedDemo } from './seed.js';
import { memoryDataDir, openStore, storeOnPglite, type Store } from './store.js';

const packageDir = fileURLToPath(new URL('../..', import.meta.url));
const cacheDir = join(packageDir, 'node_modules', '.cache', 'sav-test-store');
/** The files whose content decides what the demo template holds, besides the migrations. */
const demoSources = ['src/db/demo-data.ts', 'src/db/seed.ts', 'src/tenancy/keys.ts', '../rules/src/warranty/reference-policies.ts'];

type TemplateName = 'empty' | 'demo';

interface Template {
  /** What the template's content depends on, hashed into its cache key. */
  inputs(hash: ReturnType<typeof createHash>): Promise<void>;
  build(): Promise<Blob>;
}

async function pgliteVersionInputs(hash: ReturnType<typeof createHash>): Promise<void> {
  // dist/index.js → the package.json beside dist (the package does not export it).
  hash.update(await readFile(new URL('../package.json', import.meta.resolve('@electric-sql/pglite'))));
}

const templates: Record<TemplateName, Template> = {
  empty: {
    inputs: pgliteVersionInputs,
    async build() {
      const database = await createPglite(memoryDataDir);
      try {
        return await database.dumpDataDir('none');
      } finally {
        await database.close();
      }
    },
  },
  demo: {
    async inputs(hash) {
      await pgliteVersionInputs(hash);
      for (const migration of (await readMigrationList(migrationsDir)).migrationDirectories) {
        const { content } = migration.migrationFile;
        hash.update(`\0${migration.path}\0${content.tag === 'ok' ? content.value : ''}`);
      }
      for (const source of demoSources) hash.update(await readFile(join(packageDir, source)));
    },
    async build() {
      const database = await createPglite(undefined, { loadDataDir: await loadTemplate('empty') });
      const store = storeOnPglite(database, memoryDataDir);
      try {
        await migrate(store);
        const { seeded } = await seedDemo(store.prisma);
        if (!seeded) throw new Error(`createTestStore: the demo tenant was not seeded (NODE_ENV=${process.env.NODE_ENV}).`);
        return await database.dumpDataDir('none');
      } finally {
        await store.close();
      }
    },
  },
};

async function cachedTemplate(name: TemplateName): Promise<Blob> {
  const template = templates[name];
  const hash = createHash('sha256');
  await template.inputs(hash);
  const file = join(cacheDir, `${name}-${hash.digest('hex').slice(0, 32)}.tar`);
  const cached = await readFile(file).catch(() => null);
  if (cached) return new Blob([cached]);
  const dump = await template.build();
  try {
    await mkdir(cacheDir, { recursive: true });
    for (const stale of await readdir(cacheDir)) {
      if (stale.startsWith(`${name}-`) && stale.endsWith('.tar')) await rm(join(cacheDir, stale), { force: true });
    }
    // Written whole, then renamed: a parallel test process reads the old file or the new one.
    const partial = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.partial`;
    await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
    await rename(partial, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
  return dump;
}

const loadedTemplates = new Map<TemplateName, Promise<Blob>>();

function loadTemplate(name: TemplateName): Promise<Blob> {
  let dump = loadedTemplates.get(name);
  if (!dump) {
    dump = (process.env.SAV_TEST_STORE_CACHE === '0' ? templates[name].build() : cachedTemplate(name)).catch(
      (error: unknown) => {
        loadedTemplates.delete(name);
        throw error;
      },
    );
    loadedTemplates.set(name, dump);
  }
  return dump;
}

/** A new in-memory PGlite database, empty (initdb done, nothing else), in under a second. */
export async function createEmptyPglite(): Promise<PGlite> {
  return createPglite(undefined, { loadDataDir: await loadTemplate('empty') });
}

async function createPgliteTestStore(template: TemplateName): Promise<Store> {
  const database = await createPglite(undefined, { loadDataDir: await loadTemplate(template) });
  return storeOnPglite(database, `${memoryDataDir} (test copy)`, { observeStatements: true });
}

async function createPostgresTestStore(serverUrl: string, template: TemplateName): Promise<Store> {
  const schema = `sav_test_${randomBytes(6).toString('hex')}`;
  const url = new URL(serverUrl);
  url.searchParams.set('schema', schema);
  const store = await openStore({ databaseUrl: url.href, observeStatements: true });
  const dropSchemaAndClose = async (): Promise<void> => {
    try {
      await store.prisma.$executeRawUnsafe(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } finally {
      await store.close();
    }
  };
  try {
    if (template === 'demo') {
      await migrate(store);
      await seedDemo(store.prisma);
    }
  } catch (error) {
    await dropSchemaAndClose();
    throw error;
  }
  return { ...store, close: dropSchemaAndClose };
}

/** The PostgreSQL server tests should use, from SAV_TEST_DATABASE_URL, or undefined. */
export function testPostgresUrl(): string | undefined {
  const url = process.env.SAV_TEST_DATABASE_URL?.trim();
  return url && /^postgres(?:ql)?:\/\//i.test(url) ? url : undefined;
}

function createFrom(template: TemplateName): Promise<Store> {
  const serverUrl = testPostgresUrl();
  return serverUrl === undefined ? createPgliteTestStore(template) : createPostgresTestStore(serverUrl, template);
}

/**
 * A new store, migrated and holding the demo tenant, independent of every other one. Close it
 * when done (a PostgreSQL test store drops its schema).
 */
export function createTestStore(): Promise<Store> {
  return createFrom('demo');
}

/** A new store with nothing in it, not even the migrations (to test migrating). Close it when done. */
export function createEmptyTestStore(): Promise<Store> {
  return createFrom('empty');
}
