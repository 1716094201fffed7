import {
  createSavClient,
  SavRequestError,
  type Coverage,
  type InvalidInput,
  type LegalRight,
  type Remedy,
  type WarrantyCheck,
  type WarrantyCheckInput,
  type WarrantyStatus,
} from '@sav/client';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { SavWarrantyCheckedEvent } from '../../events/sav-warranty-checked.js';
import { baseStyles } from '../../internal/base.styles.js';
import { countryCodes, countryFromLanguage, countryName, isCountryCode } from '../../internal/countries.js';
import { coverTimeLeft, formatDate, localToday, parseCalendarDate } from '../../internal/format.js';
import { partName, translate, type TranslationKey } from '../../internal/i18n.js';
import { formattingLocale, languageTagOf, supportedLanguage, type SupportedLanguage } from '../../internal/language.js';
import { styles } from './warranty-check.styles.js';

/** How the customer identifies the appliance. */
export type WarrantyCheckMode = 'serial' | 'model';
/** Where the component stands; reflected as the `state` attribute and as custom states. */
export type WarrantyCheckPhase = 'idle' | 'loading' | 'result' | 'error';

/** The form fields, named as the API's `WarrantyCheckInput` names them (and `InvalidInput.field`). */
type FieldName = 'serialNumber' | 'productModel' | 'purchaseDate' | 'country' | 'city';
const fieldNames: readonly FieldName[] = ['serialNumber', 'productModel', 'purchaseDate', 'country', 'city'];
const fieldIds: Record<FieldName, string> = {
  serialNumber: 'serial-number',
  productModel: 'product-model',
  purchaseDate: 'purchase-date',
  country: 'country',
  city: 'city',
};

interface FormValues {
  serialNumber: string;
  productModel: string;
  purchaseDate: string;
  country: string;
  city: string;
}

/** A failure shown in the error state. */
interface Failure {
  message: string;
  /** The server's own words, when they add something (e.g. InvalidInput's message). */
  detail?: string | undefined;
  retry: boolean;
}

/** The configuration read from the attributes: a fatal problem, or warnings about ignored values. */
interface Configuration {
  endpoint?: URL;
  fatal?: string;
  warnings: string[];
}

