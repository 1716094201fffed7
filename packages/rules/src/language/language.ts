import { dateTimeFormat } from './intl-formats.js';

/** The languages SAV's rules explain themselves in (the web components' four); anything else falls back to English. */
export const LANGUAGES = ['en', 'fr', 'nl', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface ResolvedLocale {
  /** The language words are written in. */
  readonly language: Language;
  /** The locale dates and numbers are formatted with: the tag asked for ("en-GB", "fr-CA", "nl-BE", "zh-CN") when it is of that language. */
  readonly locale: string;
}

function canonicalLocale(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/**
 * The best supported language for an `Accept-Language` header or a `lang` attribute value
 * ("fr-FR,fr;q=0.9,en;q=0.8" → fr, formatted as fr-FR), honouring q-values; English otherwise.
 */
export function resolveLocale(preference: string | null | undefined): ResolvedLocale {
  return resolveLocaleAmong(preference, LANGUAGES);
}

/** As `resolveLocale`, among the languages a text is written in (the legal texts have four); the first one otherwise. */
export function resolveLocaleAmong<L extends string>(preference: string | null | undefined, supported: readonly [L, ...L[]]): { language: L; locale: string } {
  const ranked = (preference ?? '')
    .split(',')
    .map((entry, index) => {
      const [tag = '', ...params] = entry.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.tag !== '' && entry.q > 0 && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    const language = supported.find((candidate) => candidate === entry.tag.toLowerCase().split('-')[0]);
    if (language) return { language, locale: canonicalLocale(entry.tag) ?? language };
  }
  return { language: supported[0], locale: supported[0] };
}

/** Whether a stored value (a ticket's language, say) is one of the languages SAV speaks. */
export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

export function resolveLanguage(preference: string | null | undefined): Language {
  return resolveLocale(preference).language;
}

/** A long, plain date in a locale ("August 20, 2024", "20 August 2024", "20 août 2024"); never shifted by a zone. */
export function formatLongDate(date: string, locale: string): string {
  let formatter = longDateFormats.get(locale);
  if (formatter === undefined) {
    formatter = dateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
    if (longDateFormats.size < 100) longDateFormats.set(locale, formatter);
  }
  return formatter.format(new Date(`${date}T00:00:00Z`));
}

/** formatLongDate's formatters by locale: it is called a dozen times per warranty check. */
const longDateFormats = new Map<string, Intl.DateTimeFormat>();
