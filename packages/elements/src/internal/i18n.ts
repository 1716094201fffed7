import { bookingEn, bookingFr } from './i18n.booking.js';
import { LANGUAGES, supportedLanguage, type SupportedLanguage } from './language.js';

/**
 * English strings: the reference. Every key must have a French translation (a test checks it);
 * a missing one falls back to English at run time. `{name}` placeholders are replaced by `translate`.
 * Dutch and Chinese have only the strings `<sav-ticket-tracker>` shares with the others (the
 * configuration and request errors, the parts' names; i18n.tracker.ts holds its own): the other
 * components speak English on such pages, and any string missing there falls back to English too.
 */
const en = {
  // configuration errors
  'config.title': 'This warranty check is not set up correctly',
  'config.missingKey': 'The publishable-key attribute is missing. Add the publishable key (pk_…) SAV gave you.',
  'config.secretKey': 'A secret key (sk_…) must never be put in a web page. Use a publishable key (pk_…) and revoke this one.',
  'config.invalidKey': 'The publishable-key attribute "{value}" is not a publishable key (it should start with pk_).',
  'config.invalidApi': 'The api attribute "{value}" is not a valid http(s) URL.',
  'config.invalidPurchaseDate': 'The purchase-date attribute "{value}" is not a valid past date (YYYY-MM-DD); it was ignored.',
  'config.invalidCountry': 'The country attribute "{value}" is not a two-letter ISO country code; it was ignored.',

  // form
  'form.title': 'Check your warranty',
  'form.mode': 'How would you like to identify your appliance?',
  'form.mode.serial': 'With its serial number',
  'form.mode.model': 'With its model and purchase date',
  'form.serialNumber': 'Serial number',
  'form.serialNumber.hint': 'Printed on the label inside the door or at the back of the appliance.',
  'form.productModel': 'Model',
  'form.productModel.hint': 'For example HRF-DEMO-1, as written on your invoice.',
  'form.purchaseDate': 'Purchase date',
  'form.purchaseDate.hint': 'The date on your invoice.',
  'form.country': 'Country of purchase',
  'form.city': 'City of purchase (optional)',
  'form.city.hint': 'Some warranties depend on where the appliance was bought.',
  'form.submit': 'Check my warranty',
  'form.busy': 'Checking…',

  // status summaries
  'status.COVERED.title': 'Covered',
  'status.COVERED.summary': 'Good news: your appliance is covered by the warranty.',
  'status.PARTLY_COVERED.title': 'Partly covered',
  'status.PARTLY_COVERED.summary': 'Your appliance is partly covered: some parts are still under warranty, others are not.',
  'status.EXPIRED.title': 'Warranty ended',
  'status.EXPIRED.summary': 'The warranty on your appliance has ended.',
  'status.NO_POLICY.title': 'No warranty found',
  'status.NO_POLICY.summary': 'We have no warranty terms for your appliance bought on this date and at this place.',
  'result.announce': 'Warranty check done: {title}. {summary}',
  'result.purchasedOn': 'Bought on {date}, judged as of {asOf}.',

  // coverages
  'coverages.title': 'What is covered, part by part',
  'coverages.part': 'Part',
  'coverages.until': 'Covered until',
  'coverages.state': 'Status',
  'coverages.active': 'Covered',
  'coverages.ended': 'Ended',
  'coverages.left': '{duration} left',
  'coverages.endedAgo': 'ended {duration} ago',
  'coverages.endsToday': 'last day today',
  'coverages.extended': 'extended by {days} days for repairs',
  'coverages.extendedOne': 'extended by 1 day for repairs',
  'coverages.none': 'No part is covered.',

  // remedies
  'remedies.title': 'What you can ask for now',
  'remedies.RETURN': 'Return it and get your money back, until {date}.',
  'remedies.EXCHANGE': 'Exchange it for a new one, until {date}.',
  'remedies.REPAIR': 'Have it repaired free of charge, until {date}.',
  'remedies.none': 'No free return, exchange or repair applies any more.',

  // exclusions
  'exclusions.title': 'What voids free service',
  'exclusions.intro': 'Repairs are not free in these cases:',
  'paidRepair.available': 'Paid repair stays available at any time, even when the warranty does not apply.',

  // legal rights
  'legal.title': 'Your legal rights',
  'legal.until': 'Until {date}.',
  'legal.noEnd': 'No fixed end date.',
  'legal.source': 'Source: {source}',

  // errors
  'error.title': 'The warranty check did not work',
  'error.productNotFound': 'We could not find this appliance. Check the serial number or the model as written on your invoice.',
  'error.invalidInput': 'Please correct the highlighted information.',
  'error.network': 'The after-sales service could not be reached. Check your connection and try again.',
  'error.unauthenticated': 'The after-sales service refused this site\'s key. Please tell the shop.',
  'error.rateLimited': 'Too many requests in a short time. Please try again in a minute.',
  'error.server': 'The after-sales service could not answer ({code}). Please try again later.',
  'error.retry': 'Try again',

  // parts
  'part.WHOLE_UNIT': 'Whole appliance',
  'part.COMPRESSOR': 'Compressor',
  'part.EVAPORATOR': 'Evaporator',
  'part.CONDENSER': 'Condenser',
  'part.SOLENOID_VALVE': 'Solenoid valve',
  'part.MAIN_CONTROL_BOARD': 'Main control board',
  'part.CABINET': 'Cabinet',
  'part.DOOR': 'Door',
  'part.TEMPERATURE_CONTROLLER': 'Temperature controller',
  'part.FILTER': 'Filter',
  'part.CAPILLARY_TUBE': 'Capillary tube',
  'part.FAN_MOTOR': 'Fan motor',
  'part.DEFROST_HEATER': 'Defrost heater',
  'part.ICE_MAKER': 'Ice maker',
  'part.TIMER': 'Timer',
  'part.PARTS': 'Other parts',

  ...bookingEn,
} as const;

