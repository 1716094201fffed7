import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { appearanceController, type SavAppearance, type SavTheme } from '../../internal/appearance.js';
import { baseStyles } from '../../internal/base.styles.js';
import { attachInternalsIfSupported, setCustomStates } from '../../internal/custom-states.js';
import { renderFailure } from '../../internal/failure.js';
import { formStyles } from '../../internal/form.styles.js';
import { warrantyText, warrantyCatalog } from '../../internal/i18n.warranty.js';
import { sharedCatalog } from '../../internal/i18n.js';
import { LanguageController } from '../../internal/language-controller.js';
import { completeWithParts, LazyPart } from '../../internal/lazy-part.js';
import { LANGUAGES, type SupportedLanguage } from '../../internal/language.js';
import { prefill, readConfiguration, type Configuration } from './warranty-check.attributes.js';
import { WarrantyCheckController, type FocusTarget } from './warranty-check.controller.js';
import {
  emptyFormValues,
  fieldIds,
  isComplete,
  shownFields,
  warrantyCheckInput,
  type FieldName,
  type FormValues,
} from './warranty-check.fields.js';
import { renderForm } from './warranty-check.form.js';
import { statusName, statusNames } from './warranty-check.status.js';
import { styles } from './warranty-check.styles.js';

/** The appearance's types, for a page's script (see SavAppearance). */
export type { SavAppearance, SavAppearanceVariables, SavTheme } from '../../internal/appearance.js';

/** How the customer identifies the appliance. */
export type WarrantyCheckMode = 'serial' | 'model';
/** Where the component stands; reflected as the `state` attribute and as custom states. */
export type WarrantyCheckPhase = 'idle' | 'loading' | 'result' | 'error';

const phases: readonly WarrantyCheckPhase[] = ['idle', 'loading', 'result', 'error'];

/**
 * @tagname sav-warranty-check
 * @summary Lets a customer check an appliance's warranty (by serial number, or by model and purchase
 * date) and explains, in plain words, what is covered, until when, and what they may ask for now.
 *
 * @attr api - The GraphQL endpoint. Default: `/graphql` on the page's origin.
 * @attr publishable-key - Required. The tenant's publishable key (`pk_…`); a secret key is refused.
 * @attr product-model - Prefills the model (e.g. on a product page) and selects the "model" way.
 * @attr serial-number - Prefills the serial number and checks it at once.
 * @attr purchase-date - With `product-model`, a purchase date (`YYYY-MM-DD`) to check at once.
 * @attr country - The country of purchase to preselect (ISO 3166-1 alpha-2); default from the language.
 * @attr lang - The language (`en`, `fr`, `nl` or `zh`); default: the closest `lang` up the page, else English.
 * @attr theme - `light` (default), `dark`, or `auto` (dark while the system prefers it, followed live): the
 *   same as `appearance.theme`, for a page without script. The `appearance` property (`{ theme, variables }`)
 *   sets the theme and the `--sav-*` tokens from script; see SavAppearance.
 * @attr state - Reflected, read-only: `idle`, `loading`, `result` or `error` (also the custom states
 *   `:state(idle)`, `:state(loading)`, `:state(result)`, `:state(error)`).
 * @attr status - Reflected, read-only, after a result: `covered`, `partly-covered`, `expired` or `no-policy`
 *   (also as custom states `:state(covered)` …).
 *
 * @event {SavWarrantyCheckedEvent} sav-warranty-checked - A check answered with a result.
 *   `event.detail`: `{ productModel, status, purchaseDate }`. Bubbles, composed.
 *
 * @csspart base - The component's wrapper.
 * @csspart form - The form.
 * @csspart form-title - The form's heading.
 * @csspart mode - The fieldset choosing serial number or model + date.
 * @csspart mode-option - Each choice of the mode fieldset (a label wrapping a radio).
 * @csspart field - Each field's wrapper (label, hint, control, error).
 * @csspart label - Each field's label.
 * @csspart hint - Each field's help text.
 * @csspart input - Each text or date input.
 * @csspart select - The country select.
 * @csspart field-error - The message under a field the API refused.
 * @csspart submit-button - The submit button.
 * @csspart spinner - The busy indicator inside the submit button.
 * @csspart config-error - The message shown when the attributes are wrong.
 * @csspart warning - A non-blocking message about an ignored attribute.
 * @csspart error - The error state (role=alert).
 * @csspart error-heading - The error state's heading.
 * @csspart retry-button - The error state's "try again" button.
 * @csspart result - The result section.
 * @csspart result-heading - The result's heading (focused after a check).
 * @csspart product - The product line under the heading.
 * @csspart summary - The plain-words sentence for the status.
 * @csspart explanation - The gateway's explanation.
 * @csspart section-heading - The headings of the result's sub-sections.
 * @csspart coverages - The table of covers, part by part.
 * @csspart coverage-row - A row of that table.
 * @csspart part-name - A part's name.
 * @csspart badge - The covered/ended badge of a row.
 * @csspart time-left - The time left, or since when a cover ended.
 * @csspart extension - The "extended by N days for repairs" note.
 * @csspart remedies - The list of what the customer may ask for now.
 * @csspart remedy - One such item.
 * @csspart exclusions - The list of what voids free service.
 * @csspart exclusion - One such item.
 * @csspart paid-repair - The note that paid repair stays available.
 * @csspart legal - The section of the customer's rights under the law, apart from the maker's warranty.
 * @csspart legal-heading - That section's heading (also a `section-heading`).
 * @csspart legal-intro - The sentence introducing the legal rights.
 * @csspart recourse - Who to turn to first now.
 * @csspart legal-rights - The list of legal rights.
 * @csspart legal-right - One legal right.
 * @csspart legal-right-name - A legal right's name and jurisdiction.
 * @csspart legal-remedies - What may be asked for now under that right.
 * @csspart legal-notice - The line saying this is information, not legal advice.
 * @csspart usage-advice - How to avoid breakdowns: a few tips against what fails most on the model (absent when there are none).
 * @csspart usage-advice-heading - That section's heading (also a `section-heading`).
 * @csspart usage-advice-intro - The sentence naming the product.
 * @csspart usage-tips - The list of tips.
 * @csspart usage-tip - One tip (`data-cause`, `data-reason`: FREQUENT_FAILURE or GOOD_CARE).
 * @csspart usage-tip-text - A tip's words (with a `lang` when the tenant wrote it in another language only).
 * @csspart usage-tip-why - Why the tip is shown.
 *
 * @cssproperty --sav-color-primary - Buttons, focus rings, links. Default #0b5cad.
 * @cssproperty --sav-color-on-primary - Text on the primary colour. Default #ffffff.
 * @cssproperty --sav-color-text - Text. Default #1f2328.
 * @cssproperty --sav-color-muted - Secondary text. Default #57606a.
 * @cssproperty --sav-color-surface - Background. Default #ffffff.
 * @cssproperty --sav-color-border - Borders of fields and tables. Default #6e7781.
 * @cssproperty --sav-color-success - "Covered". Default #1a7f37.
 * @cssproperty --sav-color-warning - "Partly covered". Default #8a5300.
 * @cssproperty --sav-color-danger - "Ended", errors. Default #b42318.
 * @cssproperty --sav-radius - Corner radius. Default 6px.
 * @cssproperty --sav-font-family - Font. Default the system's.
 * @cssproperty --sav-spacing - The base spacing unit. Default 1rem.
 * @cssproperty --sav-warranty-check-accent - This component's accent, over --sav-color-primary.
 * @cssproperty --sav-warranty-check-max-width - The component's maximum width. Default 48rem.
 */
