import { readConnection, type Connection, type ConnectionAttributes } from '../../internal/connection.js';
import { countryFromLanguage, isCountryCode } from '../../internal/countries.js';
import { localToday, parseCalendarDate } from '../../internal/format.js';
import { bookingText } from '../../internal/i18n.booking.js';
import type { SupportedLanguage } from '../../internal/language.js';
import { isTimeZone } from '../../internal/zoned-time.js';
import type { BookingDraft } from './booking.draft.js';

/** The attributes a page sets on `<sav-booking>`, as properties. */
export interface BookingAttributes extends ConnectionAttributes {
  readonly productModel: string | undefined;
  readonly serialNumber: string | undefined;
  readonly purchaseDate: string | undefined;
  readonly country: string | undefined;
  readonly timeZone: string | undefined;
}

/**
 * How to reach the gateway (or a fatal problem), the zone the page sets (to show times in instead of
 * the API's; none when unset or invalid), and warnings about ignored values.
 */
export type Configuration = Connection & { readonly timeZone: string | undefined; readonly warnings: readonly string[] };

/** Reads the attributes; never throws: a wrong value is a message in the reader's language. */
export function readConfiguration(attributes: BookingAttributes, language: SupportedLanguage): Configuration {
  const warnings: string[] = [];
  const zone = attributes.timeZone?.trim();
  const timeZone = isTimeZone(zone) ? zone : undefined;
  if (zone && !timeZone) warnings.push(bookingText(language, 'booking.config.invalidTimeZone', { value: zone }));
  const connection = readConnection(attributes, language);
  if (connection.fatal !== undefined) return { ...connection, timeZone, warnings: [] };

  const purchaseDate = attributes.purchaseDate?.trim();
  if (purchaseDate && !isPastOrToday(purchaseDate)) warnings.push(bookingText(language, 'config.invalidPurchaseDate', { value: purchaseDate }));
  const country = attributes.country?.trim();
  if (country && !isCountryCode(country)) warnings.push(bookingText(language, 'config.invalidCountry', { value: country }));
  return { ...connection, timeZone, warnings };
}

/**
 * A new draft's values from the page's attributes: the model, serial number and purchase date, and
 * the country of the address (the `country` attribute, else the language's, e.g. FR for `fr`).
 * Invalid values are left out (`readConfiguration` warns about them).
 */
export function prefill(draft: BookingDraft, attributes: BookingAttributes, languageTag: string | undefined): BookingDraft {
  const values = { ...draft.values };
  const productModel = attributes.productModel?.trim();
  const serialNumber = attributes.serialNumber?.trim();
  const purchaseDate = attributes.purchaseDate?.trim();
  const country = attributes.country?.trim();
  if (productModel) values.productModel = productModel;
  if (serialNumber) values.serialNumber = serialNumber;
  if (purchaseDate && isPastOrToday(purchaseDate)) values.purchaseDate = purchaseDate;
  values.country = country && isCountryCode(country) ? country.toUpperCase() : (countryFromLanguage(languageTag) ?? '');
  return { ...draft, values };
}

function isPastOrToday(text: string): boolean {
  return parseCalendarDate(text) !== undefined && text <= localToday();
}
