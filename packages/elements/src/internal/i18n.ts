import { bookingEn, bookingFr } from './i18n.booking.js';
import { warrantyEn, warrantyFr, warrantyNl, warrantyZh } from './i18n.warranty.js';
import { LANGUAGES, supportedLanguage, type SupportedLanguage } from './language.js';

/**
 * Every component's strings in one set of dictionaries: the warranty check's and the shared ones
 * (i18n.warranty.ts) and the booking's (i18n.booking.ts); `<sav-ticket-tracker>` and the installer
 * components keep their own beside them. A string missing in a language falls back to English.
 */
const en = {
  ...warrantyEn,
  ...bookingEn,
} as const;

/** A translation key. */
export type TranslationKey = keyof typeof en;
/** A complete or partial dictionary for one language. */
export type Translations = Partial<Record<TranslationKey, string>>;

const fr: Translations = { ...warrantyFr, ...bookingFr };
const nl: Translations = warrantyNl;
const zh: Translations = warrantyZh;

/** One component's dictionaries: English complete, the other languages possibly partial. */
export type Dictionaries<Key extends string> = { en: Readonly<Record<Key, string>> } & {
  [language in Exclude<SupportedLanguage, 'en'>]: Partial<Record<Key, string>>;
};

/** The dictionaries, English complete, the others possibly partial. */
export const translations: { en: Record<TranslationKey, string>; fr: Translations; nl: Translations; zh: Translations } = { en, fr, nl, zh };

/** A template with its `{name}` placeholders filled; unknown ones are left as they are. */
export function fillPlaceholders(template: string, parameters: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in parameters ? String(parameters[name]) : placeholder));
}

/** The string for a key in a language from a set of dictionaries, English when the language lacks it. */
export function translateFrom<Key extends string>(
  dictionaries: Dictionaries<Key>,
  language: SupportedLanguage | string | undefined,
  key: Key,
  parameters: Record<string, string | number> = {},
): string {
  const dictionary: Partial<Record<Key, string>> = dictionaries[supportedLanguage(language, LANGUAGES)];
  return fillPlaceholders(dictionary[key] ?? dictionaries.en[key], parameters);
}

/** The string for a key in a language, English when the language lacks it, placeholders filled. */
export function translate(
  language: SupportedLanguage | string | undefined,
  key: TranslationKey,
  parameters: Record<string, string | number> = {},
): string {
  return translateFrom(translations, language, key, parameters);
}

/** Whether a dictionary has a string for a key (to show part names that exist, humanise the rest). */
export function hasTranslation(key: string): key is TranslationKey {
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
