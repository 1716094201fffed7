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
import { savSubscribe } from './subscribe.js';
import { savRequest, type SavClientOptions, type SavRequestOptions } from './transport.js';

export { defaultStreamEndpoint, savSubscribe } from './subscribe.js';
export {
  SavRequestError,
  savRequest,
  type FetchFunction,
  type GraphQLErrorEntry,
  type SavClientOptions,
  type SavRequestOptions,
  type SavTransportErrorCode,
} from './transport.js';

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

/** Creates a client bound to one endpoint and one publishable key. */
export function createSavClient(options: SavClientOptions): SavClient {
  const request = <TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, requestOptions?: SavRequestOptions) =>
    savRequest(options, document, variables, requestOptions);
  const subscribe = <TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, requestOptions?: SavRequestOptions) =>
    savSubscribe(options, document, variables, requestOptions);

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
