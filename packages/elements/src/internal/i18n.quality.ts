import { catalog, sharedCatalog, textFrom, type SharedKey } from './i18n.js';
import type later from './i18n/quality.en.js';
import type { SupportedLanguage } from './language.js';

/**
 * `<sav-quality-report>`'s strings in English (the reference): a distributor's quality report in
 * its own back office. French, Dutch and Chinese are chunks of their own (i18n/quality.<language>.ts),
 * fetched when the component speaks them. The API sends codes (parts, refusals) and figures; the
 * component words them here. A test checks that every language has every key with the same
 * placeholders. Here, what the first render shows (the set-up's warnings, loading, a failure);
 * the rest of English (the report's headings, charts and tables) is in i18n/quality.en.ts,
 * fetched with the code that shows it (see LazyPart).
 */
const en = {
  'config.title': 'This quality report is not set up correctly',
  'config.missingApi':
    'The api attribute is missing. Set it to your back office’s own endpoint, which forwards the request to SAV with your secret key (the key never goes in the page), or give the report property.',
  'config.invalidDate': 'The {name} attribute "{value}" is not a date (YYYY-MM-DD); it was ignored.',
  'config.invalidCategory': 'The category attribute "{value}" is not a category code (letters, digits, - and _); it was ignored.',
  'config.invalidModel': 'The product model "{value}" in the product-models attribute is not a model code; it was ignored.',
  'config.invalidThreshold': 'The repeat-threshold attribute "{value}" is not a whole number from 2 to 10000; it was ignored.',
  'config.invalidReport': 'The report property is not a quality report; it was ignored.',

  loading: 'Loading the quality report…',
  'error.title': 'The quality report could not be shown',
  'refused.INVALID_RANGE': 'The period starts after it ends: choose a start date on or before the end date.',
  'refused.RANGE_TOO_LONG': 'A report covers at most 5 years: bring the end date closer to the start date.',
  'refused.other': 'SAV refused the filter “{field}”.',
  'error.refused': 'The back office’s endpoint refused the request (HTTP {status}): sign in again, or check that it forwards to SAV with the secret key.',
} as const;

/** A key of the component's strings. */
export type QualityKey = keyof typeof en | keyof typeof later;

/** The component's strings: English here, the other languages fetched when spoken. */
export const qualityCatalog = catalog<QualityKey>(
  en,
  {
    fr: () => import('./i18n/quality.fr.js'),
    nl: () => import('./i18n/quality.nl.js'),
    zh: () => import('./i18n/quality.zh.js'),
  },
  // The rest of English, for the report itself: fetched with the code that shows it.
  () => import('./i18n/quality.en.js'),
);

/** A string of the component's (or a shared one) in a language, English when the language lacks it, placeholders filled. */
export function qualityText(language: SupportedLanguage, key: QualityKey | SharedKey, parameters: Record<string, string | number> = {}): string {
  return textFrom([qualityCatalog, sharedCatalog], language, key, parameters);
}

/** Whether the component's strings have a key built from a code the API sent (a refusal's code it may add later). */
export function hasQualityText(key: string): key is QualityKey {
  return key in en;
}
