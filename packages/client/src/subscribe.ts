/**
 * GraphQL subscriptions over Server-Sent Events (graphql-sse, distinct connections), apart from the
 * requests so that only a caller that subscribes bundles the event-stream reader.
 */
import { readEventStream } from './event-stream.js';
import { isAbort, isRecord, readErrors, refusal, SavRequestError, send, type SavClientOptions, type SavDocument, type SavRequestOptions } from './transport.js';

/** `<endpoint>/stream`: where graphql-sse serves subscriptions beside a GraphQL endpoint. */
export function defaultStreamEndpoint(endpoint: string | URL): URL {
  const base = new URL(endpoint, (globalThis as { location?: { href: string } }).location?.href);
  const url = new URL(base.href);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}/stream`;
  return url;
}

/**
 * Runs a subscription over Server-Sent Events: yields each `next` event's `data`, until the server
 * completes the stream or the signal aborts it. Rejects with a `SavRequestError` when the stream is
 * refused (HTTP status and code as for `savRequest`), answers with a GraphQL error, or breaks off
 * (`NETWORK_ERROR`).
 */
export async function* savSubscribe<TResult, TVariables>(
  options: SavClientOptions,
  document: SavDocument<TResult, TVariables>,
  variables: TVariables,
  requestOptions: SavRequestOptions = {},
): AsyncGenerator<TResult, void, undefined> {
  const url = options.streamEndpoint ?? defaultStreamEndpoint(options.endpoint);
  const response = await send(options, url, 'text/event-stream', { query: document.toString(), variables }, requestOptions);
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => undefined);
    throw refusal(response, readErrors(body));
  }
  if (!response.body || !(response.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
    await response.body?.cancel().catch(() => {});
    throw new SavRequestError({ status: response.status, code: 'INVALID_RESPONSE', message: 'The server did not answer with an event stream' });
  }
  try {
    for await (const event of readEventStream(response.body)) {
      if (event.event === 'complete') return;
      if (event.event !== 'next') continue;
      let result: unknown;
      try {
        result = JSON.parse(event.data);
      } catch {
        throw new SavRequestError({ status: response.status, code: 'INVALID_RESPONSE', message: 'The server sent an event that is not JSON' });
      }
      const errors = readErrors(result);
      const first = errors[0];
      if (first) throw new SavRequestError({ status: response.status, code: first.extensions?.code ?? 'GRAPHQL_ERROR', message: first.message, errors });
      if (!isRecord(result) || !isRecord(result.data)) {
        throw new SavRequestError({ status: response.status, code: 'INVALID_RESPONSE', message: 'The server sent an event without GraphQL data' });
      }
      yield result.data as TResult;
    }
  } catch (cause) {
    if (cause instanceof SavRequestError || isAbort(cause, requestOptions.signal)) throw cause;
    throw new SavRequestError({ status: response.status, code: 'NETWORK_ERROR', message: cause instanceof Error ? cause.message : 'The stream broke off', cause });
  }
  if (requestOptions.signal?.aborted) throw requestOptions.signal.reason;
  throw new SavRequestError({ status: response.status, code: 'NETWORK_ERROR', message: 'The stream ended before the server completed it' });
}
