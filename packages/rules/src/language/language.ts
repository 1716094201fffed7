/** The languages SAV's rules explain themselves in; anything else falls back to English. */
export const LANGUAGES = ['en', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * The best supported language for an `Accept-Language` header or a `lang` attribute value
 * ("fr-FR,fr;q=0.9,en;q=0.8" → fr), honouring q-values; English when nothing matches.
 */
export function resolveLanguage(preference: string | null | undefined): Language {
  if (!preference) return 'en';
  const ranked = preference
    .split(',')
    .map((entry, index) => {
      const [tag = '', ...params] = entry.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { base: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0 && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const entry of ranked) {
    const match = LANGUAGES.find((language) => language === entry.base);
    if (match) return match;
  }
  return 'en';
}

/** A long, plain date in the language ("20 August 2024", "20 août 2024"); never shifted by a zone. */
export function formatLongDate(date: string, language: Language): string {
  return new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
