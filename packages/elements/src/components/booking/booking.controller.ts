import {
  savRequest,
  SavRequestError,
  type AvailableSlots,
  type BookedTicket,
  type DropOffSlots,
  type RepairEstimate,
  type RepairOptions,
  type SavClientOptions,
  type Workshop,
} from '@sav/client';
import {
  AvailableSlotsDocument,
  DropOffSlotsDocument,
  RepairEstimateDocument,
  RepairOptionsDocument,
  RequestRepairDocument,
  WorkshopsDocument,
} from '@sav/client/documents';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SavBookingConfirmedEvent } from '../../events/sav-booking-confirmed.js';
import { SavBookingFailedEvent } from '../../events/sav-booking-failed.js';
import { SavBookingSubmittedEvent } from '../../events/sav-booking-submitted.js';
import { bookingText } from '../../internal/i18n.booking.js';
import { messagesAtFault, type InvalidInputAnswer } from '../../internal/invalid-input.js';
import { formattingLocale, LANGUAGES, type SupportedLanguage } from '../../internal/language.js';
import { describeRequestFailure, type Failure } from '../../internal/request-failure.js';
import type { BookingDraft } from './booking.draft.js';
import { availableSlotsInput, dropOffSlotsInput, repairEstimateInput, requestRepairInput } from './booking.requests.js';
import { allFields, modeKey, type FieldName } from './booking.steps.js';

/** Where and as whom to call the gateway. */
export interface GatewayConnection {
  endpoint: URL;
  publishableKey: string;
}

/** The request under way, if any. */
export type Busy = 'options' | 'slots' | 'workshops' | 'dropOff' | 'estimate' | 'submit';

/** A workshop's drop-off slots, the day they were asked from, and the workshop. */
export type WorkshopSlots = DropOffSlots & { from: string; workshopId: string };

/** What the gateway made of the request: booked, or kept for the service desk to verify. */
export interface Outcome {
  kind: 'booked' | 'verification';
  ticket: BookedTicket;
  /** Why the desk verifies it (codes), when it does. */
  reasons: readonly string[];
}

/** A failure shown in the step, with its title and what "try again" does. */
export interface ShownFailure {
  title: string;
  failure: Failure;
  retry: () => void;
}

/** How a request ended, for the component to choose the step and the focus. */
export type Answer =
  | { kind: 'ok' }
  | { kind: 'outside' }
  | { kind: 'slot-unavailable' }
  | { kind: 'invalid'; fields: FieldName[] }
  | { kind: 'failed' }
  | { kind: 'aborted' };

/** The element the controller serves: it re-renders, hears the events, speaks a language. */
export type BookingHost = ReactiveControllerHost &
  EventTarget & { readonly language: SupportedLanguage; readonly languageTag: string | undefined };

/**
 * Talks to the gateway for `<sav-booking>` (through `@sav/client`) and holds what it answered:
 * the model's symptoms and price list, the arrival windows, the workshops and a workshop's drop-off
 * slots, the estimate, the outcome, and the fields the API refused. One request of each kind at a
 * time; the host leaving aborts them.
 */
export class BookingController implements ReactiveController {
  options: RepairOptions | undefined = undefined;
  /** The model and the language tag the options were asked for. */
  optionsModel = '';
  optionsLanguage = '';
  optionsFailed = false;
  slots: AvailableSlots | undefined = undefined;
  /** The first day the windows were asked from (today in the tenant's zone). */
  slotsFrom = '';
  outsideServiceArea = false;
  /** The workshops that take the product in the address's country (none: no drop-off offered). */
  workshops: readonly Workshop[] = [];
  /** The model and country the workshops were asked for. */
  workshopsFor = '';
  dropOff: WorkshopSlots | undefined = undefined;
  /** Why the customer is back at the windows (the one chosen was taken). */
  slotMessage: string | undefined = undefined;
  estimate: RepairEstimate | undefined = undefined;
  outcome: Outcome | undefined = undefined;
  failure: ShownFailure | undefined = undefined;
  fieldErrors: Partial<Record<FieldName, string>> = {};
  announcement = '';
  readonly busy = new Set<Busy>();

  readonly #host: BookingHost;
  readonly #requests = new Map<Busy, AbortController>();
  #workshopsRequest: Promise<unknown> = Promise.resolve();

