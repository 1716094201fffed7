import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { countryCodes, countryName } from './countries.js';
import { formattingLocale } from './language.js';

/**
 * One form field as a component shows it: a native control in the shadow root, its label, an
 * optional hint, and the message of what is wrong with it. The control's `aria-describedby` links
 * the hint, any extra note (a counter) and the message; `aria-invalid` marks it while wrong.
 * The hint is `<id>-hint`, the message `<id>-error`.
 */
export interface FieldView {
  id: string;
  /** The control's `name` (the API's name for the value). */
  name: string;
  label: string;
  hint?: string | undefined;
  value: string;
  /** What is wrong with the value, in the reader's language; none while it is right. */
  error?: string | undefined;
  onInput: (event: Event) => void;
  /** Leaving the field (to check it inline). */
  onBlur?: ((event: Event) => void) | undefined;
}

/** Native constraints and autofill hints of a text-like control. */
export interface TextFieldOptions {
  type?: 'text' | 'date' | 'email' | 'tel';
  required?: boolean;
  max?: string | undefined;
  minlength?: number;
  maxlength?: number;
  autocomplete?: string;
  inputmode?: string;
  /** Ids of other nodes that describe the control (e.g. a counter). */
  describedBy?: readonly string[];
}

/** The ids that describe a field's control: its hint, extra notes, and its message while wrong. */
export function describedBy(field: FieldView, extra: readonly string[] = []): string | typeof nothing {
  const ids = [field.hint ? `${field.id}-hint` : '', ...extra, field.error ? `${field.id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : nothing;
}

/** The message under a field that is wrong (nothing while it is right). */
export function renderFieldError(id: string, error: string | undefined): TemplateResult | typeof nothing {
  return error ? html`<p id="${id}-error" part="field-error" class="field-error">${error}</p>` : nothing;
}

function renderLabelAndHint(field: FieldView): TemplateResult {
  return html`<label part="label" for=${field.id}>${field.label}</label>
    ${field.hint ? html`<p id="${field.id}-hint" part="hint" class="hint">${field.hint}</p>` : nothing}`;
}

/** A text, date, email or phone field (part `input`). */
export function renderTextField(field: FieldView, options: TextFieldOptions = {}): TemplateResult {
  return html`<div part="field" class="field">
    ${renderLabelAndHint(field)}
    <input
      part="input"
      id=${field.id}
      name=${field.name}
      type=${options.type ?? 'text'}
      .value=${live(field.value)}
      ?required=${options.required ?? false}
      max=${options.max ?? nothing}
      minlength=${options.minlength ?? nothing}
      maxlength=${options.maxlength ?? nothing}
      inputmode=${options.inputmode ?? nothing}
      autocomplete=${options.autocomplete ?? 'off'}
      aria-invalid=${field.error ? 'true' : nothing}
      aria-describedby=${describedBy(field, options.describedBy)}
      @input=${field.onInput}
      @blur=${field.onBlur ?? nothing}
    />
    ${renderFieldError(field.id, field.error)}
  </div>`;
}

/**
 * A multi-line text field (part `textarea`) with a counter of characters (part `counter`,
 * `<id>-counter`) that its control is described by. Characters are counted as the gateway counts
 * them: Unicode code points.
 */
export function renderTextArea(
  field: FieldView,
  options: { required?: boolean; minlength: number; maxlength: number; counter: (count: number, max: number) => string },
): TemplateResult {
  const count = [...field.value].length;
  return html`<div part="field" class="field">
    ${renderLabelAndHint(field)}
    <textarea
      part="textarea"
      id=${field.id}
      name=${field.name}
      rows="4"
      .value=${live(field.value)}
      ?required=${options.required ?? false}
      minlength=${options.minlength}
      maxlength=${options.maxlength}
      aria-invalid=${field.error ? 'true' : nothing}
      aria-describedby=${describedBy(field, [`${field.id}-counter`])}
      @input=${field.onInput}
      @blur=${field.onBlur ?? nothing}
    ></textarea>
    <p id="${field.id}-counter" part="counter" class="counter ${count > options.maxlength ? 'over' : ''}">
      ${options.counter(count, options.maxlength)}
    </p>
    ${renderFieldError(field.id, field.error)}
  </div>`;
}

/**
 * The country select (part `select`): every offered country by name in the reader's language,
 * alphabetically, plus the one selected when it is not among them.
 */
export function renderCountrySelect(field: FieldView, languageTag: string | undefined, options: { required?: boolean } = {}): TemplateResult {
  const locale = formattingLocale(languageTag);
  const selected = field.value;
  const codes = selected && !countryCodes.includes(selected) ? [...countryCodes, selected] : countryCodes;
  const countries = codes
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  return html`<div part="field" class="field">
    ${renderLabelAndHint(field)}
    <select
      part="select"
      id=${field.id}
      name=${field.name}
      autocomplete="country"
      ?required=${options.required ?? false}
      aria-invalid=${field.error ? 'true' : nothing}
      aria-describedby=${describedBy(field)}
      @change=${field.onInput}
      @blur=${field.onBlur ?? nothing}
    >
      <option value="" ?selected=${selected === ''}>—</option>
      ${countries.map((country) => html`<option value=${country.code} ?selected=${country.code === selected}>${country.name}</option>`)}
    </select>
    ${renderFieldError(field.id, field.error)}
  </div>`;
}
