import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { renderCountrySelect, renderTextField as renderField, type FieldView, type TextFieldOptions } from '../../internal/fields.js';
import { localToday } from '../../internal/format.js';
import { warrantyText, type WarrantyTextKey } from '../../internal/i18n.warranty.js';
import type { SupportedLanguage } from '../../internal/language.js';
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

/**
 * The form: the way to identify the appliance (serial number, or model and purchase date), the
 * country and city of purchase, and the submit button. Each field links its hint and the API's
 * complaint about it through `aria-describedby`.
 */
export function renderForm(view: FormView): TemplateResult {
  const t = (key: WarrantyTextKey) => warrantyText(view.language, key);
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
  labelKey: WarrantyTextKey,
  hintKey: WarrantyTextKey | undefined,
  options: TextFieldOptions = {},
): TemplateResult {
  return renderField(fieldView(view, name, labelKey, hintKey), options);
}

/** The country select: every offered country, by name in the reader's language, plus one the page set. */
function renderCountry(view: FormView): TemplateResult {
  return renderCountrySelect(fieldView(view, 'country', 'form.country', undefined), view.languageTag);
}

function fieldView(view: FormView, name: FieldName, labelKey: WarrantyTextKey, hintKey: WarrantyTextKey | undefined): FieldView {
  return {
    id: fieldIds[name],
    name,
    label: warrantyText(view.language, labelKey),
    hint: hintKey ? warrantyText(view.language, hintKey) : undefined,
    value: view.values[name],
    error: view.fieldErrors[name],
    onInput: (event: Event) => view.onFieldInput(name, event),
  };
}