/** A translation key. */
export type TranslationKey = keyof typeof en;
/** A complete or partial dictionary for one language. */
export type Translations = Partial<Record<TranslationKey, string>>;

const fr: Translations = {
  'config.title': 'Cette vérification de garantie est mal configurée',
  'config.missingKey': 'L’attribut publishable-key est absent. Ajoutez la clé publique (pk_…) fournie par SAV.',
  'config.secretKey': 'Une clé secrète (sk_…) ne doit jamais figurer dans une page web. Utilisez une clé publique (pk_…) et révoquez celle-ci.',
  'config.invalidKey': 'L’attribut publishable-key « {value} » n’est pas une clé publique (elle commence par pk_).',
  'config.invalidApi': 'L’attribut api « {value} » n’est pas une URL http(s) valide.',
  'config.invalidPurchaseDate': 'L’attribut purchase-date « {value} » n’est pas une date passée valide (AAAA-MM-JJ) ; il a été ignoré.',
  'config.invalidCountry': 'L’attribut country « {value} » n’est pas un code pays ISO à deux lettres ; il a été ignoré.',

  'form.title': 'Vérifier votre garantie',
  'form.mode': 'Comment souhaitez-vous identifier votre appareil ?',
  'form.mode.serial': 'Par son numéro de série',
  'form.mode.model': 'Par son modèle et sa date d’achat',
  'form.serialNumber': 'Numéro de série',
  'form.serialNumber.hint': 'Inscrit sur l’étiquette à l’intérieur de la porte ou à l’arrière de l’appareil.',
  'form.productModel': 'Modèle',
  'form.productModel.hint': 'Par exemple HRF-DEMO-1, tel qu’il figure sur votre facture.',
  'form.purchaseDate': 'Date d’achat',
  'form.purchaseDate.hint': 'La date de votre facture.',
  'form.country': 'Pays d’achat',
  'form.city': 'Ville d’achat (facultatif)',
  'form.city.hint': 'Certaines garanties dépendent du lieu d’achat.',
  'form.submit': 'Vérifier ma garantie',
  'form.busy': 'Vérification…',

  'status.COVERED.title': 'Couvert',
  'status.COVERED.summary': 'Bonne nouvelle : votre appareil est couvert par la garantie.',
  'status.PARTLY_COVERED.title': 'Couvert en partie',
  'status.PARTLY_COVERED.summary': 'Votre appareil est couvert en partie : certaines pièces sont encore garanties, d’autres non.',
  'status.EXPIRED.title': 'Garantie terminée',
  'status.EXPIRED.summary': 'La garantie de votre appareil est terminée.',
  'status.NO_POLICY.title': 'Aucune garantie trouvée',
  'status.NO_POLICY.summary': 'Nous n’avons aucune condition de garantie pour votre appareil acheté à cette date et à cet endroit.',
  'result.announce': 'Vérification terminée : {title}. {summary}',
  'result.purchasedOn': 'Acheté le {date}, situation au {asOf}.',

  'coverages.title': 'Ce qui est couvert, pièce par pièce',
  'coverages.part': 'Pièce',
  'coverages.until': 'Couvert jusqu’au',
  'coverages.state': 'État',
  'coverages.active': 'Couvert',
  'coverages.ended': 'Terminé',
  'coverages.left': 'encore {duration}',
  'coverages.endedAgo': 'terminé il y a {duration}',
  'coverages.endsToday': 'dernier jour aujourd’hui',
  'coverages.extended': 'prolongé de {days} jours pour réparations',
  'coverages.extendedOne': 'prolongé de 1 jour pour réparation',
  'coverages.none': 'Aucune pièce n’est couverte.',

  'remedies.title': 'Ce que vous pouvez demander maintenant',
  'remedies.RETURN': 'Le rendre et être remboursé, jusqu’au {date}.',
  'remedies.EXCHANGE': 'L’échanger contre un neuf, jusqu’au {date}.',
  'remedies.REPAIR': 'Le faire réparer gratuitement, jusqu’au {date}.',
  'remedies.none': 'Aucun retour, échange ou réparation gratuits ne s’applique plus.',

  'exclusions.title': 'Ce qui annule la gratuité',
  'exclusions.intro': 'Les réparations ne sont pas gratuites dans ces cas :',
  'paidRepair.available': 'La réparation payante reste possible à tout moment, même hors garantie.',

  'legal.title': 'Vos droits légaux',
  'legal.until': 'Jusqu’au {date}.',
  'legal.noEnd': 'Sans date de fin fixe.',
  'legal.source': 'Source : {source}',

  'error.title': 'La vérification de garantie n’a pas abouti',
  'error.productNotFound': 'Nous n’avons pas trouvé cet appareil. Vérifiez le numéro de série ou le modèle tel qu’il figure sur votre facture.',
  'error.invalidInput': 'Veuillez corriger les informations signalées.',
  'error.network': 'Le service après-vente est injoignable. Vérifiez votre connexion et réessayez.',
  'error.unauthenticated': 'Le service après-vente a refusé la clé de ce site. Merci de prévenir le magasin.',
  'error.rateLimited': 'Trop de demandes en peu de temps. Réessayez dans une minute.',
  'error.server': 'Le service après-vente n’a pas pu répondre ({code}). Réessayez plus tard.',
  'error.retry': 'Réessayer',

  'part.WHOLE_UNIT': 'Appareil complet',
  'part.COMPRESSOR': 'Compresseur',
  'part.EVAPORATOR': 'Évaporateur',
  'part.CONDENSER': 'Condenseur',
  'part.SOLENOID_VALVE': 'Électrovanne',
  'part.MAIN_CONTROL_BOARD': 'Carte électronique principale',
  'part.CABINET': 'Caisson',
  'part.DOOR': 'Porte',
  'part.TEMPERATURE_CONTROLLER': 'Thermostat',
  'part.FILTER': 'Filtre',
  'part.CAPILLARY_TUBE': 'Tube capillaire',
  'part.FAN_MOTOR': 'Moteur de ventilateur',
  'part.DEFROST_HEATER': 'Résistance de dégivrage',
  'part.ICE_MAKER': 'Machine à glaçons',
  'part.TIMER': 'Minuterie',
  'part.PARTS': 'Autres pièces',

  ...bookingFr,
};

