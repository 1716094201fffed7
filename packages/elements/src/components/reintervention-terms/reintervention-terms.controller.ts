import { savRequest, type DefectCause, type ReinterventionQuote, type ReinterventionTerms, type SavClientOptions } from '@sav/client';
import { ReinterventionQuoteDocument, ReinterventionTermsDocument } from '@sav/client/documents';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SavReinterventionQuotedEvent } from '../../events/sav-reintervention-quoted.js';
import { reinterventionText } from '../../internal/i18n.reintervention.js';
import { messagesAtFault } from '../../internal/invalid-input.js';
import type { SupportedLanguage } from '../../internal/language.js';
import { describeRequestFailure, type Failure } from '../../internal/request-failure.js';
import type { checkDuration, DurationField, DurationInput } from './reintervention-terms.duration.js';
import type { announcementOf } from './reintervention-terms.words.js';

/** Where the component stands; reflected as the `state` attribute and as custom states. */
export type ReinterventionPhase = 'loading' | 'ready' | 'quoting' | 'result' | 'error';

/** The calculator's fields: the cause's radio group and the duration's two fields. */
export type CalculatorField = 'cause' | DurationField;

/**
 * What the calculator's checks and its quote use from the terms' view (reintervention-terms.terms.ts),
 * here whenever they run: the calculator is shown only with that view.
 */
export interface QuoteTools {
  readonly checkDuration: typeof checkDuration;
  readonly announcementOf: typeof announcementOf;
}

/** The causes the calculator offers, in the order the seed names them. */
export const CAUSES: readonly DefectCause[] = ['SUPPLIES', 'DESIGNER', 'INSTALLER'];

const fieldIds: Record<CalculatorField, string> = { cause: 'cause-SUPPLIES', hours: 'hours', minutes: 'minutes' };

/** The id of the control to focus for a field at fault (the cause's first radio). */
export function calculatorFieldId(field: CalculatorField): string {
  return fieldIds[field];
}

/** Where and as whom to call the gateway. */
export interface GatewayConnection {
  endpoint: URL;
  publishableKey: string;
}

/** The element the controller serves: it re-renders, hears the events, speaks a language. */
export type ReinterventionHost = ReactiveControllerHost & EventTarget & { readonly language: SupportedLanguage; readonly locale: string };

/** A quote the calculator shows, with the language its `explanation` was written in. */
export interface ShownQuote {
  readonly quote: ReinterventionQuote;
  readonly language: SupportedLanguage;
}

/**
 * Talks to the gateway for `<sav-reintervention-terms>` (through `@sav/client`) and holds what it
 * answered: the network's terms, or why none are shown; the calculator's field messages (its own
 * checks, then the API's), the quote shown, or why the last one failed. Fires
 * `sav-reintervention-quoted` for each quote shown.
 */
export class ReinterventionController implements ReactiveController {
  phase: ReinterventionPhase = 'loading';
  terms: ReinterventionTerms | undefined = undefined;
  failure: Failure | undefined = undefined;
  fieldErrors: Partial<Record<CalculatorField, string>> = {};
  shown: ShownQuote | undefined = undefined;
  quoteFailure: { title: string; message: string } | undefined = undefined;
  announcement = '';

  readonly #host: ReinterventionHost;
  #termsRequest: AbortController | undefined;
  #quoteRequest: AbortController | undefined;

  constructor(host: ReinterventionHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#termsRequest?.abort();
    this.#quoteRequest?.abort();
  }

  get busy(): boolean {
    return this.phase === 'quoting';
  }

