/**
 * The countries of purchase offered, as ISO 3166-1 alpha-2 codes: the EU and EEA members and the
 * other markets the seeds name. Names come from `Intl.DisplayNames` in the reader's language.
 */
export const countryCodes: readonly string[] = [
  'AT', 'BE', 'BG', 'CA', 'CH', 'CN', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FR', 'GB', 'GR',
  'HR', 'HU', 'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'SE',
  'SI', 'SK', 'US',
];

/** Where a page's language most likely means the customer bought (the region subtag wins). */
const countryOfLanguage: Record<string, string> = {
  fr: 'FR', nl: 'NL', de: 'DE', it: 'IT', es: 'ES', pt: 'PT', pl: 'PL', zh: 'CN', sv: 'SE', da: 'DK',
  fi: 'FI', el: 'GR', cs: 'CZ', sk: 'SK', sl: 'SI', hu: 'HU', ro: 'RO', bg: 'BG', hr: 'HR', et: 'EE',
  lv: 'LV', lt: 'LT', ga: 'IE', mt: 'MT', nb: 'NO', no: 'NO', is: 'IS',
};

/** Whether a text is a two-letter ISO country code (upper or lower case). */
export function isCountryCode(text: string | null | undefined): text is string {
  return typeof text === 'string' && /^[A-Za-z]{2}$/.test(text.trim());
}

/**
 * The country a language tag suggests: its region (`fr-BE` → BE, `en-GB` → GB), else its language's
 * country (`fr` → FR), else none (English alone names no country).
 */
export function countryFromLanguage(tag: string | undefined): string | undefined {
  if (!tag) return undefined;
  try {
    const locale = new Intl.Locale(tag);
    if (locale.region && /^[A-Z]{2}$/.test(locale.region)) return locale.region;
    return countryOfLanguage[locale.language];
  } catch {
    return undefined;
  }
}

/** A country's name in a locale, or its code when the browser has no name for it. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
