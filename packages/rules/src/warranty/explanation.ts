import { type Language, formatLongDate } from '../language/language.js';
import type { ExclusionCode } from './policy.js';
import type { WarrantyAssessment } from './warranty-check.js';

const EXCLUSIONS: Readonly<Record<ExclusionCode, Readonly<Record<Language, string>>>> = {
  NO_PROOF_OF_PURCHASE: {
    en: 'You cannot show the warranty card or the invoice.',
    fr: 'Vous ne pouvez présenter ni le certificat de garantie ni la facture.',
    nl: 'U kunt het garantiebewijs noch de factuur voorleggen.',
    zh: '您无法出示保修卡或发票。',
  },
  ALTERED_INVOICE: {
    en: 'The invoice has been altered.',
    fr: 'La facture a été modifiée.',
    nl: 'De factuur is gewijzigd.',
    zh: '发票已被修改。',
  },
  ACCIDENT_OR_MISUSE: {
    en: 'The damage comes from an accident or from using the product in a way it is not meant for.',
    fr: "Le dommage vient d'un accident ou d'une utilisation non conforme du produit.",
    nl: 'De schade komt door een ongeval of doordat het product werd gebruikt op een manier waarvoor het niet bedoeld is.',
    zh: '损坏由意外或不按用途使用产品造成。',
  },
  UNAUTHORISED_REPAIR: {
    en: 'Someone the maker did not authorise has repaired or opened the product.',
    fr: "Une personne non agréée par le fabricant a réparé ou ouvert le produit.",
    nl: 'Iemand die niet door de fabrikant erkend is, heeft het product gerepareerd of geopend.',
    zh: '未经制造商授权的人员维修或拆开过该产品。',
  },
};

/** What an exclusion code means for the customer, in plain words; the code itself when unknown. */
export function describeExclusion(code: string, language: Language): string {
  return (EXCLUSIONS as Partial<Record<string, Record<Language, string>>>)[code]?.[language] ?? code.toLowerCase().replaceAll('_', ' ');
}

export interface ExplanationContext {
  readonly productName: string;
  readonly language: Language;
  /** How dates are written; the language's default when absent. */
  readonly locale?: string;
}

/** The sentences of a warranty explanation in one language; dates arrive already written. */
export interface WarrantyWords {
  /** Appended to an EXPIRED explanation when paid repair remains available (with its leading space, if any). */
  readonly paidRepair: string;
  readonly covered: (product: string, until: string) => string;
  readonly wholeUnitEnded: (on: string) => string;
  readonly partEnded: string;
  readonly partsStillCovered: (count: number, until: string) => string;
  readonly otherRepairsCharged: string;
  readonly expired: (on: string) => string;
  readonly noPolicy: (product: string, bought: string) => string;
  readonly regionalHint: (policy: string, places: string) => string;
  /** Between the cities of a list. */
  readonly listSeparator: string;
}

