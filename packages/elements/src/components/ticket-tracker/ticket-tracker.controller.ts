import { savRequest, SavRequestError, type SavClientOptions, type TrackedTicket } from '@sav/client';
import { AnswerQuoteDocument, RateRepairDocument } from '@sav/client/documents';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SavQuoteAnsweredEvent } from '../../events/sav-quote-answered.js';
import { SavRepairRatedEvent } from '../../events/sav-repair-rated.js';
import { SavTicketActionFailedEvent, type SavTicketActionFailedDetail } from '../../events/sav-ticket-action-failed.js';
import { SavTicketFoundEvent } from '../../events/sav-ticket-found.js';
import { SavTicketUpdatedEvent } from '../../events/sav-ticket-updated.js';
import { hasTrackerText, trackerText, type TrackerKey } from '../../internal/i18n.tracker.js';
import { messagesAtFault } from '../../internal/invalid-input.js';
import type { SupportedLanguage } from '../../internal/language.js';
import { describeRequestFailure, type Failure } from '../../internal/request-failure.js';
import type { TicketAccess } from './ticket-tracker.attributes.js';
import { fetchTicket, type TicketAnswer } from './ticket-tracker.fetch.js';

/** Where the tracker stands; reflected as the `state` attribute and as custom states. */
export type TrackerPhase = 'lookup' | 'loading' | 'tracking' | 'error';

/** The lookup form's fields. */
export type LookupField = 'trackingCode' | 'postalCode';

/** Where and as whom to call the gateway. */
export interface GatewayConnection {
  endpoint: URL;
  publishableKey: string;
}

/** The element the controller serves: it re-renders, hears the events, speaks a language. */
export type TrackerHost = ReactiveControllerHost & EventTarget & { readonly language: SupportedLanguage; readonly locale: string };

/** A customer's action that did not go through, in plain words; nothing else changed. */
export interface ActionFailure {
  title: string;
  message: string;
}

/** A ticket without the `__typename` some answers add, so two answers compare equal when nothing changed. */
function tracked(ticket: TrackedTicket & { __typename?: string }): TrackedTicket {
  const { __typename: _typename, ...fields } = ticket;
  return fields;
}

/**
 * Talks to the gateway for `<sav-ticket-tracker>` (through `@sav/client`) and holds what it answered:
 * the ticket, or why none is shown (the lookup form's messages, a failure), and the outcome of the
 * customer's actions (answering the quote, rating the repair), each typed error shown where the
 * action was and nothing else changed. Fires an event for each.
 */
export class TrackerController implements ReactiveController {
  phase: TrackerPhase = 'lookup';
  ticket: TrackedTicket | undefined = undefined;
  /** The access that found the ticket: the customer's actions use it too. */
  access: TicketAccess | undefined = undefined;
  failure: Failure | undefined = undefined;
  /** Why the lookup found nothing (said the same for an unknown code and a wrong postal code). */
  lookupMessage: string | undefined = undefined;
  fieldErrors: Partial<Record<LookupField, string>> = {};
  quoteBusy = false;
  quoteFailure: ActionFailure | undefined = undefined;
  rateBusy = false;
  rateFailure: ActionFailure | undefined = undefined;
  /** The rating field's own problem (none chosen, or refused by the API). */
  rateFieldError: string | undefined = undefined;
  /** What the last rating did: the ticket closed, or reopened. */
  rated: 'CLOSED' | 'REOPENED' | undefined = undefined;
  announcement = '';

  readonly #host: TrackerHost;
  #request: AbortController | undefined;

  constructor(host: TrackerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#request?.abort();
  }

