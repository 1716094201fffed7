import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  it("issues a partner workshop's key with --partner, keeps it a partner's key when rotated, and refuses another tenant's partner with exit 2", async () => {
    const partner = (tenantSlug: string, name: string) =>
      store.prisma.partnerWorkshop.create({
        data: { tenant: { connect: { slug: tenantSlug } }, name, contactEmail: 'atelier@partner.example', addressLine1: '3 rue du Froid', postalCode: '69007', city: 'Lyon', country: 'FR' },
        select: { id: true },
      });
    const ours = await partner('demo', 'CLI Partner Demo');
    assert.equal((await sav('tenant', 'create', '--name', 'Partner Elsewhere')).code, 0);
    const theirs = await partner('partner-elsewhere', 'CLI Partner Elsewhere');

    const issued = await sav('keys', 'issue', '--tenant', 'demo', '--kind', 'secret', '--label', 'CLI partner', '--partner', ours.id, '--json');
    assert.equal(issued.code, 0, issued.stderr);
    const key = JSON.parse(issued.stdout) as { key: string; partnerId: string; id: string };
    assert.match(key.key, /^sk_/);
    assert.equal(key.partnerId, ours.id);
    assert.equal((await store.prisma.apiKey.findUniqueOrThrow({ where: { id: key.id }, select: { partnerId: true } })).partnerId, ours.id);
    assert.match((await sav('keys', 'list', '--tenant', 'demo')).stdout, new RegExp(`CLI partner\\tactive.*partner ${ours.id}`));

    const rotated = await sav('keys', 'rotate', '--tenant', 'demo', '--key', key.id, '--json');
    assert.equal(rotated.code, 0, rotated.stderr);
    assert.equal(JSON.parse(rotated.stdout).partnerId, ours.id, "a partner's key is succeeded by a key of the same partner");

    const elsewhere = await sav('keys', 'issue', '--tenant', 'demo', '--kind', 'secret', '--partner', theirs.id);
    assert.equal(elsewhere.code, 2);
    assert.match(elsewhere.stderr, new RegExp(`The tenant "demo" has no partner workshop with the id "${theirs.id}"`));
    const unknown = await sav('keys', 'issue', '--tenant', 'demo', '--kind', 'secret', '--partner', 'atelier-froid');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /has no partner workshop with the id "atelier-froid"/);
    const publishable = await sav('keys', 'issue', '--tenant', 'demo', '--kind', 'publishable', '--partner', ours.id);
    assert.equal(publishable.code, 2);
    assert.match(publishable.stderr, /A partner workshop gets a secret key/);
    assert.equal(await store.prisma.apiKey.count({ where: { partnerId: theirs.id } }), 0, 'nothing was issued for the refused calls');
  });

  describe('import sales', () => {
    let folder: string;
    before(() => {
      folder = mkdtempSync(join(tmpdir(), 'sav-cli-import-'));
    });
    after(() => rmSync(folder, { recursive: true, force: true }));
    const file = (name: string, text: string) => {
      const path = join(folder, name);
      writeFileSync(path, text);
      return path;
    };

    it('imports a file, reports its bad rows, and is re-runnable; --strict makes rejected rows an error', async () => {
      const path = file('sales.csv', 'serial_number,product_model,purchase_date,country\ncli-1,HRF-DEMO-1,2025-01-02,fr\ncli-2,NOPE,2025-01-02,FR\ncli-3,HAC-DEMO-FF,2025-01-03,\n');
      const first = await sav('import', 'sales', path, '--tenant', 'demo');
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /read +3\n +inserted +2\n +updated +0\n +unchanged +0\n +rejected +1 +\(lines and reasons in .*sales\.rejected\.csv\)/);
      assert.match(readFileSync(join(folder, 'sales.rejected.csv'), 'utf8'), /^line,reason,serial_number,product_model,purchase_date,country\r\n3,"product_model ""NOPE"" is not in Demo Appliances's catalogue",cli-2,NOPE,2025-01-02,FR\r\n$/);
      const sale = await store.prisma.sale.findFirst({ where: { serialNumber: 'CLI-1' }, select: { country: true } });
      assert.equal(sale?.country, 'FR');

      const again = await sav('import', 'sales', path, '--tenant', 'demo', '--json', '--strict');
      assert.equal(again.code, 1, 'rejected rows fail a --strict import');
      const summary = JSON.parse(again.stdout);
      assert.deepEqual([summary.read, summary.inserted, summary.updated, summary.unchanged, summary.rejected], [3, 0, 0, 2, 1]);

      const report = join(folder, 'elsewhere.csv');
      const custom = await sav('import', 'sales', path, '--tenant', 'demo', '--report', report, '--batch-size', '1');
      assert.equal(custom.code, 0);
      assert.ok(existsSync(report));
    });

    it('refuses with exit code 2, writing nothing: a missing column, an unknown tenant, an unreadable file, bad usage', async () => {
      const before = await store.prisma.sale.count();
      const noModel = file('no-model.csv', 'serial_number,purchase_date\nCLI-9,2025-01-01\n');
      const missing = await sav('import', 'sales', noModel, '--tenant', 'demo');
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /has no product_model column.*Nothing was imported/);
      const good = file('good.csv', 'serial_number,product_model,purchase_date\nCLI-9,HRF-DEMO-1,2025-01-01\n');
      const nobody = await sav('import', 'sales', good, '--tenant', 'nobody');
      assert.equal(nobody.code, 2);
      assert.match(nobody.stderr, /No tenant has the slug "nobody"/);
      const unreadable = await sav('import', 'sales', join(folder, 'nope.csv'), '--tenant', 'demo');
      assert.equal(unreadable.code, 2);
      assert.match(unreadable.stderr, /Cannot read .*nope\.csv: no such file/);
      assert.equal((await sav('import', 'sales', good)).code, 2, 'no --tenant');
      assert.match((await sav('import', 'sales', '--tenant', 'demo')).stderr, /takes one file/);
      assert.match((await sav('import', 'sales', good, '--tenant', 'demo', '--batch-size', 'lots')).stderr, /--batch-size must be a whole number/);
      assert.equal((await sav('import', 'products', good, '--tenant', 'demo')).code, 2);
      assert.equal(await store.prisma.sale.count(), before);
      assert.match((await sav('--help')).stdout, /sav import sales FILE\.csv --tenant SLUG/);
    });

    it('draws a progress bar on a terminal and clears it before the summary', async () => {
      const path = file('progress.csv', 'serial_number,product_model,purchase_date\nCLI-P-1,HRF-DEMO-1,2025-01-01\n');
      let progress = '';
      let stdout = '';
      const code = await runCli(['import', 'sales', path, '--tenant', 'demo'], {
        out: (text) => (stdout += text),
        err: () => {},
        openStore: async () => ({ ...store, close: async () => {} }),
        progress: { isTTY: true, write: (text) => (progress += text) },
      });
      assert.equal(code, 0);
      assert.match(progress, /^\r\[#{24}\] 1 rows read, [\d,]+ rows\/s, 100% of the file\x1b\[K\r\x1b\[K$/);
      assert.match(stdout, /inserted +1/);
    });
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

  it('imports sales from a file named relative to where it runs', () => {
    // The store the test above migrated (a new one would cost its initdb and migrations again).
    const store = join(folder, 'new-store');
    assert.equal(spawnSav(['seed'], store).code, 0);
    writeFileSync(join(folder, 'sales.csv'), '\uFEFFserial_number,product_model,purchase_date\r\nbin-1,HRF-DEMO-1,2025-01-01\r\n');
    const result = spawnSync(process.execPath, [bin, 'import', 'sales', 'sales.csv', '--tenant', 'demo', '--json'], {
      cwd: folder,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: store, NODE_ENV: 'development', INIT_CWD: folder },
    });
    assert.equal(result.status, 0, result.stderr);
    assert.equal(JSON.parse(result.stdout).inserted, 1);
  });
});