export const WARRANTY_WORDS: Readonly<Record<Language, WarrantyWords>> = {
  en: {
    paidRepair: ' Paid repair remains available.',
    covered: (product, until) => `Your ${product} is fully covered free of charge until ${until}.`,
    wholeUnitEnded: (on) => `The cover of the whole unit ended on ${on}`,
    partEnded: 'Part of the cover has ended',
    partsStillCovered: (count, until) => `, but ${count} part${count > 1 ? 's are' : ' is'} still covered free of charge, until ${until} at the latest.`,
    otherRepairsCharged: ' Other repairs are charged.',
    expired: (on) => `The free warranty ended on ${on}.`,
    noPolicy: (product, bought) => `No configured warranty applies to a ${product} bought on ${bought}, so we cannot say what is covered. Please contact the service desk.`,
    regionalHint: (policy, places) => ` The "${policy}" policy applies only to purchases made in ${places}: give the city of purchase if it is one of them.`,
    listSeparator: ', ',
  },
  fr: {
    paidRepair: ' Une réparation payante reste possible.',
    covered: (product, until) => `Votre ${product} est entièrement couvert gratuitement jusqu'au ${until}.`,
    wholeUnitEnded: (on) => `La garantie de l'appareil complet a pris fin le ${on}`,
    partEnded: 'Une partie de la garantie a pris fin',
    partsStillCovered: (count, until) => `, mais ${count} pièce${count > 1 ? 's restent couvertes' : ' reste couverte'} gratuitement, jusqu'au ${until} au plus tard.`,
    otherRepairsCharged: ' Les autres réparations sont payantes.',
    expired: (on) => `La garantie gratuite a pris fin le ${on}.`,
    noPolicy: (product, bought) => `Aucune garantie configurée ne s'applique à un ${product} acheté le ${bought} : nous ne pouvons pas dire ce qui est couvert. Contactez le service après-vente.`,
    regionalHint: (policy, places) => ` La garantie « ${policy} » ne s'applique qu'aux achats faits à ${places}: indiquez la ville d'achat si elle en fait partie.`,
    listSeparator: ', ',
  },
  nl: {
    paidRepair: ' Een betaalde reparatie blijft mogelijk.',
    covered: (product, until) => `Uw ${product} is volledig en gratis gedekt tot ${until}.`,
    wholeUnitEnded: (on) => `De garantie op het volledige toestel is op ${on} afgelopen`,
    partEnded: 'Een deel van de garantie is afgelopen',
    partsStillCovered: (count, until) => `, maar ${count} ${count > 1 ? 'onderdelen blijven' : 'onderdeel blijft'} gratis gedekt, uiterlijk tot ${until}.`,
    otherRepairsCharged: ' Andere reparaties zijn niet gratis.',
    expired: (on) => `De gratis garantie is op ${on} afgelopen.`,
    noPolicy: (product, bought) => `Er is geen ingestelde garantie van toepassing op een ${product} gekocht op ${bought}, dus wij kunnen niet zeggen wat gedekt is. Neem contact op met de klantenservice.`,
    regionalHint: (policy, places) => ` De garantie "${policy}" geldt alleen voor aankopen in ${places}: vermeld de plaats van aankoop als die daarbij hoort.`,
    listSeparator: ', ',
  },
  zh: {
    paidRepair: '您仍可选择付费维修。',
    covered: (product, until) => `您的${product}在${until}之前享受全面免费保修。`,
    wholeUnitEnded: (on) => `整机保修已于${on}到期`,
    partEnded: '部分保修已到期',
    partsStillCovered: (count, until) => `，但仍有${count}个部件享受免费保修，最晚至${until}。`,
    otherRepairsCharged: '其他维修需要付费。',
    expired: (on) => `免费保修已于${on}到期。`,
    noPolicy: (product, bought) => `没有已配置的保修政策适用于${bought}购买的${product}，因此我们无法确定保修范围。请联系售后服务部门。`,
    regionalHint: (policy, places) => `“${policy}”保修仅适用于在${places}购买的产品：如果您的购买城市是其中之一，请填写购买城市。`,
    listSeparator: '、',
  },
};

/** One or two sentences a non-expert understands, saying what the assessment means for them. */
export function explainWarranty(assessment: WarrantyAssessment, context: ExplanationContext): string {
  const { language } = context;
  const words = WARRANTY_WORDS[language];
  const date = (d: string) => formatLongDate(d, context.locale ?? language);
  const active = assessment.coverages.filter((c) => c.active);
  const latestEnd = assessment.coverages.reduce((latest, c) => (c.endsOn > latest ? c.endsOn : latest), '');
  const paid = assessment.paidRepairAvailable ? words.paidRepair : '';
  switch (assessment.status) {
    case 'COVERED': {
      const firstEnd = active.reduce((earliest, c) => (c.endsOn < earliest ? c.endsOn : earliest), active[0]?.endsOn ?? '');
      return words.covered(context.productName, date(firstEnd));
    }
    case 'PARTLY_COVERED': {
      const wholeUnit = assessment.coverages.find((c) => c.part === 'WHOLE_UNIT' && !c.active);
      const lead = wholeUnit ? words.wholeUnitEnded(date(wholeUnit.endsOn)) : words.partEnded;
      return lead + words.partsStillCovered(active.length, date(latestEnd)) + words.otherRepairsCharged;
    }
    case 'EXPIRED':
      return words.expired(date(latestEnd)) + paid;
    case 'NO_POLICY': {
      const regional = assessment.policiesOutsideRegion[0];
      const hint = regional ? words.regionalHint(regional.name, regional.cities.join(words.listSeparator) || (regional.country ?? '')) : '';
      return words.noPolicy(context.productName, date(assessment.purchaseDate)) + hint;
    }
  }
}
