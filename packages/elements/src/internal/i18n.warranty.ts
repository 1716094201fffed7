import { catalog, sharedCatalog, textFrom, type SharedKey } from './i18n.js';
import type later from './i18n/warranty.en.js';
import type { SupportedLanguage } from './language.js';

/**
 * `<sav-warranty-check>`'s strings in English (the reference); French, Dutch and Chinese are chunks
 * of their own (i18n/warranty.<language>.ts), fetched when the component speaks them. The strings
 * it shares with the other components are in i18n.ts. A test checks that French has every key with
 * the same placeholders; a string missing in Dutch or Chinese falls back to English.
 * `{name}` placeholders are replaced by `warrantyText`.
 * Here, what the first render shows; the rest of English (the result) is in i18n/warranty.en.ts,
 * fetched with the code that shows it (see LazyPart).
 */
const en = {
  // configuration errors
  'config.title': 'This warranty check is not set up correctly',

  // form
  'form.title': 'Check your warranty',
  'form.mode': 'How would you like to identify your appliance?',
  'form.mode.serial': 'With its serial number',
  'form.mode.model': 'With its model and purchase date',
  'form.serialNumber': 'Serial number',
  'form.serialNumber.hint': 'Printed on the label inside the door or at the back of the appliance.',
  'form.productModel': 'Model',
  'form.productModel.hint': 'For example HRF-DEMO-1, as written on your invoice.',
  'form.purchaseDate': 'Purchase date',
  'form.purchaseDate.hint': 'The date on your invoice.',
  'form.country': 'Country of purchase',
  'form.city': 'City of purchase (optional)',
  'form.city.hint': 'Some warranties depend on where the appliance was bought.',
  'form.submit': 'Check my warranty',
  'form.busy': 'Checking…',
  'status.COVERED.summary': 'Good news: your appliance is covered by the warranty.',
  'status.PARTLY_COVERED.summary': 'Your appliance is partly covered: some parts are still under warranty, others are not.',
  'status.EXPIRED.summary': 'The warranty on your appliance has ended.',
  'status.NO_POLICY.summary': 'We have no warranty terms for your appliance bought on this date and at this place.',
  'result.announce': 'Warranty check done: {title}. {summary}',
  'result.purchasedOn': 'Bought on {date}, judged as of {asOf}.',

  // errors
  'error.title': 'The warranty check did not work',
  'error.productNotFound': 'We could not find this appliance. Check the serial number or the model as written on your invoice.',
} as const;

/** A key of the warranty check's strings. */
export type WarrantyKey = keyof typeof en | keyof typeof later;

/** The warranty check's strings: English here, the other languages fetched when spoken. */
export const warrantyCatalog = catalog<WarrantyKey>(
  en,
  {
    fr: () => import('./i18n/warranty.fr.js'),
    nl: () => import('./i18n/warranty.nl.js'),
    zh: () => import('./i18n/warranty.zh.js'),
  },
  // The rest of English, for what the component shows only after a user action: fetched with that part's code.
  () => import('./i18n/warranty.en.js'),
);

/** A string of the warranty check's (or a shared one) in a language, English when the language lacks it, placeholders filled. */
export function warrantyText(language: SupportedLanguage, key: WarrantyKey | SharedKey, parameters: Record<string, string | number> = {}): string {
  return textFrom([warrantyCatalog, sharedCatalog], language, key, parameters);
}

/** Whether the warranty check's strings have a key built from a code the API sent (an enum value it may add later). */
export function hasWarrantyText(key: string): key is WarrantyKey {
  return key in en;
}

/** A key warranty's text functions accept: its own or a shared one. */
export type WarrantyTextKey = WarrantyKey | SharedKey;