export class SavWarrantyCheck extends LitElement {
  static override styles = [baseStyles, formStyles, styles];

  static override properties = {
    appearance: { attribute: false },
    theme: {},
    api: { type: String },
    publishableKey: { type: String, attribute: 'publishable-key' },
    productModel: { type: String, attribute: 'product-model' },
    serialNumber: { type: String, attribute: 'serial-number' },
    purchaseDate: { type: String, attribute: 'purchase-date' },
    country: { type: String },
    mode: { state: true },
    values: { state: true },
  };

  /** `lang` is the element's own attribute; watching it re-renders in the new language. */
  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  /** The GraphQL endpoint; default `/graphql` on the page's origin. */
  declare api: string | undefined;
  /** The tenant's publishable key (`pk_…`). */
  declare publishableKey: string | undefined;
  /** A model to prefill, e.g. the product of the page. */
  declare productModel: string | undefined;
  /** A serial number to check at once. */
  declare serialNumber: string | undefined;
  /** With `productModel`, a purchase date (`YYYY-MM-DD`) to check at once. */
  declare purchaseDate: string | undefined;
  /** The country of purchase to preselect. */
  declare country: string | undefined;

  declare protected mode: WarrantyCheckMode;
  declare protected values: FormValues;

  readonly #internals = attachInternalsIfSupported(this);
  readonly #languages = new LanguageController(this, LANGUAGES, [warrantyCatalog, sharedCatalog]);
  readonly #warrantyCheck = new WarrantyCheckController(this);
  /** The result's view, fetched once the form is shown (the controller waits for it before showing a result). */
  readonly #resultView = new LazyPart(this, () => import('./warranty-check.result.js'), [warrantyCatalog]);
  /** The look (theme and design tokens) set from a script; see SavAppearance. */
  declare appearance: SavAppearance | undefined;
  /** `light` (default), `dark` or `auto` (follows the system): the `theme` attribute, for a page without script. */
  declare theme: SavTheme | undefined;
  /** Applies `appearance` and `theme` (their code is fetched only once one is set). */
  readonly #appearance = appearanceController(this);
  #valuesFromAttributes = false;

  constructor() {
    super();
    this.mode = 'serial';
    this.values = emptyFormValues();
  }

