/**
 * The `gateway` suite: SAV's gateway over HTTP against the frameworks it is built on, side by side
 * in one run. Each server runs in a process of its own (the load generator, autocannon, in this
 * one), and every case is driven at the same concurrency for the same time, in alternating rounds.
 *
 * - raw: node:http answering a fixed JSON body — the ceiling of this machine;
 * - apollo-hello: a bare Apollo Server 5 standalone `{ hello }`;
 * - yoga-hello: a bare graphql-yoga `{ hello }`;
 * - SAV on the embedded store (PGlite) and, where the PostgreSQL server answers, on PostgreSQL:
 *   `warrantyCheck` by model and by serial, `availableSlots` and the ticket lookup, each a real
 *   query through the whole gateway (key checked, tenant's data read, rules applied);
 * - SAV on PostgreSQL as operators run it (NODE_ENV=production, a key of its own, trusted
 *   documents only): the components' own documents (packages/client/trusted-documents.json), the
 *   warranty check with its legal layer and every explanation.
 *
 * Reported: requests per second (median of rounds), p50 and p99 latency (medians of the rounds'
 * percentiles), and the ratios SAV / Apollo hello, SAV / raw and SAV / Yoga hello. Never asserted.
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type Comparison, median, onAbort, type Suite, type SuiteDefinition } from './harness.js';
import { CONNECTIONS, GATEWAY_MAIN, httpCase, type Latency, openPostgresPool, post, postgresSchema, ROUND_SECONDS, SAV_ENV, type Server, startProcess, type Target } from './gateway-processes.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

const HELLO = JSON.stringify({ query: '{ hello }' });
const WARRANTY_BY_MODEL = `query($input: WarrantyCheckInput!) { warrantyCheck(input: $input) { __typename ... on WarrantyCheck { status coverages { part endsOn active } remedies { kind until } } } }`;
const SLOTS = `query($input: AvailableSlotsInput!) { availableSlots(input: $input) { __typename ... on AvailableSlots { slots { start end remaining } } } }`;
const TICKET = `query($c: String!, $p: String!) { ticket(trackingCode: $c, postalCode: $p) { __typename ... on Ticket { trackingCode status } } }`;
const BOOK = `mutation($input: RequestRepairInput!) { requestRepair(input: $input) { __typename ... on RepairBooked { ticket { trackingCode } } } }`;

/** The demo tenant is made ready for load: limits out of the way, and one booked ticket to look up. */
async function prepareSav(url: string): Promise<{ trackingCode: string; slotsFrom: string }> {
  await post(url, 'sk_demo', 'mutation { updateServiceSettings(input: { lookupsPerMinute: 100000, bookingsPerMinute: 100000 }) { __typename } }');
  const from = new Date(Date.now() + 7 * 86_400_000);
  while (from.getUTCDay() === 0 || from.getUTCDay() === 6) from.setUTCDate(from.getUTCDate() + 1);
  const slotsFrom = from.toISOString().slice(0, 10);
  const slots = (await post(url, 'pk_demo', SLOTS, { input: { productModel: 'HRF-DEMO-1', postalCode: '75011', country: 'FR', from: slotsFrom, days: 1 } })) as { data?: { availableSlots?: { slots?: { start: string }[] } } };
  const slotStart = slots.data?.availableSlots?.slots?.[0]?.start;
  if (!slotStart) throw new Error(`no window to book at ${url}: ${JSON.stringify(slots)}`);
  const booked = (await post(url, 'pk_demo', BOOK, {
    input: {
      productModel: 'HRF-DEMO-1', purchaseDate: '2024-08-20', fault: 'The fridge is not cooling any more.', symptoms: ['NOT_COOLING'], slotStart,
      customer: { name: 'Bench Customer', email: 'bench@example.fr', phone: '06 12 34 56 78', address: { line1: '12 rue de la Roquette', postalCode: '75011', city: 'Paris', country: 'FR' } },
    },
  })) as { data?: { requestRepair?: { ticket?: { trackingCode: string } } } };
  const trackingCode = booked.data?.requestRepair?.ticket?.trackingCode;
  if (!trackingCode) throw new Error(`could not book a ticket to look up: ${JSON.stringify(booked)}`);
  return { trackingCode, slotsFrom };
}

