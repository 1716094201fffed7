import type { SharedKey } from '../i18n.js';

/** The strings every component shares (configuration and request errors, parts, statuses) in French: a chunk of its own, loaded only when a component speaks French. */
const fr: Partial<Record<SharedKey, string>> = {
  'config.missingKey': 'L’attribut publishable-key est absent. Ajoutez la clé publique (pk_…) fournie par SAV.',
  'config.secretKey': 'Une clé secrète (sk_…) ne doit jamais figurer dans une page web. Utilisez une clé publique (pk_…) et révoquez celle-ci.',
  'config.invalidKey': 'L’attribut publishable-key « {value} » n’est pas une clé publique (elle commence par pk_).',
  'config.invalidApi': 'L’attribut api « {value} » n’est pas une URL http(s) valide.',
  'config.invalidPurchaseDate': 'L’attribut purchase-date « {value} » n’est pas une date passée valide (AAAA-MM-JJ) ; il a été ignoré.',
  'config.invalidCountry': 'L’attribut country « {value} » n’est pas un code pays ISO à deux lettres ; il a été ignoré.',

  'status.COVERED.title': 'Couvert',
  'status.PARTLY_COVERED.title': 'Couvert en partie',
  'status.EXPIRED.title': 'Garantie terminée',
  'status.NO_POLICY.title': 'Aucune garantie trouvée',
  'coverages.left': 'encore {duration}',
  'coverages.endedAgo': 'terminé il y a {duration}',
  'coverages.endsToday': 'dernier jour aujourd’hui',
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
  // the appearance's warnings (../appearance.en.ts)
  'appearance.invalidTheme': 'Le thème « {value} » n’est ni light, ni dark, ni auto ; il a été ignoré (le thème clair s’applique).',
  'appearance.unknown': 'Le réglage d’apparence « {value} » est inconnu (SAV connaît theme, et des variables comme colorPrimary, borderRadius ou fontFamily) ; il a été ignoré.',
  'appearance.notString': 'La variable d’apparence « {value} » doit être une chaîne, une valeur CSS comme « #0b5cad » ou « 8px » ; elle a été ignorée.',
  'appearance.notObject': 'Le réglage d’apparence « {value} » doit être un objet, comme { theme: "dark", variables: { colorPrimary: "#c2410c" } } ; il a été ignoré.',
};

export default fr;
