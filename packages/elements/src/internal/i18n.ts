import type appearanceEnglish from './appearance.en.js';
import { LANGUAGES, supportedLanguage, type SupportedLanguage } from './language.js';

/**
 * Every component's strings are split into catalogs: the ones they share (below: configuration and
 * request errors, the parts' names, a warranty's status), and one per component beside this file
 * (i18n.warranty.ts, i18n.booking.ts, i18n.tracker.ts, i18n.certificate.ts, i18n.reintervention.ts).
 * English is in the bundle; every other language is a chunk of its own (i18n/<catalog>.<language>.ts),
 * fetched with `import()` only when a component speaks it (see `loadLanguage`), so a page downloads
 * no language it does not use. A string missing in a language falls back to English, as does a
 * language whose chunk could not be fetched. `{name}` placeholders are filled by `fillPlaceholders`.
 */
const en = {
  // configuration errors
  'config.missingKey': 'The publishable-key attribute is missing. Add the publishable key (pk_…) SAV gave you.',
  'config.secretKey': 'A secret key (sk_…) must never be put in a web page. Use a publishable key (pk_…) and revoke this one.',
  'config.invalidKey': 'The publishable-key attribute "{value}" is not a publishable key (it should start with pk_).',
  'config.invalidApi': 'The api attribute "{value}" is not a valid http(s) URL.',
  'config.invalidPurchaseDate': 'The purchase-date attribute "{value}" is not a valid past date (YYYY-MM-DD); it was ignored.',
  'config.invalidCountry': 'The country attribute "{value}" is not a two-letter ISO country code; it was ignored.',

  // request errors
  'error.invalidInput': 'Please correct the highlighted information.',
  'error.network': 'The after-sales service could not be reached. Check your connection and try again.',
  'error.unauthenticated': 'The after-sales service refused this site\'s key. Please tell the shop.',
  'error.rateLimited': 'Too many requests in a short time. Please try again in a minute.',
  'error.server': 'The after-sales service could not answer ({code}). Please try again later.',
  'error.retry': 'Try again',

  // a warranty's status and a coverage's time left (the warranty check, the booking's review)
  'status.COVERED.title': 'Covered',
  'status.PARTLY_COVERED.title': 'Partly covered',
  'status.EXPIRED.title': 'Warranty ended',
  'status.NO_POLICY.title': 'No warranty found',
  'coverages.left': '{duration} left',
  'coverages.endedAgo': 'ended {duration} ago',
  'coverages.endsToday': 'last day today',

  // parts
  'part.WHOLE_UNIT': 'Whole appliance',
  'part.COMPRESSOR': 'Compressor',
  'part.EVAPORATOR': 'Evaporator',
  'part.CONDENSER': 'Condenser',
  'part.SOLENOID_VALVE': 'Solenoid valve',
  'part.MAIN_CONTROL_BOARD': 'Main control board',
  'part.CABINET': 'Cabinet',
  'part.DOOR': 'Door',
  'part.TEMPERATURE_CONTROLLER': 'Temperature controller',
  'part.FILTER': 'Filter',
  'part.CAPILLARY_TUBE': 'Capillary tube',
  'part.FAN_MOTOR': 'Fan motor',
  'part.DEFROST_HEATER': 'Defrost heater',
  'part.ICE_MAKER': 'Ice maker',
  'part.TIMER': 'Timer',
  'part.PARTS': 'Other parts',
} as const;

/** A key of the shared strings. */
export type SharedKey = keyof typeof en | keyof typeof appearanceEnglish;

/** The languages other than English, each loaded on demand. */
export type OtherLanguage = Exclude<SupportedLanguage, 'en'>;

/** A partial dictionary of a catalog's strings in one language. */
export type Dictionary<Key extends string> = Partial<Record<Key, string>>;

/** What a language chunk exports. */
export type DictionaryModule<Key extends string> = { default: Dictionary<Key> };

/**
 * One set of strings: English complete and always there; the other languages fetched by `load`
 * (a language without a loader is spoken in English) and kept in `loaded` once they arrive.
 */
export interface Catalog<Key extends string> {
  /**
   * English, complete once `later` has arrived: the strings of what a component shows only after
   * a user action (its lazy parts) are kept out of its first download, in English too.
   */
  readonly en: Readonly<Record<Key, string>>;
  readonly loaders: { readonly [language in OtherLanguage]?: () => Promise<DictionaryModule<Key>> };
  readonly loaded: { [language in OtherLanguage]?: Dictionary<Key> };
  /** The loads under way or done (a failed one is forgotten, so a later render tries again). */
  readonly pending: { [language in OtherLanguage]?: Promise<void> };
  /** The rest of English (i18n/<catalog>.en.ts), fetched with the lazy parts that show it. */
  readonly later?: (() => Promise<DictionaryModule<Key>>) | undefined;
  /** Its load, under way or done (a failed one is forgotten). */
  laterPending?: Promise<boolean> | undefined;
}

