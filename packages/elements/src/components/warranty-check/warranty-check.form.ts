import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { countryCodes, countryName } from '../../internal/countries.js';
import { localToday } from '../../internal/format.js';
import { translate, type TranslationKey } from '../../internal/i18n.js';
import { formattingLocale, type SupportedLanguage } from '../../internal/language.js';
import type { WarrantyCheckMode } from './warranty-check.component.js';
import { fieldIds, type FieldName, type FormValues } from './warranty-check.fields.js';

/** What the form shows, and whom it tells of the customer's doings. */
export interface FormView {
  language: SupportedLanguage;
  /** The language tag in force, for the country names and their order. */
  languageTag: string | undefined;
  mode: WarrantyCheckMode;
  values: FormValues;
  /** The API's message for each field it refused. */
  fieldErrors: Partial<Record<FieldName, string>>;
  /** A check is running: the form is busy and cannot be submitted again. */
  loading: boolean;
  onSubmit: (event: SubmitEvent) => void;
  onModeChange: (event: Event) => void;
  onFieldInput: (name: FieldName, event: Event) => void;
}

interface TextFieldOptions {
  required?: boolean;
  type?: 'text' | 'date';
  max?: string;
  autocomplete?: string;
}

/**
 * The form: the way to identify the appliance (serial number, or model and purchase date), the
 * country and city of purchase, and the submit button. Each field links its hint and the API's
 * complaint about it through `aria-describedby`.
 */
export function renderForm(view: FormView): TemplateResult {
  const t = (key: TranslationKey) => translate(view.language, key);
  const loading = view.loading;
  return html`<form part="form" class="form" aria-labelledby="form-title" aria-busy=${loading ? 'true' : 'false'} @submit=${view.onSubmit}>
    <h2 id="form-title" part="form-title" class="form-title">${t('form.title')}</h2>
    <fieldset part="mode" class="mode" @change=${view.onModeChange}>
      <legend>${t('form.mode')}</legend>
      <label part="mode-option" class="mode-option">
        <input type="radio" name="mode" value="serial" .checked=${live(view.mode === 'serial')} />
        ${t('form.mode.serial')}
      </label>
      <label part="mode-option" class="mode-option">
        <input type="radio" name="mode" value="model" .checked=${live(view.mode === 'model')} />
        ${t('form.mode.model')}
      </label>
    </fieldset>
    ${view.mode === 'serial'
      ? renderTextField(view, 'serialNumber', 'form.serialNumber', 'form.serialNumber.hint', { required: true })
      : html`${renderTextField(view, 'productModel', 'form.productModel', 'form.productModel.hint', { required: true })}
        ${renderTextField(view, 'purchaseDate', 'form.purchaseDate', 'form.purchaseDate.hint', {
          required: true,
          type: 'date',
          max: localToday(),
        })}`}
    ${renderCountry(view)}
    ${renderTextField(view, 'city', 'form.city', 'form.city.hint', { autocomplete: 'address-level2' })}
    <div class="actions">
      <button part="submit-button" class="submit" type="submit" ?disabled=${loading}>
        ${loading ? html`<span part="spinner" class="spinner" aria-hidden="true"></span>` : nothing}
        <span>${loading ? t('form.busy') : t('form.submit')}</span>
      </button>
    </div>
  </form>`;
}

function renderTextField(
  view: FormView,
  name: FieldName,
  labelKey: TranslationKey,
  hintKey: TranslationKey | undefined,
  options: TextFieldOptions = {},
): TemplateResult {
  const id = fieldIds[name];
  const invalid = Boolean(view.fieldErrors[name]);
  return html`<div part="field" class="field">
    <label part="label" for=${id}>${translate(view.language, labelKey)}</label>
    ${hintKey ? html`<p id="${id}-hint" part="hint" class="hint">${translate(view.language, hintKey)}</p>` : nothing}
    <input
      part="input"
      id=${id}
      name=${name}
      type=${options.type ?? 'text'}
      .value=${live(view.values[name])}
      ?required=${options.required ?? false}
      max=${options.max ?? nothing}
      autocomplete=${options.autocomplete ?? 'off'}
      aria-invalid=${invalid ? 'true' : nothing}
      aria-describedby=${describedBy(view, name, Boolean(hintKey))}
      @input=${(event: Event) => view.onFieldInput(name, event)}
    />
    ${renderFieldError(view, name)}
  </div>`;
}

/** The country select: every offered country, by name in the reader's language, plus one the page set. */
function renderCountry(view: FormView): TemplateResult {
  const locale = formattingLocale(view.languageTag);
  const selected = view.values.country;
  const codes = selected && !countryCodes.includes(selected) ? [...countryCodes, selected] : countryCodes;
  const options = codes
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const invalid = Boolean(view.fieldErrors.country);
  return html`<div part="field" class="field">
    <label part="label" for="country">${translate(view.language, 'form.country')}</label>
    <select
      part="select"
      id="country"
      name="country"
      autocomplete="country"
      aria-invalid=${invalid ? 'true' : nothing}
      aria-describedby=${describedBy(view, 'country', false)}
      @change=${(event: Event) => view.onFieldInput('country', event)}
    >
      <option value="" ?selected=${selected === ''}>—</option>
      ${options.map(
        (option) => html`<option value=${option.code} ?selected=${option.code === selected}>${option.name}</option>`,
      )}
    </select>
    ${renderFieldError(view, 'country')}
  </div>`;
}

function describedBy(view: FormView, name: FieldName, hasHint: boolean): string | typeof nothing {
  const ids = [hasHint ? `${fieldIds[name]}-hint` : '', view.fieldErrors[name] ? `${fieldIds[name]}-error` : '']
    .filter(Boolean)
    .join(' ');
  return ids || nothing;
}

function renderFieldError(view: FormView, name: FieldName): TemplateResult | typeof nothing {
  const message = view.fieldErrors[name];
  return message ? html`<p id="${fieldIds[name]}-error" part="field-error" class="field-error">${message}</p>` : nothing;
}
