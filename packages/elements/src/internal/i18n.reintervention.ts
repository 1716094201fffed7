import { translateFrom, type Dictionaries, type TranslationKey } from './i18n.js';
import type { SupportedLanguage } from './language.js';

/**
 * `<sav-reintervention-terms>`'s strings in English (the reference), French, Dutch and Chinese:
 * an installer network's terms in plain words (seed 000, Wipoz!) and its calculator. The API sends
 * codes (causes, payers, rules, how time is counted) and amounts; the component words them here,
 * and words the quote's "why" itself where the gateway has no explanation in the reader's language
 * (Dutch, Chinese). Kept apart from i18n.ts so that a page loading another component does not
 * download them. A test checks that every language has every key with the same placeholders.
 */
const en = {
  'config.title': 'These reintervention terms are not set up correctly',
  'config.invalidCountry': 'The country attribute "{value}" is not a two-letter ISO country code; it was ignored.',

  loading: 'Loading the terms…',
  'error.title': 'The terms could not be shown',

  'terms.title': 'Return visits: who pays?',
  'terms.intro': 'When an installer has to come back after the job, who pays depends on what caused it and on how long the visit lasts at the customer’s.',
  'terms.rate': 'Rate: {rate} excl. tax an hour.',
  'terms.threshold': 'Billable only beyond {duration} at the customer’s: a visit of {duration} or less stays at the installer’s expense.',
  'terms.causes': 'Who pays, by cause (beyond {duration}):',
  'cause.SUPPLIES': 'A defect of the supplies',
  'cause.DESIGNER': 'A defect of the kitchen designer’s work',
  'cause.INSTALLER': 'The installer’s own work',
  'terms.billedTo': '{cause}: billed to {payer}.',
  'terms.notBilled': '{cause}: not billed, at the installer’s expense.',
  'terms.installer': '{cause}: never billed, whatever the time spent: always at the installer’s expense.',
  'count.PER_MINUTE': 'Once beyond the threshold, the whole visit is billed from the first minute, to the minute.',
  'count.PER_STARTED_QUARTER_HOUR': 'Once beyond the threshold, the whole visit is billed from the first minute, per started quarter hour.',
  'terms.vat': 'VAT: {percent} ({country}), added to the amount excl. tax.',
  'payer.SUPPLIER': 'the supplier',
  'payer.DESIGNER': 'the kitchen designer',
  'payer.INSTALLER': 'the installer',

  'calc.title': 'Work out a return visit',
  'calc.cause': 'What caused the return visit?',
  'calc.duration': 'Time at the customer’s',
  'calc.duration.hint': 'From arrival to departure: hours and minutes, or minutes only (at most 24 hours).',
  'calc.hours': 'Hours',
  'calc.minutes': 'Minutes',
  'calc.submit': 'Work out who pays',
  'calc.busy': 'Working it out…',
  'calc.cause.missing': 'Choose what caused the return visit.',
  'calc.duration.missing': 'Enter how long the visit lasted.',
  'calc.hours.invalid': 'Enter the hours as a whole number, 0 or more (for example 1).',
  'calc.minutes.invalid': 'Enter the minutes as a whole number, 0 or more (for example 30).',
  'calc.tooLong': 'A visit lasts at most 24 hours (1440 minutes).',
  'calc.failed': 'The return visit could not be worked out',
  'calc.noVatRate': 'These terms have no VAT rate for {country}.',

  'result.title': 'Result',
  'result.billable': 'Billable to {payer}',
  'result.notBillable': 'Not billable: at the installer’s expense',
  'result.time': '{presence} at the customer’s; time billed: {billed}.',
  'result.timeNone': '{presence} at the customer’s, nothing billed.',
  'result.exclTax': 'Amount excl. tax',
  'result.vat': 'VAT ({percent})',
  'result.inclTax': 'Amount incl. tax',
  'result.why': 'Why',
  'result.announce': '{headline}. {total}',
  'why.INSTALLER_CAUSE': 'Not billable: the return visit is due to the installer’s own work. It stays at the installer’s expense, however long it takes.',
  'why.WITHIN_THRESHOLD': 'Not billable: {presence} at the customer’s does not exceed the {threshold} threshold. The return visit stays at the installer’s expense.',
  'why.CAUSE_NOT_BILLABLE': 'Not billable: the network’s terms do not bill a return visit due to this cause. It stays at the installer’s expense.',
  'why.BILLED': 'Billable to {payer}: the return visit lasted {presence}, more than the {threshold} threshold, so the whole visit is billed ({billed}) at {rate} excl. tax an hour: {exclTax} excl. tax, VAT {vat}, {inclTax} incl. tax.',
} as const;