const nl: Translations = {
  'config.missingKey': 'Het attribuut publishable-key ontbreekt. Voeg de publieke sleutel (pk_…) van SAV toe.',
  'config.secretKey': 'Een geheime sleutel (sk_…) hoort nooit in een webpagina. Gebruik een publieke sleutel (pk_…) en trek deze in.',
  'config.invalidKey': 'Het attribuut publishable-key "{value}" is geen publieke sleutel (die begint met pk_).',
  'config.invalidApi': 'Het attribuut api "{value}" is geen geldige http(s)-URL.',
  'error.network': 'De klantenservice is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
  'error.unauthenticated': 'De klantenservice weigerde de sleutel van deze site. Laat het de winkel weten.',
  'error.rateLimited': 'Te veel verzoeken in korte tijd. Probeer het over een minuut opnieuw.',
  'error.server': 'De klantenservice kon niet antwoorden ({code}). Probeer het later opnieuw.',
  'error.retry': 'Opnieuw proberen',
  'part.WHOLE_UNIT': 'Heel het apparaat',
  'part.COMPRESSOR': 'Compressor',
  'part.EVAPORATOR': 'Verdamper',
  'part.CONDENSER': 'Condensor',
  'part.SOLENOID_VALVE': 'Magneetventiel',
  'part.MAIN_CONTROL_BOARD': 'Hoofdprintplaat',
  'part.CABINET': 'Behuizing',
  'part.DOOR': 'Deur',
  'part.TEMPERATURE_CONTROLLER': 'Thermostaat',
  'part.FILTER': 'Filter',
  'part.CAPILLARY_TUBE': 'Capillaire buis',
  'part.FAN_MOTOR': 'Ventilatormotor',
  'part.DEFROST_HEATER': 'Ontdooiverwarming',
  'part.ICE_MAKER': 'IJsblokjesmaker',
  'part.TIMER': 'Timer',
  'part.PARTS': 'Andere onderdelen',
};

