import type { Language } from '../language/language.js';

export interface EstimateFacts {
  /** null when the warranty could not be judged (no purchase date, unknown serial). */
  readonly warrantyKnown: boolean;
  readonly covered: boolean;
  readonly priced: boolean;
}

/** The sentences of a repair estimate's explanation, in one language. */
export interface EstimateWords {
  readonly covered: string;
  readonly notCovered: string;
  readonly warrantyUnknown: string;
  /** Follows notCovered or warrantyUnknown, with its leading space if the language puts one. */
  readonly priced: string;
  readonly notPriced: string;
}

export const ESTIMATE_WORDS: Readonly<Record<Language, EstimateWords>> = {
  en: {
    covered: 'The warranty covers this repair: you pay nothing. The technician confirms it on site.',
    notCovered: 'The warranty does not cover this repair.',
    warrantyUnknown: 'Without a purchase date we cannot check the warranty.',
    priced: ' Here is the price list that applies; the technician confirms the price with you before any paid work.',
    notPriced: ' The service desk will tell you the price before any paid work.',
  },
  fr: {
    covered: 'La garantie couvre cette réparation : vous ne payez rien. Le technicien le confirme sur place.',
    notCovered: 'La garantie ne couvre pas cette réparation.',
    warrantyUnknown: "Sans date d'achat, nous ne pouvons pas vérifier la garantie.",
    priced: ' Voici le tarif appliqué ; le technicien vous confirme le prix avant toute intervention payante.',
    notPriced: ' Le service après-vente vous indiquera le prix avant toute intervention payante.',
  },
  nl: {
    covered: 'De garantie dekt deze reparatie: u betaalt niets. De technicus bevestigt dit ter plaatse.',
    notCovered: 'De garantie dekt deze reparatie niet.',
    warrantyUnknown: 'Zonder aankoopdatum kunnen wij de garantie niet controleren.',
    priced: ' Dit is de prijslijst die van toepassing is; de technicus bevestigt de prijs met u voordat er betaald werk gebeurt.',
    notPriced: ' De klantenservice laat u de prijs weten voordat er betaald werk gebeurt.',
  },
  zh: {
    covered: '此次维修在保修范围内：您无需支付任何费用。技术人员会在现场确认。',
    notCovered: '此次维修不在保修范围内。',
    warrantyUnknown: '没有购买日期，我们无法核实保修情况。',
    priced: '以下是适用的价目表；在进行任何付费维修之前，技术人员会与您确认价格。',
    notPriced: '在进行任何付费维修之前，售后服务部门会告知您价格。',
  },
};

/** What the customer will pay, in plain words, before anything is booked (seed 001, step 5). */
export function explainRepairEstimate(facts: EstimateFacts, language: Language): string {
  const words = ESTIMATE_WORDS[language];
  if (facts.covered) return words.covered;
  return (facts.warrantyKnown ? words.notCovered : words.warrantyUnknown) + (facts.priced ? words.priced : words.notPriced);
}
