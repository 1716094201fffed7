import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { LEGAL_LANGUAGES, resolveLocale, resolveLocaleAmong } from '@sav/rules';
import type { GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from '../context.js';
import type { Store } from '../db/store.js';
import { schema } from '../schema/index.js';
import { authenticate } from '../tenancy/authenticate.js';
import { originAllowed } from '../tenancy/origins.js';
import { sendGraphQLRefusal } from './graphql-errors.js';
import { createLogger, type Logger } from './logger.js';
import { BodyTooLargeError, readBody } from './request-body.js';
import { resolveStaticFile, sendFile } from './static-files.js';
import { memoisedTenantSettings } from '../tenancy/tenant-settings.js';
import { TicketChangeFeed } from '../live/ticket-change-feed.js';
import { createLiveTransports } from './live-transports.js';
import { countRequest, RateLimitedError } from '../tenancy/rate-limit.js';

export interface GatewayOptions {
  readonly store: Store;
  /** Folders served as static files under `/` (the example pages, the elements bundle). */
  readonly staticRoots?: readonly string[];
  readonly logger?: Logger;
  /** The clock; tests pin it. */
  readonly now?: () => Date;
  readonly production?: boolean;
}

export interface Gateway {
  readonly server: Server;
  /** How many live trackers (subscriptions) this instance serves now. */
  liveTrackers(): number;
  listen(port: number, host?: string): Promise<{ url: string; port: number }>;
  close(): Promise<void>;
}

const ALLOWED_HEADERS = 'authorization, content-type, accept-language, apollo-require-preflight, x-apollo-operation-name';
const ORIGINS_CACHE_MS = 10_000;

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

  const apollo = new ApolloServer<GatewayContext>({
    schema,
    introspection: !production,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
      const code = formatted.extensions?.code;
      if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
        logger.error('graphql.internal_error', { error: String(unwrapResolverError(error)), path: formatted.path });
        return { message: 'Internal error: the request could not be completed.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
      }
      return { message: formatted.message, path: formatted.path, locations: formatted.locations, extensions: { code } };
    },
  });
  await apollo.start();
  const ticketChanges = await TicketChangeFeed.start(store);

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
      ...resolveLocale(request.headers['accept-language']),
      legalLocale: resolveLocaleAmong(request.headers['accept-language'], LEGAL_LANGUAGES),
      requestId,
      clientAddress: request.socket.remoteAddress ?? 'unknown',
      logger,
      tenantSettings: memoisedTenantSettings(store, tenant.id),
      ticketChanges,
      production,
      now: now(),
    };
    return { ok: true as const, context };
  }

  async function handleGraphQL(request: IncomingMessage, response: ServerResponse, requestId: string, url: URL): Promise<void> {
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
    const { context } = answer;
    const { tenant } = context;
    if (origin) corsHeaders['access-control-allow-origin'] = origin;

    if (url.pathname === '/graphql/stream') {
      for (const [name, value] of Object.entries(corsHeaders)) response.setHeader(name, value);
      response.setHeader('x-request-id', requestId);
      if (method !== 'POST') {
        refuse(response, requestId, 405, 'METHOD_NOT_ALLOWED', 'Open a stream with POST /graphql/stream and Accept: text/event-stream.', { allow: 'POST, OPTIONS' });
        return;
      }
      // A stream is a ticket lookup: counted here, so that a refusal is a plain 429 before the stream opens.
      try {
        await countRequest(context, 'ticket-lookup', (await context.tenantSettings()).lookupsPerMinute);
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
      response.end(result.body.string);
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

  const server = createServer((request, response) => {
    const requestId = randomUUID();
    const url = new URL(request.url ?? '/', 'http://gateway.invalid');
    const handled = url.pathname === '/graphql' || url.pathname === '/graphql/stream' ? handleGraphQL(request, response, requestId, url) : handleStatic(request, response, url);
    handled.catch((error: unknown) => {
      logger.error('http.unhandled', { requestId, error: String(error) });
      if (!response.headersSent) refuse(response, requestId, 500, 'INTERNAL_SERVER_ERROR', 'Internal error: the request could not be completed.');
      else response.destroy();
    });
  });

  const live = createLiveTransports(server, schema, (request, authorization) => contextFor(request, authorization), logger);

  return {
    server,
    liveTrackers: () => ticketChanges.watching,
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
      const closed = new Promise<void>((resolvePromise) => server.close(() => resolvePromise()));
      await live.close();
      // Live streams never end by themselves: close them with the idle connections.
      server.closeAllConnections();
      await closed;
      await ticketChanges.close();
      await apollo.stop();
    },
  };
}
