import { savRequest, SavRequestError, type FetchFunction, type QualityReport, type QualityReportInput } from '@sav/client';
import { QualityReportDocument } from '@sav/client/documents';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { SavReportLoadedEvent } from '../../events/sav-report-loaded.js';
import { hasQualityText, qualityText } from '../../internal/i18n.quality.js';
import { fieldsAtFault } from '../../internal/invalid-input.js';
import type { SupportedLanguage } from '../../internal/language.js';
import { describeRequestFailure, type Failure } from '../../internal/request-failure.js';

/** The filters of QualityReportInput, which a refusal may name. */
const FILTERS = ['from', 'to', 'category', 'country', 'productModels', 'repeatThreshold'] as const;

/** Where the component stands; reflected as the `state` attribute and as custom states. */
export type QualityPhase = 'loading' | 'ready' | 'error';

/** The element the controller serves: it re-renders, hears the events, speaks a language. */
export type QualityHost = ReactiveControllerHost & EventTarget & { readonly language: SupportedLanguage; readonly locale: string };

/**
 * The back office's endpoint is called as the page's own server: the standard GraphQL request, the
 * page's cookies (its login) on a same-origin call, and no Authorization header: the server adds
 * the secret key. `savRequest` always writes one (for a publishable key), so it is taken off here.
 */
const backOfficeFetch: FetchFunction = (input, init) => {
  const headers = new Headers(init.headers);
  headers.delete('authorization');
  return window.fetch(input, { ...init, headers, credentials: 'same-origin' });
};

/** Whether a value a page gave as `report` is a quality report the component can show. */
export function isQualityReport(value: unknown): value is QualityReport {
  if (typeof value !== 'object' || value === null) return false;
  const report = value as Record<string, unknown>;
  const lists = ['byModel', 'byPart', 'byPurchaseMonth', 'repeatedPartDefects', 'repeatedUnitRepairs', 'satisfactionByTechnician', 'satisfactionByWorkshop'];
  const stats = ['timeToFirstVisit', 'timeToRepair', 'firstTimeFix'];
  return (
    (report.__typename === undefined || report.__typename === 'QualityReport') &&
    typeof report.tickets === 'number' &&
    typeof report.unitsSold === 'number' &&
    typeof report.repeatThreshold === 'number' &&
    lists.every((name) => Array.isArray(report[name])) &&
    stats.every((name) => typeof report[name] === 'object' && report[name] !== null)
  );
}

/**
 * Talks to the back office's endpoint for `<sav-quality-report>` (through `@sav/client`) and holds
 * what it answered: the report shown, or why none is (a refused filter, a failed request). Fires
 * `sav-report-loaded` for each report shown.
 */
export class QualityReportController implements ReactiveController {
  phase: QualityPhase = 'loading';
  report: QualityReport | undefined = undefined;
  failure: Failure | undefined = undefined;
  announcement = '';

  readonly #host: QualityHost;
  #request: AbortController | undefined;

  constructor(host: QualityHost) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.#request?.abort();
  }

  /** Whether a request is on its way (the report shown meanwhile, if any, stays). */
  get busy(): boolean {
    return this.#request !== undefined;
  }

  /**
   * Asks the back office's endpoint for the report with these filters, and shows it once the
   * report's view (`reportView`) is here. Resolves with true once shown; false on a refusal, a
   * failure, or when a newer request replaced it.
   */
  async load(endpoint: URL, input: QualityReportInput, reportView: () => Promise<unknown>): Promise<boolean> {
    this.#request?.abort();
    const abort = new AbortController();
    this.#request = abort;
    const language = this.#host.language;
    if (!this.report) this.phase = 'loading';
    this.failure = undefined;
    this.#host.requestUpdate();
    try {
      const { qualityReport: answer } = await savRequest({ endpoint, publishableKey: '', language, fetch: backOfficeFetch }, QualityReportDocument, { input }, { signal: abort.signal });
      if (abort.signal.aborted) return false;
      if (answer.__typename === 'QualityReport') {
        await reportView();
        if (abort.signal.aborted) return false;
        this.#show(answer);
        return true;
      }
      this.#fail(this.#refusal(answer, language));
      return false;
    } catch (error) {
      if (abort.signal.aborted) return false;
      this.#fail(this.#failureOf(error, language));
      return false;
    } finally {
      if (this.#request === abort) this.#request = undefined;
      this.#host.requestUpdate();
    }
  }

  /** Shows a report the page gave (nothing is fetched), once the report's view is here. */
  async showGiven(report: QualityReport, reportView: () => Promise<unknown>): Promise<void> {
    this.#request?.abort();
    this.#request = undefined;
    this.failure = undefined;
    if (!this.report) this.phase = 'loading';
    this.#host.requestUpdate();
    await reportView();
    this.#show(report);
    this.#host.requestUpdate();
  }

  #show(report: QualityReport): void {
    this.report = report;
    this.phase = 'ready';
    this.failure = undefined;
    this.announcement = qualityText(this.#host.language, 'announce', { tickets: new Intl.NumberFormat(this.#host.locale).format(report.tickets) });
    this.#host.dispatchEvent(new SavReportLoadedEvent(report));
  }

  #fail(failure: Failure): void {
    this.phase = 'error';
    this.report = undefined;
    this.failure = failure;
    this.announcement = '';
  }

  /** A refused filter in the reader's words (a reversed or too long period; another field named), the gateway's own words beside. */
  #refusal(answer: { message: string; code: string; field?: readonly string[] | null }, language: SupportedLanguage): Failure {
    const key = `refused.${answer.code}`;
    if (hasQualityText(key)) return { message: qualityText(language, key), retry: false };
    // The filters it names (`from`, or `input.from` from an older gateway), as the page sets them.
    const field = fieldsAtFault(answer.field, FILTERS).join(', ');
    return { message: field ? qualityText(language, 'refused.other', { field }) : answer.message, detail: field ? answer.message : undefined, retry: false };
  }

  /** A failed request: the back office's endpoint refusing (its login, its key) in words of its own; the rest as the other components say it. */
  #failureOf(error: unknown, language: SupportedLanguage): Failure {
    if (error instanceof SavRequestError && (error.status === 401 || error.status === 403)) {
      return { message: qualityText(language, 'error.refused', { status: error.status }), detail: error.message, retry: true };
    }
    return describeRequestFailure(error, language);
  }
}
