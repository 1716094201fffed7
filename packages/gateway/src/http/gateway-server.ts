import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { LEGAL_LANGUAGES, resolveLocale, resolveLocaleAmong } from '@sav/rules';
import { getOperationAST, GraphQLError, parse, type GraphQLFormattedError } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { operationsOutOfScope } from '../tenancy/key-scopes.js';
import type { GatewayContext } from '../context.js';
import type { Store } from '../db/store.js';
import { startConfigurationCache } from '../db/configuration-cache.js';
import { schema } from '../schema/index.js';
import { authenticate } from '../tenancy/authenticate.js';
import { originAllowed } from '../tenancy/origins.js';
import { sendGraphQLRefusal } from './graphql-errors.js';
import { CompiledExecution, compiledExecutionGateway } from './compiled-execution.js';
import { createLogger, type Logger } from './logger.js';
import { BodyTooLargeError, readBody } from './request-body.js';
import { resolveStaticFile, sendFile } from './static-files.js';
import { memoisedTenantSettings } from '../tenancy/tenant-settings.js';
import { TicketChangeFeed } from '../live/ticket-change-feed.js';
import { createLiveTransports } from './live-transports.js';
import { counterFromConfig, countRequest, RateLimitedError, type RateLimitCounter } from '../tenancy/rate-limit.js';
import { clientAddressOf } from './client-address.js';
import { startRequestSpan, type RequestSpan } from './tracing.js';
import { QUERY_LIMITS, QueryLimitsRule } from './query-limits.js';
import { admitDocument, loadTrustedDocuments, UNTRUSTED_MESSAGE, type RequestParameters, type TrustedDocuments } from './trusted-documents.js';
import { trustedDocumentsPath } from '../paths.js';
import { asDemoBackOffice, isDemoBackOffice, restrictedToQualityReport } from './demo-back-office.js';

export interface GatewayOptions {
  readonly store: Store;
  /** Folders served as static files under `/` (the example pages, the elements bundle). */
  readonly staticRoots?: readonly string[];
  readonly logger?: Logger;
  /** The clock; tests pin it. */
  readonly now?: () => Date;
  readonly production?: boolean;
  /** Where rate-limit counts live; default: Redis where REDIS_URL is set, else the store. Closed with the gateway. */
  readonly rateLimits?: RateLimitCounter;
  /** The components' registered operations; default: packages/client/trusted-documents.json. */
  readonly trustedDocuments?: TrustedDocuments;
  /** A publishable key runs only trusted documents; default: in production. */
  readonly trustedDocumentsOnly?: boolean;
  /** How many proxies in front of the gateway to trust for X-Forwarded-For; default: TRUST_PROXY, else 0. */
  readonly trustedProxies?: number;
  /** How long a shutdown waits for requests in flight before closing their connections. */
  readonly drainTimeoutMs?: number;
}

export interface Gateway {
  readonly server: Server;
  /** How many live trackers (subscriptions) this instance serves now. */
  liveTrackers(): number;
  /** Requests being served now. */
  inFlight(): number;
  /** How many operations run compiled now (see compiled-execution.ts). */
  compiledOperations(): number;
  listen(port: number, host?: string): Promise<{ url: string; port: number }>;
  /**
   * Stops gracefully: new requests are refused with 503 (readiness says so first), requests in
   * flight finish (up to the drain timeout), then live streams and connections close.
   */
  close(): Promise<void>;
}

const ALLOWED_HEADERS = 'authorization, content-type, accept-language, apollo-require-preflight, x-apollo-operation-name';
const ORIGINS_CACHE_MS = 10_000;
const DRAIN_TIMEOUT_MS = 25_000;

/** Errors of the query limits (and the token limit) keep their own code rather than GRAPHQL_VALIDATION_FAILED. */
function limitCodeOf(formatted: GraphQLFormattedError, error: unknown): string | undefined {
  if (/Document contains more tha[nt] \d+ tokens/.test(formatted.message)) return 'TOO_MANY_TOKENS';
  // graphql-js stops after 50 bad variable values with an error of its own, without a code: still bad input.
  if (/^Too many errors processing variables/.test(formatted.message)) return 'BAD_USER_INPUT';
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  const code = original instanceof GraphQLError ? original.extensions.code : undefined;
  return typeof code === 'string' && code !== 'GRAPHQL_VALIDATION_FAILED' ? code : undefined;
}

