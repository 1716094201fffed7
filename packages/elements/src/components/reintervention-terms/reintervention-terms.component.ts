import type { DefectCause } from '@sav/client';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { appearanceController, type SavAppearance, type SavTheme } from '../../internal/appearance.js';
import { baseStyles } from '../../internal/base.styles.js';
import { attachInternalsIfSupported, setCustomStates } from '../../internal/custom-states.js';
import { renderFailure } from '../../internal/failure.js';
import { formStyles } from '../../internal/form.styles.js';
import { translate, sharedCatalog } from '../../internal/i18n.js';
import { reinterventionText, reinterventionCatalog } from '../../internal/i18n.reintervention.js';
import { LanguageController } from '../../internal/language-controller.js';
import { completeWithParts, LazyPart } from '../../internal/lazy-part.js';
import { LANGUAGES, type SupportedLanguage } from '../../internal/language.js';
import { readConfiguration, type Configuration } from './reintervention-terms.attributes.js';
import { calculatorFieldId, CAUSES, ReinterventionController, type ReinterventionPhase } from './reintervention-terms.controller.js';
import type { DurationField, DurationInput } from './reintervention-terms.duration.js';
import { styles } from './reintervention-terms.styles.js';
import type { ReinterventionView } from './reintervention-terms.view.js';

/** The appearance's types, for a page's script (see SavAppearance). */
export type { SavAppearance, SavAppearanceVariables, SavTheme } from '../../internal/appearance.js';

const phases: readonly ReinterventionPhase[] = ['loading', 'ready', 'quoting', 'result', 'error'];

/**
 * @tagname sav-reintervention-terms
 * @summary An installer network's reintervention terms in plain words (seed 000, Wipoz!), with a
 * small calculator. The terms: the hourly rate excl. tax, the threshold (billable only beyond it),
 * who pays for each cause (a defect of the supplies: the supplier; of the kitchen designer's work:
 * the designer; the installer's own: never billed), how time is counted (from the first minute, to
 * the minute or per started quarter hour) and the VAT rate. The calculator takes the cause (a radio
 * group) and the time at the customer's (hours and minutes, or minutes only; checked before anything
 * is sent: whole minutes from 0 to 1440, each field with its own message) and shows whether the
 * return visit is billable, who pays, the amounts excl. tax, VAT and incl. tax, and why — announced
 * in a polite live region. English, French, Dutch and Chinese (the gateway explains in English and
 * French; the component words the reason itself in Dutch and Chinese).
 *
 * @attr api - The GraphQL endpoint. Default: `/graphql` on the page's origin.
 * @attr publishable-key - Required. The network's publishable key (`pk_…`); a secret key is refused.
 * @attr country - The job's country (ISO 3166-1 alpha-2, e.g. `BE`): its VAT rate applies. Default: the network's own.
 * @attr lang - The language (`en`, `fr`, `nl` or `zh`); default: the closest `lang` up the page, else English.
 * @attr theme - `light` (default), `dark`, or `auto` (dark while the system prefers it, followed live): the
 *   same as `appearance.theme`, for a page without script. The `appearance` property (`{ theme, variables }`)
 *   sets the theme and the `--sav-*` tokens from script; see SavAppearance.
 * @attr state - Reflected, read-only: `loading`, `ready`, `quoting`, `result` or `error` (also the custom
 *   states `:state(loading)` …).
 *
 * @event {SavReinterventionQuotedEvent} sav-reintervention-quoted - The calculator shows a result. `event.detail`:
 *   `{ cause, presenceMinutes, billable, payer, amountInclTax }` (`amountInclTax`: `{ amount, currency }`, `"0.00"`
 *   when not billable). Bubbles, composed.
 *
 * @csspart base - The component's wrapper.
 * @csspart config-error - The message shown when the attributes are wrong.
 * @csspart warning - A non-blocking message about an ignored attribute.
 * @csspart loading - "Loading the terms…".
 * @csspart error - The terms could not be loaded (role=alert), with `error-heading` and `retry-button`.
 * @csspart error-heading - Its heading.
 * @csspart retry-button - Its "try again" button.
 * @csspart terms - The terms in plain words.
 * @csspart heading - Their heading.
 * @csspart intro - Their first sentence.
 * @csspart terms-list - The list of terms.
 * @csspart rate - The hourly rate excl. tax.
 * @csspart threshold - Billable only beyond the threshold.
 * @csspart causes - Who pays, by cause.
 * @csspart cause - Each cause's line (with `data-cause` and `data-billed`).
 * @csspart counting - How time is counted.
 * @csspart vat - The VAT rate that applies.
 * @csspart calculator - The calculator's form.
 * @csspart calculator-heading - Its heading.
 * @csspart cause-options - The causes' radio group.
 * @csspart cause-option - Each cause (a label wrapping a radio).
 * @csspart duration - The duration's fieldset (hours and minutes).
 * @csspart field - Each duration field's wrapper (label, control, error).
 * @csspart label - The legends and the fields' labels.
 * @csspart hint - Help text.
 * @csspart input - The hours and minutes inputs.
 * @csspart field-error - The message under a field that is wrong.
 * @csspart action-error - A calculation refused or failed (role=alert).
 * @csspart submit-button - "Work out who pays".
 * @csspart spinner - The busy indicator inside the button.
 * @csspart result - The result.
 * @csspart result-heading - Its heading (focused when shown).
 * @csspart verdict - Billable to whom, or at the installer's expense (with `data-billable` and `data-payer`).
 * @csspart time - The time at the customer's and the time billed.
 * @csspart amounts - The amounts, when billable.
 * @csspart amount-excl-tax - The amount excl. tax.
 * @csspart amount-vat - The VAT, with its rate.
 * @csspart amount-incl-tax - The amount incl. tax.
 * @csspart explanation - Why, in plain words.
 *
 * @cssproperty --sav-color-primary - Buttons, focus rings, headings' accent. Default #0b5cad.
 * @cssproperty --sav-color-on-primary - Text on the primary colour. Default #ffffff.
 * @cssproperty --sav-color-text - Text. Default #1f2328.
 * @cssproperty --sav-color-muted - Secondary text. Default #57606a.
 * @cssproperty --sav-color-surface - Background. Default #ffffff.
 * @cssproperty --sav-color-border - Borders of cards and fields. Default #6e7781.
 * @cssproperty --sav-color-success - A billable result (someone else pays). Default #1a7f37.
 * @cssproperty --sav-color-warning - A result at the installer's expense. Default #8a5300.
 * @cssproperty --sav-color-danger - Errors. Default #b42318.
 * @cssproperty --sav-radius - Corner radius. Default 6px.
 * @cssproperty --sav-font-family - Font. Default the system's.
 * @cssproperty --sav-spacing - The base spacing unit. Default 1rem.
 * @cssproperty --sav-reintervention-terms-accent - This component's accent, over --sav-color-primary.
 * @cssproperty --sav-reintervention-terms-max-width - The component's maximum width. Default 44rem.
 */
