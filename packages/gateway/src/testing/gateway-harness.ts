import { configurationHeard } from '../db/configuration-cache.js';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Store } from '../db/store.js';
import { createTestStore } from '../db/test-store.js';
import { createGateway, type Gateway, type GatewayOptions } from '../http/gateway-server.js';
import { createLogger } from '../http/logger.js';
import { elementsDistDir, examplesDir } from '../paths.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
}

export interface TestGateway {
  readonly url: string;
  readonly store: Store;
  /** Every log line the gateway wrote, as JSON text. */
  readonly logs: string[];
  /** Sends one GraphQL operation, as a browser or a server would. */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, options?: { key?: string | null; headers?: Record<string, string> }): Promise<GraphQLResponse<T>>;
  post(body: string | Buffer, headers?: Record<string, string>): Promise<Response>;
  /** How many live trackers this gateway is serving. */
  liveTrackers(): number;
  /** How many requests it is serving now. */
  inFlight(): number;
  /** How many operations it runs compiled now. */
  compiledOperations(): number;
  /**
   * Writes configuration straight to the database, as an operator's tool would, and waits until
   * the gateway has heard of the change (its caches learn by notice, a few milliseconds later).
   */
  configure<R>(write: (prisma: PrismaClient) => Promise<R>): Promise<R>;
  /** Moves the gateway's clock: later requests are judged at `at`. */
  setNow(at: Date): void;
  close(): Promise<void>;
}

/** A real gateway over HTTP on a fresh, seeded store, its clock pinned to `now`. */
export async function startTestGateway(
  options: { now?: Date; production?: boolean; store?: Store } & Pick<GatewayOptions, 'rateLimits' | 'trustedDocumentsOnly' | 'drainTimeoutMs' | 'trustedProxies'> = {},
): Promise<TestGateway> {
  // A store passed in is shared with other gateways (scale-out tests) and closed by its owner.
  const store = options.store ?? (await createTestStore());
  let now = options.now ?? new Date('2026-04-20T10:00:00Z');
  const logs: string[] = [];
  let gateway: Gateway;
  try {
    gateway = await createGateway({
      store,
      staticRoots: [examplesDir, elementsDistDir],
      logger: createLogger('info', (line) => logs.push(line)),
      now: () => now,
      production: options.production ?? false,
      rateLimits: options.rateLimits,
      trustedDocumentsOnly: options.trustedDocumentsOnly,
      drainTimeoutMs: options.drainTimeoutMs,
      trustedProxies: options.trustedProxies ?? 0,
    });
  } catch (error) {
    if (!options.store) await store.close();
    throw error;
  }
  const { port } = await gateway.listen(0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  const post = (body: string | Buffer, headers: Record<string, string> = {}) =>
    fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return {
    url,
    store,
    logs,
    post,
    liveTrackers: () => gateway.liveTrackers(),
    inFlight: () => gateway.inFlight(),
    compiledOperations: () => gateway.compiledOperations(),
    setNow(at) {
      now = at;
    },
    async configure(write) {
      const result = await write(store.prisma);
      await configurationHeard(store);
      return result;
    },
    async graphql(query, variables, { key = 'pk_demo', headers = {} } = {}) {
      const response = await post(JSON.stringify({ query, variables }), { ...(key ? { authorization: `Bearer ${key}` } : {}), ...headers });
      return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLResponse['body'] } as never;
    },
    async close() {
      await gateway.close();
      if (!options.store) await store.close();
    },
  };
}
