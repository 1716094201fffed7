#!/usr/bin/env node
// `pnpm test`: every test of the workspace, in the order a newcomer would trust them, and one
// closing line with the totals. Steps:
//   1. build (Prisma client, elements bundle), the bundle's size budgets (`pnpm size`), and typecheck every package;
//   2. node tests (rules, gateway on PGlite, client, example pages, workspace) with a gateway running;
//   3. the gateway and store tests again on PostgreSQL when SAV_TEST_DATABASE_URL is set;
//   4. browser tests of the components in Chromium (installed from Debian's packages if missing).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...options.env }, ...options });
  return result.status === 0;
}

function step(name, ok) {
  if (!ok) {
    totals.failed += 1;
    failures.push(name);
  }
  process.stdout.write(`\n${ok ? '✔' : '✖'} ${name}\n\n`);
  return ok;
}

function testFiles(dir, pattern) {
  const found = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder)) {
      if (entry === 'node_modules' || entry === 'dist' || entry === 'generated') continue;
      const path = join(folder, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (pattern.test(entry)) found.push(relative(root, path));
    }
  };
  if (existsSync(dir)) walk(dir);
  return found.sort();
}

/** Runs node's test runner on files; counts come from its TAP summary. */
function nodeTests(name, files, env = {}) {
  if (files.length === 0) return;
  const tap = join(mkdtempSync(join(tmpdir(), 'sav-test-')), 'result.tap');
  const ok = run(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files], { env });
  const summary = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
  const count = (label) => Number(new RegExp(`^# ${label} (\\d+)$`, 'm').exec(summary)?.[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail') + count('cancelled');
  totals.skipped += count('skipped') + count('todo');
  if (!ok || count('fail') + count('cancelled') > 0) failures.push(name);
  process.stdout.write(`\n${ok ? '✔' : '✖'} ${name}: ${count('pass')} passed, ${count('fail')} failed\n\n`);
}

function ensureChromium() {
  const chromium = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (existsSync(chromium)) return chromium;
  process.stdout.write(`Chromium is missing (${chromium}): installing Debian's chromium package…\n`);
  const asRoot = process.getuid?.() === 0;
  const sudo = asRoot ? [] : ['sudo', '-n'];
  const apt = (args) => (sudo.length ? run(sudo[0], [...sudo.slice(1), 'apt-get', ...args]) : run('apt-get', args));
  const env = { DEBIAN_FRONTEND: 'noninteractive' };
  if (!(apt(['update', '-qq']) && run(asRoot ? 'apt-get' : 'sudo', asRoot ? ['install', '-y', '-qq', 'chromium'] : ['-n', 'apt-get', 'install', '-y', '-qq', 'chromium'], { env }))) {
    process.stdout.write('Could not install chromium: run `apt-get install chromium` as root, or set CHROME_PATH to a Chromium or Chrome binary.\n');
    return null;
  }
  return existsSync(chromium) ? chromium : null;
}

/** Starts the gateway on an in-memory store and a free port; resolves with its URL. */
function startGateway() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'packages/gateway/src/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: '0', DATABASE_URL: 'memory://', LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the gateway did not start within 120 s:\n${output}`)), 120_000);
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const url = /GraphQL gateway:\s+(http:\/\/\S+)\/graphql/.exec(output)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url: url.replace('localhost', '127.0.0.1'), stop: () => child.kill('SIGTERM') });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the gateway exited (${code}) before it was ready:\n${output}`));
    });
  });
}

const started = Date.now();
const built = step('build (Prisma client, elements bundle)', run('pnpm', ['build']));
step('bundle sizes within their gzip budgets (pnpm size)', run('pnpm', ['size']));
step('typecheck every package and the benchmarks', run('pnpm', ['typecheck']));

let gateway;
if (built) {
  try {
    gateway = await startGateway();
    process.stdout.write(`Gateway for the end-to-end tests: ${gateway.url}\n`);
  } catch (error) {
    step(`start a gateway for the end-to-end tests (${error.message})`, false);
  }
}
const e2eEnv = gateway ? { SAV_TEST_GATEWAY: gateway.url } : {};

const nodeTestFiles = [
  ...testFiles(join(root, 'packages/rules/src'), /\.test\.ts$/),
  ...testFiles(join(root, 'packages/gateway/src'), /\.test\.ts$/),
  ...testFiles(join(root, 'packages/client/src'), /\.test\.ts$/),
  ...testFiles(join(root, 'examples'), /\.test\.(ts|mjs)$/),
  ...testFiles(join(root, 'scripts'), /\.test\.mjs$/),
];
nodeTests('node tests (rules, gateway on PGlite, client, example pages, workspace)', nodeTestFiles, { ...e2eEnv, SAV_TEST_DATABASE_URL: '' });

if (process.env.SAV_TEST_DATABASE_URL) {
  nodeTests('gateway tests on PostgreSQL', testFiles(join(root, 'packages/gateway/src'), /\.test\.ts$/), { SAV_TEST_DATABASE_URL: process.env.SAV_TEST_DATABASE_URL });
}

const chromium = ensureChromium();
if (!chromium) step('browser tests (Chromium is not available)', false);
else {
  const result = spawnSync('pnpm', ['--filter', '@sav/elements', 'test'], {
    cwd: root,
    env: { ...process.env, CHROME_PATH: chromium, SAV_TEST_API: gateway ? `${gateway.url}/graphql` : '' },
    stdio: ['ignore', 'pipe', 'inherit'],
    encoding: 'utf8',
  });
  process.stdout.write(result.stdout ?? '');
  const counts = [...(result.stdout ?? '').matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  const passed = Number(counts?.[1] ?? 0);
  const failed = Number(counts?.[2] ?? 0);
  totals.passed += passed;
  totals.failed += failed;
  if (result.status !== 0 || failed > 0 || passed === 0) {
    failures.push('browser tests');
    if (failed === 0) totals.failed += 1;
  }
  process.stdout.write(`\n${result.status === 0 ? '✔' : '✖'} browser tests in Chromium: ${passed} passed, ${failed} failed\n\n`);
}

gateway?.stop();
const minutes = ((Date.now() - started) / 60_000).toFixed(1);
if (failures.length) process.stdout.write(`Failed: ${failures.join('; ')}\n`);
process.stdout.write(`SAV tests in ${minutes} min\n`);
process.stdout.write(`tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped\n`);
process.exit(failures.length ? 1 : 0);