/** A key of the component's strings. */
export type ReinterventionKey = keyof typeof en;

const fr: Partial<Record<ReinterventionKey, string>> = {
  'config.title': 'Ces conditions de réintervention sont mal configurées',
  'config.invalidCountry': 'L’attribut country « {value} » n’est pas un code pays ISO à deux lettres ; il a été ignoré.',

  loading: 'Chargement des conditions…',
  'error.title': 'Les conditions n’ont pas pu être affichées',

  'terms.title': 'Réinterventions : qui paie ?',
  'terms.intro': 'Quand un installateur doit revenir après le chantier, qui paie dépend de la cause et du temps passé chez le client.',
  'terms.rate': 'Tarif : {rate} HT de l’heure.',
  'terms.threshold': 'Facturable seulement au-delà de {duration} chez le client : une réintervention de {duration} ou moins reste à la charge de l’installateur.',
  'terms.causes': 'Qui paie, selon la cause (au-delà de {duration}) :',
  'cause.SUPPLIES': 'Un défaut des fournitures',
  'cause.DESIGNER': 'Un défaut imputable au concepteur de la cuisine',
  'cause.INSTALLER': 'Le travail de l’installateur lui-même',
  'terms.billedTo': '{cause} : facturé {payer}.',
  'terms.notBilled': '{cause} : non facturé, à la charge de l’installateur.',
  'terms.installer': '{cause} : jamais facturé, quelle que soit la durée : toujours à la charge de l’installateur.',
  'count.PER_MINUTE': 'Au-delà du seuil, toute la présence est facturée dès la première minute, à la minute près.',
  'count.PER_STARTED_QUARTER_HOUR': 'Au-delà du seuil, toute la présence est facturée dès la première minute, par quart d’heure commencé.',
  'terms.vat': 'TVA : {percent} ({country}), ajoutée au montant HT.',
  'payer.SUPPLIER': 'au fournisseur',
  'payer.DESIGNER': 'au concepteur de la cuisine',
  'payer.INSTALLER': 'à l’installateur',

  'calc.title': 'Calculer une réintervention',
  'calc.cause': 'Quelle est la cause de la réintervention ?',
  'calc.duration': 'Temps passé chez le client',
  'calc.duration.hint': 'De l’arrivée au départ : heures et minutes, ou minutes seulement (24 heures au plus).',
  'calc.hours': 'Heures',
  'calc.minutes': 'Minutes',
  'calc.submit': 'Calculer qui paie',
  'calc.busy': 'Calcul…',
  'calc.cause.missing': 'Choisissez la cause de la réintervention.',
  'calc.duration.missing': 'Indiquez la durée de la réintervention.',
  'calc.hours.invalid': 'Indiquez les heures en nombre entier, 0 ou plus (par exemple 1).',
  'calc.minutes.invalid': 'Indiquez les minutes en nombre entier, 0 ou plus (par exemple 30).',
  'calc.tooLong': 'Une réintervention dure 24 heures au plus (1440 minutes).',
  'calc.failed': 'La réintervention n’a pas pu être calculée',
  'calc.noVatRate': 'Ces conditions n’ont pas de taux de TVA pour {country}.',

  'result.title': 'Résultat',
  'result.billable': 'Facturable {payer}',
  'result.notBillable': 'Non facturable : à la charge de l’installateur',
  'result.time': '{presence} chez le client ; temps facturé : {billed}.',
  'result.timeNone': '{presence} chez le client, rien de facturé.',
  'result.exclTax': 'Montant HT',
  'result.vat': 'TVA ({percent})',
  'result.inclTax': 'Montant TTC',
  'result.why': 'Pourquoi',
  'result.announce': '{headline}. {total}',
  'why.INSTALLER_CAUSE': 'Non facturable : la réintervention est due au travail de l’installateur lui-même. Elle reste à sa charge, quelle que soit sa durée.',
  'why.WITHIN_THRESHOLD': 'Non facturable : {presence} chez le client ne dépassent pas le seuil de {threshold}. La réintervention reste à la charge de l’installateur.',
  'why.CAUSE_NOT_BILLABLE': 'Non facturable : les conditions du réseau ne facturent pas une réintervention due à cette cause. Elle reste à la charge de l’installateur.',
  'why.BILLED': 'Facturable {payer} : la réintervention a duré {presence}, plus que le seuil de {threshold} ; toute la présence est facturée ({billed}) à {rate} HT de l’heure : {exclTax} HT, TVA {vat}, {inclTax} TTC.',
};

