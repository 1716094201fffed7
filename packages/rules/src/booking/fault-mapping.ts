/**
 * Symptom codes per product category, as tenant data: what each symptom suggests (likely parts,
 * home or workshop, visit time) and the English and French words that reveal it in a customer's
 * own description. DEFAULT_FAULT_MAPPING is the starting point a tenant may replace.
 */

/** Where a repair happens: at the customer's home, or in the workshop (seed 004). */
export type RepairLocation = 'HOME' | 'WORKSHOP';

/** One symptom of a category and what it suggests. */
export interface SymptomRule {
  readonly code: string;
  readonly labels: { readonly en: string; readonly fr: string };
  /** Part codes (as in WARRANTY_PARTS), the most likely first. */
  readonly likelyParts: readonly string[];
  /** Overrides the category's location for this symptom. */
  readonly location?: RepairLocation;
  /** Minutes a visit for this symptom takes; the category's default otherwise. */
  readonly visitMinutes?: number;
  /** Words found at the start of a word of the free text, case and accents ignored. */
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

const OTHER: SymptomRule = { code: 'OTHER', labels: { en: 'Something else', fr: 'Autre problème' }, likelyParts: [], keywords: [] };

const NOT_STARTING_WORDS = [
  'not starting', 'not start', 'won t start', 'doesn t start', 'does not start', 'no power', 'not turning on', 'won t turn on', 'dead',
  'ne demarre pas', 'ne demarre plus', 'ne s allume pas', 'ne s allume plus', 'plus de courant',
];
const NOISE_WORDS = ['noise', 'noisy', 'loud', 'rattl', 'buzz', 'humming', 'vibrat', 'bruit', 'bruyant', 'vibre', 'claque'];
const ERROR_WORDS = ['error', 'blinking', 'flashing', 'erreur', 'clignot'];

/** SAV's default symptoms for refrigerators (repaired at home) and air conditioners. */
export const DEFAULT_FAULT_MAPPING: FaultMapping = {
  REFRIGERATOR: {
    location: 'HOME',
    visitMinutes: 60,
    symptoms: [
      {
        code: 'NOT_COOLING',
        labels: { en: 'Not cooling', fr: 'Ne refroidit plus' },
        likelyParts: ['FAN_MOTOR', 'TEMPERATURE_CONTROLLER', 'COMPRESSOR', 'EVAPORATOR'],
        visitMinutes: 90,
        keywords: [
          'not cooling', 'not cold', 'doesn t cool', 'does not cool', 'no cooling', 'stopped cooling', 'too warm', 'warm inside',
          'ne refroidit plus', 'ne refroidit pas', 'refroidit mal', 'ne fait plus de froid', 'ne fait pas de froid', 'pas assez froid', 'plus de froid',
        ],
      },
      {
        code: 'TOO_COLD',
        labels: { en: 'Too cold, food freezes', fr: 'Trop froid, les aliments gèlent' },
        likelyParts: ['TEMPERATURE_CONTROLLER', 'MAIN_CONTROL_BOARD'],
        keywords: ['too cold', 'food freezes', 'freezes everything', 'trop froid', 'gele tout', 'aliments gelent', 'aliments geles'],
      },
      { code: 'NOISY', labels: { en: 'Noisy', fr: 'Bruyant' }, likelyParts: ['FAN_MOTOR', 'COMPRESSOR'], keywords: NOISE_WORDS },
      {
        code: 'LEAKING_WATER',
        labels: { en: 'Leaking water', fr: "Fuite d'eau" },
        likelyParts: ['DEFROST_HEATER', 'ICE_MAKER', 'SOLENOID_VALVE'],
        keywords: ['leak', 'puddle', 'dripping', 'water on the floor', 'fuit', 'flaque', 'eau par terre', 'goutte'],
      },
      {
        code: 'ICE_BUILDUP',
        labels: { en: 'Ice or frost build-up', fr: 'Givre ou glace' },
        likelyParts: ['DEFROST_HEATER', 'TIMER', 'TEMPERATURE_CONTROLLER'],
        visitMinutes: 90,
        keywords: ['ice', 'icing', 'frost', 'givre', 'glace', 'givr'],
      },
      {
        code: 'DOOR_NOT_CLOSING',
        labels: { en: 'Door does not close', fr: 'La porte ne ferme pas' },
        likelyParts: ['DOOR', 'CABINET'],
        visitMinutes: 45,
        keywords: ['door', 'seal', 'gasket', 'porte', 'joint'],
      },
      {
        code: 'DISPLAY_ERROR',
        labels: { en: 'Display fault or error code', fr: "Afficheur en panne ou code d'erreur" },
        likelyParts: ['MAIN_CONTROL_BOARD', 'TEMPERATURE_CONTROLLER'],
        keywords: [...ERROR_WORDS, 'display', 'affichage', 'afficheur', 'ecran'],
      },
      {
        code: 'NOT_STARTING',
        labels: { en: 'Does not start', fr: 'Ne démarre pas' },
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
        labels: { en: 'Not cooling', fr: 'Ne refroidit plus' },
        likelyParts: ['COMPRESSOR', 'CONDENSER', 'FAN_MOTOR', 'MAIN_CONTROL_BOARD'],
        visitMinutes: 120,
        keywords: [
          'not cooling', 'doesn t cool', 'does not cool', 'no cooling', 'blows warm', 'warm air',
          'ne refroidit plus', 'ne refroidit pas', 'ne climatise', 'pas de froid', 'plus de froid', 'air chaud', 'souffle chaud',
        ],
      },
      {
        code: 'NOT_HEATING',
        labels: { en: 'Not heating', fr: 'Ne chauffe plus' },
        likelyParts: ['SOLENOID_VALVE', 'COMPRESSOR', 'MAIN_CONTROL_BOARD'],
        visitMinutes: 120,
        keywords: ['not heating', 'no heat', 'doesn t heat', 'does not heat', 'blows cold', 'ne chauffe plus', 'ne chauffe pas', 'pas de chauffage', 'souffle froid'],
      },
      {
        code: 'LEAKING_WATER',
        labels: { en: 'Leaking water', fr: "Fuite d'eau" },
        likelyParts: ['FILTER', 'PARTS'],
        keywords: ['leak', 'dripping', 'drips', 'fuit', 'goutte', 'coule'],
      },
      { code: 'NOISY', labels: { en: 'Noisy', fr: 'Bruyant' }, likelyParts: ['FAN_MOTOR', 'COMPRESSOR'], visitMinutes: 60, keywords: NOISE_WORDS },
      {
        code: 'BAD_SMELL',
        labels: { en: 'Bad smell', fr: 'Mauvaise odeur' },
        likelyParts: ['FILTER', 'EVAPORATOR'],
        visitMinutes: 45,
        keywords: ['smell', 'odour', 'odor', 'stink', 'mould', 'mold', 'odeur', 'sent mauvais', 'moisi'],
      },
      {
        code: 'REMOTE_NOT_RESPONDING',
        labels: { en: 'Remote control not responding', fr: 'La télécommande ne répond pas' },
        likelyParts: ['PARTS', 'MAIN_CONTROL_BOARD'],
        location: 'WORKSHOP',
        visitMinutes: 30,
        keywords: ['remote', 'telecommande'],
      },
      {
        code: 'ERROR_CODE',
        labels: { en: 'Error code shown', fr: "Code d'erreur affiché" },
        likelyParts: ['MAIN_CONTROL_BOARD', 'TEMPERATURE_CONTROLLER'],
        visitMinutes: 60,
        keywords: ERROR_WORDS,
      },
      {
        code: 'NOT_STARTING',
        labels: { en: 'Does not start', fr: 'Ne démarre pas' },
        likelyParts: ['MAIN_CONTROL_BOARD', 'COMPRESSOR'],
        visitMinutes: 60,
        keywords: NOT_STARTING_WORDS,
      },
      OTHER,
    ],
  },
};