  constructor(host: BookingHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    for (const request of this.#requests.values()) request.abort();
    this.#requests.clear();
    this.busy.clear();
    // The workshops' request was aborted with the rest: ask again.
    this.workshopsFor = '';
  }

  /** Loads a model's symptoms and price list (once per model and language). */
  async loadOptions(connection: GatewayConnection, productModel: string): Promise<Answer> {
    const model = productModel.trim().toUpperCase();
    const language = this.#host.languageTag ?? '';
    if (!model || (model === this.optionsModel && language === this.optionsLanguage && this.options)) return { kind: 'ok' };
    // Asked for, whatever the answer: a failure is not asked again at every render.
    this.optionsModel = model;
    this.optionsLanguage = language;
    return this.#run('options', connection, async (client, signal) => {
      const answer = (await savRequest(client, RepairOptionsDocument, { productModel: model }, { signal })).repairOptions;
      if (answer.__typename === 'RepairOptions') {
        this.options = answer;
        this.optionsFailed = false;
        return { kind: 'ok' };
      }
      this.options = undefined;
      this.fieldErrors = { ...this.fieldErrors, productModel: bookingText(this.#language, 'booking.error.productNotFound') };
      return { kind: 'invalid', fields: ['productModel'] };
    }, () => {
      // Without the list, the customer still describes the fault in words.
      this.optionsFailed = true;
      return false;
    });
  }

  /** Asks for the windows open at the draft's address for WINDOW_DAYS days from `from`. */
  async loadSlots(connection: GatewayConnection, draft: BookingDraft, from: string, retry: () => void): Promise<Answer> {
    return this.#run('slots', connection, async (client, signal) => {
      const answer = (await savRequest(client, AvailableSlotsDocument, { input: availableSlotsInput(draft, from) }, { signal })).availableSlots;
      this.slotsFrom = from;
      this.outsideServiceArea = answer.__typename === 'OutsideServiceArea';
      switch (answer.__typename) {
        case 'AvailableSlots':
          this.slots = answer;
          return { kind: 'ok' };
        case 'OutsideServiceArea':
          this.slots = undefined;
          return { kind: 'outside' };
        case 'ProductNotFound':
          this.fieldErrors = { ...this.fieldErrors, productModel: bookingText(this.#language, 'booking.error.productNotFound') };
          return { kind: 'invalid', fields: ['productModel'] };
        case 'InvalidInput':
          return this.#markInvalid(answer);
      }
    }, (failure) => this.#showFailure('booking.error.title', failure, retry));
  }

  /** Asks which workshops take the draft's product in its address's country (once per model and country). */
  loadWorkshops(connection: GatewayConnection, draft: BookingDraft): Promise<unknown> {
    const [productModel, country] = [draft.values.productModel.trim(), draft.values.country.trim()];
    const key = `${productModel}|${country}`;
    if (key === this.workshopsFor) return this.#workshopsRequest;
    this.workshopsFor = key;
    this.workshops = [];
    this.#workshopsRequest = this.#run('workshops', connection, async (client, signal) => {
      const answer = (await savRequest(client, WorkshopsDocument, { productModel, country }, { signal })).workshops;
      this.workshops = answer.__typename === 'Workshops' ? answer.workshops : [];
      return { kind: 'ok' };
    }, () => {
      // Without the list, the technician's visit is still offered; ask again next time.
      this.workshopsFor = '';
      return false;
    });
    return this.#workshopsRequest;
  }

