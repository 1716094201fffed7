import type { QualityReport } from '@sav/client';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { appearanceController, type SavAppearance, type SavTheme } from '../../internal/appearance.js';
import { baseStyles } from '../../internal/base.styles.js';
import { attachInternalsIfSupported, setCustomStates } from '../../internal/custom-states.js';
import { renderFailure } from '../../internal/failure.js';
import { formStyles } from '../../internal/form.styles.js';
import { sharedCatalog, translate } from '../../internal/i18n.js';
import { qualityCatalog, qualityText } from '../../internal/i18n.quality.js';
import { LanguageController } from '../../internal/language-controller.js';
import { LANGUAGES, type SupportedLanguage } from '../../internal/language.js';
import { completeWithParts, LazyPart } from '../../internal/lazy-part.js';
import { readEndpoint, readFilters, type Endpoint, type Filters } from './quality-report.attributes.js';
import { isQualityReport, QualityReportController, type QualityPhase } from './quality-report.controller.js';
import { styles } from './quality-report.styles.js';
import type { QualityView } from './quality-report.view.js';

/** The appearance's types, for a page's script (see SavAppearance). */
export type { SavAppearance, SavAppearanceVariables, SavTheme } from '../../internal/appearance.js';

const phases: readonly QualityPhase[] = ['loading', 'ready', 'error'];

