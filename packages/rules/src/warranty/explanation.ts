import { type Language, formatLongDate } from '../language/language.js';
import type { WarrantyAssessment } from './warranty-check.js';

const EXCLUSIONS: Record<string, Record<Language, string>> = {
  NO_PROOF_OF_PURCHASE: {
    en: 'You cannot show the warranty card or the invoice.',
    fr: 'Vous ne pouvez présenter ni le certificat de garantie ni la facture.',
  },
  ALTERED_INVOICE: {
    en: 'The invoice has been altered.',
    fr: 'La facture a été modifiée.',
  },
  ACCIDENT_OR_MISUSE: {
    en: 'The damage comes from an accident or from using the product in a way it is not meant for.',
    fr: "Le dommage vient d'un accident ou d'une utilisation non conforme du produit.",
  },
  UNAUTHORISED_REPAIR: {
    en: 'Someone the maker did not authorise has repaired or opened the product.',
    fr: "Une personne non agréée par le fabricant a réparé ou ouvert le produit.",
  },
};

/** What an exclusion code means for the customer, in plain words; the code itself when unknown. */
export function describeExclusion(code: string, language: Language): string {
  return EXCLUSIONS[code]?.[language] ?? code.toLowerCase().replaceAll('_', ' ');
}

export interface ExplanationContext {
  readonly productName: string;
  readonly language: Language;
  /** How dates are written; the language's default when absent. */
  readonly locale?: string;
}

/** One or two sentences a non-expert understands, saying what the assessment means for them. */
export function explainWarranty(assessment: WarrantyAssessment, context: ExplanationContext): string {
  const { language } = context;
  const date = (d: string) => formatLongDate(d, context.locale ?? language);
  const fr = language === 'fr';
  const active = assessment.coverages.filter((c) => c.active);
  const latestEnd = assessment.coverages.reduce((latest, c) => (c.endsOn > latest ? c.endsOn : latest), '');
  const paid = assessment.paidRepairAvailable
    ? fr
      ? ' Une réparation payante reste possible.'
      : ' Paid repair remains available.'
    : '';
  switch (assessment.status) {
    case 'COVERED': {
      const firstEnd = active.reduce((earliest, c) => (c.endsOn < earliest ? c.endsOn : earliest), active[0]?.endsOn ?? '');
      return fr
        ? `Votre ${context.productName} est entièrement couvert gratuitement jusqu'au ${date(firstEnd)}.`
        : `Your ${context.productName} is fully covered free of charge until ${date(firstEnd)}.`;
    }
    case 'PARTLY_COVERED': {
      const wholeUnit = assessment.coverages.find((c) => c.part === 'WHOLE_UNIT' && !c.active);
      const lead = wholeUnit
        ? fr
          ? `La garantie de l'appareil complet a pris fin le ${date(wholeUnit.endsOn)}`
          : `The cover of the whole unit ended on ${date(wholeUnit.endsOn)}`
        : fr
          ? 'Une partie de la garantie a pris fin'
          : 'Part of the cover has ended';
      const rest = fr
        ? `, mais ${active.length} pièce${active.length > 1 ? 's restent couvertes' : ' reste couverte'} gratuitement, jusqu'au ${date(latestEnd)} au plus tard.`
        : `, but ${active.length} part${active.length > 1 ? 's are' : ' is'} still covered free of charge, until ${date(latestEnd)} at the latest.`;
      return lead + rest + (fr ? ' Les autres réparations sont payantes.' : ' Other repairs are charged.');
    }
    case 'EXPIRED':
      return (fr ? `La garantie gratuite a pris fin le ${date(latestEnd)}.` : `The free warranty ended on ${date(latestEnd)}.`) + paid;
    case 'NO_POLICY': {
      const regional = assessment.policiesOutsideRegion[0];
      const hint = regional
        ? fr
          ? ` La garantie « ${regional.name} » ne s'applique qu'aux achats faits à ${regional.cities.join(', ') || regional.country}: indiquez la ville d'achat si elle en fait partie.`
          : ` The "${regional.name}" policy applies only to purchases made in ${regional.cities.join(', ') || regional.country}: give the city of purchase if it is one of them.`
        : '';
      return (
        (fr
          ? `Aucune garantie configurée ne s'applique à un ${context.productName} acheté le ${date(assessment.purchaseDate)} : nous ne pouvons pas dire ce qui est couvert. Contactez le service après-vente.`
          : `No configured warranty applies to a ${context.productName} bought on ${date(assessment.purchaseDate)}, so we cannot say what is covered. Please contact the service desk.`) + hint
      );
    }
  }
}
