import { savRequest, type InvalidInput, type WarrantyCheck, type WarrantyCheckInput } from '@sav/client';
import { WarrantyCheckDocument } from '@sav/client/documents';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SavWarrantyCheckedEvent } from '../../events/sav-warranty-checked.js';
import { warrantyText } from '../../internal/i18n.warranty.js';
import { messagesAtFault } from '../../internal/invalid-input.js';
import { formattingLocale, LANGUAGES, type SupportedLanguage } from '../../internal/language.js';
import { describeRequestFailure, type Failure } from '../../internal/request-failure.js';
import type { WarrantyCheckPhase } from './warranty-check.component.js';
import type { FieldName } from './warranty-check.fields.js';
import { statusWords } from './warranty-check.status.js';

/** What to focus once an answer is shown: the result's heading, the error's, or a field the API refused. */
export type FocusTarget = 'result' | 'error' | FieldName;

/** One check to run: where, as whom, and what the form shows. */
export interface WarrantyCheckRequest {
  endpoint: URL;
  publishableKey: string;
  input: WarrantyCheckInput;
  /** The fields the form shows: an `InvalidInput` naming another is told in words, not on a field. */
  shownFields: readonly FieldName[];
}

/** The element the controller serves: it re-renders on a change, hears the event, and speaks a language. */
export type WarrantyCheckHost = ReactiveControllerHost & EventTarget & { readonly language: SupportedLanguage; readonly languageTag: string | undefined };

/**
 * Asks the gateway (through `@sav/client`) for a warranty check and holds where it stands: loading,
 * the result, or the failure, with the form fields the API refused. A new check aborts the one in
 * flight; so does the host leaving the page. A result fires `sav-warranty-checked` on the host.
 */
export class WarrantyCheckController implements ReactiveController {
  phase: WarrantyCheckPhase = 'idle';
  result: WarrantyCheck | undefined = undefined;
  failure: Failure | undefined = undefined;
  /** The API's message for each field it refused (its own problem), shown under that field. */
  fieldErrors: Partial<Record<FieldName, string>> = {};
  /** What the live region says once a result is shown. */
  announcement = '';

  readonly #host: WarrantyCheckHost;
  #request: AbortController | undefined;

  constructor(host: WarrantyCheckHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#request?.abort();
  }

  /**
   * Runs a check. Resolves, once the answer is in the controller's state, with what to focus;
   * with undefined when a newer check or the host's leaving aborted it.
   */
  async check(request: WarrantyCheckRequest, resultView?: () => Promise<unknown>): Promise<FocusTarget | undefined> {
    this.#request?.abort();
    const abort = new AbortController();
    this.#request = abort;
    this.phase = 'loading';
    this.failure = undefined;
    this.fieldErrors = {};
    this.announcement = '';
    this.#host.requestUpdate();

    const language = this.#host.language;
    const client = {
      endpoint: request.endpoint,
      publishableKey: request.publishableKey,
      // The gateway's plain-words explanation must be in the language the rest is shown in, with
      // dates written the same way (the page's regional tag, such as en-GB, when it has one).
      language: formattingLocale(this.#host.languageTag, LANGUAGES),
    };

    let focusTarget: FocusTarget = 'error';
    try {
      const { warrantyCheck: answer } = await savRequest(client, WarrantyCheckDocument, { input: request.input }, { signal: abort.signal });
      if (abort.signal.aborted) return undefined;
      switch (answer.__typename) {
        case 'WarrantyCheck':
          // The result's view, when it is still on its way, before the result (loading meanwhile).
          await resultView?.();
          if (abort.signal.aborted) return undefined;
          this.#succeed(answer, language);
          focusTarget = 'result';
          break;
        case 'ProductNotFound':
          this.#fail({ message: warrantyText(this.#host.language, 'error.productNotFound'), detail: answer.message, retry: false });
          break;
        case 'InvalidInput':
          focusTarget = this.#markInvalidFields(answer, request.shownFields) ?? 'error';
          break;
      }
    } catch (error) {
      if (abort.signal.aborted) return undefined;
      this.#fail(describeRequestFailure(error, this.#host.language));
    } finally {
      if (this.#request === abort) this.#request = undefined;
    }
    return focusTarget;
  }

  /** Forgets the API's complaint about a field the customer is correcting. */
  clearFieldError(name: FieldName): void {
    if (!this.fieldErrors[name]) return;
    const { [name]: _cleared, ...rest } = this.fieldErrors;
    this.fieldErrors = rest;
    this.#host.requestUpdate();
  }

  /** Forgets every field's complaint (the form changed its fields). */
  clearFieldErrors(): void {
    this.fieldErrors = {};
    this.#host.requestUpdate();
  }

  #succeed(result: WarrantyCheck, language: SupportedLanguage): void {
    this.result = result;
    this.phase = 'result';
    const words = statusWords[result.status];
    this.announcement = warrantyText(language, 'result.announce', {
      title: warrantyText(language, words.title),
      summary: warrantyText(language, words.summary),
    });
    this.#host.requestUpdate();
    this.#host.dispatchEvent(
      new SavWarrantyCheckedEvent({
        productModel: result.productModel,
        status: result.status,
        purchaseDate: result.purchaseDate,
      }),
    );
  }

  #fail(failure: Failure): void {
    this.result = undefined;
    this.failure = failure;
    this.phase = 'error';
    this.#host.requestUpdate();
  }

  /** Marks the shown fields the API refused, each with its own message; returns the first, to focus. */
  #markInvalidFields(invalid: InvalidInput, shownFields: readonly FieldName[]): FieldName | undefined {
    this.fieldErrors = messagesAtFault(invalid, shownFields);
    const marked = shownFields.filter((name) => name in this.fieldErrors);
    this.#fail({
      message: warrantyText(this.#host.language, 'error.invalidInput'),
      detail: marked.length > 0 ? undefined : invalid.message,
      retry: false,
    });
    return marked[0];
  }
}
