import {
  AnswerQuoteDocument,
  AvailableSlotsDocument,
  CompletionCertificateDocument,
  CompletionCertificatePdfDocument,
  CustomerTicketByLinkDocument,
  CustomerTicketDocument,
  DeclineCompletionCertificateDocument,
  DropOffSlotsDocument,
  RepairEstimateDocument,
  RateRepairDocument,
  ReinterventionQuoteDocument,
  ReinterventionTermsDocument,
  RepairOptionsDocument,
  RequestRepairDocument,
  SignCompletionCertificateDocument,
  TicketUpdatesDocument,
  WarrantyCheckDocument,
  WorkshopsDocument,
  type AnswerQuoteInput,
  type AvailableSlotsInput,
  type CustomerTicketAccessInput,
  type DropOffSlotsInput,
  type RateRepairInput,
  type ReinterventionQuoteInput,
  type RepairEstimateInput,
  type RequestRepairInput,
  type SignCompletionCertificateInput,
  type TypedDocumentString,
  type WarrantyCheckInput,
} from './generated/graphql.js';
import { readEventStream } from './event-stream.js';
import type {
  AnswerQuoteResult,
  AvailableSlotsResult,
  CertificatePdfResult,
  CompletionCertificateResult,
  DeclineCompletionCertificateResult,
  DropOffSlotsResult,
  RepairEstimateResult,
  RateRepairResult,
  ReinterventionQuoteResult,
  ReinterventionTermsResult,
  RepairOptionsResult,
  RequestRepairResult,
  SignCompletionCertificateResult,
  TicketByLinkResult,
  TicketResult,
  TicketUpdateResult,
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
  /** A ticket, for its customer, by its tracking code and the postal code of the address; or `TicketNotFound` (a wrong postal code reveals nothing). */
  ticket(trackingCode: string, postalCode: string, options?: SavRequestOptions): Promise<TicketResult>;
  /** A ticket by the signed link of its confirmation (`Ticket.link`); or `TicketNotFound`, `InvalidInput`. */
  ticketByLink(link: string, options?: SavRequestOptions): Promise<TicketByLinkResult>;
  /** Accepts or declines the quote waiting for an answer (`RepairChanged`); or `ChangeNotAllowed` (e.g. `QUOTE_ALREADY_ANSWERED`), `TicketNotFound`, `InvalidInput`. */
  answerQuote(input: AnswerQuoteInput, options?: SavRequestOptions): Promise<AnswerQuoteResult>;
  /** Rates the repair from 1 to 5 (`RepairRated`, with `CLOSED` or `REOPENED`); or `ChangeNotAllowed`, `TicketNotFound`, `InvalidInput`. */
  rateRepair(input: RateRepairInput, options?: SavRequestOptions): Promise<RateRepairResult>;
  /**
   * The installer network's reintervention terms in force at `at` (an ISO instant; default now):
   * rate, threshold, billable causes, VAT rates, how time is counted; or `InvalidInput` (none in force then).
   */
  reinterventionTerms(at?: string | null, options?: SavRequestOptions): Promise<ReinterventionTermsResult>;
  /**
   * What a reintervention costs and who pays, for a cause and a presence in minutes (0 to 1440),
   * with the rule that decided and an explanation in the request's language (English or French);
   * or `InvalidInput` (`presenceMinutes` out of range, a `country` without a VAT rate).
   */
  reinterventionQuote(input: ReinterventionQuoteInput, options?: SavRequestOptions): Promise<ReinterventionQuoteResult>;
  /**
   * An installation job and its certificate of completion, for its customer, by the signed link
   * (`InstallationJob`); a forged link or another tenant's is `JobNotFound`, revealing nothing.
   */
  completionCertificate(link: string, options?: SavRequestOptions): Promise<CompletionCertificateResult>;
  /** The certificate as a PDF to file (base64, in the request's language: English or French); or `JobNotFound`. */
  completionCertificatePdf(link: string, options?: SavRequestOptions): Promise<CertificatePdfResult>;
  /**
   * The customer signs the certificate, once (`InstallationJob`, now `SIGNED`); or `ChangeNotAllowed`
   * (`CERTIFICATE_ALREADY_ANSWERED`), `JobNotFound`, `InvalidInput` (a typed signature that is not the
   * signer's name, a drawing that is not SVG path data, an empty name or place).
   */
  signCompletionCertificate(input: SignCompletionCertificateInput, options?: SavRequestOptions): Promise<SignCompletionCertificateResult>;
  /** The customer declines to sign, with a reason (1 to 2000 characters), once; the same answers as signing. */
  declineCompletionCertificate(link: string, reason: string, options?: SavRequestOptions): Promise<DeclineCompletionCertificateResult>;
  /**
   * Runs a subscription over Server-Sent Events: resolves each `next` event's `data`, until the
   * server completes the stream or the signal aborts it. Rejects with a `SavRequestError` when the
   * stream is refused (HTTP status and code as for `request`), answers with a GraphQL error, or
   * breaks off (`NETWORK_ERROR`).
   */
  subscribe<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    options?: SavRequestOptions,
  ): AsyncGenerator<TResult, void, undefined>;
  /** The ticket now, then again after each change (`ticketUpdates` over Server-Sent Events); a refused access is the stream's one answer. */
  ticketUpdates(access: CustomerTicketAccessInput, options?: SavRequestOptions): AsyncGenerator<TicketUpdateResult, void, undefined>;
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

