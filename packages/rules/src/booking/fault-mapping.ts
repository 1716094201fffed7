import type { Language } from '../language/language.js';

/**
 * Symptom codes per product category, as tenant data: what each symptom suggests (likely parts,
 * home or workshop, visit time) and the English, French, Dutch and Chinese words that reveal it
 * in a customer's own description. DEFAULT_FAULT_MAPPING is the starting point a tenant may replace.
 */

/** Where a repair happens: at the customer's home, or in the workshop (seed 004). */
export type RepairLocation = 'HOME' | 'WORKSHOP';

/** One symptom of a category and what it suggests. */
export interface SymptomRule {
  readonly code: string;
  /** What a form shows, in every language SAV speaks (a tenant's mapping without Dutch or Chinese gets them from `completeLabels`). */
  readonly labels: Readonly<Record<Language, string>>;
  /** Part codes (as in WARRANTY_PARTS), the most likely first. */
  readonly likelyParts: readonly string[];
  /** Overrides the category's location for this symptom. */
  readonly location?: RepairLocation;
  /** Minutes a visit for this symptom takes; the category's default otherwise. */
  readonly visitMinutes?: number;
  /** Words found at the start of a word of the free text, case and accents ignored (Chinese ones anywhere: it has no spaces). */
  readonly keywords: readonly string[];
}

/** A category's symptoms, with its default repair location and visit minutes. */
export interface CategoryFaultMapping {
  readonly location: RepairLocation;
  readonly visitMinutes: number;
  readonly symptoms: readonly SymptomRule[];
}

/** Product category (REFRIGERATOR, AIR_CONDITIONER, …) → its symptoms. */
export type FaultMapping = Readonly<Record<string, CategoryFaultMapping>>;

const OTHER: SymptomRule = { code: 'OTHER', labels: { en: 'Something else', fr: 'Autre problème', nl: 'Iets anders', zh: '其他问题' }, likelyParts: [], keywords: [] };

const NOT_STARTING_WORDS = [
  'not starting', 'not start', 'won t start', 'doesn t start', 'does not start', 'no power', 'not turning on', 'won t turn on', 'dead',
  'ne demarre pas', 'ne demarre plus', 'ne s allume pas', 'ne s allume plus', 'plus de courant',
  'start niet', 'gaat niet aan', 'springt niet aan', 'geen stroom', 'doet niets meer',
  '无法启动', '不启动', '启动不了', '开不了机', '不通电',
];
const NOISE_WORDS = [
  'noise', 'noisy', 'loud', 'rattl', 'buzz', 'humming', 'vibrat', 'bruit', 'bruyant', 'vibre', 'claque',
  'lawaai', 'geluid', 'herrie', 'rammel', 'bromt', 'zoemt', 'trilt', 'tril',
  '噪音', '噪声', '异响', '响声', '嗡嗡', '震动', '振动',
];
const ERROR_WORDS = ['error', 'blinking', 'flashing', 'erreur', 'clignot', 'foutcode', 'foutmelding', 'knippert', 'knipper', '错误', '故障码', '代码', '闪烁'];