function savTargets(prefix: string, url: string, prepared: { trackingCode: string; slotsFrom: string }): Target[] {
  const sav = (name: string, query: string, variables: Record<string, unknown>): Target => ({
    name: `${prefix} ${name}`,
    url,
    path: '/graphql',
    body: JSON.stringify({ query, variables }),
    headers: { authorization: 'Bearer pk_demo' },
  });
  return [
    sav('warrantyCheck by model', WARRANTY_BY_MODEL, { input: { productModel: 'HRF-DEMO-1', purchaseDate: '2025-01-10', country: 'FR' } }),
    sav('warrantyCheck by serial', WARRANTY_BY_MODEL, { input: { serialNumber: 'HRF1-2024-0001' } }),
    sav('availableSlots', SLOTS, { input: { productModel: 'HRF-DEMO-1', postalCode: '75011', country: 'FR', from: prepared.slotsFrom, days: 1 } }),
    sav('ticket lookup', TICKET, { c: prepared.trackingCode, p: '75011' }),
  ];
}

/** The components' registered operations, by name (what a production gateway runs for a publishable key). */
function componentDocument(name: string): string {
  const manifest = JSON.parse(readFileSync(new URL('../packages/client/trusted-documents.json', import.meta.url), 'utf8')) as { operations: { name: string; body: string }[] };
  const found = manifest.operations.find((operation) => operation.name === name);
  if (!found) throw new Error(`no trusted document named ${name}`);
  return found.body;
}

/**
 * The demo tenant of `schema` made an ordinary one (production refuses demo keys) with a
 * publishable key of its own; the key is returned.
 */
async function productionKey(schema: string): Promise<string> {
  const pool = await openPostgresPool({ options: `-c search_path="${schema}"` });
  if ('skipped' in pool) throw new Error(pool.skipped);
  try {
    const key = `pk_bench_${randomBytes(16).toString('hex')}`;
    await pool.query('UPDATE tenants SET demo = false');
    await pool.query(
      `INSERT INTO api_keys (id, "tenantId", kind, hash, "displayPrefix", label) SELECT gen_random_uuid()::text, id, 'PUBLISHABLE', $1, $2, 'bench' FROM tenants WHERE slug = 'demo'`,
      [createHash('sha256').update(key).digest('hex'), `${key.slice(0, 12)}…`],
    );
    return key;
  } finally {
    await pool.end();
  }
}

function productionTargets(prefix: string, url: string, key: string, prepared: { trackingCode: string; slotsFrom: string }): Target[] {
  const sav = (name: string, operation: string, variables: Record<string, unknown>): Target => ({
    name: `${prefix} ${name}`,
    url,
    path: '/graphql',
    body: JSON.stringify({ query: componentDocument(operation), operationName: operation, variables }),
    headers: { authorization: `Bearer ${key}` },
  });
  return [
    sav('WarrantyCheck by model', 'WarrantyCheck', { input: { productModel: 'HRF-DEMO-1', purchaseDate: '2025-01-10', country: 'FR' } }),
    sav('WarrantyCheck by serial', 'WarrantyCheck', { input: { serialNumber: 'HRF1-2024-0001' } }),
    sav('AvailableSlots', 'AvailableSlots', { input: { productModel: 'HRF-DEMO-1', postalCode: '75011', country: 'FR', from: prepared.slotsFrom, days: 1 } }),
    sav('CustomerTicket', 'CustomerTicket', { trackingCode: prepared.trackingCode, postalCode: '75011' }),
  ];
}

