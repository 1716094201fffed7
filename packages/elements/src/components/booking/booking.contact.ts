import { html, type TemplateResult } from 'lit';
import { renderCountrySelect, renderTextField } from '../../internal/fields.js';
import { limits } from './booking.validation.js';
import { fieldView, type BookingViewContext } from './booking.view.js';

/** Step 2: where the appliance is (the technician's address), with autofill hints. */
export function renderAddressStep(context: BookingViewContext): TemplateResult {
  return html`${renderTextField(fieldView(context, 'line1', 'booking.line1'), {
      required: true,
      maxlength: limits.line1,
      autocomplete: 'address-line1',
    })}
    ${renderTextField(fieldView(context, 'line2', 'booking.line2', 'booking.line2.hint'), {
      maxlength: limits.line2,
      autocomplete: 'address-line2',
    })}
    ${renderTextField(fieldView(context, 'postalCode', 'booking.postalCode'), {
      required: true,
      maxlength: limits.postalCode,
      autocomplete: 'postal-code',
    })}
    ${renderTextField(fieldView(context, 'city', 'booking.city'), { required: true, maxlength: limits.city, autocomplete: 'address-level2' })}
    ${renderCountrySelect(fieldView(context, 'country', 'booking.country'), context.languageTag, { required: true })}`;
}

/** Step 4: how to reach the customer. */
export function renderContactStep(context: BookingViewContext): TemplateResult {
  return html`${renderTextField(fieldView(context, 'name', 'booking.name'), { required: true, maxlength: limits.name, autocomplete: 'name' })}
    ${renderTextField(fieldView(context, 'email', 'booking.email', 'booking.email.hint'), {
      type: 'email',
      required: true,
      maxlength: limits.email,
      autocomplete: 'email',
    })}
    ${renderTextField(fieldView(context, 'phone', 'booking.phone', 'booking.phone.hint'), {
      type: 'tel',
      required: true,
      maxlength: limits.phone,
      autocomplete: 'tel',
    })}`;
}