const nl: Partial<Record<ReinterventionKey, string>> = {
  'config.title': 'Deze voorwaarden voor herinterventies zijn niet goed ingesteld',
  'config.invalidCountry': 'Het attribuut country "{value}" is geen ISO-landcode van twee letters; het is genegeerd.',

  loading: 'De voorwaarden worden geladen…',
  'error.title': 'De voorwaarden konden niet worden getoond',

  'terms.title': 'Herinterventies: wie betaalt?',
  'terms.intro': 'Als een installateur na de klus moet terugkomen, hangt wie betaalt af van de oorzaak en van de tijd bij de klant.',
  'terms.rate': 'Tarief: {rate} excl. btw per uur.',
  'terms.threshold': 'Alleen factureerbaar boven {duration} bij de klant: een bezoek van {duration} of minder is voor rekening van de installateur.',
  'terms.causes': 'Wie betaalt, per oorzaak (boven {duration}):',
  'cause.SUPPLIES': 'Een gebrek in de materialen',
  'cause.DESIGNER': 'Een fout van de keukenontwerper',
  'cause.INSTALLER': 'Het eigen werk van de installateur',
  'terms.billedTo': '{cause}: gefactureerd aan {payer}.',
  'terms.notBilled': '{cause}: niet gefactureerd, voor rekening van de installateur.',
  'terms.installer': '{cause}: nooit gefactureerd, hoe lang het ook duurt: altijd voor rekening van de installateur.',
  'count.PER_MINUTE': 'Boven de drempel wordt het hele bezoek gefactureerd vanaf de eerste minuut, per minuut.',
  'count.PER_STARTED_QUARTER_HOUR': 'Boven de drempel wordt het hele bezoek gefactureerd vanaf de eerste minuut, per begonnen kwartier.',
  'terms.vat': 'Btw: {percent} ({country}), bovenop het bedrag excl. btw.',
  'payer.SUPPLIER': 'de leverancier',
  'payer.DESIGNER': 'de keukenontwerper',
  'payer.INSTALLER': 'de installateur',

  'calc.title': 'Een herinterventie berekenen',
  'calc.cause': 'Wat was de oorzaak van het bezoek?',
  'calc.duration': 'Tijd bij de klant',
  'calc.duration.hint': 'Van aankomst tot vertrek: uren en minuten, of alleen minuten (hoogstens 24 uur).',
  'calc.hours': 'Uren',
  'calc.minutes': 'Minuten',
  'calc.submit': 'Bereken wie betaalt',
  'calc.busy': 'Bezig met berekenen…',
  'calc.cause.missing': 'Kies de oorzaak van het bezoek.',
  'calc.duration.missing': 'Vul in hoe lang het bezoek duurde.',
  'calc.hours.invalid': 'Vul de uren in als een geheel getal, 0 of meer (bijvoorbeeld 1).',
  'calc.minutes.invalid': 'Vul de minuten in als een geheel getal, 0 of meer (bijvoorbeeld 30).',
  'calc.tooLong': 'Een bezoek duurt hoogstens 24 uur (1440 minuten).',
  'calc.failed': 'De herinterventie kon niet worden berekend',
  'calc.noVatRate': 'Deze voorwaarden hebben geen btw-tarief voor {country}.',

  'result.title': 'Uitkomst',
  'result.billable': 'Te factureren aan {payer}',
  'result.notBillable': 'Niet factureerbaar: voor rekening van de installateur',
  'result.time': '{presence} bij de klant; gefactureerde tijd: {billed}.',
  'result.timeNone': '{presence} bij de klant, niets gefactureerd.',
  'result.exclTax': 'Bedrag excl. btw',
  'result.vat': 'Btw ({percent})',
  'result.inclTax': 'Bedrag incl. btw',
  'result.why': 'Waarom',
  'result.announce': '{headline}. {total}',
  'why.INSTALLER_CAUSE': 'Niet factureerbaar: het bezoek komt door het eigen werk van de installateur. Het blijft voor zijn rekening, hoe lang het ook duurt.',
  'why.WITHIN_THRESHOLD': 'Niet factureerbaar: {presence} bij de klant is niet meer dan de drempel van {threshold}. Het bezoek blijft voor rekening van de installateur.',
  'why.CAUSE_NOT_BILLABLE': 'Niet factureerbaar: de voorwaarden van het netwerk factureren geen bezoek door deze oorzaak. Het blijft voor rekening van de installateur.',
  'why.BILLED': 'Te factureren aan {payer}: het bezoek duurde {presence}, meer dan de drempel van {threshold}, dus het hele bezoek wordt gefactureerd ({billed}) tegen {rate} excl. btw per uur: {exclTax} excl. btw, btw {vat}, {inclTax} incl. btw.',
};