/** The error of a response that is not a 2xx: the server's code when its body names one. */
function refusal(response: Response, errors: GraphQLErrorEntry[]): SavRequestError {
  const first = errors[0];
  return new SavRequestError({
    status: response.status,
    code: first?.extensions?.code ?? `HTTP_${response.status}`,
    message: first?.message ?? `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
    errors,
    retryAfterSeconds: parseRetryAfter(response.headers.get('retry-after')),
  });
}

/** `<endpoint>/stream`: where graphql-sse serves subscriptions beside a GraphQL endpoint. */
export function defaultStreamEndpoint(endpoint: string | URL): URL {
  const base = new URL(endpoint, (globalThis as { location?: { href: string } }).location?.href);
  const url = new URL(base.href);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}/stream`;
  return url;
}

/** Creates a client bound to one endpoint and one publishable key. */
export function createSavClient(options: SavClientOptions): SavClient {
  const { endpoint, publishableKey } = options;
  const fetchFunction: FetchFunction = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  /** Sends a GraphQL request; a network failure is a `SavRequestError`, an abort rejects as it came. */
  async function send(url: string | URL, accept: string, body: unknown, requestOptions: SavRequestOptions): Promise<Response> {
    const init: RequestInit = {
      method: 'POST',
      headers: {
        accept,
        'content-type': 'application/json',
        authorization: `Bearer ${publishableKey}`,
        'accept-language': requestOptions.language ?? options.language ?? 'en',
      },
      body: JSON.stringify(body),
    };
    if (requestOptions.signal) init.signal = requestOptions.signal;
    try {
      return await fetchFunction(url, init);
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

  async function request<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    requestOptions: SavRequestOptions = {},
  ): Promise<TResult> {
    const response = await send(
      endpoint,
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

  async function* subscribe<TResult, TVariables>(
    document: TypedDocumentString<TResult, TVariables>,
    variables: TVariables,
    requestOptions: SavRequestOptions = {},
  ): AsyncGenerator<TResult, void, undefined> {
    const url = options.streamEndpoint ?? defaultStreamEndpoint(endpoint);
    const response = await send(url, 'text/event-stream', { query: document.toString(), variables }, requestOptions);
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

  return {
    request,
    subscribe,
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
    async ticket(trackingCode, postalCode, requestOptions) {
      const data = await request(CustomerTicketDocument, { trackingCode, postalCode }, requestOptions);
      return data.ticket;
    },
    async ticketByLink(link, requestOptions) {
      const data = await request(CustomerTicketByLinkDocument, { link }, requestOptions);
      return data.ticketByLink;
    },
    async answerQuote(input, requestOptions) {
      const data = await request(AnswerQuoteDocument, { input }, requestOptions);
      return data.answerQuote;
    },
    async rateRepair(input, requestOptions) {
      const data = await request(RateRepairDocument, { input }, requestOptions);
      return data.rateRepair;
    },
    async reinterventionTerms(at, requestOptions) {
      const data = await request(ReinterventionTermsDocument, { at: at ?? null }, requestOptions);
      return data.reinterventionTerms;
    },
    async reinterventionQuote(input, requestOptions) {
      const data = await request(ReinterventionQuoteDocument, { input }, requestOptions);
      return data.reinterventionQuote;
    },
    async completionCertificate(link, requestOptions) {
      const data = await request(CompletionCertificateDocument, { link }, requestOptions);
      return data.completionCertificate;
    },
    async completionCertificatePdf(link, requestOptions) {
      const data = await request(CompletionCertificatePdfDocument, { link }, requestOptions);
      return data.completionCertificate;
    },
    async signCompletionCertificate(input, requestOptions) {
      const data = await request(SignCompletionCertificateDocument, { input }, requestOptions);
      return data.signCompletionCertificate;
    },
    async declineCompletionCertificate(link, reason, requestOptions) {
      const data = await request(DeclineCompletionCertificateDocument, { link, reason }, requestOptions);
      return data.declineCompletionCertificate;
    },
    async *ticketUpdates(access, requestOptions) {
      for await (const data of subscribe(TicketUpdatesDocument, { access }, requestOptions)) yield data.ticketUpdates;
    },
  };
}
