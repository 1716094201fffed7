import type { Language } from '../language/language.js';

export interface EstimateFacts {
  /** null when the warranty could not be judged (no purchase date, unknown serial). */
  readonly warrantyKnown: boolean;
  readonly covered: boolean;
  readonly priced: boolean;
}

/** What the customer will pay, in plain words, before anything is booked (seed 001, step 5). */
export function explainRepairEstimate(facts: EstimateFacts, language: Language): string {
  const fr = language === 'fr';
  if (facts.covered) {
    return fr
      ? 'La garantie couvre cette réparation : vous ne payez rien. Le technicien le confirme sur place.'
      : 'The warranty covers this repair: you pay nothing. The technician confirms it on site.';
  }
  const lead = facts.warrantyKnown
    ? fr
      ? "La garantie ne couvre pas cette réparation."
      : 'The warranty does not cover this repair.'
    : fr
      ? "Sans date d'achat, nous ne pouvons pas vérifier la garantie."
      : 'Without a purchase date we cannot check the warranty.';
  const price = facts.priced
    ? fr
      ? " Voici le tarif appliqué ; le technicien vous confirme le prix avant toute intervention payante."
      : ' Here is the price list that applies; the technician confirms the price with you before any paid work.'
    : fr
      ? ' Le service après-vente vous indiquera le prix avant toute intervention payante.'
      : ' The service desk will tell you the price before any paid work.';
  return lead + price;
}