/**
 * A catalog with its English strings (those of the first render, and `later` the rest) and the
 * loaders of its other languages (each complete).
 */
export function catalog<Key extends string>(
  english: Readonly<Partial<Record<Key, string>>>,
  loaders: Catalog<Key>['loaders'],
  later?: () => Promise<DictionaryModule<Key>>,
): Catalog<Key> {
  return { en: english as Readonly<Record<Key, string>>, loaders, loaded: {}, pending: {}, later };
}

/**
 * Fetches the rest of a catalog's English (once; a failure is tried again next time): what a lazy
 * part loads with its code. Resolves with true once it is in `en`, false when it could not be fetched.
 */
export function loadLaterEnglish(strings: Catalog<string>): Promise<boolean> {
  if (!strings.later) return Promise.resolve(true);
  strings.laterPending ??= strings.later().then(
    (module) => {
      Object.assign(strings.en, module.default);
      return true;
    },
    () => {
      strings.laterPending = undefined;
      return false;
    },
  );
  return strings.laterPending;
}

/**
 * The shared strings; each component's catalog is looked up before them. Their `later` English is
 * the appearance's warnings (appearance.en.ts), which come with the appearance's code (its chunk
 * exports them: one chunk to fetch, and one name in every entry's code instead of two).
 */
export const sharedCatalog: Catalog<SharedKey> = catalog(
  en,
  {
    fr: () => import('./i18n/shared.fr.js'),
    nl: () => import('./i18n/shared.nl.js'),
    zh: () => import('./i18n/shared.zh.js'),
  },
  () => import('./appearance.theme.js'),
);

/**
 * Fetches a language's strings for these catalogs. Undefined when there is nothing to wait for
 * (English, or every chunk already here), so a component renders at once; else a promise that
 * settles once every chunk has arrived or failed (a failure leaves English in place).
 */
export function loadLanguage(catalogs: readonly Catalog<string>[], language: SupportedLanguage): Promise<void> | undefined {
  if (language === 'en') return undefined;
  const loads: Promise<void>[] = [];
  for (const strings of catalogs) {
    const load = strings.loaders[language];
    if (!load || strings.loaded[language]) continue;
    strings.pending[language] ??= load().then(
      (module) => {
        strings.loaded[language] = module.default;
      },
      () => {
        delete strings.pending[language];
      },
    );
    loads.push(strings.pending[language]);
  }
  return loads.length ? Promise.all(loads).then(() => undefined) : undefined;
}

/** A template with its `{name}` placeholders filled; unknown ones are left as they are. */
export function fillPlaceholders(template: string, parameters: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in parameters ? String(parameters[name]) : placeholder));
}

/**
 * The string for a key from the first catalog that has it, in a language (its loaded strings),
 * English when the language lacks it or has not arrived; placeholders filled.
 */
export function textFrom<Key extends string>(
  catalogs: readonly Catalog<string>[],
  language: SupportedLanguage | string | undefined,
  key: Key,
  parameters: Record<string, string | number> = {},
): string {
  const chosen = supportedLanguage(language, LANGUAGES);
  for (const strings of catalogs) {
    const english = strings.en[key];
    if (english === undefined) continue;
    return fillPlaceholders((chosen === 'en' ? undefined : strings.loaded[chosen]?.[key]) ?? english, parameters);
  }
  return key;
}

/** A shared string in a language, English when the language lacks it, placeholders filled. */
export function translate(language: SupportedLanguage | string | undefined, key: SharedKey, parameters: Record<string, string | number> = {}): string {
  return textFrom([sharedCatalog], language, key, parameters);
}

/** Whether the shared strings have a key (to show part names that exist, humanise the rest). */
export function hasTranslation(key: string): key is SharedKey {
  return key in en;
}

/** `FAN_MOTOR` → `Fan motor`: a readable fallback for a code no dictionary names. */
export function humanise(code: string): string {
  const words = code.replace(/[_\-\s]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A part's readable name in a language: its translation, or its code humanised. */
export function partName(language: SupportedLanguage, part: string): string {
  const key = `part.${part}`;
  return hasTranslation(key) ? translate(language, key) : humanise(part);
}
