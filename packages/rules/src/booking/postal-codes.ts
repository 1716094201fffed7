/**
 * Postal code formats by country: enough to catch a typo at intake, never a lookup of real codes.
 * Each format also gives the code's usual written form (NL "1234 AB", GB "SW1A 1AA", PT "1000-001").
 */

interface PostalFormat {
  /** Tested against the code upper-cased, trimmed and with its spaces removed. */
  readonly pattern: RegExp;
  /** The usual written form, from the match; the whole compact code by default. */
  readonly written?: (match: RegExpExecArray) => string;
}

const FIVE_DIGITS = /^\d{5}$/;
const FOUR_DIGITS = /^[1-9]\d{3}$/;
const UK_OUTWARD = '[A-PR-UWYZ](?:\\d{1,2}|[A-HK-Y]\\d{1,2}|\\d[A-HJKPSTUW]|[A-HK-Y]\\d[ABEHMNPRV-Y])';
const UK_INWARD = '\\d[ABD-HJLNP-UW-Z]{2}';
const twoParts = (separator: string) => (match: RegExpExecArray) => `${match[1]}${separator}${match[2]}`;

const FORMATS: Readonly<Record<string, PostalFormat>> = {
  // France: département 01–98 then three digits (Corsica's 2A/2B are not used in postal codes).
  FR: { pattern: /^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$/ },
  BE: { pattern: FOUR_DIGITS },
  NL: { pattern: /^([1-9]\d{3})((?!SA|SD|SS)[A-Z]{2})$/, written: twoParts(' ') },
  DE: { pattern: /^(?!00)\d{5}$/ },
  // Spain: province 01–52.
  ES: { pattern: /^(?:0[1-9]|[1-4]\d|5[0-2])\d{3}$/ },
  IT: { pattern: FIVE_DIGITS },
  // Luxembourg: four digits, often written with the "L-" prefix.
  LU: { pattern: /^(?:L-?)?(\d{4})$/, written: (match) => match[1] ?? '' },
  PT: { pattern: /^([1-9]\d{3})-?(\d{3})$/, written: twoParts('-') },
  GB: { pattern: new RegExp(`^(GIR(?=0AA$)|${UK_OUTWARD})(${UK_INWARD})$`), written: twoParts(' ') },
  // Ireland: Eircode, a routing key (a letter and two digits, or D6W) and a four-character identifier.
  IE: { pattern: /^([AC-FHKNPRTV-Y]\d{2}|D6W)([0-9AC-FHKNPRTV-Y]{4})$/, written: twoParts(' ') },
  CH: { pattern: FOUR_DIGITS },
  AT: { pattern: FOUR_DIGITS },
  CN: { pattern: /^\d{6}$/ },
  US: { pattern: /^(\d{5})(?:-?(\d{4}))?$/, written: (match) => (match[2] ? `${match[1]}-${match[2]}` : (match[1] ?? '')) },
};

const OTHER_COUNTRY = /^[A-Z0-9](?:[A-Z0-9 -]{0,8}[A-Z0-9])$/;

/**
 * The postal code in its usual written form when it is valid for the country (ISO alpha-2),
 * null otherwise. Countries without a known format take 2 to 10 letters, digits, spaces or hyphens.
 */
export function formatPostalCode(country: string, code: string): string | null {
  const upper = code.trim().toUpperCase().replace(/\s+/g, ' ');
  const format = FORMATS[country.trim().toUpperCase()];
  if (!format) return OTHER_COUNTRY.test(upper) ? upper : null;
  const match = format.pattern.exec(upper.replace(/ /g, ''));
  if (!match) return null;
  return format.written ? format.written(match) : match[0];
}

/** True when `code` is a postal code of that country (see formatPostalCode). */
export function isPostalCode(country: string, code: string): boolean {
  return formatPostalCode(country, code) !== null;
}
