#!/usr/bin/env node
// Generates the Prisma client (src/generated/prisma) offline, and skips when it is up to date.
//
// `prisma generate` itself needs no native engine, but the CLI first looks for the native schema
// engine and downloads it when missing, from a host these machines cannot reach. Pointing
// PRISMA_SCHEMA_ENGINE_BINARY at any existing executable skips that download (generate never
// runs it). Telemetry and update checks are switched off too.
//
// The client is regenerated when the schema, the Prisma versions or this script change: their
// hash is kept beside the output, in src/generated/prisma/.schema-hash.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('..', import.meta.url));
const schemaPath = join(packageDir, 'prisma', 'schema.prisma');
const outputDir = join(packageDir, 'src', 'generated', 'prisma');
const hashPath = join(outputDir, '.schema-hash');
const require = createRequire(join(packageDir, 'package.json'));

function packageVersion(name) {
  return JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')).version;
}

function inputsHash() {
  const hash = createHash('sha256');
  hash.update(readFileSync(schemaPath));
  hash.update(`\0prisma@${packageVersion('prisma')}\0@prisma/client@${packageVersion('@prisma/client')}\0`);
  hash.update(readFileSync(fileURLToPath(import.meta.url)));
  return hash.digest('hex');
}

const expected = inputsHash();
const current = existsSync(hashPath) ? readFileSync(hashPath, 'utf8').trim() : null;
if (current === expected && existsSync(join(outputDir, 'client.ts'))) {
  process.stdout.write('Prisma client is up to date (src/generated/prisma).\n');
  process.exit(0);
}

// A clean output: nothing left of a model the schema no longer has.
rmSync(outputDir, { recursive: true, force: true });
const cli = join(dirname(require.resolve('prisma/package.json')), 'build', 'index.js');
const result = spawnSync(process.execPath, [cli, 'generate', '--schema', schemaPath], {
  cwd: packageDir,
  stdio: 'inherit',
  env: {
    ...process.env,
    // Any existing executable: only its presence is checked.
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY || process.execPath,
    PRISMA_ENGINES_CHECKSUM_IGNORE_MISSING: '1',
    CHECKPOINT_DISABLE: '1',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    PRISMA_TELEMETRY_DISABLED: '1',
    PRISMA_DISABLE_WARNINGS: '1',
  },
});
if (result.error) throw result.error;
if (result.status !== 0) {
  process.stderr.write(`prisma generate failed (exit ${result.status ?? result.signal}).\n`);
  process.exit(result.status ?? 1);
}
writeFileSync(hashPath, `${expected}\n`);
