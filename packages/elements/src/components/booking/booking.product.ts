import { html, nothing, type TemplateResult } from 'lit';
import { describedBy, renderFieldError, renderTextArea, renderTextField } from '../../internal/fields.js';
import { localToday } from '../../internal/format.js';
import { bookingText } from '../../internal/i18n.booking.js';
import { limits } from './booking.validation.js';
import { fieldView, type BookingViewContext } from './booking.view.js';

/**
 * Step 1: the model (prefilled by the page), the serial number, the purchase date, the symptoms
 * the model's repair options list, and the fault in the customer's words with a counter.
 */
export function renderProductStep(context: BookingViewContext): TemplateResult {
  const language = context.language;
  const values = context.draft.values;
  return html`${renderTextField(fieldView(context, 'productModel', 'booking.productModel', 'booking.productModel.hint'), {
      required: true,
      maxlength: limits.productModel,
    })}
    ${renderTextField(fieldView(context, 'serialNumber', 'booking.serialNumber', 'booking.serialNumber.hint'), {
      maxlength: limits.serialNumber,
    })}
    ${renderTextField(fieldView(context, 'purchaseDate', 'booking.purchaseDate', 'booking.purchaseDate.hint'), {
      type: 'date',
      required: !values.serialNumber.trim(),
      max: localToday(),
    })}
    ${renderSymptoms(context)}
    ${renderTextArea(fieldView(context, 'fault', 'booking.fault', 'booking.fault.hint'), {
      required: true,
      minlength: limits.faultMin,
      maxlength: limits.fault,
      counter: (count, max) => bookingText(language, 'booking.fault.counter', { count, max }),
    })}`;
}

/** The symptoms as checkboxes (labels in the reader's language, from the gateway). */
function renderSymptoms(context: BookingViewContext): TemplateResult {
  const { booking, language } = context;
  const symptoms = booking.options?.symptoms ?? [];
  const error = booking.fieldErrors.symptoms;
  const loading = booking.busy.has('options');
  const status = loading
    ? bookingText(language, 'booking.symptoms.loading')
    : booking.optionsFailed
      ? bookingText(language, 'booking.symptoms.unavailable')
      : '';
  const field = { id: 'symptoms', name: 'symptoms', label: '', value: '', error, onInput: () => {} };
  return html`<fieldset part="symptoms" class=${loading ? 'symptoms loading' : 'symptoms'} id="symptoms" aria-describedby=${describedBy(field)} @change=${context.handlers.onSymptomChange}>
    <legend part="label">${bookingText(language, 'booking.symptoms')}</legend>
    ${status ? html`<p part="hint" class="hint">${status}</p>` : nothing}
    ${symptoms.map(
      (symptom) => html`<label part="symptom" class="symptom">
        <input type="checkbox" name="symptoms" value=${symptom.code} .checked=${context.draft.symptoms.includes(symptom.code)} />
        ${symptom.label}
      </label>`,
    )}
    ${renderFieldError('symptoms', error)}
  </fieldset>`;
}