export const suite: SuiteDefinition = {
  name: 'gateway',
  description: `SAV's gateway over HTTP against bare Apollo, graphql-yoga and node:http, ${CONNECTIONS} connections, ${ROUND_SECONDS} s rounds`,
  async run(suite: Suite) {
    const servers: Server[] = [];
    const cleanups: (() => Promise<void>)[] = [];
    const cleanup = async () => {
      await Promise.all(servers.map((server) => server.stop()));
      for (const step of cleanups) await step();
    };
    const forget = onAbort(cleanup);
    try {
      const start = async (script: string, env?: Record<string, string>) => {
        const server = await startProcess(script, env);
        servers.push(server);
        return server;
      };
      const [raw, apollo, yoga, savPglite] = await Promise.all([
        start(here('./servers/raw-http.ts')),
        start(here('./servers/apollo-hello.ts')),
        start(here('./servers/yoga-hello.ts')),
        start(GATEWAY_MAIN, { ...SAV_ENV, DATABASE_URL: 'memory://' }),
      ]);
      const targets: Target[] = [
        { name: 'raw node:http', url: raw!.url, path: '/', body: HELLO, headers: {} },
        { name: 'apollo hello', url: apollo!.url, path: '/', body: HELLO, headers: {} },
        { name: 'yoga hello', url: yoga!.url, path: '/graphql', body: HELLO, headers: {} },
        ...savTargets('SAV/PGlite', savPglite!.url, await prepareSav(savPglite!.url)),
      ];
      const postgres = await postgresSchema();
      if ('skipped' in postgres) suite.skip('SAV on PostgreSQL', postgres.skipped);
      else {
        cleanups.push(postgres.drop);
        const savPostgres = await start(GATEWAY_MAIN, { ...SAV_ENV, DATABASE_URL: postgres.url });
        const prepared = await prepareSav(savPostgres.url);
        targets.push(...savTargets('SAV/PostgreSQL', savPostgres.url, prepared));
        // The same data served as in production, by a second instance (a key of its own, trusted documents only).
        const key = await productionKey(new URL(postgres.url).searchParams.get('schema')!);
        const savProduction = await start(GATEWAY_MAIN, { ...SAV_ENV, NODE_ENV: 'production', DATABASE_URL: postgres.url });
        targets.push(...productionTargets('SAV/PostgreSQL production', savProduction.url, key, prepared));
      }

      const latencies = new Map<string, Latency>();
      const cases = targets.map((target) => httpCase(target, latencies));
      const comparisons: Comparison[] = targets
        .filter((target) => target.name.startsWith('SAV/'))
        .flatMap((target) => [
          { label: `${target.name} / apollo hello`, numerator: target.name, denominator: 'apollo hello', measure: 'throughput' as const },
          { label: `${target.name} / raw node:http`, numerator: target.name, denominator: 'raw node:http', measure: 'throughput' as const },
          { label: `${target.name} / yoga hello`, numerator: target.name, denominator: 'yoga hello', measure: 'throughput' as const },
        ]);
      await suite.group('http', `requests per second at ${CONNECTIONS} connections; the load generator in this process, each server in its own`, cases, comparisons, { rounds: 5, minRounds: 3, warmupRounds: 1, maxCaseMs: 20_000 });
      for (const [name, latency] of latencies) {
        suite.check('http', `${name}: p50 / p99 latency (ms, median of rounds)`, `${median(latency.p50)} / ${median(latency.p99)}`);
        if (latency.non2xx + latency.errors > 0) suite.check('http', `${name}: answers that were not 2xx, and errors`, `${latency.non2xx}, ${latency.errors}`);
      }
      const apolloP99 = median(latencies.get('apollo hello')!.p99);
      for (const target of targets.filter((t) => /warrantyCheck by model/i.test(t.name))) {
        suite.check('http', `${target.name}: p99 / apollo hello p99`, (median(latencies.get(target.name)!.p99) / apolloP99).toFixed(2));
      }
      suite.note('Targets (issue 8): warrantyCheck by model ≥ 1.2× the requests per second of apollo hello with a p99 no worse, and ≥ 0.3× raw node:http.');
    } finally {
      forget();
      await cleanup();
    }
  },
};