/** SAV's default symptoms for refrigerators (repaired at home) and air conditioners. */
export const DEFAULT_FAULT_MAPPING: FaultMapping = {
  REFRIGERATOR: {
    location: 'HOME',
    visitMinutes: 60,
    symptoms: [
      {
        code: 'NOT_COOLING',
        labels: { en: 'Not cooling', fr: 'Ne refroidit plus', nl: 'Koelt niet meer', zh: '不制冷' },
        likelyParts: ['FAN_MOTOR', 'TEMPERATURE_CONTROLLER', 'COMPRESSOR', 'EVAPORATOR'],
        visitMinutes: 90,
        keywords: [
          'not cooling', 'not cold', 'doesn t cool', 'does not cool', 'no cooling', 'stopped cooling', 'too warm', 'warm inside',
          'ne refroidit plus', 'ne refroidit pas', 'refroidit mal', 'ne fait plus de froid', 'ne fait pas de froid', 'pas assez froid', 'plus de froid',
          'koelt niet', 'koelt slecht', 'wordt niet koud', 'niet koud', 'niet meer koud', 'te warm',
          '不制冷', '不冷', '制冷差', '制冷效果差', '温度太高',
        ],
      },
      {
        code: 'TOO_COLD',
        labels: { en: 'Too cold, food freezes', fr: 'Trop froid, les aliments gèlent', nl: 'Te koud, etenswaren bevriezen', zh: '温度过低，食物结冰' },
        likelyParts: ['TEMPERATURE_CONTROLLER', 'MAIN_CONTROL_BOARD'],
        keywords: ['too cold', 'food freezes', 'freezes everything', 'trop froid', 'gele tout', 'aliments gelent', 'aliments geles', 'te koud', 'bevriest', 'bevroren', '太冷', '冻住', '冻坏'],
      },
      { code: 'NOISY', labels: { en: 'Noisy', fr: 'Bruyant', nl: 'Maakt lawaai', zh: '噪音大' }, likelyParts: ['FAN_MOTOR', 'COMPRESSOR'], keywords: NOISE_WORDS },
      {
        code: 'LEAKING_WATER',
        labels: { en: 'Leaking water', fr: "Fuite d'eau", nl: 'Lekt water', zh: '漏水' },
        likelyParts: ['DEFROST_HEATER', 'ICE_MAKER', 'SOLENOID_VALVE'],
        keywords: ['leak', 'puddle', 'dripping', 'water on the floor', 'fuit', 'flaque', 'eau par terre', 'goutte', 'lek', 'waterplas', 'plas water', 'druppel', 'drupt', 'water op de vloer', '漏水', '滴水', '积水'],
      },
      {
        code: 'ICE_BUILDUP',
        labels: { en: 'Ice or frost build-up', fr: 'Givre ou glace', nl: 'IJs- of rijpvorming', zh: '结冰或结霜' },
        likelyParts: ['DEFROST_HEATER', 'TIMER', 'TEMPERATURE_CONTROLLER'],
        visitMinutes: 90,
        keywords: ['ice', 'icing', 'frost', 'givre', 'glace', 'givr', 'ijs', 'rijp', '结冰', '结霜', '冰层', '霜'],
      },
      {
        code: 'DOOR_NOT_CLOSING',
        labels: { en: 'Door does not close', fr: 'La porte ne ferme pas', nl: 'De deur sluit niet', zh: '门关不上' },
        likelyParts: ['DOOR', 'CABINET'],
        visitMinutes: 45,
        keywords: ['door', 'seal', 'gasket', 'porte', 'joint', 'deur', 'rubber', 'dichting', '关不上', '关不严', '门封', '密封条'],
      },
      {
        code: 'DISPLAY_ERROR',
        labels: { en: 'Display fault or error code', fr: "Afficheur en panne ou code d'erreur", nl: 'Display defect of foutcode', zh: '显示屏故障或错误代码' },
        likelyParts: ['MAIN_CONTROL_BOARD', 'TEMPERATURE_CONTROLLER'],
        keywords: [...ERROR_WORDS, 'display', 'affichage', 'afficheur', 'ecran', 'scherm', '显示', '屏幕'],
      },
      {
        code: 'NOT_STARTING',
        labels: { en: 'Does not start', fr: 'Ne démarre pas', nl: 'Start niet', zh: '无法启动' },
        likelyParts: ['MAIN_CONTROL_BOARD', 'COMPRESSOR', 'TIMER'],
        keywords: NOT_STARTING_WORDS,
      },
      OTHER,
    ],
  },
  AIR_CONDITIONER: {
    location: 'HOME',
    visitMinutes: 90,
    symptoms: [
      {
        code: 'NOT_COOLING',
        labels: { en: 'Not cooling', fr: 'Ne refroidit plus', nl: 'Koelt niet meer', zh: '不制冷' },
        likelyParts: ['COMPRESSOR', 'CONDENSER', 'FAN_MOTOR', 'MAIN_CONTROL_BOARD'],
        visitMinutes: 120,
        keywords: [
          'not cooling', 'doesn t cool', 'does not cool', 'no cooling', 'blows warm', 'warm air',
          'ne refroidit plus', 'ne refroidit pas', 'ne climatise', 'pas de froid', 'plus de froid', 'air chaud', 'souffle chaud',
          'koelt niet', 'koelt slecht', 'warme lucht', 'blaast warm',
          '不制冷', '不冷', '制冷差', '吹热风',
        ],
      },
      {
        code: 'NOT_HEATING',
        labels: { en: 'Not heating', fr: 'Ne chauffe plus', nl: 'Verwarmt niet meer', zh: '不制热' },
        likelyParts: ['SOLENOID_VALVE', 'COMPRESSOR', 'MAIN_CONTROL_BOARD'],
        visitMinutes: 120,
        keywords: [
          'not heating', 'no heat', 'doesn t heat', 'does not heat', 'blows cold', 'ne chauffe plus', 'ne chauffe pas', 'pas de chauffage', 'souffle froid',
          'verwarmt niet', 'geen warmte', 'blaast koud', 'koude lucht', '不制热', '不热', '吹冷风',
        ],
      },
      {
        code: 'LEAKING_WATER',
        labels: { en: 'Leaking water', fr: "Fuite d'eau", nl: 'Lekt water', zh: '漏水' },
        likelyParts: ['FILTER', 'PARTS'],
        keywords: ['leak', 'dripping', 'drips', 'fuit', 'goutte', 'coule', 'lek', 'druppel', 'drupt', '漏水', '滴水'],
      },
      { code: 'NOISY', labels: { en: 'Noisy', fr: 'Bruyant', nl: 'Maakt lawaai', zh: '噪音大' }, likelyParts: ['FAN_MOTOR', 'COMPRESSOR'], visitMinutes: 60, keywords: NOISE_WORDS },
      {
        code: 'BAD_SMELL',
        labels: { en: 'Bad smell', fr: 'Mauvaise odeur', nl: 'Slechte geur', zh: '有异味' },
        likelyParts: ['FILTER', 'EVAPORATOR'],
        visitMinutes: 45,
        keywords: ['smell', 'odour', 'odor', 'stink', 'mould', 'mold', 'odeur', 'sent mauvais', 'moisi', 'geur', 'stinkt', 'ruikt', 'schimmel', '异味', '臭', '霉味', '气味'],
      },
      {
        code: 'REMOTE_NOT_RESPONDING',
        labels: { en: 'Remote control not responding', fr: 'La télécommande ne répond pas', nl: 'Afstandsbediening reageert niet', zh: '遥控器没有反应' },
        likelyParts: ['PARTS', 'MAIN_CONTROL_BOARD'],
        location: 'WORKSHOP',
        visitMinutes: 30,
        keywords: ['remote', 'telecommande', 'afstandsbediening', '遥控'],
      },
      {
        code: 'ERROR_CODE',
        labels: { en: 'Error code shown', fr: "Code d'erreur affiché", nl: 'Foutcode op het scherm', zh: '显示错误代码' },
        likelyParts: ['MAIN_CONTROL_BOARD', 'TEMPERATURE_CONTROLLER'],
        visitMinutes: 60,
        keywords: ERROR_WORDS,
      },
      {
        code: 'NOT_STARTING',
        labels: { en: 'Does not start', fr: 'Ne démarre pas', nl: 'Start niet', zh: '无法启动' },
        likelyParts: ['MAIN_CONTROL_BOARD', 'COMPRESSOR'],
        visitMinutes: 60,
        keywords: NOT_STARTING_WORDS,
      },
      OTHER,
    ],
  },
};

/**
 * A symptom's labels in every language from a tenant's, which must have English and French and
 * may have Dutch and Chinese: a missing one is the default mapping's label of the same symptom
 * code (the category's first, then any category's), else the English label.
 */
export function completeLabels(
  category: string,
  code: string,
  labels: { readonly en: string; readonly fr: string; readonly nl?: string | undefined; readonly zh?: string | undefined },
): Record<Language, string> {
  const fallback = (language: 'nl' | 'zh'): string => {
    const sameCategory = DEFAULT_FAULT_MAPPING[category]?.symptoms.find((rule) => rule.code === code);
    const anyCategory = Object.values(DEFAULT_FAULT_MAPPING).flatMap((entry) => entry.symptoms).find((rule) => rule.code === code);
    return (sameCategory ?? anyCategory)?.labels[language] ?? labels.en;
  };
  return { en: labels.en, fr: labels.fr, nl: labels.nl || fallback('nl'), zh: labels.zh || fallback('zh') };
}