export class SavReinterventionTerms extends LitElement {
  static override styles = [baseStyles, formStyles, styles];

  static override properties = {
    appearance: { attribute: false },
    theme: {},
    api: { type: String },
    publishableKey: { type: String, attribute: 'publishable-key' },
    country: { type: String },
    cause: { state: true },
    duration: { state: true },
  };

  /** `lang` is the element's own attribute; watching it re-renders in the new language. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The GraphQL endpoint; default `/graphql` on the page's origin. */
  declare api: string | undefined;
  /** The network's publishable key (`pk_…`). */
  declare publishableKey: string | undefined;
  /** The job's country (ISO 3166-1 alpha-2): its VAT applies; default the network's own. */
  declare country: string | undefined;

  declare protected cause: DefectCause | undefined;
  declare protected duration: DurationInput;

  readonly #internals = attachInternalsIfSupported(this);
  readonly #languages = new LanguageController(this, LANGUAGES, [reinterventionCatalog, sharedCatalog]);
  readonly #controller = new ReinterventionController(this);
  /** The terms' view, fetched once the loading line is shown (the loaded terms wait for it). */
  readonly #termsView = new LazyPart(this, () => import('./reintervention-terms.terms.js'), [reinterventionCatalog]);
  /** The look (theme and design tokens) set from a script; see SavAppearance. */
  declare appearance: SavAppearance | undefined;
  /** `light` (default), `dark` or `auto` (follows the system): the `theme` attribute, for a page without script. */
  declare theme: SavTheme | undefined;
  /** Applies `appearance` and `theme` (their code is fetched only once one is set). */
  readonly #appearance = appearanceController(this);
  /** The endpoint and key the terms were loaded with, to load them again only when they change. */
  #loadedFrom = '';

  constructor() {
    super();
    this.cause = undefined;
    this.duration = { hours: '', minutes: '' };
  }

  /** The language the component speaks: `en`, `fr`, `nl` or `zh`. */
  get language(): SupportedLanguage {
    return this.#languages.language;
  }

  /** The locale amounts and durations are written in (the page's tag when the component speaks its language). */
  get locale(): string {
    return this.#languages.locale;
  }

