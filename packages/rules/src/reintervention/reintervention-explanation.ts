/**
 * The quote in plain words, citing the rule that applied (seed 000), for the installer, the
 * designer and the customer alike.
 */
import type { Language } from '../language/language.js';
import { formatMoney } from '../booking/price-estimate.js';
import type { NetworkTerms } from './network-terms.js';
import type { ReinterventionQuote } from './reintervention-quote.js';
import { numberFormat } from '../language/intl-formats.js';

function money(minor: number, currency: string, language: Language): string {
  return numberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { style: 'currency', currency }).format(Number(formatMoney(minor, currency)));
}

function percent(basisPoints: number, language: Language): string {
  return numberFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}

const CAUSE = {
  en: { SUPPLIES: 'a defect of the supplies', DESIGNER: "a defect of the kitchen designer's work", INSTALLER: "the installer's own work" },
  fr: { SUPPLIES: 'un défaut des fournitures', DESIGNER: 'un défaut imputable au concepteur de la cuisine', INSTALLER: "un défaut imputable à l'installateur lui-même" },
} as const;

const PAYER = {
  en: { SUPPLIER: 'the supplier', DESIGNER: 'the kitchen designer', INSTALLER: 'the installer' },
  fr: { SUPPLIER: 'au fournisseur', DESIGNER: 'au concepteur de la cuisine', INSTALLER: "à l'installateur" },
} as const;

export function explainReintervention(quote: ReinterventionQuote, terms: NetworkTerms, language: Language): string {
  const cause = CAUSE[language][quote.cause];
  const rate = money(terms.hourlyRateMinor, terms.currency, language);
  const threshold = terms.thresholdMinutes;
  if (language === 'fr') {
    switch (quote.rule) {
      case 'INSTALLER_CAUSE':
        return `Non facturable : la réintervention est due à ${cause}. Elle reste à la charge de l'installateur, quelle que soit sa durée.`;
      case 'WITHIN_THRESHOLD':
        return `Non facturable : ${quote.presenceMinutes} min de présence chez le client ne dépassent pas le seuil de ${threshold} min. La réintervention reste à la charge de l'installateur.`;
      case 'CAUSE_NOT_BILLABLE':
        return `Non facturable : les conditions du réseau ne facturent pas une réintervention due à ${cause}. Elle reste à la charge de l'installateur.`;
      case 'BILLED': {
        const counted = terms.granularity === 'PER_STARTED_QUARTER_HOUR' ? `par quart d'heure commencé (${quote.billedMinutes} min)` : `dès la première minute (${quote.billedMinutes} min)`;
        return `Facturable ${PAYER.fr[quote.payer]} : la réintervention est due à ${cause} et a duré ${quote.presenceMinutes} min, plus que le seuil de ${threshold} min. Toute la présence est facturée ${counted} à ${rate} HT de l'heure : ${money(quote.amountExclTaxMinor, quote.currency, 'fr')} HT, TVA ${percent(quote.vatRateBasisPoints, 'fr')} ${money(quote.vatMinor, quote.currency, 'fr')}, ${money(quote.amountInclTaxMinor, quote.currency, 'fr')} TTC.`;
      }
    }
  }
  switch (quote.rule) {
    case 'INSTALLER_CAUSE':
      return `Not billable: the reintervention is due to ${cause}. It stays at the installer's expense, however long it takes.`;
    case 'WITHIN_THRESHOLD':
      return `Not billable: ${quote.presenceMinutes} min at the customer's does not exceed the ${threshold}-minute threshold. The reintervention stays at the installer's expense.`;
    case 'CAUSE_NOT_BILLABLE':
      return `Not billable: the network's terms do not bill a reintervention due to ${cause}. It stays at the installer's expense.`;
    case 'BILLED': {
      const counted = terms.granularity === 'PER_STARTED_QUARTER_HOUR' ? `per started quarter hour (${quote.billedMinutes} min)` : `from the first minute (${quote.billedMinutes} min)`;
      return `Billable to ${PAYER.en[quote.payer]}: the reintervention is due to ${cause} and lasted ${quote.presenceMinutes} min, more than the ${threshold}-minute threshold. The whole presence is billed ${counted} at ${rate} excl. tax an hour: ${money(quote.amountExclTaxMinor, quote.currency, 'en')} excl. tax, VAT ${percent(quote.vatRateBasisPoints, 'en')} ${money(quote.vatMinor, quote.currency, 'en')}, ${money(quote.amountInclTaxMinor, quote.currency, 'en')} incl. tax.`;
    }
  }
}
