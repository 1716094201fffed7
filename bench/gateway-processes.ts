/**
 * What the gateway suites share: servers started in processes of their own, a GraphQL POST, the
 * autocannon case with its latencies, and PostgreSQL reached with the gateway's own `pg`.
 * Used by gateway.bench.ts and scale.bench.ts (and bench/data/seed-scale.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { Pool, PoolConfig } from 'pg';
import type { BenchCase } from './harness.js';

export const CONNECTIONS = 10;
export const ROUND_SECONDS = 2;
export const POSTGRES_URL = process.env.SAV_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const GATEWAY_MAIN = fileURLToPath(new URL('../packages/gateway/src/main.ts', import.meta.url));
/** The environment every SAV gateway of the bench runs with (plus its DATABASE_URL). */
export const SAV_ENV: Readonly<Record<string, string>> = { PORT: '0', LOG_LEVEL: 'error', NODE_ENV: 'development' };

const requireFromGateway = createRequire(new URL('../packages/gateway/package.json', import.meta.url));

export interface Server {
  readonly url: string;
  /** The server's process id. */
  readonly pid: number | undefined;
  stop(): Promise<void>;
}

/** A server script started in a process of its own: its address once it printed it, and stoppable from the moment it is spawned (an interruption may come while it starts). */
export interface SpawnedServer {
  readonly ready: Promise<Server>;
  /** SIGTERM, then SIGKILL after 5 s; resolves when the process has exited. */
  stop(): Promise<void>;
}

/**
 * Starts a server script in its own process; `ready` resolves when it prints its port (or SAV its
 * URL). `startTimeoutMs` (default 90 s) bounds the start, migrations included.
 */
export function spawnServer(script: string, env: Record<string, string> = {}, startTimeoutMs = 90_000): SpawnedServer {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.kill('SIGTERM');
    await exited;
    clearTimeout(force);
  };
  const ready = new Promise<Server>((resolve, reject) => {
    let output = '';
    let errors = '';
    child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')));
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${script} did not start within ${startTimeoutMs / 1000} s: ${errors.slice(-500)}`));
    }, startTimeoutMs);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const port = /listening (\d+)/.exec(output)?.[1] ?? /GraphQL gateway:\s+http:\/\/[^:]+:(\d+)\//.exec(output)?.[1];
      if (port) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${port}`, pid: child.pid, stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${script} exited (${code}) before it was ready: ${errors.slice(-500)}`));
    });
  });
  return { ready, stop };
}

/** Starts a server script in its own process; resolves when it is ready (see spawnServer). */
export function startProcess(script: string, env: Record<string, string> = {}, startTimeoutMs = 90_000): Promise<Server> {
  return spawnServer(script, env, startTimeoutMs).ready;
}

/** Starts SAV's gateway on a store (DATABASE_URL); it migrates the store and seeds the demo tenant into an empty one. */
export function startGateway(databaseUrl: string, startTimeoutMs?: number): Promise<Server> {
  return startProcess(GATEWAY_MAIN, { ...SAV_ENV, DATABASE_URL: databaseUrl }, startTimeoutMs);
}

export async function post(url: string, key: string, query: string, variables: Record<string, unknown> = {}): Promise<Record<string, unknown>> {
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` }, body: JSON.stringify({ query, variables }) });
  return (await response.json()) as Record<string, unknown>;
}

export interface Target {
  readonly name: string;
  readonly url: string;
  readonly path: string;
  /** One body for every request, or several sent in turn (e.g. a different serial number each time). */
  readonly body: string | readonly string[];
  readonly headers: Record<string, string>;
}

export interface Latency {
  p50: number[];
  p99: number[];
  non2xx: number;
  errors: number;
}

/** One case: autocannon against the target for ROUND_SECONDS; the round's ops are the 2xx answers. */
export function httpCase(target: Target, latencies: Map<string, Latency>): BenchCase {
  latencies.set(target.name, { p50: [], p99: [], non2xx: 0, errors: 0 });
  const bodies = typeof target.body === 'string' ? [target.body] : target.body;
  if (bodies.length === 0) throw new Error(`${target.name}: no request body`);
  let next = 0;
  const options: autocannon.Options = {
    url: `${target.url}${target.path}`,
    method: 'POST',
    connections: CONNECTIONS,
    duration: ROUND_SECONDS,
    headers: { 'content-type': 'application/json', ...target.headers },
    ...(bodies.length === 1
      ? { body: bodies[0] as string }
      : {
          requests: [
            {
              method: 'POST',
              setupRequest: (request: autocannon.Request) => {
                const body = bodies[next] as string;
                next = (next + 1) % bodies.length;
                return { ...request, body };
              },
            },
          ],
        }),
  };
  return {
    name: target.name,
    callsPerRound: 1,
    async run() {
      const result = await autocannon(options);
      const latency = latencies.get(target.name)!;
      latency.p50.push(result.latency.p50);
      latency.p99.push(result.latency.p99);
      latency.non2xx += result.non2xx;
      latency.errors += result.errors;
      return result['2xx'];
    },
  };
}

/** CPU time (user + system, seconds) a process has used so far, from /proc; undefined where there is none. */
export function cpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th, in clock ticks (100 a second on Linux).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** The gateway's `pg` (the bench has no dependency of its own on it), or why it cannot be loaded. */
export function loadPg(): typeof import('pg') | { skipped: string } {
  try {
    return requireFromGateway('pg') as typeof import('pg');
  } catch (error) {
    return { skipped: `pg is not installed (${(error as Error).message})` };
  }
}

/** A pool on the bench's PostgreSQL server, once it answered; or why not. */
export async function openPostgresPool(config: PoolConfig = {}): Promise<Pool | { skipped: string }> {
  const pg = loadPg();
  if ('skipped' in pg) return pg;
  const pool: Pool = new pg.Pool({ connectionString: POSTGRES_URL, max: 1, connectionTimeoutMillis: 3000, ...config });
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end();
    return { skipped: `no PostgreSQL server answers at ${POSTGRES_URL} (${(error as Error).message})` };
  }
  return pool;
}

/** The bench's PostgreSQL URL with `?schema=<schema>` (what the gateway reads from DATABASE_URL). */
export function schemaUrl(schema: string): string {
  const url = new URL(POSTGRES_URL);
  url.searchParams.set('schema', schema);
  return url.href;
}

/** A new schema `bench_gateway_<random>` for one run, dropped by `drop`. */
export async function postgresSchema(): Promise<{ url: string; drop: () => Promise<void> } | { skipped: string }> {
  const pool = await openPostgresPool();
  if ('skipped' in pool) return pool;
  const schema = `bench_gateway_${randomBytes(4).toString('hex')}`;
  return {
    url: schemaUrl(schema),
    drop: async () => {
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`).catch(() => {});
      await pool.end();
    },
  };
}