/**
 * @tagname sav-quality-report
 * @summary A distributor's quality report, for its own back office (issue 10): the headline figures
 * (tickets, units sold, failure rate, first-time fix, median and 90th-percentile time to the first
 * visit and to the repair), three charts — the failure rate by model (the worst first), a Pareto of
 * the parts replaced (with the cumulative share) and the failure rate by purchase month — each with
 * its figures as a table (always read by screen readers, shown on request), the parts failing
 * repeatedly on one model, the units repaired twice for one part, the satisfaction by technician
 * and by workshop, and an "Export CSV" button (every table in one file). English, French, Dutch and
 * Chinese.
 *
 * The report needs SAV's secret key, which must never be in a web page. So the component takes no
 * key. Two ways to feed it:
 * - `api`: the URL of the back office's own endpoint, behind the back office's login, which
 *   forwards the GraphQL request to SAV adding `Authorization: Bearer sk_…` on the server. The
 *   component POSTs the standard GraphQL JSON (`{ query, variables }`, the `QualityReport`
 *   operation of `@sav/client`) to it with the page's cookies (`credentials: 'same-origin'`) and no
 *   Authorization header. The filters below go into its `input`; a period form (from, to) lets the
 *   reader change the period, which loads the report again.
 * - the `report` property: a `QualityReport` the page fetched itself (server-side); nothing is fetched.
 *
 * @attr api - The back office's own endpoint that forwards to SAV with the secret key (relative to the page, or http(s)). Required unless `report` is set.
 * @attr from - First day of ticket creation covered (`YYYY-MM-DD`). Default: from the first ticket.
 * @attr to - Last day covered, included (`YYYY-MM-DD`). Default: today.
 * @attr category - A product category (`REFRIGERATOR`, `AIR_CONDITIONER`…). Default: every category.
 * @attr country - ISO 3166-1 alpha-2 (`FR`): tickets repaired there, units sold there. Default: every country.
 * @attr product-models - Catalogue model codes, separated by commas or spaces (`HRF-DEMO-1, HAC-DEMO-INV`). Default: every model.
 * @attr repeat-threshold - A part replaced on this many different units of one model, or more, is a repeated defect (2 to 10000). Default 3.
 *   A wrong filter value is left out, with a warning in the reader's language.
 * @attr lang - The language (`en`, `fr`, `nl` or `zh`); default: the closest `lang` up the page, else English.
 * @attr theme - `light` (default), `dark`, or `auto` (follows the system): the same as `appearance.theme`.
 * @attr state - Reflected, read-only: `loading`, `ready` or `error` (also the custom states `:state(loading)` …).
 *
 * @event {SavReportLoadedEvent} sav-report-loaded - A report is shown (loaded or given). `event.detail`: the
 *   `QualityReport`, as the gateway gave it. Bubbles, composed.
 *
 * @csspart base - The component's wrapper.
 * @csspart config-error - The message shown when the component cannot load anything (no `api` nor `report`).
 * @csspart warning - A non-blocking message about a filter value left out.
 * @csspart loading - "Loading the quality report…".
 * @csspart error - The report could not be made or loaded (role=alert), with `error-heading` and `retry-button`.
 * @csspart error-heading - Its heading.
 * @csspart retry-button - Its "try again" button (when trying again may help).
 * @csspart report - The report.
 * @csspart heading - Its heading (focused after a new period is shown).
 * @csspart period - The period covered, in words.
 * @csspart export-button - "Export CSV": downloads every table of the report as one CSV file.
 * @csspart period-form - The period form (only when the component loads the report itself).
 * @csspart field - Each of its fields' wrapper.
 * @csspart label - Its heading and its fields' labels.
 * @csspart input - Its date fields.
 * @csspart submit-button - Its "Show" button.
 * @csspart spinner - The busy indicator inside the button.
 * @csspart figures - The headline figures.
 * @csspart figure - Each figure (with `figure-tickets`, `figure-units-sold`, `figure-failure-rate`, `figure-first-time-fix`, `figure-time-to-first-visit`, `figure-time-to-repair`).
 * @csspart empty - "No repair was requested…", when the report counts no ticket.
 * @csspart chart - Each chart (with `chart-by-model`, `chart-by-part` or `chart-by-month`).
 * @csspart chart-heading - A chart's heading.
 * @csspart chart-empty - "Nothing to show", for a chart without rows.
 * @csspart bar - A model's bar (with `data-model`).
 * @csspart bar-value - A bar's value, written at its end.
 * @csspart column - A part's or a month's column (with `data-part` or `data-month`).
 * @csspart cumulative-marker - A Pareto marker of the cumulative share (with `data-cumulative`).
 * @csspart table-toggle - A chart's "show the figures as a table" button.
 * @csspart table - A table (a chart's figures, a list).
 * @csspart list - The repeated defects' and the satisfaction's tables, each when it has rows (with `data-list`).
 *
 * @cssproperty --sav-color-primary - Bars, buttons, focus rings. Default #0b5cad.
 * @cssproperty --sav-color-on-primary - Text on the primary colour. Default #ffffff.
 * @cssproperty --sav-color-text - Text, and the Pareto's cumulative line. Default #1f2328.
 * @cssproperty --sav-color-muted - Secondary text. Default #57606a.
 * @cssproperty --sav-color-surface - Background. Default #ffffff.
 * @cssproperty --sav-color-border - Borders, tracks and rules. Default #6e7781.
 * @cssproperty --sav-color-warning - Warnings. Default #8a5300.
 * @cssproperty --sav-color-danger - Errors. Default #b42318.
 * @cssproperty --sav-radius - Corner radius. Default 6px.
 * @cssproperty --sav-font-family - Font. Default the system's.
 * @cssproperty --sav-spacing - The base spacing unit. Default 1rem.
 * @cssproperty --sav-quality-report-accent - This component's accent (bars), over --sav-color-primary.
 * @cssproperty --sav-quality-report-max-width - The component's maximum width. Default 64rem.
 */
export class SavQualityReport extends LitElement {
  static override styles = [baseStyles, formStyles, styles];

  static override properties = {
    appearance: { attribute: false },
    theme: {},
    api: { type: String },
    from: { type: String },
    to: { type: String },
    category: { type: String },
    country: { type: String },
    productModels: { type: String, attribute: 'product-models' },
    repeatThreshold: { type: String, attribute: 'repeat-threshold' },
    report: { attribute: false },
    openTables: { state: true },
  };

