/**
 * The quote in plain words, citing the rule that applied (seed 000), for the installer, the
 * designer and the customer alike.
 */
import type { Language } from '../language/language.js';
import { formatMoney } from '../booking/price-estimate.js';
import type { DefectCause, NetworkTerms } from './network-terms.js';
import type { Payer, ReinterventionQuote } from './reintervention-quote.js';
import { numberFormat } from '../language/intl-formats.js';

/** How money and percentages are written in each language's explanation. */
const NUMBER_LOCALE: Readonly<Record<Language, string>> = { en: 'en-GB', fr: 'fr-FR', nl: 'nl-NL', zh: 'zh-CN' };

function money(minor: number, currency: string, language: Language): string {
  return numberFormat(NUMBER_LOCALE[language], { style: 'currency', currency }).format(Number(formatMoney(minor, currency)));
}

function percent(basisPoints: number, language: Language): string {
  return numberFormat(NUMBER_LOCALE[language], { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}

/** The figures of a billed reintervention, already written in the language. */
export interface BilledFacts {
  readonly payer: string;
  readonly cause: string;
  readonly presenceMinutes: number;
  readonly thresholdMinutes: number;
  readonly counted: string;
  readonly rate: string;
  readonly exclTax: string;
  readonly vatRate: string;
  readonly vat: string;
  readonly inclTax: string;
}

/** The words of a reintervention explanation, in one language. */
export interface ReinterventionWords {
  readonly cause: Readonly<Record<DefectCause, string>>;
  readonly payer: Readonly<Record<Payer, string>>;
  readonly installerCause: (cause: string) => string;
  readonly withinThreshold: (presenceMinutes: number, thresholdMinutes: number) => string;
  readonly causeNotBillable: (cause: string) => string;
  readonly perStartedQuarterHour: (billedMinutes: number) => string;
  readonly fromFirstMinute: (billedMinutes: number) => string;
  readonly billed: (facts: BilledFacts) => string;
}

export const REINTERVENTION_WORDS: Readonly<Record<Language, ReinterventionWords>> = {
  en: {
    cause: { SUPPLIES: 'a defect of the supplies', DESIGNER: "a defect of the kitchen designer's work", INSTALLER: "the installer's own work" },
    payer: { SUPPLIER: 'the supplier', DESIGNER: 'the kitchen designer', INSTALLER: 'the installer' },
    installerCause: (cause) => `Not billable: the reintervention is due to ${cause}. It stays at the installer's expense, however long it takes.`,
    withinThreshold: (presence, threshold) => `Not billable: ${presence} min at the customer's does not exceed the ${threshold}-minute threshold. The reintervention stays at the installer's expense.`,
    causeNotBillable: (cause) => `Not billable: the network's terms do not bill a reintervention due to ${cause}. It stays at the installer's expense.`,
    perStartedQuarterHour: (billed) => `per started quarter hour (${billed} min)`,
    fromFirstMinute: (billed) => `from the first minute (${billed} min)`,
    billed: (f) => `Billable to ${f.payer}: the reintervention is due to ${f.cause} and lasted ${f.presenceMinutes} min, more than the ${f.thresholdMinutes}-minute threshold. The whole presence is billed ${f.counted} at ${f.rate} excl. tax an hour: ${f.exclTax} excl. tax, VAT ${f.vatRate} ${f.vat}, ${f.inclTax} incl. tax.`,
  },
  fr: {
    cause: { SUPPLIES: 'un défaut des fournitures', DESIGNER: 'un défaut imputable au concepteur de la cuisine', INSTALLER: "un défaut imputable à l'installateur lui-même" },
    payer: { SUPPLIER: 'au fournisseur', DESIGNER: 'au concepteur de la cuisine', INSTALLER: "à l'installateur" },
    installerCause: (cause) => `Non facturable : la réintervention est due à ${cause}. Elle reste à la charge de l'installateur, quelle que soit sa durée.`,
    withinThreshold: (presence, threshold) => `Non facturable : ${presence} min de présence chez le client ne dépassent pas le seuil de ${threshold} min. La réintervention reste à la charge de l'installateur.`,
    causeNotBillable: (cause) => `Non facturable : les conditions du réseau ne facturent pas une réintervention due à ${cause}. Elle reste à la charge de l'installateur.`,
    perStartedQuarterHour: (billed) => `par quart d'heure commencé (${billed} min)`,
    fromFirstMinute: (billed) => `dès la première minute (${billed} min)`,
    billed: (f) => `Facturable ${f.payer} : la réintervention est due à ${f.cause} et a duré ${f.presenceMinutes} min, plus que le seuil de ${f.thresholdMinutes} min. Toute la présence est facturée ${f.counted} à ${f.rate} HT de l'heure : ${f.exclTax} HT, TVA ${f.vatRate} ${f.vat}, ${f.inclTax} TTC.`,
  },
  nl: {
    cause: { SUPPLIES: 'een gebrek aan de geleverde materialen', DESIGNER: 'een fout in het werk van de keukenontwerper', INSTALLER: 'het eigen werk van de installateur' },
    payer: { SUPPLIER: 'de leverancier', DESIGNER: 'de keukenontwerper', INSTALLER: 'de installateur' },
    installerCause: (cause) => `Niet factureerbaar: de herinterventie is het gevolg van ${cause}. Ze blijft ten laste van de installateur, hoe lang ze ook duurt.`,
    withinThreshold: (presence, threshold) => `Niet factureerbaar: ${presence} min aanwezigheid bij de klant overschrijdt de drempel van ${threshold} min niet. De herinterventie blijft ten laste van de installateur.`,
    causeNotBillable: (cause) => `Niet factureerbaar: volgens de voorwaarden van het netwerk wordt een herinterventie als gevolg van ${cause} niet gefactureerd. Ze blijft ten laste van de installateur.`,
    perStartedQuarterHour: (billed) => `per begonnen kwartier (${billed} min)`,
    fromFirstMinute: (billed) => `vanaf de eerste minuut (${billed} min)`,
    billed: (f) => `Factureerbaar aan ${f.payer}: de herinterventie is het gevolg van ${f.cause} en duurde ${f.presenceMinutes} min, langer dan de drempel van ${f.thresholdMinutes} min. De volledige aanwezigheid wordt gefactureerd ${f.counted} tegen ${f.rate} excl. btw per uur: ${f.exclTax} excl. btw, btw ${f.vatRate} ${f.vat}, ${f.inclTax} incl. btw.`,
  },
  zh: {
    cause: { SUPPLIES: '供货材料的缺陷', DESIGNER: '厨房设计师工作的缺陷', INSTALLER: '安装工自身的工作' },
    payer: { SUPPLIER: '供应商', DESIGNER: '厨房设计师', INSTALLER: '安装工' },
    installerCause: (cause) => `不计费：此次二次上门由${cause}引起，无论耗时多久，费用均由安装工承担。`,
    withinThreshold: (presence, threshold) => `不计费：在客户处停留${presence}分钟，未超过${threshold}分钟的门槛。此次二次上门的费用由安装工承担。`,
    causeNotBillable: (cause) => `不计费：根据网络条款，由${cause}引起的二次上门不计费。费用由安装工承担。`,
    perStartedQuarterHour: (billed) => `按开始的每一刻钟计费（${billed}分钟）`,
    fromFirstMinute: (billed) => `从第一分钟起计费（${billed}分钟）`,
    billed: (f) => `向${f.payer}计费：此次二次上门由${f.cause}引起，历时${f.presenceMinutes}分钟，超过${f.thresholdMinutes}分钟的门槛。全部在场时间${f.counted}，每小时${f.rate}（不含税）：不含税${f.exclTax}，增值税${f.vatRate}为${f.vat}，含税${f.inclTax}。`,
  },
};

export function explainReintervention(quote: ReinterventionQuote, terms: NetworkTerms, language: Language): string {
  const words = REINTERVENTION_WORDS[language];
  const cause = words.cause[quote.cause];
  switch (quote.rule) {
    case 'INSTALLER_CAUSE':
      return words.installerCause(cause);
    case 'WITHIN_THRESHOLD':
      return words.withinThreshold(quote.presenceMinutes, terms.thresholdMinutes);
    case 'CAUSE_NOT_BILLABLE':
      return words.causeNotBillable(cause);
    case 'BILLED':
      return words.billed({
        payer: words.payer[quote.payer],
        cause,
        presenceMinutes: quote.presenceMinutes,
        thresholdMinutes: terms.thresholdMinutes,
        counted: terms.granularity === 'PER_STARTED_QUARTER_HOUR' ? words.perStartedQuarterHour(quote.billedMinutes) : words.fromFirstMinute(quote.billedMinutes),
        rate: money(terms.hourlyRateMinor, terms.currency, language),
        exclTax: money(quote.amountExclTaxMinor, quote.currency, language),
        vatRate: percent(quote.vatRateBasisPoints, language),
        vat: money(quote.vatMinor, quote.currency, language),
        inclTax: money(quote.amountInclTaxMinor, quote.currency, language),
      });
  }
}
