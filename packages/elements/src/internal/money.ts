import { formattingLocale, LANGUAGES, type SupportedLanguage } from './language.js';

/** An amount as the gateway sends it: a decimal string (`"80.00"`) and an ISO 4217 currency. */
export interface MoneyAmount {
  amount: string;
  currency: string;
}

/**
 * An amount in the reader's conventions ("€80.00", "80,00 €"), from its decimal string: `Intl`
 * reads the string exactly, so no floating point rounds it. A malformed amount is shown as sent.
 * `languages`: those the component speaks (a Dutch page's amounts are Dutch only where Dutch is spoken).
 */
export function formatMoney(money: MoneyAmount, languageTag: string | undefined, languages: readonly SupportedLanguage[] = LANGUAGES): string {
  if (!/^-?\d+(\.\d+)?$/.test(money.amount)) return `${money.amount} ${money.currency}`;
  try {
    return new Intl.NumberFormat(formattingLocale(languageTag, languages), { style: 'currency', currency: money.currency }).format(
      money.amount as Intl.StringNumericLiteral,
    );
  } catch {
    return `${money.amount} ${money.currency}`;
  }
}