const remedyOrder: Record<Remedy['kind'], number> = { RETURN: 0, EXCHANGE: 1, REPAIR: 2 };
const statusKeys: Record<WarrantyStatus, { title: TranslationKey; summary: TranslationKey }> = {
  COVERED: { title: 'status.COVERED.title', summary: 'status.COVERED.summary' },
  PARTLY_COVERED: { title: 'status.PARTLY_COVERED.title', summary: 'status.PARTLY_COVERED.summary' },
  EXPIRED: { title: 'status.EXPIRED.title', summary: 'status.EXPIRED.summary' },
  NO_POLICY: { title: 'status.NO_POLICY.title', summary: 'status.NO_POLICY.summary' },
};

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
 * @attr lang - The language (`en` or `fr`); default: the closest `lang` up the page, else English.
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
 * @csspart legal-rights - The list of legal rights.
 * @csspart legal-right - One legal right.
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
  static override styles = [baseStyles, styles];

  static override properties = {
    api: { type: String },
    publishableKey: { type: String, attribute: 'publishable-key' },
    productModel: { type: String, attribute: 'product-model' },
    serialNumber: { type: String, attribute: 'serial-number' },
    purchaseDate: { type: String, attribute: 'purchase-date' },
    country: { type: String },
    mode: { state: true },
    values: { state: true },
    phase: { state: true },
    result: { state: true },
    failure: { state: true },
    fieldErrors: { state: true },
    announcement: { state: true },
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
  declare protected phase: WarrantyCheckPhase;
  declare protected result: WarrantyCheck | undefined;
  declare protected failure: Failure | undefined;
  declare protected fieldErrors: Partial<Record<FieldName, string>>;
  declare protected announcement: string;

  readonly #internals: ElementInternals | undefined;
  #request: AbortController | undefined;
  #languageObserver: MutationObserver | undefined;
  #valuesFromAttributes = false;

  constructor() {
    super();
    this.mode = 'serial';
    this.values = { serialNumber: '', productModel: '', purchaseDate: '', country: '', city: '' };
    this.phase = 'idle';
    this.result = undefined;
    this.failure = undefined;
    this.fieldErrors = {};
    this.announcement = '';
    try {
      this.#internals = this.attachInternals();
    } catch {
      this.#internals = undefined;
    }
  }

  /** The language tag in force (own `lang`, closest ancestor's, the document's), if any. */
  get languageTag(): string | undefined {
    return languageTagOf(this);
  }

  /** The language the component speaks: `en` or `fr`. */
  get language(): SupportedLanguage {
    return supportedLanguage(this.languageTag);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // An ancestor's or the document's `lang` may change (a language switcher): follow it.
    this.#languageObserver = new MutationObserver(() => this.requestUpdate());
    this.#languageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#languageObserver?.disconnect();
    this.#request?.abort();
  }

  override attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null): void {
    super.attributeChangedCallback(name, oldValue, newValue);
    if (name === 'lang' && oldValue !== newValue) this.requestUpdate();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const firstTime = !this.#valuesFromAttributes;
    if (firstTime || changed.has('productModel') || changed.has('serialNumber') || changed.has('purchaseDate') || changed.has('country')) {
      this.#valuesFromAttributes = true;
      this.#applyAttributes(firstTime);
    }
  }

  protected override firstUpdated(): void {
    // Checks at once when the page gave enough to check (after this first render settles, so the
    // check's own updates are ordinary ones); focus stays where the reader is.
    const configuration = this.#configuration();
    if (configuration.fatal) return;
    const enough =
      this.mode === 'serial'
        ? Boolean(this.values.serialNumber)
        : Boolean(this.values.productModel && this.values.purchaseDate);
    if (enough) void this.updateComplete.then(() => this.check({ moveFocus: false }));
  }

  protected override updated(): void {
    this.setAttribute('state', this.phase);
    const status = this.phase === 'result' && this.result ? this.result.status.toLowerCase().replace('_', '-') : undefined;
    if (status) this.setAttribute('status', status);
    else this.removeAttribute('status');
    const states = this.#internals?.states;
    if (states) {
      try {
        for (const state of ['idle', 'loading', 'result', 'error', 'covered', 'partly-covered', 'expired', 'no-policy']) {
          if (state === this.phase || state === status) states.add(state);
          else states.delete(state);
        }
      } catch {
        // Browsers before the standard custom states accept only `--dashed` names: the attributes suffice.
      }
    }
  }

  /**
   * Checks the warranty with what the form holds. Resolves when the result or the error is shown.
   * Called by the form's submission; a page may call it too.
   */
  async check(options: { moveFocus?: boolean } = {}): Promise<void> {
    const moveFocus = options.moveFocus ?? true;
    const configuration = this.#configuration();
    if (configuration.fatal || !configuration.endpoint) return;

    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.phase = 'loading';
    this.failure = undefined;
    this.fieldErrors = {};
    this.announcement = '';

    const language = this.language;
    const client = createSavClient({
      endpoint: configuration.endpoint,
      publishableKey: (this.publishableKey ?? '').trim(),
      // The gateway's plain-words explanation must be in the language the rest is shown in.
      language,
    });

    let focusTarget: 'result' | 'error' | FieldName = 'error';
    try {
      const answer = await client.warrantyCheck(this.#input(), { signal: request.signal });
      if (request.signal.aborted) return;
      switch (answer.__typename) {
        case 'WarrantyCheck': {
          this.result = answer;
          this.phase = 'result';
          const keys = statusKeys[answer.status];
          this.announcement = translate(language, 'result.announce', {
            title: translate(language, keys.title),
            summary: translate(language, keys.summary),
          });
          focusTarget = 'result';
          this.dispatchEvent(
            new SavWarrantyCheckedEvent({
              productModel: answer.productModel,
              status: answer.status,
              purchaseDate: answer.purchaseDate,
            }),
          );
          break;
        }
        case 'ProductNotFound':
          this.#fail({ message: translate(language, 'error.productNotFound'), detail: answer.message, retry: false });
          break;
        case 'InvalidInput':
          focusTarget = this.#markInvalidFields(answer) ?? 'error';
          break;
      }
    } catch (error) {
      if (request.signal.aborted) return;
      this.#fail(this.#describeFailure(error));
    } finally {
      if (this.#request === request) this.#request = undefined;
    }

    await this.updateComplete;
    if (moveFocus) this.#focus(focusTarget);
  }

  #fail(failure: Failure): void {
    this.result = undefined;
    this.failure = failure;
    this.phase = 'error';
  }

  #markInvalidFields(invalid: InvalidInput): FieldName | undefined {
    const visible = this.#visibleFields();
    const named = (invalid.field ?? [])
      .flatMap((path) => path.split('.'))
      .filter((name): name is FieldName => (fieldNames as readonly string[]).includes(name));
    const marked = named.filter((name) => visible.includes(name));
    this.fieldErrors = Object.fromEntries(marked.map((name) => [name, invalid.message]));
    this.#fail({
      message: translate(this.language, 'error.invalidInput'),
      detail: marked.length > 0 ? undefined : invalid.message,
      retry: false,
    });
    return marked[0];
  }

  #describeFailure(error: unknown): Failure {
    const language = this.language;
    if (error instanceof SavRequestError) {
      if (error.code === 'NETWORK_ERROR') return { message: translate(language, 'error.network'), retry: true };
      if (error.code === 'UNAUTHENTICATED' || error.status === 401 || error.status === 403) {
        return { message: translate(language, 'error.unauthenticated'), retry: false };
      }
      if (error.status === 429) return { message: translate(language, 'error.rateLimited'), retry: true };
      return { message: translate(language, 'error.server', { code: error.code }), detail: error.message, retry: true };
    }
    return { message: translate(language, 'error.network'), retry: true };
  }

  #focus(target: 'result' | 'error' | FieldName): void {
    const selector =
      target === 'result' ? '#result-heading' : target === 'error' ? '#error-heading' : `#${fieldIds[target]}`;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  #visibleFields(): FieldName[] {
    return this.mode === 'serial'
      ? ['serialNumber', 'country', 'city']
      : ['productModel', 'purchaseDate', 'country', 'city'];
  }

  #input(): WarrantyCheckInput {
    const trimmed = (value: string) => value.trim() || undefined;
    const input: WarrantyCheckInput = {};
    if (this.mode === 'serial') {
      input.serialNumber = trimmed(this.values.serialNumber) ?? null;
    } else {
      input.productModel = trimmed(this.values.productModel) ?? null;
      input.purchaseDate = trimmed(this.values.purchaseDate) ?? null;
    }
    const country = trimmed(this.values.country);
    if (country) input.country = country;
    const city = trimmed(this.values.city);
    if (city) input.city = city;
    return input;
  }

  /** Reads the attributes; never throws: a wrong value is a message. */
  #configuration(): Configuration {
    const language = this.language;
    const warnings: string[] = [];
    const key = (this.publishableKey ?? '').trim();
    if (!key) return { fatal: translate(language, 'config.missingKey'), warnings };
    if (key.startsWith('sk_')) return { fatal: translate(language, 'config.secretKey'), warnings };
    if (!/^pk_[\w-]+$/.test(key)) return { fatal: translate(language, 'config.invalidKey', { value: key }), warnings };

    let endpoint: URL | undefined;
    const api = this.api?.trim();
    try {
      endpoint = api ? new URL(api, document.baseURI) : new URL('/graphql', window.location.origin);
    } catch {
      endpoint = undefined;
    }
    if (!endpoint || (endpoint.protocol !== 'http:' && endpoint.protocol !== 'https:')) {
      return { fatal: translate(language, 'config.invalidApi', { value: api ?? '' }), warnings };
    }

    const purchaseDate = this.purchaseDate?.trim();
    if (purchaseDate && !isPastOrToday(purchaseDate)) {
      warnings.push(translate(language, 'config.invalidPurchaseDate', { value: purchaseDate }));
    }
    const country = this.country?.trim();
    if (country && !isCountryCode(country)) {
      warnings.push(translate(language, 'config.invalidCountry', { value: country }));
    }
    return { endpoint, warnings };
  }

  #applyAttributes(firstTime: boolean): void {
    const values = { ...this.values };
    const productModel = this.productModel?.trim();
    const serialNumber = this.serialNumber?.trim();
    const purchaseDate = this.purchaseDate?.trim();
    if (productModel) values.productModel = productModel;
    if (serialNumber) values.serialNumber = serialNumber;
    if (purchaseDate && isPastOrToday(purchaseDate)) values.purchaseDate = purchaseDate;
    const country = this.country?.trim();
    if (country && isCountryCode(country)) values.country = country.toUpperCase();
    else if (firstTime) values.country = countryFromLanguage(this.languageTag) ?? '';
    this.values = values;
    if (firstTime) this.mode = serialNumber || !productModel ? 'serial' : 'model';
  }

  #onModeChange(event: Event): void {
    const mode = (event.target as HTMLInputElement).value === 'model' ? 'model' : 'serial';
    this.mode = mode;
    this.fieldErrors = {};
  }

  #onFieldInput(name: FieldName, event: Event): void {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    this.values = { ...this.values, [name]: control.value };
    if (this.fieldErrors[name]) {
      const { [name]: _cleared, ...rest } = this.fieldErrors;
      this.fieldErrors = rest;
    }
  }

  #onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    if (this.phase === 'loading') return;
    void this.check();
  }

  #onRetry(): void {
    void this.check();
  }

  protected override render(): TemplateResult {
    const language = this.language;
    const configuration = this.#configuration();
    if (configuration.fatal) {
      return html`<div part="base" class="base">
        <div part="config-error" class="config-error" role="alert">
          <p class="heading"><strong>${translate(language, 'config.title')}</strong></p>
          <p>${configuration.fatal}</p>
        </div>
      </div>`;
    }
    return html`<div part="base" class="base" lang=${language}>
      ${configuration.warnings.map(
        (warning) => html`<p part="warning" class="warning" role="alert">${warning}</p>`,
      )}
      ${this.#renderForm(language)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
      ${this.phase === 'error' && this.failure ? this.#renderFailure(language, this.failure) : nothing}
      ${this.phase === 'result' && this.result ? this.#renderResult(language, this.result) : nothing}
    </div>`;
  }

  #renderForm(language: SupportedLanguage): TemplateResult {
    const loading = this.phase === 'loading';
    const t = (key: TranslationKey) => translate(language, key);
    return html`<form part="form" class="form" aria-labelledby="form-title" aria-busy=${loading ? 'true' : 'false'} @submit=${this.#onSubmit}>
      <h2 id="form-title" part="form-title" class="form-title">${t('form.title')}</h2>
      <fieldset part="mode" class="mode" @change=${this.#onModeChange}>
        <legend>${t('form.mode')}</legend>
        <label part="mode-option" class="mode-option">
          <input type="radio" name="mode" value="serial" .checked=${live(this.mode === 'serial')} />
          ${t('form.mode.serial')}
        </label>
        <label part="mode-option" class="mode-option">
          <input type="radio" name="mode" value="model" .checked=${live(this.mode === 'model')} />
          ${t('form.mode.model')}
        </label>
      </fieldset>
      ${this.mode === 'serial'
        ? this.#renderTextField(language, 'serialNumber', 'form.serialNumber', 'form.serialNumber.hint', { required: true })
        : html`${this.#renderTextField(language, 'productModel', 'form.productModel', 'form.productModel.hint', { required: true })}
          ${this.#renderTextField(language, 'purchaseDate', 'form.purchaseDate', 'form.purchaseDate.hint', {
            required: true,
            type: 'date',
            max: localToday(),
          })}`}
      ${this.#renderCountry(language)}
      ${this.#renderTextField(language, 'city', 'form.city', 'form.city.hint', { autocomplete: 'address-level2' })}
      <div class="actions">
        <button part="submit-button" class="submit" type="submit" ?disabled=${loading}>
          ${loading ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : nothing}
          <span>${loading ? t('form.busy') : t('form.submit')}</span>
        </button>
      </div>
    </form>`;
  }

  #describedBy(name: FieldName, hasHint: boolean): string | typeof nothing {
    const ids = [hasHint ? `${fieldIds[name]}-hint` : '', this.fieldErrors[name] ? `${fieldIds[name]}-error` : '']
      .filter(Boolean)
      .join(' ');
    return ids || nothing;
  }

  #renderFieldError(name: FieldName): TemplateResult | typeof nothing {
    const message = this.fieldErrors[name];
    return message
      ? html`<p id="${fieldIds[name]}-error" part="field-error" class="field-error">${message}</p>`
      : nothing;
  }

  #renderTextField(
    language: SupportedLanguage,
    name: FieldName,
    labelKey: TranslationKey,
    hintKey: TranslationKey | undefined,
    options: { required?: boolean; type?: 'text' | 'date'; max?: string; autocomplete?: string } = {},
  ): TemplateResult {
    const id = fieldIds[name];
    const invalid = Boolean(this.fieldErrors[name]);
    return html`<div part="field" class="field">
      <label part="label" for=${id}>${translate(language, labelKey)}</label>
      ${hintKey ? html`<p id="${id}-hint" part="hint" class="hint">${translate(language, hintKey)}</p>` : nothing}
      <input
        part="input"
        id=${id}
        name=${name}
        type=${options.type ?? 'text'}
        .value=${live(this.values[name])}
        ?required=${options.required ?? false}
        max=${options.max ?? nothing}
        autocomplete=${options.autocomplete ?? 'off'}
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${this.#describedBy(name, Boolean(hintKey))}
        @input=${(event: Event) => this.#onFieldInput(name, event)}
      />
      ${this.#renderFieldError(name)}
    </div>`;
  }

  #renderCountry(language: SupportedLanguage): TemplateResult {
    const locale = formattingLocale(this.languageTag);
    const selected = this.values.country;
    const codes = selected && !countryCodes.includes(selected) ? [...countryCodes, selected] : countryCodes;
    const options = codes
      .map((code) => ({ code, name: countryName(code, locale) }))
      .sort((a, b) => a.name.localeCompare(b.name, locale));
    const invalid = Boolean(this.fieldErrors.country);
    return html`<div part="field" class="field">
      <label part="label" for="country">${translate(language, 'form.country')}</label>
      <select
        part="select"
        id="country"
        name="country"
        autocomplete="country"
        aria-invalid=${invalid ? 'true' : nothing}
        aria-describedby=${this.#describedBy('country', false)}
        @change=${(event: Event) => this.#onFieldInput('country', event)}
      >
        <option value="" ?selected=${selected === ''}>—</option>
        ${options.map(
          (option) => html`<option value=${option.code} ?selected=${option.code === selected}>${option.name}</option>`,
        )}
      </select>
      ${this.#renderFieldError('country')}
    </div>`;
  }

  #renderFailure(language: SupportedLanguage, failure: Failure): TemplateResult {
    return html`<div part="error" class="error" role="alert">
      <h2 id="error-heading" part="error-heading" class="error-heading" tabindex="-1">${translate(language, 'error.title')}</h2>
      <p>${failure.message}</p>
      ${failure.detail ? html`<p class="detail">${failure.detail}</p>` : nothing}
      ${failure.retry
        ? html`<button part="retry-button" class="retry" type="button" @click=${this.#onRetry}>
            ${translate(language, 'error.retry')}
          </button>`
        : nothing}
    </div>`;
  }

  #renderResult(language: SupportedLanguage, result: WarrantyCheck): TemplateResult {
    const tag = this.languageTag;
    const keys = statusKeys[result.status];
    const product = result.product;
    const productLine = product.name.toLowerCase().startsWith(product.brand.toLowerCase())
      ? product.name
      : `${product.brand} ${product.name}`;
    const coverages = [...result.coverages].sort(
      (a, b) => Number(b.part === 'WHOLE_UNIT') - Number(a.part === 'WHOLE_UNIT'),
    );
    const remedies = [...result.remedies].sort((a, b) => remedyOrder[a.kind] - remedyOrder[b.kind]);
    const statusClass = result.status.toLowerCase().replace('_', '-');
    return html`<section part="result" class="result ${statusClass}" aria-labelledby="result-heading">
      <h2 id="result-heading" part="result-heading" class="result-heading" tabindex="-1">
        <span class="status-icon" aria-hidden="true">${statusIcon(result.status)}</span>
        ${translate(language, keys.title)}
      </h2>
      <p part="product" class="product">
        ${productLine.includes(result.productModel) ? productLine : `${productLine} · ${result.productModel}`}.
        ${translate(language, 'result.purchasedOn', {
          date: formatDate(result.purchaseDate, tag),
          asOf: formatDate(result.asOf, tag),
        })}
      </p>
      <p part="summary" class="summary">${translate(language, keys.summary)}</p>
      ${result.explanation ? html`<p part="explanation" class="explanation">${result.explanation}</p>` : nothing}
      ${coverages.length > 0 ? this.#renderCoverages(language, result, coverages) : nothing}
      <h3 part="section-heading">${translate(language, 'remedies.title')}</h3>
      ${remedies.length > 0
        ? html`<ul part="remedies" class="remedies">
            ${remedies.map(
              (remedy) =>
                html`<li part="remedy" class="remedy">
                  ${translate(language, `remedies.${remedy.kind}`, { date: formatDate(remedy.until, tag) })}
                </li>`,
            )}
          </ul>`
        : html`<p part="remedies" class="remedies none">${translate(language, 'remedies.none')}</p>`}
      ${result.exclusions.length > 0 || result.paidRepairAvailable
        ? html`<h3 part="section-heading">${translate(language, 'exclusions.title')}</h3>
            ${result.exclusions.length > 0
              ? html`<p>${translate(language, 'exclusions.intro')}</p>
                  <ul part="exclusions" class="exclusions">
                    ${result.exclusions.map(
                      (exclusion) => html`<li part="exclusion" class="exclusion" data-code=${exclusion.code}>${exclusion.description}</li>`,
                    )}
                  </ul>`
              : nothing}
            ${result.paidRepairAvailable
              ? html`<p part="paid-repair" class="paid-repair">${translate(language, 'paidRepair.available')}</p>`
              : nothing}`
        : nothing}
      ${result.legalRights.length > 0 ? this.#renderLegalRights(language, result.legalRights) : nothing}
    </section>`;
  }

  #renderCoverages(language: SupportedLanguage, result: WarrantyCheck, coverages: Coverage[]): TemplateResult {
    const tag = this.languageTag;
    return html`<table part="coverages" class="coverages">
      <caption>${translate(language, 'coverages.title')}</caption>
      <thead>
        <tr>
          <th scope="col">${translate(language, 'coverages.part')}</th>
          <th scope="col">${translate(language, 'coverages.until')}</th>
          <th scope="col">${translate(language, 'coverages.state')}</th>
        </tr>
      </thead>
      <tbody>
        ${coverages.map(
          (coverage) => html`<tr part="coverage-row" class="coverage ${coverage.active ? 'active' : 'ended'}" data-part=${coverage.part}>
            <th scope="row" part="part-name">${partName(language, coverage.part)}</th>
            <td><time datetime=${coverage.endsOn}>${formatDate(coverage.endsOn, tag)}</time></td>
            <td>
              <span part="badge" class="badge">
                <span aria-hidden="true">${coverage.active ? '✓' : '✕'}</span>
                ${translate(language, coverage.active ? 'coverages.active' : 'coverages.ended')}</span
              >
              <span part="time-left" class="time-left">${coverTimeLeft(coverage, result.asOf, tag)}</span>
              ${coverage.extendedByDays > 0
                ? html`<span part="extension" class="extension">
                    ${coverage.extendedByDays === 1
                      ? translate(language, 'coverages.extendedOne')
                      : translate(language, 'coverages.extended', { days: coverage.extendedByDays })}
                  </span>`
                : nothing}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }

  #renderLegalRights(language: SupportedLanguage, rights: LegalRight[]): TemplateResult {
    const tag = this.languageTag;
    return html`<h3 part="section-heading">${translate(language, 'legal.title')}</h3>
      <ul part="legal-rights" class="legal-rights">
        ${rights.map(
          (right) => html`<li part="legal-right" class="legal-right ${right.active ? 'active' : 'ended'}">
            <p>${right.explanation}</p>
            <p class="meta">
              ${right.endsOn ? translate(language, 'legal.until', { date: formatDate(right.endsOn, tag) }) : translate(language, 'legal.noEnd')}
              ${isWebAddress(right.sourceUrl)
                ? html`<a href=${right.sourceUrl} target="_blank" rel="noopener noreferrer"
                    >${translate(language, 'legal.source', { source: right.source })}</a
                  >`
                : translate(language, 'legal.source', { source: right.source })}
            </p>
          </li>`,
        )}
      </ul>`;
  }
}

function statusIcon(status: WarrantyStatus): string {
  return status === 'COVERED' ? '✓' : status === 'PARTLY_COVERED' ? '◐' : status === 'EXPIRED' ? '✕' : '?';
}

function isPastOrToday(text: string): boolean {
  return parseCalendarDate(text) !== undefined && text <= localToday();
}

function isWebAddress(text: string | null): text is string {
  return typeof text === 'string' && /^https?:\/\//i.test(text);
}