  /** The language tag in force (own `lang`, closest ancestor's, the document's), if any. */
  get languageTag(): string | undefined {
    return this.#languages.tag;
  }

  /** The language the component speaks: `en`, `fr`, `nl` or `zh`. */
  get language(): SupportedLanguage {
    return this.#languages.language;
  }

  /** Holds each update until the strings of the language in force are here (see LanguageController). */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const strings = this.#languages.stringsReady();
    return strings ? strings.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Resolves once the result's view, when a render was waiting for it, has arrived and is shown. */
  protected override getUpdateComplete(): Promise<boolean> {
    return completeWithParts(() => super.getUpdateComplete(), [this.#resultView]);
  }

  override attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    super.attributeChangedCallback(name, oldValue, newValue);
    if (name === 'lang' && oldValue !== newValue) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const firstTime = !this.#valuesFromAttributes;
    if (firstTime || changed.has('productModel') || changed.has('serialNumber') || changed.has('purchaseDate') || changed.has('country')) {
      this.#valuesFromAttributes = true;
      const prefilled = prefill(this.values, this, this.languageTag, firstTime);
      this.values = prefilled.values;
      if (prefilled.mode) this.mode = prefilled.mode;
    }
  }

  protected override firstUpdated(): void {
    // Checks at once when the page gave enough to check (after this first render settles, so the
    // check's own updates are ordinary ones); focus stays where the reader is.
    if (this.#configuration().fatal !== undefined) return;
    if (isComplete(this.mode, this.values)) void this.updateComplete.then(() => this.check({ moveFocus: false }));
  }

  protected override updated(): void {
    const { phase, result } = this.#warrantyCheck;
    this.setAttribute('state', phase);
    const status = phase === 'result' && result ? statusName(result.status) : undefined;
    if (status) this.setAttribute('status', status);
    else this.removeAttribute('status');
    setCustomStates(this.#internals, [...phases, ...statusNames], [phase, status]);
  }

  /**
   * Checks the warranty with what the form holds. Resolves when the result or the error is shown.
   * Called by the form's submission; a page may call it too.
   */
  async check(options: { moveFocus?: boolean } = {}): Promise<void> {
    const moveFocus = options.moveFocus ?? true;
    const configuration = this.#configuration();
    if (configuration.fatal !== undefined) return;
    const focusTarget = await this.#warrantyCheck.check(
      {
        endpoint: configuration.endpoint,
        publishableKey: configuration.publishableKey,
        input: warrantyCheckInput(this.mode, this.values),
        shownFields: shownFields(this.mode),
      },
      () => this.#resultView.load(),
    );
    if (!focusTarget) return;
    await this.updateComplete;
    if (moveFocus) this.#focus(focusTarget);
  }

  #configuration(): Configuration {
    return readConfiguration(this, this.language);
  }

  #focus(target: FocusTarget): void {
    const selector = target === 'result' ? '#result-heading' : target === 'error' ? '#error-heading' : `#${fieldIds[target]}`;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  readonly #onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    if (this.#warrantyCheck.phase === 'loading') return;
    void this.check();
  };

  readonly #onRetry = (): void => {
    void this.check();
  };

  readonly #onModeChange = (event: Event): void => {
    this.mode = (event.target as HTMLInputElement).value === 'model' ? 'model' : 'serial';
    this.#warrantyCheck.clearFieldErrors();
  };

  readonly #onFieldInput = (name: FieldName, event: Event): void => {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    this.values = { ...this.values, [name]: control.value };
    this.#warrantyCheck.clearFieldError(name);
  };

  protected override render(): TemplateResult {
    const language = this.language;
    const configuration = this.#configuration();
    if (configuration.fatal !== undefined) {
      return html`<div part="base" class="base">
        <div part="config-error" class="config-error" role="alert">
          <p class="heading"><strong>${warrantyText(language, 'config.title')}</strong></p>
          <p>${configuration.fatal}</p>
        </div>
      </div>`;
    }
    const { phase, result, failure, fieldErrors, announcement } = this.#warrantyCheck;
    return html`<div part="base" class="base" lang=${language}>
      ${configuration.warnings.map((warning) => html`<p part="warning" class="warning" role="alert">${warning}</p>`)}
      ${renderForm({
        language,
        languageTag: this.languageTag,
        mode: this.mode,
        values: this.values,
        fieldErrors,
        loading: phase === 'loading',
        onSubmit: this.#onSubmit,
        onModeChange: this.#onModeChange,
        onFieldInput: this.#onFieldInput,
      })}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${announcement}</div>
      ${phase === 'error' && failure
        ? renderFailure(failure, { title: warrantyText(language, 'error.title'), retryLabel: warrantyText(language, 'error.retry'), onRetry: this.#onRetry })
        : nothing}
      ${phase === 'result' && result ? (this.#resultView.module?.renderResult(result, language, this.languageTag) ?? nothing) : nothing}
    </div>`;
  }
}