const zh: Translations = {
  'config.missingKey': '缺少 publishable-key 属性。请添加 SAV 提供的公开密钥（pk_…）。',
  'config.secretKey': '私密密钥（sk_…）绝不能放在网页中。请使用公开密钥（pk_…）并吊销此密钥。',
  'config.invalidKey': 'publishable-key 属性“{value}”不是公开密钥（应以 pk_ 开头）。',
  'config.invalidApi': 'api 属性“{value}”不是有效的 http(s) 网址。',
  'error.network': '无法连接售后服务。请检查网络后重试。',
  'error.unauthenticated': '售后服务拒绝了本网站的密钥。请告知商家。',
  'error.rateLimited': '短时间内请求过多。请一分钟后重试。',
  'error.server': '售后服务暂时无法答复（{code}）。请稍后重试。',
  'error.retry': '重试',
  'part.WHOLE_UNIT': '整机',
  'part.COMPRESSOR': '压缩机',
  'part.EVAPORATOR': '蒸发器',
  'part.CONDENSER': '冷凝器',
  'part.SOLENOID_VALVE': '电磁阀',
  'part.MAIN_CONTROL_BOARD': '主控板',
  'part.CABINET': '箱体',
  'part.DOOR': '门体',
  'part.TEMPERATURE_CONTROLLER': '温控器',
  'part.FILTER': '过滤器',
  'part.CAPILLARY_TUBE': '毛细管',
  'part.FAN_MOTOR': '风扇电机',
  'part.DEFROST_HEATER': '化霜加热器',
  'part.ICE_MAKER': '制冰机',
  'part.TIMER': '定时器',
  'part.PARTS': '其他部件',
};

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
