import {
  AvailableSlotsDocument,
  DropOffSlotsDocument,
  RepairEstimateDocument,
  RepairOptionsDocument,
  RequestRepairDocument,
  WarrantyCheckDocument,
  WorkshopsDocument,
  type AvailableSlotsInput,
  type DropOffSlotsInput,
  type RepairEstimateInput,
  type RequestRepairInput,
  type TypedDocumentString,
  type WarrantyCheckInput,
} from './generated/graphql.js';
import type {
  AvailableSlotsResult,
  DropOffSlotsResult,
  RepairEstimateResult,
  RepairOptionsResult,
  RequestRepairResult,
  WarrantyCheckResult,
  WorkshopsResult,
} from './types.js';

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

export interface SavClient {
  /** Runs a typed operation and resolves with its `data`; rejects with a `SavRequestError`. */
  request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    options?: SavRequestOptions,
  ): Promise<TResult>;
  /** Checks a warranty: resolves with the `WarrantyCheck` or its typed error (`ProductNotFound`, `InvalidInput`). */
  warrantyCheck(input: WarrantyCheckInput, options?: SavRequestOptions): Promise<WarrantyCheckResult>;
  /** A model's symptoms (labels in the request's language), the price list and the tenant's zone; or `ProductNotFound`. */
  repairOptions(productModel: string, options?: SavRequestOptions): Promise<RepairOptionsResult>;
  /** The arrival windows open, and the zone to show them in; or `ProductNotFound`, `OutsideServiceArea`, `InvalidInput`. */
  availableSlots(input: AvailableSlotsInput, options?: SavRequestOptions): Promise<AvailableSlotsResult>;
  /** The workshops that repair a model in a country (ISO 3166-1 alpha-2), where the device can be dropped off; or `ProductNotFound`. */
  workshops(productModel: string, country: string, options?: SavRequestOptions): Promise<WorkshopsResult>;
  /** A workshop's open drop-off slots, and the workshop's zone to show them in; or `InvalidInput` (an unknown workshop, days out of 1 to 31). */
  dropOffSlots(input: DropOffSlotsInput, options?: SavRequestOptions): Promise<DropOffSlotsResult>;
  /** Whether the warranty pays a repair, and its price when it does not; or `ProductNotFound`, `InvalidInput`. */
  repairEstimate(input: RepairEstimateInput, options?: SavRequestOptions): Promise<RepairEstimateResult>;
  /**
   * Books a technician, or a drop-off when the input names a `workshopId` (`RepairBooked`), or keeps
   * the request for verification (`NeedsVerification`);
   * or `SlotUnavailable`, `ProductNotFound`, `InvalidInput`. Send the same `idempotencyKey` when
   * retrying: the gateway books once and answers with the same ticket.
   */
  requestRepair(input: RequestRepairInput, options?: SavRequestOptions): Promise<RequestRepairResult>;
}

interface GraphQLResponseBody {
  data?: unknown;
  errors?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function readErrors(body: unknown): GraphQLErrorEntry[] {
  if (!isRecord(body) || !Array.isArray(body.errors)) return [];
  return body.errors.filter(isRecord).map((entry) => {
    const error: GraphQLErrorEntry = { message: typeof entry.message === 'string' ? entry.message : 'Unknown error' };
    if (Array.isArray(entry.path)) error.path = entry.path as Array<string | number>;
    if (isRecord(entry.extensions)) error.extensions = entry.extensions as GraphQLErrorEntry['extensions'];
    return error;
  });
}

function isAbort(error: unknown, signal: AbortSignal | undefined): boolean {
  return signal?.aborted === true || (isRecord(error) && error.name === 'AbortError');
}

function parseRetryAfter(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** Creates a client bound to one endpoint and one publishable key. */
export function createSavClient(options: SavClientOptions): SavClient {
  const { endpoint, publishableKey } = options;
  const fetchFunction: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  async function request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    requestOptions: SavRequestOptions = {},
  ): Promise<TResult> {
    const init: RequestInit = {
      method: 'POST',
      headers: {
        accept: 'application/graphql-response+json, application/json',
        'content-type': 'application/json',
        authorization: `Bearer ${publishableKey}`,
        'accept-language': requestOptions.language ?? options.language ?? 'en',
      },
      body: JSON.stringify({ query: document.toString(), variables }),
    };
    if (requestOptions.signal) init.signal = requestOptions.signal;

    let response: Response;
    try {
      response = await fetchFunction(endpoint, init);
    } catch (cause) {
      if (isAbort(cause, requestOptions.signal)) throw cause;
      throw new SavRequestError({
        status: 0,
        code: 'NETWORK_ERROR',
        message: cause instanceof Error ? cause.message : 'The network request failed',
        cause,
      });
    }

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

    if (!response.ok) {
      throw new SavRequestError({
        status: response.status,
        code: first?.extensions?.code ?? `HTTP_${response.status}`,
        message: first?.message ?? `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
        errors,
        retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
      });
    }
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

  return {
    request,
    async warrantyCheck(input, requestOptions) {
      const data = await request(WarrantyCheckDocument, { input }, requestOptions);
      return data.warrantyCheck;
    },
    async repairOptions(productModel, requestOptions) {
      const data = await request(RepairOptionsDocument, { productModel }, requestOptions);
      return data.repairOptions;
    },
    async availableSlots(input, requestOptions) {
      const data = await request(AvailableSlotsDocument, { input }, requestOptions);
      return data.availableSlots;
    },
    async workshops(productModel, country, requestOptions) {
      const data = await request(WorkshopsDocument, { productModel, country }, requestOptions);
      return data.workshops;
    },
    async dropOffSlots(input, requestOptions) {
      const data = await request(DropOffSlotsDocument, { input }, requestOptions);
      return data.dropOffSlots;
    },
    async repairEstimate(input, requestOptions) {
      const data = await request(RepairEstimateDocument, { input }, requestOptions);
      return data.repairEstimate;
    },
    async requestRepair(input, requestOptions) {
      const data = await request(RequestRepairDocument, { input }, requestOptions);
      return data.requestRepair;
    },
  };
}