  /**
   * Opens the ticket an access gives. Resolves with true once it is shown; with false when nothing
   * matches (the lookup form says so), the request failed, or a newer one replaced it.
   */
  async open(connection: GatewayConnection, access: TicketAccess, ticketView?: () => Promise<unknown>): Promise<boolean> {
    this.#request?.abort();
    const abort = new AbortController();
    this.#request = abort;
    this.phase = this.ticket ? this.phase : 'loading';
    this.failure = undefined;
    this.lookupMessage = undefined;
    this.#host.requestUpdate();
    try {
      const answer = await fetchTicket(this.#client(connection), access, abort.signal);
      if (abort.signal.aborted) return false;
      if (answer.__typename === 'Ticket') {
        // The ticket's view, when it is still on its way, before the ticket (loading meanwhile).
        await ticketView?.();
        if (abort.signal.aborted) return false;
        this.#show(tracked(answer), access);
        return true;
      }
      this.#notFound(access);
      this.#fail('lookup', answer.code);
      return false;
    } catch (error) {
      if (abort.signal.aborted) return false;
      this.phase = 'error';
      this.failure = describeRequestFailure(error, this.#language);
      this.#fail('lookup', error instanceof SavRequestError ? error.code : 'NETWORK_ERROR');
      return false;
    } finally {
      if (this.#request === abort) this.#request = undefined;
      this.#host.requestUpdate();
    }
  }

  /** A live answer (stream or poll): a changed ticket replaces the one shown; a refusal ends the tracking. */
  receive(answer: TicketAnswer): void {
    if (answer.__typename !== 'Ticket') {
      if (this.access) this.#notFound(this.access);
      this.#host.requestUpdate();
      return;
    }
    this.#replace(tracked(answer));
  }

  /** The lookup form's own checks: each empty field says what to type. Returns the fields at fault. */
  checkLookup(values: Record<LookupField, string>): LookupField[] {
    const errors: Partial<Record<LookupField, string>> = {};
    if (!values.trackingCode.trim()) errors.trackingCode = trackerText(this.#language, 'lookup.code.missing');
    if (!values.postalCode.trim()) errors.postalCode = trackerText(this.#language, 'lookup.postal.missing');
    this.fieldErrors = errors;
    this.lookupMessage = undefined;
    this.#host.requestUpdate();
    return Object.keys(errors) as LookupField[];
  }

  /** Forgets a lookup field's message while the customer corrects it. */
  clearFieldError(field: LookupField): void {
    if (!(field in this.fieldErrors)) return;
    const { [field]: _cleared, ...rest } = this.fieldErrors;
    this.fieldErrors = rest;
    this.#host.requestUpdate();
  }

  /** Accepts or declines the quote shown. A typed error (e.g. QUOTE_ALREADY_ANSWERED) is shown; nothing else changes. */
  async answerQuote(connection: GatewayConnection, accept: boolean): Promise<boolean> {
    const { ticket, access } = this;
    const quote = ticket?.quote;
    if (!ticket || !access || !quote || this.quoteBusy) return false;
    this.quoteBusy = true;
    this.quoteFailure = undefined;
    this.#host.requestUpdate();
    const title = trackerText(this.#language, 'quote.failed');
    try {
      const { answerQuote: answer } = await savRequest(this.#client(connection), AnswerQuoteDocument, { input: { access, quoteId: quote.id, accept } });
      if (answer.__typename === 'RepairChanged') {
        this.#replace(tracked(answer.ticket));
        this.#host.dispatchEvent(new SavQuoteAnsweredEvent({ trackingCode: ticket.trackingCode, quoteId: quote.id, accepted: accept }));
        return true;
      }
      this.quoteFailure = { title, message: this.#typedErrorWords('quote', answer.code, answer.message) };
      this.#fail('answer-quote', answer.code);
    } catch (error) {
      this.quoteFailure = { title, message: describeRequestFailure(error, this.#language).message };
      this.#fail('answer-quote', error instanceof SavRequestError ? error.code : 'NETWORK_ERROR');
    } finally {
      this.quoteBusy = false;
      this.#host.requestUpdate();
    }
    return false;
  }

  /** Rates the repair (1 to 5, with an optional comment). Resolves with true when recorded. */
  async rate(connection: GatewayConnection, rating: number | undefined, comment: string): Promise<boolean> {
    const { ticket, access } = this;
    if (!ticket || !access || this.rateBusy) return false;
    this.rateFailure = undefined;
    this.rateFieldError = undefined;
    if (rating === undefined || !Number.isInteger(rating) || rating < 1 || rating > 5) {
      this.rateFieldError = trackerText(this.#language, 'rate.missing');
      this.#host.requestUpdate();
      return false;
    }
    this.rateBusy = true;
    this.#host.requestUpdate();
    const title = trackerText(this.#language, 'rate.failed');
    try {
      const { rateRepair: answer } = await savRequest(this.#client(connection), RateRepairDocument, { input: { access, rating, comment: comment.trim() || null } });
      switch (answer.__typename) {
        case 'RepairRated':
          this.rated = answer.outcome;
          this.#replace(tracked(answer.ticket));
          this.#host.dispatchEvent(new SavRepairRatedEvent({ trackingCode: ticket.trackingCode, rating, outcome: answer.outcome }));
          return true;
        case 'InvalidInput': {
          const messages = messagesAtFault(answer, ['rating', 'comment'] as const);
          if (messages.rating) this.rateFieldError = answer.code === 'OUT_OF_RANGE' ? trackerText(this.#language, 'rate.missing') : messages.rating;
          else this.rateFailure = { title, message: messages.comment ?? answer.message };
          break;
        }
        default:
          this.rateFailure = { title, message: this.#typedErrorWords('rate', answer.code, answer.message) };
      }
      this.#fail('rate', answer.code);
    } catch (error) {
      this.rateFailure = { title, message: describeRequestFailure(error, this.#language).message };
      this.#fail('rate', error instanceof SavRequestError ? error.code : 'NETWORK_ERROR');
    } finally {
      this.rateBusy = false;
      this.#host.requestUpdate();
    }
    return false;
  }

  /** Leaves the ticket for the lookup form (another ticket, or none). */
  reset(): void {
    this.#request?.abort();
    this.phase = 'lookup';
    this.ticket = undefined;
    this.access = undefined;
    this.failure = undefined;
    this.quoteFailure = undefined;
    this.rateFailure = undefined;
    this.rateFieldError = undefined;
    this.rated = undefined;
    this.#host.requestUpdate();
  }

  get #language(): SupportedLanguage {
    return this.#host.language;
  }

  #client(connection: GatewayConnection): SavClientOptions {
    return { endpoint: connection.endpoint, publishableKey: connection.publishableKey, language: this.#host.locale };
  }

  #show(ticket: TrackedTicket, access: TicketAccess): void {
    const other = this.ticket?.trackingCode !== ticket.trackingCode;
    this.access = access;
    this.phase = 'tracking';
    this.fieldErrors = {};
    if (other) {
      this.ticket = ticket;
      this.quoteFailure = undefined;
      this.rateFailure = undefined;
      this.rated = undefined;
      this.announcement = trackerText(this.#language, 'announce.status', { status: this.#statusWords(ticket.status) });
      this.#host.dispatchEvent(
        new SavTicketFoundEvent({ trackingCode: ticket.trackingCode, status: ticket.status, access: access.link !== undefined ? 'link' : 'code' }),
      );
    } else this.#replace(ticket);
  }

  /** Shows a newer state of the ticket; an answer equal to the one shown changes nothing. */
  #replace(ticket: TrackedTicket): void {
    const previous = this.ticket;
    if (!previous || JSON.stringify(previous) === JSON.stringify(ticket)) return;
    this.ticket = ticket;
    if (previous.status !== ticket.status) {
      this.announcement = trackerText(this.#language, 'announce.status', { status: this.#statusWords(ticket.status) });
    }
    if (previous.quote?.id !== ticket.quote?.id) this.quoteFailure = undefined;
    this.#host.requestUpdate();
    this.#host.dispatchEvent(new SavTicketUpdatedEvent({ trackingCode: ticket.trackingCode, status: ticket.status, previousStatus: previous.status }));
  }

  #notFound(access: TicketAccess): void {
    this.phase = 'lookup';
    this.ticket = undefined;
    this.access = undefined;
    this.lookupMessage = trackerText(this.#language, access.link !== undefined ? 'lookup.linkNotFound' : 'lookup.notFound');
  }

  #statusWords(status: string): string {
    const key = `status.${status}`;
    return hasTrackerText(key) ? trackerText(this.#language, key) : status;
  }

  /** A typed error in the tracker's words where it has them (by code), else the gateway's. */
  #typedErrorWords(action: 'quote' | 'rate', code: string, message: string): string {
    const key = `${action}.${code}`;
    return hasTrackerText(key) ? trackerText(this.#language, key as TrackerKey) : message;
  }

  #fail(action: SavTicketActionFailedDetail['action'], code: string): void {
    this.#host.dispatchEvent(new SavTicketActionFailedEvent({ action, code }));
  }
}
