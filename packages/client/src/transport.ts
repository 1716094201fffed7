/**
 * The client's transport, with no operation of its own: one GraphQL request over `fetch`, its
 * errors, and the options that bind it to an endpoint and a publishable key. A caller that imports
 * `savRequest` and the documents it sends (not `createSavClient`, which knows every operation)
 * bundles only those documents: the components each carry their own.
 */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/**
 * A document's text, typed with the operation's result and variables: what `@sav/client/documents`
 * exports (the generated module's `TypedDocumentString`s are documents too).
 */
export type DocumentText<TResult, TVariables> = string & DocumentTypeDecoration<TResult, TVariables>;

/** What `savRequest` and `savSubscribe` send: a generated `TypedDocumentString` or a `DocumentText`. */
export type SavDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & { toString(): string };

/** The `fetch` the client calls; any WHATWG-compatible implementation. */
export type FetchFunction = (input: string | URL, init: RequestInit) => Promise<Response>;

export interface SavClientOptions {
  /** The GraphQL endpoint, e.g. `https://sav.example.com/graphql` (a relative URL works in a browser). */
  endpoint: string | URL;
  /** A publishable key (`pk_…`), safe in a browser. Sent as `Authorization: Bearer <key>`. */
  publishableKey: string;
  /** The language of the answers' plain-words explanations, sent as `Accept-Language` (default `en`). */
  language?: string;
  /** A `fetch` to use instead of the global one (read at each request, so a stub on `window` is seen). */
  fetch?: FetchFunction;
  /**
   * Where subscriptions are served over Server-Sent Events (graphql-sse, distinct connections).
   * Default: `<endpoint>/stream`, e.g. `https://sav.example.com/graphql/stream`.
   */
  streamEndpoint?: string | URL;
}

export interface SavRequestOptions {
  /** Aborts the request; an aborted request rejects with the signal's reason, not a `SavRequestError`. */
  signal?: AbortSignal;
  /** Overrides the client's language for this request. */
  language?: string;
}

/** The code of a failure that the server did not name itself. */
export type SavTransportErrorCode = 'NETWORK_ERROR' | 'INVALID_RESPONSE' | 'GRAPHQL_ERROR' | `HTTP_${number}`;

/** One entry of a GraphQL response's top-level `errors`. */
export interface GraphQLErrorEntry {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: { code?: string; [key: string]: unknown };
}

/**
 * A request the gateway refused or could not answer: a network failure (`NETWORK_ERROR`, status 0),
 * an HTTP error (`extensions.code` of the first error when the body has one, else `HTTP_<status>`),
 * or a top-level GraphQL error (`extensions.code`, else `GRAPHQL_ERROR`).
 * Typed errors such as `ProductNotFound` or `InvalidInput` are answers, not exceptions.
 */
export class SavRequestError extends Error {
  override readonly name = 'SavRequestError';
  /** The HTTP status, 0 when no response arrived. */
  readonly status: number;
  /** `extensions.code` of the server's error, or NETWORK_ERROR, HTTP_<status>, INVALID_RESPONSE, GRAPHQL_ERROR. */
  readonly code: SavTransportErrorCode | (string & {});
  /** The response's top-level errors, when it had any. */
  readonly errors: readonly GraphQLErrorEntry[];
  /** Seconds to wait before retrying, from a 429's `Retry-After`. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    errors?: readonly GraphQLErrorEntry[];
    retryAfterSeconds?: number | undefined;
    cause?: unknown;
  }) {
    super(init.message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.errors = init.errors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}


interface GraphQLResponseBody {
  data?: unknown;
  errors?: unknown;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function readErrors(body: unknown): GraphQLErrorEntry[] {
  if (!isRecord(body) || !Array.isArray(body.errors)) return [];
  return body.errors.filter(isRecord).map((entry) => {
    const error: GraphQLErrorEntry = { message: typeof entry.message === 'string' ? entry.message : 'Unknown error' };
    if (Array.isArray(entry.path)) error.path = entry.path as Array<string | number>;
    if (isRecord(entry.extensions)) error.extensions = entry.extensions as GraphQLErrorEntry['extensions'];
    return error;
  });
}

export function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (isRecord(error) && error.name === 'AbortError');
}

function parseRetryAfter(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** The error of a response that is not a 2xx: the server's code when its body names one. */
export function refusal(response: Response, errors: GraphQLErrorEntry[]): SavRequestError {
  const first = errors[0];
  return new SavRequestError({
    status: response.status,
    code: first?.extensions?.code ?? `HTTP_${response.status}`,
    message: first?.message ?? `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    errors,
    retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
  });
}

/** Sends a GraphQL request; a network failure is a `SavRequestError`, an abort rejects as it came. */
export async function send(options: SavClientOptions, url: string | URL, accept: string, body: unknown, requestOptions: SavRequestOptions): Promise<Response> {
  const init: RequestInit = {
    method: 'POST',
    headers: {
      accept,
      'content-type': 'application/json',
      authorization: `Bearer ${options.publishableKey}`,
      'accept-language': requestOptions.language ?? options.language ?? 'en',
    },
    body: JSON.stringify(body),
  };
  if (requestOptions.signal) init.signal = requestOptions.signal;
  const fetchFunction = options.fetch;
  try {
    return await (fetchFunction ? fetchFunction(url, init) : globalThis.fetch(url, init));
  } catch (cause) {
    if (isAbort(cause, requestOptions.signal)) throw cause;
    throw new SavRequestError({
      status: 0,
      code: 'NETWORK_ERROR',
      message: cause instanceof Error ? cause.message : 'The network request failed',
      cause,
    });
  }
}

/**
 * Runs a typed operation against `options.endpoint` and resolves with its `data`; rejects with a
 * `SavRequestError` (an aborted request rejects with the signal's reason).
 */
export async function savRequest<TResult, TVariables>(
  options: SavClientOptions,
  document: SavDocument<TResult, TVariables>,
  variables: TVariables,
  requestOptions: SavRequestOptions = {},
): Promise<TResult> {
  const response = await send(
    options,
    options.endpoint,
    'application/graphql-response+json, application/json',
    { query: document.toString(), variables },
    requestOptions,
  );

  let body: GraphQLResponseBody | undefined;
  try {
    const parsed: unknown = await response.json();
    body = isRecord(parsed) ? parsed : undefined;
  } catch (cause) {
    if (isAbort(cause, requestOptions.signal)) throw cause;
    body = undefined;
  }
  const errors = readErrors(body);
  const first = errors[0];

  if (!response.ok) throw refusal(response, errors);
  if (first) {
    throw new SavRequestError({
      status: response.status,
      code: first.extensions?.code ?? 'GRAPHQL_ERROR',
      message: first.message,
      errors,
    });
  }
  if (body === undefined || !isRecord(body.data)) {
    throw new SavRequestError({
      status: response.status,
      code: 'INVALID_RESPONSE',
      message: 'The server answered without GraphQL data',
    });
  }
  return body.data as TResult;
}
