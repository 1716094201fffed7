import { catalog, sharedCatalog, textFrom, type SharedKey } from './i18n.js';
import type later from './i18n/reintervention.en.js';
import type { SupportedLanguage } from './language.js';

/**
 * `<sav-reintervention-terms>`'s strings in English (the reference): an installer network's terms
 * in plain words (seed 000, Wipoz!) and its calculator. French, Dutch and Chinese are chunks of
 * their own (i18n/reintervention.<language>.ts), fetched when the component speaks them. The API
 * sends codes (causes, payers, rules, how time is counted) and amounts; the component words them
 * here, and words the quote's "why" itself where the gateway has no explanation in the reader's
 * language (Dutch, Chinese). A test checks that every language has every key with the same placeholders.
 * Here, what the first render shows; the rest of English (the terms, the calculator and its
 * checks, the quote's words) is in i18n/reintervention.en.ts, fetched with the code that shows it
 * (see LazyPart).
 */
const en = {
  'config.title': 'These reintervention terms are not set up correctly',
  'config.invalidCountry': 'The country attribute "{value}" is not a two-letter ISO country code; it was ignored.',

  loading: 'Loading the terms…',
  'error.title': 'The terms could not be shown',

  'cause.SUPPLIES': 'A defect of the supplies',
  'cause.DESIGNER': 'A defect of the kitchen designer’s work',
  'cause.INSTALLER': 'The installer’s own work',

  'calc.cause.missing': 'Choose what caused the return visit.',
  'calc.tooLong': 'A visit lasts at most 24 hours (1440 minutes).',
  'calc.failed': 'The return visit could not be worked out',
  'calc.noVatRate': 'These terms have no VAT rate for {country}.',

  'result.title': 'Result',
  'result.billable': 'Billable to {payer}',
  'result.notBillable': 'Not billable: at the installer’s expense',
  'result.time': '{presence} at the customer’s; time billed: {billed}.',
  'result.timeNone': '{presence} at the customer’s, nothing billed.',
  'result.exclTax': 'Amount excl. tax',
  'result.vat': 'VAT ({percent})',
  'result.inclTax': 'Amount incl. tax',
  'result.why': 'Why',
  'result.announce': '{headline}. {total}',
} as const;

/** A key of the component's strings. */
export type ReinterventionKey = keyof typeof en | keyof typeof later;

/** The component's strings: English here, the other languages fetched when spoken. */
export const reinterventionCatalog = catalog<ReinterventionKey>(
  en,
  {
    fr: () => import('./i18n/reintervention.fr.js'),
    nl: () => import('./i18n/reintervention.nl.js'),
    zh: () => import('./i18n/reintervention.zh.js'),
  },
  // The rest of English, for what the component shows only after a user action: fetched with that part's code.
  () => import('./i18n/reintervention.en.js'),
);

/** A string of the component's (or a shared one) in a language, English when the language lacks it, placeholders filled. */
export function reinterventionText(language: SupportedLanguage, key: ReinterventionKey | SharedKey, parameters: Record<string, string | number> = {}): string {
  return textFrom([reinterventionCatalog, sharedCatalog], language, key, parameters);
}

/** Whether the component's strings have a key built from a code the API sent (an enum value it may add later). */
export function hasReinterventionText(key: string): key is ReinterventionKey {
  return key in en;
}
