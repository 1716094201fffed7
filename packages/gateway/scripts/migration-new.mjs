#!/usr/bin/env node
// Writes prisma/migrations/<UTC timestamp>_<name>/migration.sql: the SQL that takes a database
// from the existing migrations to prisma/schema.prisma, computed by Prisma's WebAssembly schema
// engine (`diff`) on throwaway in-memory PGlite databases. No native engine, no server needed.
//
//   pnpm --filter @sav/gateway migration:new <name>      (or: node scripts/migration-new.mjs <name>)
//
// Refuses when the schema has not changed since the last migration.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const schemaPath = join(packageDir, 'prisma', 'schema.prisma');

function fail(message) {
  process.stderr.write(`migration:new: ${message}\n`);
  process.exit(1);
}

/** Prisma's migration folder name: UTC YYYYMMDDHHMMSS, an underscore, the name in snake case. */
function folderName(name, now = new Date()) {
  const timestamp = now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
  return `${timestamp}_${name}`;
}

function migrationName(argument) {
  const name = (argument ?? '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 200);
  if (name === '') fail('usage: migration-new.mjs <name>   e.g. migration-new.mjs add_bookings');
  return name;
}

const name = migrationName(process.argv[2]);
const [{ PGlite }, { PGliteAdapterFactory }, schemaEngine, migrationsDirModule] = await Promise.all([
  import('@electric-sql/pglite'),
  tsImport('../src/db/adapters.ts', import.meta.url),
  tsImport('../src/db/schema-engine.ts', import.meta.url),
  tsImport('../src/db/migrations-dir.ts', import.meta.url),
]);
const { migrationsDir, readMigrationList, migrationLockFileName, migrationLockContent } = migrationsDirModule;

const schema = await readFile(schemaPath, 'utf8');
const migrationsList = await readMigrationList(migrationsDir);
const existing = migrationsList.migrationDirectories;
const broken = existing.find((migration) => migration.migrationFile.content.tag === 'error');
if (broken) fail(`cannot read ${broken.path}/migration.sql: ${broken.migrationFile.content.value}`);

const database = await PGlite.create('memory://');
const engine = await schemaEngine.openSchemaEngine(new PGliteAdapterFactory(database));
let script;
try {
  const { exitCode, stdout } = await engine.diff({
    // The existing migrations are replayed on a shadow database (another in-memory PGlite).
    from: existing.length === 0 ? { tag: 'empty' } : { tag: 'migrations', ...migrationsList },
    to: { tag: 'schemaDatamodel', files: [{ path: schemaPath, content: schema }] },
    script: true,
    exitCode: true,
    filters: schemaEngine.noSchemaFilter,
  });
  // exitCode 2: there is a difference; 0: none.
  if (exitCode !== 2 || !stdout) {
    const last = existing.at(-1)?.path;
    fail(`no change: prisma/schema.prisma matches ${last ? `the migrations up to ${last}` : 'an empty database'}; nothing written.`);
  }
  script = stdout;
} finally {
  engine.free();
  await database.close();
}

const folder = join(migrationsDir, folderName(name));
await mkdir(folder, { recursive: true });
await writeFile(join(folder, 'migration.sql'), script.endsWith('\n') ? script : `${script}\n`, 'utf8');
await writeFile(join(migrationsDir, migrationLockFileName), migrationLockContent, 'utf8');
process.stdout.write(`Wrote ${relative(process.cwd(), join(folder, 'migration.sql'))}\n`);
