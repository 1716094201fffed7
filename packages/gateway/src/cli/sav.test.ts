import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Store } from '../db/store.js';
import { createTestStore } from '../db/test-store.js';
import { runCli } from './sav.js';

const bin = fileURLToPath(new URL('../../bin/sav.mjs', import.meta.url));

function spawnSav(args: string[], databaseUrl: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the sav command line', () => {
  let store: Store;
  before(async () => {
    store = await createTestStore();
  });
  after(() => store.close());

  /** Runs a command in-process against the test store (already migrated and seeded). */
  async function sav(...args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, {
      out: (text) => (stdout += `${text}\n`),
      err: (text) => (stderr += text),
      openStore: async () => ({ ...store, close: async () => {} }),
    });
    return { code, stdout, stderr };
  }

  it('explains itself with --help, and refuses an unknown command with usage and exit 2', async () => {
    const help = await sav('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /sav tenant create --name NAME/);
    const unknown = await sav('frobnicate');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /unknown command "frobnicate"/);
    const badOption = await sav('tenant', 'list', '--colour');
    assert.equal(badOption.code, 2);
  });

  it('migrates and seeds idempotently', async () => {
    assert.match((await sav('migrate')).stdout, /up to date/);
    assert.match((await sav('seed')).stdout, /Nothing seeded/);
  });

  it('creates a tenant and issues keys; a key is shown once and only its prefix is listed', async () => {
    const created = await sav('tenant', 'create', '--name', 'Kitchen Pros', '--origin', 'https://kitchenpros.example', '--json');
    assert.equal(created.code, 0, created.stderr);
    assert.equal(JSON.parse(created.stdout).slug, 'kitchen-pros');

    const issued = await sav('keys', 'issue', '--tenant', 'kitchen-pros', '--kind', 'publishable', '--label', 'web shop');
    assert.equal(issued.code, 0, issued.stderr);
    const key = issued.stdout.split('\n')[0] ?? '';
    assert.match(key, /^pk_[A-Za-z0-9_-]{32}$/);
    const stored = await store.prisma.apiKey.findFirst({ where: { label: 'web shop' }, select: { hash: true } });
    assert.ok(stored && stored.hash !== key && /^[0-9a-f]{64}$/.test(stored.hash), 'only a hash is stored');

    const listed = await sav('keys', 'list', '--tenant', 'kitchen-pros');
    assert.match(listed.stdout, /publishable\tweb shop\tactive/);
    assert.ok(!listed.stdout.includes(key), 'a listed key shows only its prefix');
    assert.match((await sav('tenant', 'list')).stdout, /kitchen-pros\tKitchen Pros/);
    const again = await sav('tenant', 'create', '--name', 'Kitchen Pros');
    assert.equal(again.code, 1);
    assert.match(again.stderr, /exists already/);
  });

  it('refuses bad input clearly', async () => {
    const noName = await sav('tenant', 'create');
    assert.equal(noName.code, 2);
    assert.match(noName.stderr, /needs --name/);
    const badZone = await sav('tenant', 'create', '--name', 'X', '--time-zone', 'Mars/Olympus');
    assert.equal(badZone.code, 1);
    assert.match(badZone.stderr, /not an IANA time zone/);
    const badOrigin = await sav('tenant', 'create', '--name', 'Y', '--origin', 'shop.example');
    assert.match(badOrigin.stderr, /is not an origin/);
    const badKind = await sav('keys', 'issue', '--tenant', 'demo', '--kind', 'root');
    assert.equal(badKind.code, 2);
    assert.match(badKind.stderr, /--kind must be publishable or secret/);
    const noTenant = await sav('keys', 'list', '--tenant', 'nobody');
    assert.equal(noTenant.code, 1);
    assert.match(noTenant.stderr, /No tenant has the slug "nobody"/);
  });
});

describe('the sav binary', () => {
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'sav-cli-'));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('runs as a command: help, a wrong store, and a real migration of a new folder store', () => {
    const help = spawnSav(['--help'], 'memory://');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage:/);
    const badStore = spawnSav(['migrate'], 'mysql://localhost/x');
    assert.equal(badStore.code, 1);
    assert.match(badStore.stderr, /sav: .*mysql/);
    const migrated = spawnSav(['migrate'], join(folder, 'new-store'));
    assert.equal(migrated.code, 0, migrated.stderr);
    assert.match(migrated.stdout, /Applied \d+ migration\(s\)/);
  });
});
