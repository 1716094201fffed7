// The gateway as operators run it: a process (`pnpm start`'s main.ts) that refuses an unsafe
// production setup, logs JSON, stops gracefully on SIGTERM, and scales out: two instances on one
// PostgreSQL book a window exactly to its capacity, even when one is killed in the middle.
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { testPostgresUrl } from './db/test-store.js';
import { AVAILABLE_SLOTS, REQUEST_REPAIR, repairRequest } from './testing/booking-fixtures.js';

const main = fileURLToPath(new URL('./main.ts', import.meta.url));

interface GatewayProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** What it wrote on standard error: one JSON object per line. */
  readonly logLines: string[];
  exited(): Promise<number | null>;
}

function startGatewayProcess(env: Record<string, string>): Promise<GatewayProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', main], { env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'development', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const logLines: string[] = [];
    let stderr = '';
    let stdout = '';
    const exit = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr += chunk.toString('utf8');
      const lines = stderr.split('\n');
      stderr = lines.pop() ?? '';
      logLines.push(...lines.filter((line) => line !== ''));
    });
    const timer = setTimeout(() => reject(new Error(`the gateway did not start within 90 s:\n${stdout}\n${logLines.join('\n')}`)), 90_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const url = /GraphQL gateway:\s+(http:\/\/\S+)\/graphql/.exec(stdout)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url: url.replace('localhost', '127.0.0.1'), child, logLines, exited: () => exit });
      }
    });
    void exit.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the gateway exited (${code}) before it was ready:\n${stdout}\n${logLines.join('\n')}`));
    });
  });
}

async function graphql<T>(url: string, query: string, variables: Record<string, unknown>, key = 'pk_demo'): Promise<{ status: number; body: { data?: T; errors?: { extensions?: { code?: string } }[] } }> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query, variables }) });
  return { status: response.status, body: (await response.json()) as never };
}

describe('the gateway process', () => {
  it('refuses to start in production without PostgreSQL', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', main], { env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: 'memory://', PORT: '0' }, encoding: 'utf8', timeout: 60_000 });
    assert.equal(result.status, 2);
    assert.match(result.stderr, /NODE_ENV=production needs PostgreSQL/);
  });

  it('on SIGTERM, finishes the request in flight, then exits 0; every log line is JSON without personal data', async () => {
    const gateway = await startGatewayProcess({ DATABASE_URL: 'memory://' });
    const body = JSON.stringify({ query: '{ warrantyCheck(input: { serialNumber: "HRF1-2024-0001" }) { __typename } }' });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const outgoing = request(`${gateway.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer pk_demo', 'content-length': Buffer.byteLength(body) } }, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      });
      outgoing.on('error', reject);
      outgoing.write(body.slice(0, 10));
      // The rest of the body arrives after the signal.
      setTimeout(() => {
        gateway.child.kill('SIGTERM');
        setTimeout(() => outgoing.end(body.slice(10)), 300);
      }, 200);
    });
    const served = await answer.catch((error: Error) => { throw new Error(`${error.message}\n${gateway.logLines.join('\n')}`); });
    assert.equal(served.status, 200, `${served.text}\n${gateway.logLines.join('\n')}`);
    assert.match(served.text, /"__typename":"WarrantyCheck"/);
    assert.equal(await gateway.exited(), 0);
    const events = gateway.logLines.map((line) => (JSON.parse(line) as { event: string; level: string }).event);
    assert.ok(events.includes('gateway.stopping') && events.includes('gateway.stopped'), events.join(' '));
    assert.ok(!gateway.logLines.some((line) => line.includes('HRF1-2024-0001')), 'no serial number in the logs');
  });
});