function outOfScopeError(refused: readonly string[]): GraphQLError {
  return new GraphQLError(`This key is restricted: it may not run ${refused.join(', ')}.`, { extensions: { code: 'FORBIDDEN_SCOPE', http: { status: 403 } } });
}

/** Restricted keys: an operation outside the key's scopes is refused before it runs, with 403. */
const keyScopesPlugin: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, document, operation }) {
        if (!operation) return;
        const refused = operationsOutOfScope(contextValue.tenant.keyScopes, document, operation);
        if (refused.length) throw outOfScopeError(refused);
      },
    };
  },
};

/** Tags every error of a GraphQL answer with the request id, so that a support request can name it. */
function withRequestId(body: string, requestId: string): string {
  if (!body.includes('"errors"')) return body;
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: Record<string, unknown> }[] };
    if (!Array.isArray(parsed.errors)) return body;
    for (const error of parsed.errors) error.extensions = { ...error.extensions, requestId };
    return JSON.stringify(parsed);
  } catch {
    return body;
  }
}

/** The languages an Accept-Language header asks for: of the answers, and of legal texts (remembered: browsers send a few dozen variants). */
const languagesByHeader = new Map<string, Pick<GatewayContext, 'language' | 'locale' | 'legalLocale'>>();

function languagesOf(header: string | undefined): Pick<GatewayContext, 'language' | 'locale' | 'legalLocale'> {
  const key = header ?? '';
  let languages = languagesByHeader.get(key);
  if (!languages) {
    languages = Object.freeze({ ...resolveLocale(header), legalLocale: Object.freeze(resolveLocaleAmong(header, LEGAL_LANGUAGES)) });
    if (languagesByHeader.size >= 1000) languagesByHeader.clear();
    if (key.length <= 200) languagesByHeader.set(key, languages);
  }
  return languages;
}

function headerMapOf(request: IncomingMessage): HeaderMap {
  const headers = new HeaderMap();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return headers;
}

