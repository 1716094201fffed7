import { localToday, parseCalendarDate } from '../../internal/format.js';
import { bookingText } from '../../internal/i18n.booking.js';
import type { SupportedLanguage } from '../../internal/language.js';
import type { BookingDraft } from './booking.draft.js';
import { modeKey, stepFields, type FieldName, type FormStep } from './booking.steps.js';

/**
 * The limits the gateway enforces (packages/rules, intake), checked before sending so a customer
 * learns at once; the controls carry them as native constraints too. Lengths count code points.
 */
export const limits = {
  productModel: 100,
  serialNumber: 100,
  faultMin: 3,
  fault: 2000,
  line1: 200,
  line2: 200,
  postalCode: 20,
  city: 100,
  name: 100,
  email: 254,
  phone: 40,
} as const;

const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;
const PHONE = /^[+(]?[\d\s().\-/]+$/;

const length = (text: string) => [...text].length;

/** What is wrong with a field of the draft, in the reader's language; undefined when nothing is. */
export function fieldProblem(field: FieldName, draft: BookingDraft, language: SupportedLanguage, today = localToday()): string | undefined {
  const t = (key: Parameters<typeof bookingText>[1], parameters?: Record<string, number>) => bookingText(language, key, parameters);
  const required = () => t('booking.invalid.required');
  const tooLong = (text: string, max: number) => (length(text) > max ? t('booking.invalid.tooLong', { max }) : undefined);

  if (field === 'symptoms') return undefined;
  const dropOff = draft.mode === 'workshop';
  // In the workshop mode, the workshop first: its slots come after.
  if (field === 'workshopId') return dropOff && !draft.workshop ? t('booking.invalid.workshop') : undefined;
  if (field === 'slotStart') return draft.slot || (dropOff && !draft.workshop) ? undefined : t(modeKey('booking.invalid.window', draft.mode));
  const value = draft.values[field].trim();
  switch (field) {
    case 'serialNumber':
      return tooLong(value, limits.serialNumber);
    case 'line2':
      return tooLong(value, limits.line2);
    case 'purchaseDate':
      if (!value) return draft.values.serialNumber.trim() ? undefined : required();
      if (!parseCalendarDate(value)) return t('booking.invalid.date');
      return value > today ? t('booking.invalid.futureDate') : undefined;
    case 'fault':
      if (!value) return required();
      if (length(value) < limits.faultMin) return t('booking.invalid.tooShort', { min: limits.faultMin });
      return tooLong(value, limits.fault);
    case 'email':
      if (!value) return required();
      return tooLong(value, limits.email) ?? (EMAIL.test(value) ? undefined : t('booking.invalid.email'));
    case 'phone':
      if (!value) return required();
      return PHONE.test(value) && value.replace(/\D/g, '').length >= 6 ? tooLong(value, limits.phone) : t('booking.invalid.phone');
    case 'country':
      return value ? undefined : required();
    default:
      return value ? tooLong(value, limits[field]) : required();
  }
}

/** Every problem of a step's fields, in the order the step shows them. */
export function stepProblems(step: FormStep, draft: BookingDraft, language: SupportedLanguage): Partial<Record<FieldName, string>> {
  const problems: Partial<Record<FieldName, string>> = {};
  for (const field of stepFields[step]) {
    const problem = fieldProblem(field, draft, language);
    if (problem) problems[field] = problem;
  }
  return problems;
}
