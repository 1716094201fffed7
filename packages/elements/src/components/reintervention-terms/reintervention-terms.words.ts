import type { ReinterventionQuote, ReinterventionTerms } from '@sav/client';
import { hasReinterventionText, reinterventionText, type ReinterventionKey } from '../../internal/i18n.reintervention.js';
import { LANGUAGES, type SupportedLanguage } from '../../internal/language.js';
import { formatMoney, type MoneyAmount } from '../../internal/money.js';
import { formatDuration, formatPercent } from './reintervention-terms.duration.js';

/** How the component writes: the language of its words, the locale of its numbers. */
export interface Voice {
  readonly language: SupportedLanguage;
  readonly locale: string;
}

/** The component's words for a key in the voice's language. */
export function say(voice: Voice, key: ReinterventionKey, parameters: Record<string, string | number> = {}): string {
  return reinterventionText(voice.language, key, parameters);
}

/** The words for a code the API sends (`cause.SUPPLIES`, `payer.SUPPLIER` …), or the code itself for one added since. */
export function sayCode(voice: Voice, prefix: string, code: string, parameters: Record<string, string | number> = {}): string {
  const key = `${prefix}.${code}`;
  return hasReinterventionText(key) ? reinterventionText(voice.language, key, parameters) : code;
}

/** An amount in the voice's locale ("€60.00", "60,00 €"). */
export function money(voice: Voice, amount: MoneyAmount): string {
  return formatMoney(amount, voice.locale, LANGUAGES);
}

/** A number of minutes in words ("1 hour 30 minutes"). */
export function duration(voice: Voice, minutes: number): string {
  return formatDuration(minutes, voice.locale);
}

/** A percent as the gateway sends it ("20") in the voice's locale ("20%", "20 %"). */
export function percent(voice: Voice, value: string): string {
  return formatPercent(value, voice.locale);
}

/** The result's headline: billable to whom, or at the installer's expense. */
export function headlineOf(quote: ReinterventionQuote, voice: Voice): string {
  return quote.billable ? say(voice, 'result.billable', { payer: sayCode(voice, 'payer', quote.payer) }) : say(voice, 'result.notBillable');
}

/** What the live region says when a result is shown: the headline, and the total when billable. */
export function announcementOf(quote: ReinterventionQuote, voice: Voice): string {
  const total = quote.billable ? `${say(voice, 'result.inclTax')}: ${money(voice, quote.amountInclTax)}.` : '';
  return say(voice, 'result.announce', { headline: headlineOf(quote, voice), total }).trim();
}

/**
 * Why, in plain words: the gateway's explanation when it was written in the reader's language
 * (English or French), else the component's own words from the rule, the payer and the amounts.
 */
export function whyOf(quote: ReinterventionQuote, terms: ReinterventionTerms, voice: Voice, fetchedIn: SupportedLanguage): string {
  const gatewaySpeaks = voice.language === 'en' || voice.language === 'fr';
  if ((fetchedIn === voice.language && gatewaySpeaks) || !hasReinterventionText(`why.${quote.rule}`)) return quote.explanation;
  return sayCode(voice, 'why', quote.rule, {
    payer: sayCode(voice, 'payer', quote.payer),
    presence: duration(voice, quote.presenceMinutes),
    threshold: duration(voice, terms.thresholdMinutes),
    billed: duration(voice, quote.billedMinutes),
    rate: money(voice, terms.hourlyRate),
    exclTax: money(voice, quote.amountExclTax),
    vat: `${percent(voice, quote.vatRate)} ${money(voice, quote.vat)}`,
    inclTax: money(voice, quote.amountInclTax),
  });
}