  /** `lang` is the element's own attribute; watching it re-renders in the new language. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The back office's own endpoint, which forwards to SAV adding the secret key on its server. */
  declare api: string | undefined;
  /** First day of ticket creation covered (`YYYY-MM-DD`); also set by the period form. */
  declare from: string | undefined;
  /** Last day covered, included (`YYYY-MM-DD`); also set by the period form. */
  declare to: string | undefined;
  /** A product category (`REFRIGERATOR`…). */
  declare category: string | undefined;
  /** ISO 3166-1 alpha-2: tickets repaired there, units sold there. */
  declare country: string | undefined;
  /** Catalogue model codes, separated by commas or spaces. */
  declare productModels: string | undefined;
  /** A part replaced on this many units of one model, or more, is a repeated defect (2 to 10000), as written. */
  declare repeatThreshold: string | undefined;
  /** A report the page fetched itself (server-side, with its secret key): shown as it is, nothing fetched. */
  declare report: QualityReport | undefined;
  /** The look (theme and design tokens) set from a script; see SavAppearance. */
  declare appearance: SavAppearance | undefined;
  /** `light` (default), `dark` or `auto` (follows the system): the `theme` attribute, for a page without script. */
  declare theme: SavTheme | undefined;

  /** The charts whose tables the reader shows on screen. */
  declare protected openTables: ReadonlySet<string>;

  readonly #internals = attachInternalsIfSupported(this);
  readonly #languages = new LanguageController(this, LANGUAGES, [qualityCatalog, sharedCatalog]);
  readonly #controller = new QualityReportController(this);
  /** The report's view (figures, charts, tables, CSV), fetched once the loading line is shown (a loaded report waits for it). */
  readonly #reportView = new LazyPart(this, () => import('./quality-report.report.js'), [qualityCatalog]);
  /** Applies `appearance` and `theme` (their code is fetched only once one is set). */
  readonly #appearance = appearanceController(this);
  /** What the shown report was asked with (the endpoint and filters, or the report given), to ask again only when it changes. */
  #loadedFrom: unknown = undefined;
  /** After a period chosen in the form: focus the report's heading once it is shown. */
  #focusReportWhenShown = false;

  constructor() {
    super();
    this.openTables = new Set();
  }

  /** The language the component speaks: `en`, `fr`, `nl` or `zh`. */
  get language(): SupportedLanguage {
    return this.#languages.language;
  }

  /** The locale numbers and dates are written in (the page's tag when the component speaks its language). */
  get locale(): string {
    return this.#languages.locale;
  }

