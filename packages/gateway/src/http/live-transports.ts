/**
 * GraphQL subscriptions for live ticket updates, over Server-Sent Events (graphql-sse, distinct
 * connections: POST /graphql/stream with `Accept: text/event-stream`) and over WebSocket
 * (graphql-ws, the `graphql-transport-ws` protocol on /graphql). Both take subscriptions only
 * (queries and mutations go to POST /graphql, with its limits), authenticate with the same keys
 * and origins, and mask internal errors as POST /graphql does. A WebSocket names its key in
 * `connectionParams.authorization` (a browser cannot set headers on one); each of its operations
 * gets a fresh context (its own clock, settings and limits), as a request would.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  getOperationAST,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  validate,
  type ValidationRule,
} from 'graphql';
import { createHandler, type RequestParams } from 'graphql-sse';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { GatewayContext } from '../context.js';
import type { Logger } from './logger.js';
import { checkSubscriptionRequest } from './subscription-request.js';

export type ContextAnswer = { ok: true; context: GatewayContext } | { ok: false; status: number; code: string; message: string };

/** Authenticates a request the way POST /graphql does: a context, or why not. */
export type ContextForRequest = (request: IncomingMessage, authorization: string | undefined) => Promise<ContextAnswer>;

export interface LiveTransports {
  /** Serves POST /graphql/stream (SSE), the request's body already read and parsed. */
  handleStream(request: IncomingMessage, response: ServerResponse, context: GatewayContext, body: unknown): Promise<void>;
  close(): Promise<void>;
}

export interface LiveTransportOptions {
  /** Rules added to GraphQL's own when a subscription is validated (the query limits of POST /graphql). */
  readonly validationRules: readonly ValidationRule[];
  /** Why this context may not run this document (trusted documents, key scopes), or undefined: it may. */
  readonly refusalOf: (context: GatewayContext, query: string, operationName: string | null | undefined) => { code: string; message: string; status: number } | undefined;
}

const ONLY_SUBSCRIPTIONS = 'This endpoint takes subscriptions only; send queries and mutations to POST /graphql.';

/** The operation a request names is a subscription (a document that does not parse is left to the executor's own error). */
function isSubscription(query: string | DocumentNode, operationName: string | null | undefined): boolean {
  let document: DocumentNode;
  try {
    document = typeof query === 'string' ? parse(query) : query;
  } catch {
    return true;
  }
  return getOperationAST(document, operationName ?? undefined)?.operation === 'subscription';
}

/** As POST /graphql answers: a known code keeps its message; anything else is an internal error, logged. */
function maskErrors(errors: readonly (GraphQLError | GraphQLFormattedError)[] | undefined, logger: Logger): GraphQLFormattedError[] | undefined {
  if (!errors) return undefined;
  return errors.map((error) => {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || code === 'INTERNAL_SERVER_ERROR') {
      logger.error('graphql.internal_error', { error: String((error as GraphQLError).originalError ?? error.message), path: error.path });
      return { message: 'Internal error: the request could not be completed.', path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
    }
    const retryAfter = error.extensions?.retryAfter;
    return { message: error.message, path: error.path, extensions: { code, ...(retryAfter === undefined ? {} : { retryAfter }) } };
  });
}

function masked(result: ExecutionResult | FormattedExecutionResult, logger: Logger): FormattedExecutionResult {
  const errors = maskErrors(result.errors, logger);
  return { ...('data' in result ? { data: result.data } : {}), ...(errors ? { errors } : {}) };
}