  /** Asks for a workshop's drop-off slots for WINDOW_DAYS days from `from`. */
  async loadDropOffSlots(connection: GatewayConnection, workshopId: string, from: string, retry: () => void): Promise<Answer> {
    return this.#run('dropOff', connection, async (client, signal) => {
      const answer = (await savRequest(client, DropOffSlotsDocument, { input: dropOffSlotsInput(workshopId, from) }, { signal })).dropOffSlots;
      if (answer.__typename === 'InvalidInput') return this.#markInvalid(answer);
      this.dropOff = { ...answer, from, workshopId };
      return { kind: 'ok' };
    }, (failure) => this.#showFailure('booking.error.title', failure, retry));
  }

  /** Asks whether the warranty pays, and the price when it does not. */
  async loadEstimate(connection: GatewayConnection, draft: BookingDraft, retry: () => void): Promise<Answer> {
    this.estimate = undefined;
    return this.#run('estimate', connection, async (client, signal) => {
      const answer = (await savRequest(client, RepairEstimateDocument, { input: repairEstimateInput(draft) }, { signal })).repairEstimate;
      switch (answer.__typename) {
        case 'RepairEstimate':
          this.estimate = answer;
          return { kind: 'ok' };
        case 'ProductNotFound':
          this.fieldErrors = { ...this.fieldErrors, productModel: bookingText(this.#language, 'booking.error.productNotFound') };
          return { kind: 'invalid', fields: ['productModel'] };
        case 'InvalidInput':
          return this.#markInvalid(answer);
      }
    }, (failure) => this.#showFailure('booking.error.title', failure, retry));
  }

  /**
   * Sends the request with the draft's idempotency key. Fires `sav-booking-submitted`, then
   * `sav-booking-confirmed` (booked or kept for verification) or `sav-booking-failed`.
   */
  async submit(connection: GatewayConnection, draft: BookingDraft, retry: () => void): Promise<Answer> {
    if (this.busy.has('submit')) return { kind: 'aborted' };
    const productModel = draft.values.productModel.trim();
    this.announcement = bookingText(this.#language, 'booking.announce.confirming');
    this.#host.dispatchEvent(new SavBookingSubmittedEvent({ productModel }));
    const answer = await this.#run('submit', connection, async (client, signal) => {
      const result = (await savRequest(client, RequestRepairDocument, { input: requestRepairInput(draft) }, { signal })).requestRepair;
      switch (result.__typename) {
        case 'RepairBooked':
          this.#settle({ kind: 'booked', ticket: result.ticket, reasons: [] });
          return { kind: 'ok' } as const;
        case 'NeedsVerification':
          this.#settle({ kind: 'verification', ticket: result.ticket, reasons: result.reasons });
          return { kind: 'ok' } as const;
        case 'SlotUnavailable':
          this.slotMessage = bookingText(this.#language, modeKey('booking.slotUnavailable', draft.mode));
          this.#fail(result.code);
          return { kind: 'slot-unavailable' } as const;
        case 'ProductNotFound':
          this.fieldErrors = { productModel: bookingText(this.#language, 'booking.error.productNotFound') };
          this.#fail(result.code);
          return { kind: 'invalid', fields: ['productModel'] } as const;
        case 'InvalidInput':
          this.#fail(result.code);
          return this.#markInvalid(result);
      }
    }, (failure, error) => {
      this.#fail(error instanceof SavRequestError ? error.code : 'NETWORK_ERROR');
      this.#showFailure('booking.error.submitTitle', { ...failure, detail: failure.detail ?? bookingText(this.#language, 'booking.error.retrySafe') }, retry);
    });
    return answer;
  }

  /** Forgets the API's complaint about a field the customer is correcting. */
  clearFieldError(field: FieldName): void {
    if (!(field in this.fieldErrors)) return;
    const { [field]: _cleared, ...rest } = this.fieldErrors;
    this.fieldErrors = rest;
    this.#host.requestUpdate();
  }

  /** Replaces the fields' complaints (the form's own checks). */
  setFieldErrors(errors: Partial<Record<FieldName, string>>): void {
    this.fieldErrors = errors;
    this.#host.requestUpdate();
  }

  /** Forgets the failure shown, and why the customer is back at the windows. */
  clearMessages(): void {
    this.failure = undefined;
    this.slotMessage = undefined;
    this.#host.requestUpdate();
  }

  /** Says something in the live region. */
  announce(text: string): void {
    this.announcement = text;
    this.#host.requestUpdate();
  }

  get #language(): SupportedLanguage {
    return this.#host.language;
  }

  /**
   * Runs one request of a kind (aborting the previous one of that kind), with the busy state, and
   * turns a failed request into `onFailure` (which returns false when the failure is not shown).
   */
  async #run(
    kind: Busy,
    connection: GatewayConnection,
    request: (client: SavClientOptions, signal: AbortSignal) => Promise<Answer>,
    onFailure: (failure: Failure, error: unknown) => void | false,
  ): Promise<Answer> {
    this.#requests.get(kind)?.abort();
    const abort = new AbortController();
    this.#requests.set(kind, abort);
    this.busy.add(kind);
    this.failure = undefined;
    this.#host.requestUpdate();
    const client: SavClientOptions = {
      endpoint: connection.endpoint,
      publishableKey: connection.publishableKey,
      language: formattingLocale(this.#host.languageTag, LANGUAGES),
    };
    try {
      const answer = await request(client, abort.signal);
      return abort.signal.aborted ? { kind: 'aborted' } : answer;
    } catch (error) {
      if (abort.signal.aborted) return { kind: 'aborted' };
      onFailure(describeRequestFailure(error, this.#language), error);
      return { kind: 'failed' };
    } finally {
      if (this.#requests.get(kind) === abort) {
        this.#requests.delete(kind);
        this.busy.delete(kind);
      }
      this.#host.requestUpdate();
    }
  }

  #showFailure(titleKey: 'booking.error.title' | 'booking.error.submitTitle', failure: Failure, retry: () => void): void {
    this.failure = { title: bookingText(this.#language, titleKey), failure, retry };
  }

  /**
   * Marks the fields the API refused, each with its own problem; the answer lists them in the form's
   * order (the first is focused). A path naming no field is told as a failure.
   */
  #markInvalid(invalid: InvalidInputAnswer): Answer {
    const messages = messagesAtFault(invalid, allFields);
    const fields = allFields.filter((field) => field in messages);
    if (fields.length === 0) {
      this.#showFailure('booking.error.title', { message: bookingText(this.#language, 'error.invalidInput'), detail: invalid.message, retry: false }, () => {});
      return { kind: 'failed' };
    }
    this.fieldErrors = messages;
    return { kind: 'invalid', fields };
  }

  #settle(outcome: Outcome): void {
    this.outcome = outcome;
    this.slotMessage = undefined;
    const { ticket } = outcome;
    this.#host.dispatchEvent(
      new SavBookingConfirmedEvent({
        trackingCode: ticket.trackingCode,
        status: ticket.status,
        arrivalWindowStart: ticket.visit?.arrivalWindowStart ?? null,
      }),
    );
  }

  #fail(code: string): void {
    this.#host.dispatchEvent(new SavBookingFailedEvent({ code }));
  }
}