describe('two gateway instances on one PostgreSQL', () => {
  const serverUrl = testPostgresUrl();

  it('book a window exactly to capacity in a burst spread over both, and one killed mid-burst leaves nothing half-written', { skip: serverUrl ? false : 'needs PostgreSQL (SAV_TEST_DATABASE_URL)', timeout: 240_000 }, async () => {
    const schema = `sav_scale_${randomBytes(4).toString('hex')}`;
    const url = new URL(serverUrl!);
    url.searchParams.set('schema', schema);
    const env = { DATABASE_URL: url.href, LOG_LEVEL: 'warn' };
    const one = await startGatewayProcess(env);
    const two = await startGatewayProcess(env);
    const admin = new pg.Client({ connectionString: serverUrl! });
    await admin.connect();
    try {
      // A weekday window with room, from the demo tenant's technicians in Paris.
      const from = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
      const slots = await graphql<{ availableSlots: { slots: { start: string; remaining: number }[] } }>(one.url, AVAILABLE_SLOTS, { input: { productModel: 'HRF-DEMO-1', postalCode: '75011', country: 'FR', from, days: 7 } });
      const window = slots.body.data!.availableSlots.slots.find((slot) => slot.remaining >= 2)!;
      assert.ok(window, 'a window with room for at least two visits');
      const capacity = window.remaining;

      // The burst: three times the capacity, alternating between the instances, all at once.
      const burst = Array.from({ length: capacity * 3 }, (_, index) =>
        graphql<{ requestRepair: { __typename: string } }>((index % 2 ? two : one).url, REQUEST_REPAIR, { input: repairRequest({ slotStart: window.start, idempotencyKey: `burst-${index}` }) }),
      );
      const answers = (await Promise.all(burst)).map((answer) => answer.body.data?.requestRepair.__typename);
      assert.equal(answers.filter((name) => name === 'RepairBooked').length, capacity, answers.join(' '));
      assert.ok(answers.every((name) => name === 'RepairBooked' || name === 'SlotUnavailable'), answers.join(' '));

      // A second burst into the next window, and instance one is killed in the middle of it.
      const next = slots.body.data!.availableSlots.slots.find((slot) => slot.start > window.start && slot.remaining >= 2)!;
      const second = Array.from({ length: 12 }, (_, index) =>
        graphql<{ requestRepair: { __typename: string } }>((index % 2 ? two : one).url, REQUEST_REPAIR, { input: repairRequest({ slotStart: next.start, idempotencyKey: `killed-${index}` }) }).catch(() => null),
      );
      setTimeout(() => one.child.kill('SIGKILL'), 30);
      const settled = await Promise.all(second);
      const fromTwo = settled.filter((_, index) => index % 2 === 1);
      assert.ok(fromTwo.every((answer) => answer?.status === 200), 'the other instance served every request it had');
      await one.exited();

      // Nothing half-written: every ticket has its visit and its first event; no window over capacity.
      const orphans = await admin.query(`SELECT count(*)::int AS n FROM "${schema}".tickets t WHERE NOT EXISTS (SELECT 1 FROM "${schema}".visits v WHERE v."ticketId" = t.id) OR NOT EXISTS (SELECT 1 FROM "${schema}".ticket_events e WHERE e."ticketId" = t.id)`);
      assert.equal(orphans.rows[0].n, 0);
      const perWindow = await admin.query(`SELECT "windowStart", count(*)::int AS n FROM "${schema}".visits WHERE status = 'BOOKED' GROUP BY "windowStart"`);
      const counts = new Map(perWindow.rows.map((row: { windowStart: Date; n: number }) => [row.windowStart.toISOString(), row.n]));
      assert.equal(counts.get(new Date(window.start).toISOString()), capacity);
      assert.ok((counts.get(new Date(next.start).toISOString()) ?? 0) <= next.remaining);

      // The survivor serves on.
      const after = await graphql<{ availableSlots: { __typename: string } }>(two.url, AVAILABLE_SLOTS, { input: { productModel: 'HRF-DEMO-1', postalCode: '75011', country: 'FR', from, days: 1 } });
      assert.equal(after.body.data?.availableSlots.__typename, 'AvailableSlots');
    } finally {
      for (const instance of [one, two]) if (instance.child.exitCode === null) instance.child.kill('SIGKILL');
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => {});
      await admin.end();
    }
  });
});
