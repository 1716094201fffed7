import type { WarrantyCheckInput } from '@sav/client';
import type { WarrantyCheckMode } from './warranty-check.component.js';

/** The form fields, named as the API's `WarrantyCheckInput` names them (and `InvalidInput.field`). */
export type FieldName = 'serialNumber' | 'productModel' | 'purchaseDate' | 'country' | 'city';

/** What the customer typed or chose, field by field (`country` an ISO code, `purchaseDate` `YYYY-MM-DD`). */
export type FormValues = Record<FieldName, string>;

/** Each field's control id in the shadow root (its hint is `<id>-hint`, its error `<id>-error`). */
export const fieldIds: Record<FieldName, string> = {
  serialNumber: 'serial-number',
  productModel: 'product-model',
  purchaseDate: 'purchase-date',
  country: 'country',
  city: 'city',
};

export function emptyFormValues(): FormValues {
  return { serialNumber: '', productModel: '', purchaseDate: '', country: '', city: '' };
}

/** The fields the form shows in a mode: the serial number, or the model and its purchase date. */
export function shownFields(mode: WarrantyCheckMode): FieldName[] {
  return mode === 'serial' ? ['serialNumber', 'country', 'city'] : ['productModel', 'purchaseDate', 'country', 'city'];
}

/** Whether the form holds enough to check in its mode (the page may prefill that much). */
export function isComplete(mode: WarrantyCheckMode, values: FormValues): boolean {
  return mode === 'serial' ? Boolean(values.serialNumber) : Boolean(values.productModel && values.purchaseDate);
}

/**
 * The API's input from what the form shows: only the mode's identifying fields (an empty one sent
 * as null, for the API to name), and the country and city when given.
 */
export function warrantyCheckInput(mode: WarrantyCheckMode, values: FormValues): WarrantyCheckInput {
  const trimmed = (value: string) => value.trim() || undefined;
  const input: WarrantyCheckInput = {};
  if (mode === 'serial') {
    input.serialNumber = trimmed(values.serialNumber) ?? null;
  } else {
    input.productModel = trimmed(values.productModel) ?? null;
    input.purchaseDate = trimmed(values.purchaseDate) ?? null;
  }
  const country = trimmed(values.country);
  if (country) input.country = country;
  const city = trimmed(values.city);
  if (city) input.city = city;
  return input;
}