  /** Loads the terms in force now. Resolves with true once shown; false on a failure or when replaced. */
  async loadTerms(connection: GatewayConnection, termsView?: () => Promise<unknown>): Promise<boolean> {
    this.#termsRequest?.abort();
    const abort = new AbortController();
    this.#termsRequest = abort;
    this.phase = 'loading';
    this.failure = undefined;
    this.#host.requestUpdate();
    try {
      const { reinterventionTerms: answer } = await savRequest(this.#client(connection), ReinterventionTermsDocument, { at: null }, { signal: abort.signal });
      if (abort.signal.aborted) return false;
      if (answer.__typename === 'ReinterventionTerms') {
        // The terms' view, when it is still on its way, before the terms (loading meanwhile).
        await termsView?.();
        if (abort.signal.aborted) return false;
        const { __typename: _typename, ...terms } = answer;
        this.terms = terms;
        this.phase = this.shown ? 'result' : 'ready';
        return true;
      }
      this.#failTerms({ message: answer.message, retry: false });
      return false;
    } catch (error) {
      if (abort.signal.aborted) return false;
      this.#failTerms(describeRequestFailure(error, this.#language));
      return false;
    } finally {
      if (this.#termsRequest === abort) this.#termsRequest = undefined;
      this.#host.requestUpdate();
    }
  }

  /**
   * The calculator's own checks (a cause chosen; whole minutes from 0 to 1440, each duration field
   * with its own message). Returns the presence in minutes, or the fields at fault (none is sent).
   */
  check(cause: DefectCause | undefined, duration: DurationInput, { checkDuration }: QuoteTools): { presenceMinutes: number } | { wrong: CalculatorField[] } {
    const errors: Partial<Record<CalculatorField, string>> = {};
    if (!cause) errors.cause = reinterventionText(this.#language, 'calc.cause.missing');
    const checked = checkDuration(duration);
    if (!checked.ok) {
      for (const [field, key] of Object.entries(checked.problems) as [DurationField, Parameters<typeof reinterventionText>[1]][]) {
        errors[field] = reinterventionText(this.#language, key);
      }
    }
    this.fieldErrors = errors;
    this.quoteFailure = undefined;
    this.#host.requestUpdate();
    const wrong = (['cause', 'hours', 'minutes'] as const).filter((field) => field in errors);
    return checked.ok && wrong.length === 0 ? { presenceMinutes: checked.presenceMinutes } : { wrong };
  }

  /**
   * Asks who pays for a return visit. Resolves with what to focus: the result, a field the API
   * refused, the failure; undefined when a newer request replaced it.
   */
  async quote(
    connection: GatewayConnection,
    request: { cause: DefectCause; presenceMinutes: number; country: string | undefined },
    tools: QuoteTools,
  ): Promise<'result' | 'failure' | CalculatorField | undefined> {
    this.#quoteRequest?.abort();
    const abort = new AbortController();
    this.#quoteRequest = abort;
    const language = this.#language;
    this.phase = 'quoting';
    this.quoteFailure = undefined;
    this.announcement = '';
    this.#host.requestUpdate();
    const title = reinterventionText(language, 'calc.failed');
    try {
      const { reinterventionQuote: answer } = await savRequest(
        this.#client(connection),
        ReinterventionQuoteDocument,
        { input: { cause: request.cause, presenceMinutes: request.presenceMinutes, ...(request.country ? { country: request.country } : {}) } },
        { signal: abort.signal },
      );
      if (abort.signal.aborted) return undefined;
      if (answer.__typename === 'ReinterventionQuote') {
        this.#show(answer, language, tools);
        return 'result';
      }
      this.phase = this.shown ? 'result' : 'ready';
      if (answer.__typename === 'InvalidInput') {
        const messages = messagesAtFault(answer, ['presenceMinutes', 'country', 'cause'] as const);
        if (messages.presenceMinutes) {
          this.fieldErrors = { ...this.fieldErrors, minutes: reinterventionText(language, 'calc.tooLong') };
          return 'minutes';
        }
        if (messages.country) {
          this.quoteFailure = { title, message: reinterventionText(language, 'calc.noVatRate', { country: request.country ?? this.terms?.country ?? '' }) };
          return 'failure';
        }
      }
      this.quoteFailure = { title, message: answer.message };
      return 'failure';
    } catch (error) {
      if (abort.signal.aborted) return undefined;
      this.phase = this.shown ? 'result' : 'ready';
      this.quoteFailure = { title, message: describeRequestFailure(error, language).message };
      return 'failure';
    } finally {
      if (this.#quoteRequest === abort) this.#quoteRequest = undefined;
      this.#host.requestUpdate();
    }
  }

  /** Forgets a field's message while it is corrected. */
  clearFieldError(field: CalculatorField): void {
    if (!(field in this.fieldErrors)) return;
    const { [field]: _cleared, ...rest } = this.fieldErrors;
    this.fieldErrors = rest;
    this.#host.requestUpdate();
  }

  get #language(): SupportedLanguage {
    return this.#host.language;
  }

  #client(connection: GatewayConnection): SavClientOptions {
    return { endpoint: connection.endpoint, publishableKey: connection.publishableKey, language: this.#host.locale };
  }

  #failTerms(failure: Failure): void {
    this.phase = 'error';
    this.terms = undefined;
    this.failure = failure;
  }

  #show(quote: ReinterventionQuote, language: SupportedLanguage, { announcementOf }: QuoteTools): void {
    this.shown = { quote, language };
    // The quote was made under the terms in force now: show those (they may have changed since loaded).
    this.terms = quote.terms;
    this.announcement = announcementOf(quote, { language, locale: this.#host.locale });
    this.phase = 'result';
    this.fieldErrors = {};
    this.#host.dispatchEvent(
      new SavReinterventionQuotedEvent({
        cause: quote.cause,
        presenceMinutes: quote.presenceMinutes,
        billable: quote.billable,
        payer: quote.payer,
        amountInclTax: { amount: quote.amountInclTax.amount, currency: quote.amountInclTax.currency },
      }),
    );
  }
}