/** The gateway: GraphQL on POST /graphql, the example pages and the elements bundle beside it. */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { store } = options;
  const logger = options.logger ?? createLogger();
  const now = options.now ?? (() => new Date());
  const production = options.production ?? process.env.NODE_ENV === 'production';
  const rateLimits = options.rateLimits ?? counterFromConfig(store);
  const trustedDocuments = options.trustedDocuments ?? loadTrustedDocuments(trustedDocumentsPath);
  const trustedDocumentsOnly = options.trustedDocumentsOnly ?? production;
  const trustedProxies = options.trustedProxies ?? parseTrustedProxies(process.env.TRUST_PROXY);
  let draining = false;
  let inFlight = 0;
  const idle: (() => void)[] = [];

  const execution = new CompiledExecution(schema);
  const apollo = new ApolloServer<GatewayContext>({
    // The schema, executed by graphql-jit once an operation comes back (compiled-execution.ts).
    gateway: compiledExecutionGateway(schema, execution),
    introspection: !production,
    // No "did you mean …?" in production: the schema is not revealed field by field.
    hideSchemaDetailsFromClientErrors: production,
    csrfPrevention: true,
    // The gateway stops Apollo itself, after draining (main.ts handles the signals).
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    // Registered operations by hash are served by admitDocument; no cache of documents sent by strangers.
    persistedQueries: false,
    allowBatchedHttpRequests: false,
    validationRules: [QueryLimitsRule],
    // No cache hints are used: without this, Apollo wraps every field resolver to gather them.
    plugins: [keyScopesPlugin, ApolloServerPluginCacheControlDisabled()],
    parseOptions: { maxTokens: QUERY_LIMITS.maxTokens },
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const limitCode = limitCodeOf(formatted, error);
      if (limitCode) return { message: formatted.message, locations: formatted.locations, extensions: { code: limitCode } };
      const code = formatted.extensions?.code;
      if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
        logger.error('graphql.internal_error', { error: String(unwrapResolverError(error)), path: formatted.path });
        return { message: 'Internal error: the request could not be completed.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
      const retryAfter = formatted.extensions?.retryAfter;
      return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { code, ...(retryAfter === undefined ? {} : { retryAfter }) } };
    },
  });
  await apollo.start();
  const ticketChanges = await TicketChangeFeed.start(store);
  const configurationCache = await startConfigurationCache(store);

  /** A refusal before GraphQL runs, logged by its code (never the body or the key). */
  function refuse(response: ServerResponse, requestId: string, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
    logger.warn('http.refused', { requestId, status, code });
    sendGraphQLRefusal(response, status, code, message, requestId, headers);
  }

  let originsCache: { at: number; origins: string[] } | undefined;
  async function anyTenantAllows(origin: string): Promise<boolean> {
    if (!originsCache || now().getTime() - originsCache.at > ORIGINS_CACHE_MS) {
      const tenants = await store.prisma.tenant.findMany({ select: { allowedOrigins: true } });
      originsCache = { at: now().getTime(), origins: tenants.flatMap((t) => t.allowedOrigins) };
    }
    return originAllowed(origin, originsCache.origins);
  }

  /** Authenticates a request (key and origin) and builds its context, or says why not. */
  async function contextFor(request: IncomingMessage, authorization: string | undefined, requestId: string = randomUUID()) {
    const authentication = await authenticate(store, authorization, { production });
    if (!authentication.ok) return { ok: false as const, status: 401, code: 'UNAUTHENTICATED', message: authentication.message };
    const { tenant } = authentication;
    const origin = request.headers.origin;
    if (origin && !originAllowed(origin, tenant.allowedOrigins)) {
      return { ok: false as const, status: 403, code: 'FORBIDDEN_ORIGIN', message: `The origin ${origin} is not among this key's allowed origins.` };
    }
    const context: GatewayContext = {
      store,
      tenant,
      ...languagesOf(request.headers['accept-language']),
      requestId,
      clientAddress: clientAddressOf(request, trustedProxies),
      logger,
      rateLimits,
      tenantSettings: memoisedTenantSettings(store, tenant.id),
      ticketChanges,
      production,
      now: now(),
    };
    return { ok: true as const, context };
  }

  async function handleGraphQL(request: IncomingMessage, response: ServerResponse, requestId: string, url: URL, span: RequestSpan): Promise<void> {
    const origin = request.headers.origin;
    const method = request.method ?? 'GET';
    if (method === 'OPTIONS') {
      if (!origin || !(await anyTenantAllows(origin))) {
        refuse(response, requestId, 403, 'FORBIDDEN_ORIGIN', 'This origin is not allowed to call the SAV gateway.', { vary: 'Origin' });
        return;
      }
      response.writeHead(204, {
        'access-control-allow-origin': origin,
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': ALLOWED_HEADERS,
        'access-control-max-age': '600',
        vary: 'Origin',
      });
      response.end();
      return;
    }
    if (method !== 'POST' && method !== 'GET') {
      refuse(response, requestId, 405, 'METHOD_NOT_ALLOWED', 'Use POST (or GET for queries) on /graphql.', { allow: 'GET, POST, OPTIONS' });
      return;
    }

    let body: unknown;
    if (method === 'POST') {
      let text: string;
      try {
        text = await readBody(request);
      } catch (error) {
        if (error instanceof BodyTooLargeError) {
          refuse(response, requestId, 413, 'PAYLOAD_TOO_LARGE', 'The request body is over 1 MiB.', { connection: 'close' });
          return;
        }
        throw error;
      }
      try {
        body = JSON.parse(text);
      } catch {
        refuse(response, requestId, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
        return;
      }
    }

    const corsHeaders: Record<string, string> = origin ? { vary: 'Origin' } : {};
    const answer = await contextFor(request, request.headers.authorization, requestId);
    if (!answer.ok) {
      if (answer.status === 401 && origin && (await anyTenantAllows(origin))) corsHeaders['access-control-allow-origin'] = origin;
      refuse(response, requestId, answer.status, answer.code, answer.message, { ...corsHeaders, ...(answer.status === 401 ? { 'www-authenticate': 'Bearer' } : {}) });
      return;
    }
    // The demo back office's endpoint (demo-back-office.ts): the demo secret key, for the quality report only.
    const context = isDemoBackOffice(url.pathname, production) ? { ...answer.context, tenant: restrictedToQualityReport(answer.context.tenant) } : answer.context;
    const { tenant } = context;
    if (origin) corsHeaders['access-control-allow-origin'] = origin;
    span.set({ 'sav.tenant_id': tenant.id, 'sav.key_kind': tenant.keyKind });

    // Trusted documents: a document named by its hash is put in place; in production a publishable key runs only registered ones.
    const trustedOnly = trustedDocumentsOnly && tenant.keyKind === 'PUBLISHABLE';
    if (method === 'POST' && typeof body === 'object' && body !== null && !Array.isArray(body)) {
      const admission = admitDocument(body as RequestParameters, trustedDocuments, trustedOnly);
      if (!admission.ok) {
        refuse(response, requestId, 400, admission.code, admission.message, corsHeaders);
        return;
      }
      body = admission.params;
      const { operationName } = body as { operationName?: unknown };
      if (typeof operationName === 'string') span.set({ 'graphql.operation.name': operationName.slice(0, 100) });
    } else if (method === 'GET' && trustedOnly) {
      const query = url.searchParams.get('query');
      if (query !== null && !trustedDocuments.has(query)) {
        refuse(response, requestId, 400, 'UNTRUSTED_DOCUMENT', UNTRUSTED_MESSAGE, corsHeaders);
        return;
      }
    }

    if (url.pathname === '/graphql/stream') {
      for (const [name, value] of Object.entries(corsHeaders)) response.setHeader(name, value);
      response.setHeader('x-request-id', requestId);
      if (method !== 'POST') {
        refuse(response, requestId, 405, 'METHOD_NOT_ALLOWED', 'Open a stream with POST /graphql/stream and Accept: text/event-stream.', { allow: 'POST, OPTIONS' });
        return;
      }
      // A stream is a ticket lookup: counted here, so that a refusal is a plain 429 before the stream opens.
      try {
        await countRequest(context, 'ticket-lookup');
      } catch (error) {
        if (!(error instanceof RateLimitedError)) throw error;
        refuse(response, requestId, 429, 'RATE_LIMITED', error.message, { 'retry-after': String(error.retryAfterSeconds) });
        return;
      }
      logger.info('graphql.stream', { requestId, tenantId: tenant.id });
      await live.handleStream(request, response, { ...context, lookupCounted: true }, body);
      return;
    }

    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method, headers: headerMapOf(request), search: url.search, body },
      context: async () => context,
    });
    for (const [name, value] of Object.entries(corsHeaders)) result.headers.set(name, value);
    result.headers.set('x-request-id', requestId);
    response.statusCode = result.status ?? 200;
    for (const [name, value] of result.headers) response.setHeader(name, value);
    if (result.body.kind === 'complete') {
      const text = response.statusCode >= 400 || result.body.string.includes('"errors"') ? withRequestId(result.body.string, requestId) : result.body.string;
      if (text !== result.body.string) response.setHeader('content-length', Buffer.byteLength(text));
      response.end(text);
    } else {
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    }
    logger.info('graphql.request', { requestId, tenantId: tenant.id, status: response.statusCode });
  }

  async function handleStatic(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const method = request.method ?? 'GET';
    if (method === 'GET' || method === 'HEAD') {
      for (const root of options.staticRoots ?? []) {
        const file = await resolveStaticFile(root, url.pathname);
        if (file) return sendFile(response, file, method);
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    response.end('Not found. The GraphQL endpoint is POST /graphql.\n');
  }

  /** Liveness: the process answers. Readiness: it may be sent traffic (not stopping, the database and the rate-limit counter answer). */
  async function handleHealth(response: ServerResponse, url: URL): Promise<void> {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
      response.end(JSON.stringify(body));
    };
    if (url.pathname === '/healthz') return send(200, { status: 'ok' });
    const database = await store.prisma.$queryRaw`SELECT 1`.then(() => 'ok', () => 'unavailable');
    const counter = await rateLimits.ready().then((ready) => (ready ? 'ok' : 'unavailable'), () => 'unavailable');
    const ready = !draining && database === 'ok' && counter === 'ok';
    send(ready ? 200 : 503, { status: draining ? 'stopping' : ready ? 'ready' : 'unavailable', checks: { database, rateLimits: counter } });
  }

  const server = createServer((request, response) => {
    const requestId = randomUUID();
    const url = new URL(request.url ?? '/', 'http://gateway.invalid');
    if (url.pathname === '/healthz' || url.pathname === '/readyz') {
      handleHealth(response, url).catch(() => response.destroy());
      return;
    }
    if (draining) {
      // Stopping: nothing new starts here; the client retries on another instance.
      refuse(response, requestId, 503, 'SHUTTING_DOWN', 'This gateway instance is stopping: retry the request.', { connection: 'close', 'retry-after': '1' });
      return;
    }
    const demoBackOffice = isDemoBackOffice(url.pathname, production);
    if (demoBackOffice) asDemoBackOffice(request);
    const isGraphQL = url.pathname === '/graphql' || url.pathname === '/graphql/stream' || demoBackOffice;
    // Live streams last until they are closed: they are not "in flight" for a shutdown to wait on.
    const counted = url.pathname !== '/graphql/stream';
    if (counted) inFlight += 1;
    const span = isGraphQL ? startRequestSpan(request.method ?? 'GET', url.pathname, requestId) : undefined;
    const handled = isGraphQL ? handleGraphQL(request, response, requestId, url, span!) : handleStatic(request, response, url);
    handled
      .catch((error: unknown) => {
        logger.error('http.unhandled', { requestId, error: String(error) });
        if (!response.headersSent) refuse(response, requestId, 500, 'INTERNAL_SERVER_ERROR', 'Internal error: the request could not be completed.');
        else response.destroy();
      })
      .finally(() => {
        span?.end(response.statusCode);
        if (!counted) return;
        inFlight -= 1;
        if (inFlight === 0) for (const wake of idle.splice(0)) wake();
      });
  });

  const live = createLiveTransports(server, schema, (request, authorization) => contextFor(request, authorization), logger, {
    validationRules: [QueryLimitsRule],
    refusalOf: (context, query, operationName) => {
      if (trustedDocumentsOnly && context.tenant.keyKind === 'PUBLISHABLE' && !trustedDocuments.has(query)) {
        return { code: 'UNTRUSTED_DOCUMENT', message: UNTRUSTED_MESSAGE, status: 400 };
      }
      if (context.tenant.keyScopes.length === 0) return undefined;
      let document;
      try {
        document = parse(query, { maxTokens: QUERY_LIMITS.maxTokens });
      } catch {
        return undefined; // the executor answers with its own parse error
      }
      const operation = getOperationAST(document, operationName ?? undefined);
      const refused = operation ? operationsOutOfScope(context.tenant.keyScopes, document, operation) : [];
      return refused.length ? { code: 'FORBIDDEN_SCOPE', message: outOfScopeError(refused).message, status: 403 } : undefined;
    },
  });

  return {
    server,
    liveTrackers: () => ticketChanges.watching,
    inFlight: () => inFlight,
    compiledOperations: () => execution.compiledOperations,
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolvePromise, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          resolvePromise({ port: address.port, url: `http://localhost:${address.port}` });
        });
      }),
    close: async () => {
      draining = true;
      const closed = new Promise<void>((resolvePromise) => server.close(() => resolvePromise()));
      server.closeIdleConnections();
      // Requests in flight finish (each in its own transaction: nothing is left half-written), up to the timeout.
      if (inFlight > 0) {
        let timer: NodeJS.Timeout | undefined;
        await Promise.race([new Promise<void>((wake) => idle.push(wake)), new Promise<void>((wake) => (timer = setTimeout(wake, options.drainTimeoutMs ?? DRAIN_TIMEOUT_MS)))]);
        clearTimeout(timer);
      }
      await live.close();
      // Live streams never end by themselves: close them with the idle connections.
      server.closeAllConnections();
      await closed;
      await ticketChanges.close();
      await configurationCache.stop();
      await apollo.stop();
      if (!options.rateLimits) await rateLimits.close();
    },
  };
}

/** TRUST_PROXY: how many proxies in front of the gateway add themselves to X-Forwarded-For. */
function parseTrustedProxies(value: string | undefined): number {
  if (value === undefined || value === '') return 0;
  const hops = Number(value);
  if (!Number.isInteger(hops) || hops < 0 || hops > 10) throw new Error(`TRUST_PROXY must be a whole number of proxies from 0 to 10; got "${value}".`);
  return hops;
}
