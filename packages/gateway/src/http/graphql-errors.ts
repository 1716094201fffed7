import type { ServerResponse } from 'node:http';

/** A refusal before GraphQL runs, in GraphQL's own shape so every client reads it the same way. */
export function sendGraphQLRefusal(
  response: ServerResponse,
  status: number,
  code: string,
  message: string,
  requestId: string,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code, requestId } }] });
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers });
  response.end(body);
}