  /** Holds each update until the strings of the language in force are here (see LanguageController). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const strings = this.#languages.stringsReady();
    return strings ? strings.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Resolves once the report's view, when a render was waiting for it, has arrived and is shown. */
  protected override getUpdateComplete(): Promise<boolean> {
    return completeWithParts(() => super.getUpdateComplete(), [this.#reportView]);
  }

  override attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    super.attributeChangedCallback(name, oldValue, newValue);
    if (name === 'lang' && oldValue !== newValue) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back on the page: load the report again (a request in flight was aborted on leaving).
    this.#loadedFrom = undefined;
  }

  protected override updated(): void {
    const phase = this.#controller.phase;
    this.setAttribute('state', phase);
    setCustomStates(this.#internals, phases, [phase]);
    if (!this.isConnected) return;
    const loadView = () => this.#reportView.load();
    if (this.report !== undefined) {
      if (this.report === this.#loadedFrom) return;
      this.#loadedFrom = this.report;
      if (isQualityReport(this.report)) {
        const given = this.report;
        void this.updateComplete.then(() => this.#controller.showGiven(given, loadView));
      }
      return;
    }
    const endpoint = this.#endpoint();
    if (endpoint.fatal !== undefined) return;
    const { input } = this.#filters();
    const source = `${endpoint.endpoint.href} ${JSON.stringify(input)}`;
    if (source === this.#loadedFrom) return;
    this.#loadedFrom = source;
    void this.updateComplete
      .then(() => this.#controller.load(endpoint.endpoint, input, loadView))
      .then((shown) => {
        if (shown && this.#focusReportWhenShown) this.#focusAfterUpdate('#report-heading');
        else if (!shown && this.#focusReportWhenShown && this.#controller.phase === 'error') this.#focusAfterUpdate('#error-heading');
        this.#focusReportWhenShown = false;
      });
  }

  #endpoint(): Endpoint {
    return readEndpoint(this.api, this.language);
  }

  #filters(): Filters {
    return readFilters(this, this.language);
  }

  #focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  readonly #handlers: QualityView['handlers'] = {
    onToggleTable: (id) => {
      const open = new Set(this.openTables);
      if (open.has(id)) open.delete(id);
      else open.add(id);
      this.openTables = open;
    },
    onExport: () => this.#export(),
    onPeriodSubmit: (event) => {
      event.preventDefault();
      const form = event.target as HTMLFormElement;
      const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';
      this.#focusReportWhenShown = true;
      this.from = value('from') || undefined;
      this.to = value('to') || undefined;
      // Asked again even for the same period (the figures may have changed since).
      this.#loadedFrom = undefined;
      this.requestUpdate();
    },
  };

  /** Downloads every table of the report shown as one CSV file (UTF-8 with a byte order mark, for spreadsheets). */
  #export(): void {
    const report = this.#controller.report;
    const part = this.#reportView.module;
    if (!report || !part) return;
    const voice = { language: this.language, locale: this.locale };
    const csv = part.tablesToCsv(part.reportTables(report, voice));
    const file = `${['quality-report', report.from, report.to].filter(Boolean).join('_')}.csv`;
    const url = URL.createObjectURL(new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
    this.#controller.announcement = qualityText(this.language, 'export.done', { file });
    this.requestUpdate();
  }

  readonly #onRetry = (): void => {
    this.#loadedFrom = undefined;
    this.#focusReportWhenShown = true;
    this.requestUpdate();
  };

  protected override render(): TemplateResult {
    const language = this.language;
    const controller = this.#controller;
    const given = this.report !== undefined;
    const endpoint = given ? undefined : this.#endpoint();
    const fatal = given ? (isQualityReport(this.report) ? undefined : qualityText(language, 'config.invalidReport')) : endpoint?.fatal;
    if (fatal !== undefined) {
      return html`<div part="base" class="base" lang=${language}>
        <div part="config-error" class="config-error" role="alert">
          <p><strong>${qualityText(language, 'config.title')}</strong></p>
          <p>${fatal}</p>
        </div>
      </div>`;
    }
    // A report given is shown as it is: the filters are the page's own business then.
    const warnings = given ? [] : this.#filters().warnings;
    const part = this.#reportView.module;
    const voice = { language, locale: this.locale };
    const period = given ? undefined : { from: this.#filters().input.from ?? '', to: this.#filters().input.to ?? '', busy: controller.busy };
    let content: TemplateResult | typeof nothing;
    const { report } = controller;
    if (report && part) {
      const view: QualityView = { ...voice, report, tables: part.reportTables(report, voice), openTables: this.openTables, period, handlers: this.#handlers };
      content = part.renderReport(view);
    } else if (controller.phase === 'error' && controller.failure) {
      const form = part && period ? part.renderPeriodForm({ ...voice, period, handlers: this.#handlers }) : nothing;
      content = html`${renderFailure(controller.failure, { title: qualityText(language, 'error.title'), retryLabel: translate(language, 'error.retry'), onRetry: this.#onRetry })} ${form}`;
    } else {
      content = html`<p part="loading" class="muted">${qualityText(language, 'loading')}</p>`;
    }
    return html`<div part="base" class="base" lang=${language}>
      ${warnings.map((warning) => html`<p part="warning" class="warning" role="alert">${warning}</p>`)} ${content}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${controller.announcement}</div>
    </div>`;
  }
}