const zh: Partial<Record<ReinterventionKey, string>> = {
  'config.title': '返工条款组件配置有误',
  'config.invalidCountry': 'country 属性“{value}”不是两位字母的 ISO 国家代码，已忽略。',

  loading: '正在加载条款…',
  'error.title': '无法显示条款',

  'terms.title': '返工上门：由谁付费？',
  'terms.intro': '安装完成后如需再次上门，由谁付费取决于原因以及在客户处停留的时间。',
  'terms.rate': '费率：每小时 {rate}（不含税）。',
  'terms.threshold': '在客户处停留超过 {duration} 才收费：{duration} 或以内的上门由安装工自行承担。',
  'terms.causes': '按原因确定付费方（超过 {duration} 时）：',
  'cause.SUPPLIES': '材料缺陷',
  'cause.DESIGNER': '厨房设计师的失误',
  'cause.INSTALLER': '安装工自身的工作',
  'terms.billedTo': '{cause}：向{payer}收费。',
  'terms.notBilled': '{cause}：不收费，由安装工承担。',
  'terms.installer': '{cause}：无论用时多久，从不收费，始终由安装工承担。',
  'count.PER_MINUTE': '超过门槛后，整个上门时间从第一分钟起按分钟计费。',
  'count.PER_STARTED_QUARTER_HOUR': '超过门槛后，整个上门时间从第一分钟起按开始的每一刻钟计费。',
  'terms.vat': '增值税：{percent}（{country}），在不含税金额之外另加。',
  'payer.SUPPLIER': '供应商',
  'payer.DESIGNER': '厨房设计师',
  'payer.INSTALLER': '安装工',

  'calc.title': '计算一次返工上门',
  'calc.cause': '返工上门的原因是什么？',
  'calc.duration': '在客户处的时间',
  'calc.duration.hint': '从到达到离开：小时和分钟，或只填分钟（最多 24 小时）。',
  'calc.hours': '小时',
  'calc.minutes': '分钟',
  'calc.submit': '计算由谁付费',
  'calc.busy': '正在计算…',
  'calc.cause.missing': '请选择返工上门的原因。',
  'calc.duration.missing': '请填写上门持续的时间。',
  'calc.hours.invalid': '小时请填写 0 或以上的整数（例如 1）。',
  'calc.minutes.invalid': '分钟请填写 0 或以上的整数（例如 30）。',
  'calc.tooLong': '一次上门最多 24 小时（1440 分钟）。',
  'calc.failed': '无法计算此次返工上门',
  'calc.noVatRate': '这些条款没有 {country} 的增值税税率。',

  'result.title': '结果',
  'result.billable': '向{payer}收费',
  'result.notBillable': '不收费：由安装工承担',
  'result.time': '在客户处 {presence}；计费时间：{billed}。',
  'result.timeNone': '在客户处 {presence}，不计费。',
  'result.exclTax': '不含税金额',
  'result.vat': '增值税（{percent}）',
  'result.inclTax': '含税金额',
  'result.why': '原因',
  'result.announce': '{headline}。{total}',
  'why.INSTALLER_CAUSE': '不收费：此次返工是安装工自身工作造成的，无论用时多久都由安装工承担。',
  'why.WITHIN_THRESHOLD': '不收费：在客户处 {presence}，未超过 {threshold} 的门槛，由安装工承担。',
  'why.CAUSE_NOT_BILLABLE': '不收费：网络条款不对此原因造成的返工收费，由安装工承担。',
  'why.BILLED': '向{payer}收费：此次上门持续 {presence}，超过 {threshold} 的门槛，因此整个上门时间计费（{billed}），按每小时 {rate}（不含税）计算：不含税 {exclTax}，增值税 {vat}，含税 {inclTax}。',
};

/** The component's dictionaries, English complete, the others checked complete by a test. */
export const reinterventionTranslations: Dictionaries<ReinterventionKey> = { en, fr, nl, zh };

/**
 * The shared strings (i18n.ts) the component shows: the configuration and request errors. Dutch
 * and Chinese must have them too (a test checks it).
 */
export const reinterventionSharedKeys = [
  'config.missingKey', 'config.secretKey', 'config.invalidKey', 'config.invalidApi',
  'error.network', 'error.unauthenticated', 'error.rateLimited', 'error.server', 'error.retry',
] as const satisfies readonly TranslationKey[];

/** A string of the component in a language, English when the language lacks it, placeholders filled. */
export function reinterventionText(language: SupportedLanguage, key: ReinterventionKey, parameters: Record<string, string | number> = {}): string {
  return translateFrom(reinterventionTranslations, language, key, parameters);
}

/** Whether the component has words for a key built from a code the API sent (an enum value it may add later). */
export function hasReinterventionText(key: string): key is ReinterventionKey {
  return key in en;
}
