import { html, type TemplateResult } from 'lit';
import { bookingText, type BookingTextKey } from '../../internal/i18n.booking.js';
import type { SupportedLanguage } from '../../internal/language.js';
import type { RepairMode } from './booking.draft.js';

/** The steps a customer fills in, in order; `done` is the confirmation after them. */
export type FormStep = 'product' | 'address' | 'window' | 'contact' | 'review';
export type BookingStep = FormStep | 'done';

export const formSteps: readonly FormStep[] = ['product', 'address', 'window', 'contact', 'review'];

/**
 * The fields of the form, named as the API's last path segment names them (`customer.address.postalCode`
 * → `postalCode`), so `InvalidInput.field` finds them; `slotStart` is the arrival window (or drop-off
 * slot) chosen, `workshopId` the workshop.
 */
export type FieldName =
  | 'productModel'
  | 'serialNumber'
  | 'purchaseDate'
  | 'symptoms'
  | 'fault'
  | 'line1'
  | 'line2'
  | 'postalCode'
  | 'city'
  | 'country'
  | 'workshopId'
  | 'slotStart'
  | 'name'
  | 'email'
  | 'phone';

/** The text values a customer types or chooses (the symptoms, the workshop and the window are kept apart). */
export type TextFieldName = Exclude<FieldName, 'symptoms' | 'workshopId' | 'slotStart'>;

/** Each step's fields, in the order the step shows them. */
export const stepFields: Record<FormStep, readonly FieldName[]> = {
  product: ['productModel', 'serialNumber', 'purchaseDate', 'symptoms', 'fault'],
  address: ['line1', 'line2', 'postalCode', 'city', 'country'],
  window: ['workshopId', 'slotStart'],
  contact: ['name', 'email', 'phone'],
  review: [],
};

/** Every field, in the order of the steps. */
export const allFields: readonly FieldName[] = formSteps.flatMap((step) => stepFields[step]);

/** The step that shows a field. */
export function stepOf(field: FieldName): FormStep {
  return formSteps.find((step) => stepFields[step].includes(field)) ?? 'product';
}

/** Each field's control id in the shadow root (`<id>-hint`, `<id>-error` beside it). */
export const fieldIds: Record<FieldName, string> = {
  productModel: 'product-model',
  serialNumber: 'serial-number',
  purchaseDate: 'purchase-date',
  symptoms: 'symptoms',
  fault: 'fault',
  line1: 'line1',
  line2: 'line2',
  postalCode: 'postal-code',
  city: 'city',
  country: 'country',
  workshopId: 'workshop',
  slotStart: 'slot',
  name: 'name',
  email: 'email',
  phone: 'phone',
};

const headings: Record<FormStep, BookingTextKey> = {
  product: 'booking.step.product',
  address: 'booking.step.address',
  window: 'booking.step.window',
  contact: 'booking.step.contact',
  review: 'booking.step.review',
};

const shortNames: Record<FormStep, BookingTextKey> = {
  product: 'booking.stepShort.product',
  address: 'booking.stepShort.address',
  window: 'booking.stepShort.window',
  contact: 'booking.stepShort.contact',
  review: 'booking.stepShort.review',
};

/** The key of a string's drop-off words in the `workshop` mode (`<key>.dropOff`), else the key itself. */
export function modeKey<Key extends string>(key: Key, mode: RepairMode) {
  return `${key}${mode === 'workshop' ? '.dropOff' : ''}` as const;
}

/** A step's heading; the window step's asks when the device is dropped off in the `workshop` mode. */
export function stepTitle(step: FormStep, language: SupportedLanguage, mode: RepairMode): string {
  return bookingText(language, step === 'window' ? modeKey('booking.step.window', mode) : headings[step]);
}

/** A step's short name, as the progress list says it. */
export function stepShortName(step: FormStep, language: SupportedLanguage, mode: RepairMode): string {
  return bookingText(language, step === 'window' ? modeKey('booking.stepShort.window', mode) : shortNames[step]);
}

/** "Step 2 of 5". */
export function progressText(step: FormStep, language: SupportedLanguage): string {
  return bookingText(language, 'booking.progress', { current: formSteps.indexOf(step) + 1, total: formSteps.length });
}

/** What the live region says when a step opens: "Step 2 of 5: Where is the appliance?". */
export function stepAnnouncement(step: FormStep, language: SupportedLanguage, mode: RepairMode): string {
  return bookingText(language, 'booking.announce.step', {
    current: formSteps.indexOf(step) + 1,
    total: formSteps.length,
    title: stepTitle(step, language, mode),
  });
}

/**
 * The progress indicator: "Step 2 of 5" (`#progress-text`, which each step's form is described by)
 * and the list of steps, the current one marked `aria-current="step"`.
 */
export function renderProgress(step: FormStep, language: SupportedLanguage, mode: RepairMode): TemplateResult {
  const current = formSteps.indexOf(step);
  return html`<div part="progress" class="progress">
    <p id="progress-text" part="progress-text" class="progress-text">${progressText(step, language)}</p>
    <ol class="progress-steps" aria-label=${bookingText(language, 'booking.progress.label')}>
      ${formSteps.map(
        (each, index) =>
          html`<li
            part="progress-step"
            class=${index < current ? 'done' : index === current ? 'current' : 'todo'}
            aria-current=${index === current ? 'step' : 'false'}
          >
            ${stepShortName(each, language, mode)}
          </li>`,
      )}
    </ol>
  </div>`;
}
