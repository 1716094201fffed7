import { readConnection, type Connection, type ConnectionAttributes } from '../../internal/connection.js';
import { countryFromLanguage, isCountryCode } from '../../internal/countries.js';
import { localToday, parseCalendarDate } from '../../internal/format.js';
import { warrantyText } from '../../internal/i18n.warranty.js';
import type { SupportedLanguage } from '../../internal/language.js';
import type { WarrantyCheckMode } from './warranty-check.component.js';
import type { FormValues } from './warranty-check.fields.js';

/** The attributes a page sets on `<sav-warranty-check>`, as properties. */
export interface WarrantyCheckAttributes extends ConnectionAttributes {
  readonly productModel: string | undefined;
  readonly serialNumber: string | undefined;
  readonly purchaseDate: string | undefined;
  readonly country: string | undefined;
}

/** The attributes read: how to reach the gateway (or a fatal problem), and warnings about ignored values. */
export type Configuration = Connection & { readonly warnings: readonly string[] };

/** Reads the attributes; never throws: a wrong value is a message. */
export function readConfiguration(attributes: WarrantyCheckAttributes, language: SupportedLanguage): Configuration {
  const connection = readConnection(attributes, language);
  if (connection.fatal !== undefined) return { ...connection, warnings: [] };

  const warnings: string[] = [];
  const purchaseDate = attributes.purchaseDate?.trim();
  if (purchaseDate && !isPastOrToday(purchaseDate)) {
    warnings.push(warrantyText(language, 'config.invalidPurchaseDate', { value: purchaseDate }));
  }
  const country = attributes.country?.trim();
  if (country && !isCountryCode(country)) {
    warnings.push(warrantyText(language, 'config.invalidCountry', { value: country }));
  }
  return { ...connection, warnings };
}

/**
 * The form's values once the attributes are applied over `values`: a valid value replaces what the
 * form holds, an invalid one is ignored (`readConfiguration` warns about it). The first time, the
 * country defaults to the page's language's, and the mode is chosen: "model" when the page gave a
 * model and no serial number.
 */
export function prefill(
  values: FormValues,
  attributes: WarrantyCheckAttributes,
  languageTag: string | undefined,
  firstTime: boolean,
): { values: FormValues; mode?: WarrantyCheckMode } {
  const prefilled = { ...values };
  const productModel = attributes.productModel?.trim();
  const serialNumber = attributes.serialNumber?.trim();
  const purchaseDate = attributes.purchaseDate?.trim();
  if (productModel) prefilled.productModel = productModel;
  if (serialNumber) prefilled.serialNumber = serialNumber;
  if (purchaseDate && isPastOrToday(purchaseDate)) prefilled.purchaseDate = purchaseDate;
  const country = attributes.country?.trim();
  if (country && isCountryCode(country)) prefilled.country = country.toUpperCase();
  else if (firstTime) prefilled.country = countryFromLanguage(languageTag) ?? '';
  if (!firstTime) return { values: prefilled };
  return { values: prefilled, mode: serialNumber || !productModel ? 'serial' : 'model' };
}

function isPastOrToday(text: string): boolean {
  return parseCalendarDate(text) !== undefined && text <= localToday();
}