  /** Holds each update until the strings of the language in force are here (see LanguageController). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const strings = this.#languages.stringsReady();
    return strings ? strings.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Resolves once the terms' view, when a render was waiting for it, has arrived and is shown. */
  protected override getUpdateComplete(): Promise<boolean> {
    return completeWithParts(() => super.getUpdateComplete(), [this.#termsView]);
  }

  override attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    super.attributeChangedCallback(name, oldValue, newValue);
    if (name === 'lang' && oldValue !== newValue) this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Put back on the page: load the terms again (a request in flight was aborted on leaving).
    this.#loadedFrom = '';
  }

  protected override updated(): void {
    const phase = this.#controller.phase;
    this.setAttribute('state', phase);
    setCustomStates(this.#internals, phases, [phase]);
    const configuration = this.#configuration();
    if (configuration.fatal !== undefined || !this.isConnected) return;
    const source = `${configuration.endpoint.href} ${configuration.publishableKey}`;
    if (source === this.#loadedFrom) return;
    this.#loadedFrom = source;
    void this.updateComplete.then(() => this.#controller.loadTerms(configuration, () => this.#termsView.load()));
  }

  #configuration(): Configuration {
    return readConfiguration(this, this.language);
  }

  #focusAfterUpdate(selector: string): void {
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  readonly #handlers: ReinterventionView['handlers'] = {
    onSubmit: async (event) => {
      event.preventDefault();
      const controller = this.#controller;
      // The calculator is shown with the terms' view: its module is here.
      const tools = this.#termsView.module;
      if (controller.busy || !tools) return;
      const checked = controller.check(this.cause, this.duration, tools);
      if ('wrong' in checked) {
        const first = checked.wrong[0]!;
        this.#focusAfterUpdate(first === 'cause' ? 'input[name="cause"]' : `#${calculatorFieldId(first)}`);
        return;
      }
      const configuration = this.#configuration();
      if (configuration.fatal !== undefined || !this.cause) return;
      const target = await controller.quote(configuration, { cause: this.cause, presenceMinutes: checked.presenceMinutes, country: configuration.country }, tools);
      if (target === 'result') this.#focusAfterUpdate('#result-heading');
      else if (target === 'failure') this.#focusAfterUpdate('[part~="submit-button"]');
      else if (target) this.#focusAfterUpdate(`#${calculatorFieldId(target)}`);
    },
    onCauseChange: (event) => {
      const value = (event.target as HTMLInputElement).value;
      this.cause = CAUSES.find((cause) => cause === value);
      this.#controller.clearFieldError('cause');
    },
    onDurationInput: (field: DurationField, event: Event) => {
      this.duration = { ...this.duration, [field]: (event.target as HTMLInputElement).value };
      this.#controller.clearFieldError(field);
    },
  };

  readonly #onRetry = (): void => {
    const configuration = this.#configuration();
    if (configuration.fatal === undefined) void this.#controller.loadTerms(configuration, () => this.#termsView.load()).then((shown) => shown && this.#focusAfterUpdate('#terms-heading'));
  };

  protected override render(): TemplateResult {
    const language = this.language;
    const configuration = this.#configuration();
    if (configuration.fatal !== undefined) {
      return html`<div part="base" class="base">
        <div part="config-error" class="config-error" role="alert">
          <p><strong>${reinterventionText(language, 'config.title')}</strong></p>
          <p>${configuration.fatal}</p>
        </div>
      </div>`;
    }
    const controller = this.#controller;
    const view: ReinterventionView = {
      language,
      locale: this.locale,
      controller,
      country: configuration.country,
      cause: this.cause,
      duration: this.duration,
      handlers: this.#handlers,
    };
    const { terms, shown } = controller;
    let content: TemplateResult | typeof nothing = nothing;
    const part = this.#termsView.module;
    // The terms' view is here (the loaded terms wait for it), unless its fetch failed: loading, then.
    if (terms && part) {
      content = html`${part.renderTerms(view, terms)} ${part.renderCalculator(view)} ${shown ? part.renderResult(view, shown, terms) : nothing}`;
    } else if (controller.phase === 'error' && controller.failure) {
      content = renderFailure(controller.failure, { title: reinterventionText(language, 'error.title'), retryLabel: translate(language, 'error.retry'), onRetry: this.#onRetry });
    } else {
      content = html`<p part="loading" class="muted">${reinterventionText(language, 'loading')}</p>`;
    }
    return html`<div part="base" class="base" lang=${language}>
      ${configuration.warnings.map((warning) => html`<p part="warning" class="warning" role="alert">${warning}</p>`)} ${content}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${controller.announcement}</div>
    </div>`;
  }
}
