/**
 * GraphQL subscriptions for live ticket updates, over Server-Sent Events (graphql-sse, distinct
 * connections: POST /graphql/stream with `Accept: text/event-stream`) and over WebSocket
 * (graphql-ws, the `graphql-transport-ws` protocol on /graphql). Both authenticate with the same
 * keys and origins as POST /graphql: the SSE request by its Authorization header, the WebSocket by
 * `connectionParams.authorization` (a browser cannot set headers on a WebSocket).
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { createHandler } from 'graphql-sse/lib/use/http';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { GatewayContext } from '../context.js';

/** Authenticates a request the way POST /graphql does: a context, or a refusal already sent. */
export type ContextForRequest = (request: IncomingMessage, authorization: string | undefined) => Promise<{ ok: true; context: GatewayContext } | { ok: false; status: number; code: string; message: string }>;

export interface LiveTransports {
  /** Serves POST /graphql/stream (SSE). */
  handleStream(request: IncomingMessage, response: ServerResponse, context: GatewayContext): Promise<void>;
  close(): Promise<void>;
}

const contexts = new WeakMap<IncomingMessage, GatewayContext>();

export function createLiveTransports(server: Server, schema: GraphQLSchema, contextFor: ContextForRequest): LiveTransports {
  const sse = createHandler<Record<PropertyKey, unknown>>({
    schema,
    context: (request) => contexts.get(request.raw as IncomingMessage) as unknown as Record<PropertyKey, unknown>,
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const disposable = useServer<Record<string, unknown> | undefined, { context?: GatewayContext }>(
    {
      schema,
      onConnect: async (connection) => {
        const authorization = connection.connectionParams?.authorization;
        const answer = await contextFor(connection.extra.request, typeof authorization === 'string' ? authorization : undefined);
        if (!answer.ok) return false;
        connection.extra.context = answer.context;
        return true;
      },
      context: (connection) => connection.extra.context as unknown as Record<string, unknown>,
    },
    sockets,
  );
  const onUpgrade = (request: IncomingMessage, socket: import('node:stream').Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://gateway.invalid').pathname;
    if (path !== '/graphql') {
      socket.destroy();
      return;
    }
    sockets.handleUpgrade(request, socket, head, (webSocket) => sockets.emit('connection', webSocket, request));
  };
  server.on('upgrade', onUpgrade);

  return {
    async handleStream(request, response, context) {
      contexts.set(request, context);
      await sse(request, response);
    },
    async close() {
      server.off('upgrade', onUpgrade);
      await disposable.dispose();
      for (const client of sockets.clients) client.terminate();
      await new Promise<void>((resolve) => sockets.close(() => resolve()));
    },
  };
}