export function createLiveTransports(server: Server, schema: GraphQLSchema, contextFor: ContextForRequest, logger: Logger, options: LiveTransportOptions): LiveTransports {
  const contexts = new WeakMap<IncomingMessage, GatewayContext>();
  const rules = [...specifiedRules, ...options.validationRules];
  const validateWithLimits: typeof validate = (validatedSchema, document) => validate(validatedSchema, document, rules);
  const refusal = (code: string, message: string, status = 400) =>
    [JSON.stringify({ errors: [{ message, extensions: { code } }] }), { status, statusText: status === 403 ? 'Forbidden' : 'Bad Request', headers: { 'content-type': 'application/json; charset=utf-8' } }] as const;
  const sse = createHandler<IncomingMessage, undefined, Record<PropertyKey, unknown>>({
    schema,
    validate: validateWithLimits,
    context: (request) => contexts.get(request.raw) as unknown as Record<PropertyKey, unknown>,
    onSubscribe: (request, params: RequestParams) => {
      const context = contexts.get(request.raw);
      const refused = context && typeof params.query === 'string' ? options.refusalOf(context, params.query, params.operationName) : undefined;
      if (refused) return [...refusal(refused.code, refused.message, refused.status)];
      if (isSubscription(params.query, params.operationName)) return undefined;
      return [...refusal('BAD_REQUEST', ONLY_SUBSCRIPTIONS)];
    },
    onNext: (_context, _request, result) => masked(result as ExecutionResult, logger) as ExecutionResult,
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const disposable = useServer<Record<string, unknown> | undefined, { authorization?: string; context?: GatewayContext }>(
    {
      schema,
      validate: validateWithLimits,
      onConnect: async (connection) => {
        const given = connection.connectionParams?.authorization;
        const authorization = typeof given === 'string' ? given : undefined;
        const answer = await contextFor(connection.extra.request, authorization);
        if (!answer.ok) return false;
        connection.extra.authorization = authorization;
        connection.extra.context = answer.context;
        return true;
      },
      // A fresh context for each operation: the clock, the settings and the limits of that moment.
      context: async (connection) => {
        const answer = await contextFor(connection.extra.request, connection.extra.authorization);
        if (!answer.ok) throw new GraphQLError(answer.message, { extensions: { code: answer.code } });
        return answer.context as unknown as Record<string, unknown>;
      },
      onSubscribe: (connection, _id, payload) => {
        const context = connection.extra.context;
        const refused = context ? options.refusalOf(context, payload.query, payload.operationName) : undefined;
        if (refused) return [new GraphQLError(refused.message, { extensions: { code: refused.code } })];
        if (!isSubscription(payload.query, payload.operationName)) return [new GraphQLError(ONLY_SUBSCRIPTIONS, { extensions: { code: 'BAD_REQUEST' } })];
        // graphql-ws's own validation errors carry no code: checked here first, as for a stream.
        const checked = checkSubscriptionRequest(schema, rules, payload);
        return checked.ok ? undefined : [...checked.errors];
      },
      onNext: (_connection, _id, _payload, _args, result) => masked(result, logger),
      onError: (_connection, _id, _payload, errors) => maskErrors(errors, logger),
    },
    sockets,
  );
  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://gateway.invalid').pathname;
    if (path !== '/graphql') {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (webSocket) => sockets.emit('connection', webSocket, request));
  };
  server.on('upgrade', onUpgrade);

  return {
    async handleStream(request, response, context, body) {
      // Refused before graphql-sse sees it, with a code: its own refusals (and the validation
      // errors it sends inside the stream) carry none, and would reach the client as internal errors.
      const checked = (request.headers['content-type'] ?? '').includes('application/json')
        ? checkSubscriptionRequest(schema, rules, body)
        : { ok: false as const, status: 415, errors: [new GraphQLError('Send the subscription as JSON (Content-Type: application/json).', { extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } })] };
      if (!checked.ok) {
        const text = JSON.stringify({ errors: checked.errors.map((error) => ({ message: error.message, extensions: { code: error.extensions.code } })) });
        response.writeHead(checked.status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) });
        response.end(text);
        return;
      }
      contexts.set(request, context);
      const [answer, init] = await sse({
        method: request.method ?? 'POST',
        url: request.url ?? '/graphql/stream',
        headers: { get: (name) => [request.headers[name]].flat().join('\n') || null },
        body: body as Record<PropertyKey, unknown>,
        raw: request,
        context: undefined,
      });
      response.writeHead(init.status, init.statusText, init.headers);
      if (answer === null || typeof answer === 'string') {
        response.end(answer ?? undefined);
        return;
      }
      // The stream ends when the tracker goes: its iterator is returned at once (nothing stays registered).
      const stop = () => void answer.return(undefined);
      response.once('close', stop);
      try {
        for await (const chunk of answer) {
          if (!response.writable) break;
          await new Promise<void>((resolve, reject) => response.write(chunk, (error) => (error ? reject(error) : resolve())));
        }
      } finally {
        response.off('close', stop);
        response.end();
      }
    },
    async close() {
      server.off('upgrade', onUpgrade);
      await disposable.dispose();
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
    },
  };
}
