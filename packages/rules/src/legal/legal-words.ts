/**
 * The statutory layer in plain words, in English, French, Dutch and Chinese: what each right
 * gives, until when, what the customer may ask for now, and who to turn to. Information, not
 * legal advice, and every text says so once.
 */
import { formatLongDate } from '../language/language.js';
import type { LegalRight } from './legal-rights.js';
import type { Recourse } from './recourse.js';
import { displayNames, numberFormat } from '../language/intl-formats.js';

export const LEGAL_LANGUAGES = ['en', 'fr', 'nl', 'zh'] as const;
export type LegalLanguage = (typeof LEGAL_LANGUAGES)[number];

export interface LegalWordsContext {
  readonly language: LegalLanguage;
  /** How dates and money are written (fr-FR, nl-NL, zh-CN); the language when absent. */
  readonly locale?: string;
  readonly asOf: string;
  /** The country of purchase, named when the EU floor stands in for a national rule set. */
  readonly country: string | null;
}

interface Facts {
  readonly date: (day: string) => string;
  readonly money: (minor: number, currency: string) => string;
  readonly countryName: string;
  readonly right: LegalRight;
  readonly asOf: string;
}

interface Words {
  readonly floorOnly: (f: Facts) => string;
  readonly conformityUntil: (f: Facts, end: string) => string;
  readonly conformityEnded: (f: Facts, end: string) => string;
  readonly conformityExpectedLife: string;
  readonly presumptionUntil: (day: string) => string;
  readonly presumptionEnded: (day: string) => string;
  readonly remedies: (deadlineDays: number | null) => string;
  readonly secondLineOpen: string;
  readonly extendedAfterRepair: (months: number, on: string) => string;
  readonly extendsOnRepair: (months: number) => string;
  readonly renewsOnReplacement: string;
  readonly notifyInTime: string;
  readonly hiddenDefects: (longStop: string | null) => string;
  readonly threeGuarantees: (end: string, extraDays: number) => string;
  readonly threeGuaranteesEnded: (end: string) => string;
  readonly returnUntil: (day: string) => string;
  readonly exchangeUntil: (day: string) => string;
  readonly replacementDue: string;
  readonly replacementAfter: (repairs: number) => string;
  readonly keepInvoice: string;
  readonly manufacturerRepair: (from: string) => string;
  readonly repairBonus: (amount: string, from: string, minimum: string | null) => string;
  readonly repairBonusNotYet: (amount: string, from: string) => string;
  readonly recourse: Readonly<Record<Recourse['layer'], (until: string | null, proofNeeded: boolean) => string>>;
  readonly disclaimer: string;
}

const EN: Words = {
  floorOnly: (f) => `SAV has no rule set for ${f.countryName} of its own, so this is the European Union's minimum, which every member state gives.`,
  conformityUntil: (_f, end) => `Until ${end}, the seller must put right, free of charge, any defect the product already had when it was delivered.`,
  conformityEnded: (_f, end) => `The seller's legal guarantee ended on ${end}.`,
  conformityExpectedLife: 'For as long as a product like this can reasonably be expected to last, the seller must put right, free of charge, any defect it already had when it was delivered. The law sets no fixed end date.',
  presumptionUntil: (day) => `Until ${day}, a defect is presumed to have been there at delivery: you do not have to prove it.`,
  presumptionEnded: (day) => `Since ${day}, you may have to show that the defect was there at delivery.`,
  remedies: (days) => `You may ask for a repair or a replacement${days === null ? '' : `, to be done within ${days} days`}; if that is impossible, fails or takes too long, for a price reduction or a refund.`,
  secondLineOpen: 'A repair under this guarantee failed, could not be done or is overdue: you may now ask for a price reduction or a refund.',
  extendedAfterRepair: (months, on) => `It was extended by ${months} months because the product was repaired under it on ${on}.`,
  extendsOnRepair: (months) => `A repair under this guarantee extends it once by ${months} months.`,
  renewsOnReplacement: 'If the repair you chose is not carried out and the product is replaced instead, the new product comes with a new legal guarantee.',
  notifyInTime: 'Tell the seller within two months of finding the defect; your claim lapses two years after you told them.',
  hiddenDefects: (longStop) => `Against a hidden defect serious enough that you would not have bought the product, or would have paid less, you may ask the seller for a refund or a price reduction within two years of discovering it${longStop ? `, and at the latest on ${longStop}` : ''}.`,
  threeGuarantees: (end, extra) => `Under China's three guarantees (三包), the seller answers for a performance failure until ${end}${extra > 0 ? `, ${extra} days in repair or awaiting parts included` : ''}.`,
  threeGuaranteesEnded: (end) => `China's three guarantees (三包) ended on ${end}.`,
  returnUntil: (day) => `You may return it for a refund until ${day}.`,
  exchangeUntil: (day) => `You may exchange it until ${day}.`,
  replacementDue: 'The same fault is still there after two repairs: the seller must exchange the product or take it back for a refund.',
  replacementAfter: (n) => `If the same fault is still there after ${n} repairs, the seller must exchange the product or take it back.`,
  keepInvoice: 'Keep the invoice and the three-guarantee certificate.',
  manufacturerRepair: (from) => `From ${from}, the manufacturer must offer to repair this kind of appliance, also after the legal guarantee, within a reasonable time and free of charge or for a reasonable price.`,
  repairBonus: (amount, from, minimum) => `Since ${from} no guarantee covers it: a QualiRépar-labelled repairer takes ${amount} off the repair bill (France's repair bonus)${minimum ? `, for a repair of at least ${minimum}` : ''}.`,
  repairBonusNotYet: (amount, from) => `From ${from}, when no guarantee covers it any more, a QualiRépar-labelled repairer will take ${amount} off a repair bill (France's repair bonus).`,
  recourse: {
    LEGAL_GUARANTEE: (until, proof) => `Turn to the seller under the legal guarantee${until ? `, until ${until}` : ''}: the repair is free${proof ? ', though you may have to show the defect was there at delivery' : ''}.`,
    COMMERCIAL_WARRANTY: (until) => `The maker's warranty covers it${until ? ` until ${until}` : ''}: book the repair here, free of charge.`,
    MANUFACTURER_REPAIR: () => 'Ask the manufacturer for a repair, at a reasonable price.',
    REPAIR_BONUS: () => 'Have it repaired by a QualiRépar-labelled repairer, who deducts the repair bonus.',
    PAID_REPAIR: () => 'A paid repair stays available here; you see the price before any work.',
  },
  disclaimer: 'This is general information about the law, not legal advice.',
};

const FR: Words = {
  floorOnly: (f) => `SAV n'a pas encore de règles propres à ${f.countryName} : voici le minimum de l'Union européenne, que tout État membre garantit.`,
  conformityUntil: (_f, end) => `Jusqu'au ${end}, le vendeur doit remédier gratuitement à tout défaut de conformité qui existait à la livraison.`,
  conformityEnded: (_f, end) => `La garantie légale du vendeur a pris fin le ${end}.`,
  conformityExpectedLife: "Tant qu'un produit de ce type peut raisonnablement durer, le vendeur doit remédier gratuitement à tout défaut qui existait à la livraison. La loi ne fixe pas de date de fin.",
  presumptionUntil: (day) => `Jusqu'au ${day}, le défaut est présumé exister à la livraison : vous n'avez pas à le prouver.`,
  presumptionEnded: (day) => `Depuis le ${day}, vous pouvez devoir montrer que le défaut existait à la livraison.`,
  remedies: (days) => `Vous pouvez demander la réparation ou le remplacement${days === null ? '' : `, dans un délai de ${days} jours`} ; s'ils sont impossibles, échouent ou tardent, une réduction du prix ou le remboursement.`,
  secondLineOpen: 'Une réparation sous cette garantie a échoué, est impossible ou tarde : vous pouvez désormais demander une réduction du prix ou le remboursement.',
  extendedAfterRepair: (months, on) => `Elle a été prolongée de ${months} mois car le produit a été réparé à ce titre le ${on}.`,
  extendsOnRepair: (months) => `Une réparation au titre de cette garantie la prolonge une fois de ${months} mois.`,
  renewsOnReplacement: "Si la réparation que vous avez choisie n'est pas effectuée et que le produit est remplacé, le nouveau produit bénéficie d'une nouvelle garantie légale.",
  notifyInTime: 'Prévenez le vendeur dans les deux mois de la découverte du défaut ; votre action se prescrit deux ans après.',
  hiddenDefects: (longStop) => `Contre un vice caché assez grave pour que vous n'ayez pas acheté le produit, ou l'ayez payé moins cher, vous pouvez demander au vendeur le remboursement ou une réduction du prix dans les deux ans de sa découverte${longStop ? `, et au plus tard le ${longStop}` : ''}.`,
  threeGuarantees: (end, extra) => `Au titre des « trois garanties » chinoises (三包), le vendeur répond d'une panne jusqu'au ${end}${extra > 0 ? `, ${extra} jours de réparation ou d'attente de pièces compris` : ''}.`,
  threeGuaranteesEnded: (end) => `Les « trois garanties » chinoises (三包) ont pris fin le ${end}.`,
  returnUntil: (day) => `Vous pouvez le rendre contre remboursement jusqu'au ${day}.`,
  exchangeUntil: (day) => `Vous pouvez l'échanger jusqu'au ${day}.`,
  replacementDue: 'La même panne persiste après deux réparations : le vendeur doit échanger le produit ou le reprendre contre remboursement.',
  replacementAfter: (n) => `Si la même panne persiste après ${n} réparations, le vendeur doit échanger le produit ou le reprendre.`,
  keepInvoice: 'Conservez la facture et le certificat de garantie.',
  manufacturerRepair: (from) => `À partir du ${from}, le fabricant doit proposer de réparer ce type d'appareil, même après la garantie légale, dans un délai raisonnable, gratuitement ou à un prix raisonnable.`,
  repairBonus: (amount, from, minimum) => `Depuis le ${from}, aucune garantie ne le couvre : un réparateur labellisé QualiRépar déduit ${amount} de la facture (bonus réparation)${minimum ? `, pour une réparation d'au moins ${minimum}` : ''}.`,
  repairBonusNotYet: (amount, from) => `À partir du ${from}, quand plus aucune garantie ne le couvrira, un réparateur labellisé QualiRépar déduira ${amount} de la facture (bonus réparation).`,
  recourse: {
    LEGAL_GUARANTEE: (until, proof) => `Adressez-vous au vendeur au titre de la garantie légale${until ? `, jusqu'au ${until}` : ''} : la réparation est gratuite${proof ? ", mais vous pouvez devoir montrer que le défaut existait à la livraison" : ''}.`,
    COMMERCIAL_WARRANTY: (until) => `La garantie du fabricant le couvre${until ? ` jusqu'au ${until}` : ''} : réservez la réparation ici, gratuitement.`,
    MANUFACTURER_REPAIR: () => 'Demandez la réparation au fabricant, à un prix raisonnable.',
    REPAIR_BONUS: () => 'Faites-le réparer par un réparateur labellisé QualiRépar, qui déduit le bonus réparation.',
    PAID_REPAIR: () => 'Une réparation payante reste possible ici ; vous voyez le prix avant tout travail.',
  },
  disclaimer: "Ceci est une information générale sur la loi, pas un conseil juridique.",
};

const NL: Words = {
  floorOnly: (f) => `SAV heeft nog geen eigen regels voor ${f.countryName}: dit is het minimum van de Europese Unie, dat elke lidstaat biedt.`,
  conformityUntil: (_f, end) => `Tot en met ${end} moet de verkoper elk gebrek dat het product bij de levering al had kosteloos verhelpen.`,
  conformityEnded: (_f, end) => `De wettelijke garantie van de verkoper is op ${end} afgelopen.`,
  conformityExpectedLife: 'Zolang een product als dit redelijkerwijs mag meegaan, moet de verkoper elk gebrek dat het bij de levering al had kosteloos verhelpen. De wet noemt geen vaste einddatum.',
  presumptionUntil: (day) => `Tot en met ${day} wordt aangenomen dat een gebrek er bij de levering al was: u hoeft dat niet te bewijzen.`,
  presumptionEnded: (day) => `Sinds ${day} moet u mogelijk aantonen dat het gebrek er bij de levering al was.`,
  remedies: (days) => `U mag herstel of vervanging vragen${days === null ? '' : `, binnen ${days} dagen`}; lukt dat niet of duurt het te lang, dan prijsverlaging of terugbetaling.`,
  secondLineOpen: 'Een herstelling onder deze garantie is mislukt, onmogelijk of te laat: u mag nu prijsverlaging of terugbetaling vragen.',
  extendedAfterRepair: (months, on) => `Ze is met ${months} maanden verlengd omdat het product er op ${on} onder is hersteld.`,
  extendsOnRepair: (months) => `Een herstelling onder deze garantie verlengt haar eenmaal met ${months} maanden.`,
  renewsOnReplacement: 'Wordt de herstelling die u koos niet uitgevoerd en het product vervangen, dan krijgt het nieuwe product een nieuwe wettelijke garantie.',
  notifyInTime: 'Meld het gebrek binnen twee maanden nadat u het ontdekte; uw vordering verjaart twee jaar na die melding.',
  hiddenDefects: (longStop) => `Bij een verborgen gebrek dat zo ernstig is dat u het product niet of voor minder had gekocht, mag u de verkoper binnen twee jaar na de ontdekking om terugbetaling of prijsverlaging vragen${longStop ? `, uiterlijk op ${longStop}` : ''}.`,
  threeGuarantees: (end, extra) => `Onder de Chinese drie garanties (三包) staat de verkoper tot en met ${end} in voor een storing${extra > 0 ? `, ${extra} dagen in herstel of wachtend op onderdelen inbegrepen` : ''}.`,
  threeGuaranteesEnded: (end) => `De Chinese drie garanties (三包) zijn op ${end} afgelopen.`,
  returnUntil: (day) => `U kunt het tot en met ${day} terugbrengen tegen terugbetaling.`,
  exchangeUntil: (day) => `U kunt het tot en met ${day} omruilen.`,
  replacementDue: 'Dezelfde storing is er na twee herstellingen nog: de verkoper moet het product omruilen of terugnemen tegen terugbetaling.',
  replacementAfter: (n) => `Is dezelfde storing er na ${n} herstellingen nog, dan moet de verkoper het product omruilen of terugnemen.`,
  keepInvoice: 'Bewaar de factuur en het garantiebewijs.',
  manufacturerRepair: (from) => `Vanaf ${from} moet de fabrikant aanbieden dit soort apparaat te herstellen, ook na de wettelijke garantie, binnen een redelijke termijn, gratis of tegen een redelijke prijs.`,
  repairBonus: (amount, from, minimum) => `Sinds ${from} dekt geen garantie het meer: een reparateur met het QualiRépar-label trekt ${amount} af van de rekening (Franse reparatiebonus)${minimum ? `, bij een herstelling van minstens ${minimum}` : ''}.`,
  repairBonusNotYet: (amount, from) => `Vanaf ${from}, als geen garantie het meer dekt, trekt een reparateur met het QualiRépar-label ${amount} af van de rekening (Franse reparatiebonus).`,
  recourse: {
    LEGAL_GUARANTEE: (until, proof) => `Ga naar de verkoper onder de wettelijke garantie${until ? `, tot en met ${until}` : ''}: de herstelling is gratis${proof ? ', al moet u mogelijk aantonen dat het gebrek er bij de levering al was' : ''}.`,
    COMMERCIAL_WARRANTY: (until) => `De garantie van de fabrikant dekt het${until ? ` tot en met ${until}` : ''}: boek de herstelling hier, kosteloos.`,
    MANUFACTURER_REPAIR: () => 'Vraag de fabrikant om herstel, tegen een redelijke prijs.',
    REPAIR_BONUS: () => 'Laat het herstellen door een reparateur met het QualiRépar-label, die de reparatiebonus aftrekt.',
    PAID_REPAIR: () => 'Een betaalde herstelling blijft hier mogelijk; u ziet de prijs vóór elk werk.',
  },
  disclaimer: 'Dit is algemene informatie over de wet, geen juridisch advies.',
};

const ZH: Words = {
  floorOnly: (f) => `SAV 尚无${f.countryName}的专门规则，以下是欧盟各成员国都须提供的最低保障。`,
  conformityUntil: (_f, end) => `在${end}之前（含当日），商品交付时已存在的任何缺陷，卖方都必须免费修复。`,
  conformityEnded: (_f, end) => `卖方的法定保证已于${end}结束。`,
  conformityExpectedLife: '在此类商品可合理预期的使用寿命内，交付时已存在的任何缺陷，卖方都必须免费修复。法律没有规定固定的截止日期。',
  presumptionUntil: (day) => `在${day}之前，缺陷推定在交付时已存在：您无需举证。`,
  presumptionEnded: (day) => `自${day}起，您可能需要证明缺陷在交付时已存在。`,
  remedies: (days) => `您可以要求修理或更换${days === null ? '' : `（须在${days}天内完成）`}；如无法完成、失败或拖延过久，可要求减价或退款。`,
  secondLineOpen: '本保证下的修理失败、无法进行或已逾期：您现在可以要求减价或退款。',
  extendedAfterRepair: (months, on) => `因商品于${on}依本保证修理，保证期延长了${months}个月。`,
  extendsOnRepair: (months) => `依本保证修理一次，保证期延长${months}个月（仅一次）。`,
  renewsOnReplacement: '如果您选择的修理未能进行而改为更换，新商品将享有新的法定保证。',
  notifyInTime: '请在发现缺陷后两个月内通知卖方；自通知起两年后请求权失效。',
  hiddenDefects: (longStop) => `若存在隐蔽缺陷，严重到您本不会购买或只会以更低价格购买，您可以在发现缺陷后两年内要求卖方退款或减价${longStop ? `，最迟至${longStop}` : ''}。`,
  threeGuarantees: (end, extra) => `根据中国“三包”规定，卖方对性能故障负责至${end}${extra > 0 ? `（含修理和待修零件的${extra}天）` : ''}。`,
  threeGuaranteesEnded: (end) => `“三包”有效期已于${end}结束。`,
  returnUntil: (day) => `${day}之前（含当日）可退货退款。`,
  exchangeUntil: (day) => `${day}之前（含当日）可换货。`,
  replacementDue: '同一故障经两次修理仍未排除：卖方必须为您调换商品或退货退款。',
  replacementAfter: (n) => `同一故障修理${n}次后仍不能正常使用的，卖方必须调换商品或予以退货。`,
  keepInvoice: '请保留发票和三包凭证。',
  manufacturerRepair: (from) => `自${from}起，制造商必须为此类电器提供维修，法定保证期后亦然，须在合理期限内免费或以合理价格完成。`,
  repairBonus: (amount, from, minimum) => `自${from}起已无任何保证覆盖：持有 QualiRépar 标识的维修商会从账单中扣减${amount}（法国维修补贴）${minimum ? `，维修金额须至少${minimum}` : ''}。`,
  repairBonusNotYet: (amount, from) => `自${from}起，当不再有任何保证覆盖时，持有 QualiRépar 标识的维修商将从维修账单中扣减${amount}（法国维修补贴）。`,
  recourse: {
    LEGAL_GUARANTEE: (until, proof) => `请依法定保证联系卖方${until ? `（至${until}）` : ''}：修理免费${proof ? '，但您可能需要证明缺陷在交付时已存在' : ''}。`,
    COMMERCIAL_WARRANTY: (until) => `制造商保修覆盖此故障${until ? `（至${until}）` : ''}：请在此免费预约维修。`,
    MANUFACTURER_REPAIR: () => '请向制造商申请维修，价格须合理。',
    REPAIR_BONUS: () => '请交由持有 QualiRépar 标识的维修商维修，维修补贴将直接扣减。',
    PAID_REPAIR: () => '此处仍可付费维修；任何工作开始前您都会先看到价格。',
  },
  disclaimer: '以上为法律常识信息，不构成法律意见。',
};

const WORDS: Readonly<Record<LegalLanguage, Words>> = { en: EN, fr: FR, nl: NL, zh: ZH };

function factsFor(right: LegalRight, context: LegalWordsContext): Facts {
  const locale = context.locale ?? context.language;
  let countryName = context.country ?? '';
  try {
    countryName = (context.country && displayNames(locale, { type: 'region' }).of(context.country.toUpperCase())) || countryName;
  } catch {
    // An unknown code is named as given.
  }
  return {
    date: (day) => formatLongDate(day, locale),
    money: (minor, currency) => numberFormat(locale, { style: 'currency', currency }).format(minor / 100),
    countryName,
    right,
    asOf: context.asOf,
  };
}

/** What one statutory right gives, in the customer's language: a few short sentences. */
export function explainLegalRight(right: LegalRight, context: LegalWordsContext): string {
  const w = WORDS[context.language];
  const f = factsFor(right, context);
  const sentences: string[] = [];
  const available = (kind: string) => right.remedies.some((r) => r.kind === kind && r.available);
  switch (right.kind) {
    case 'CONFORMITY': {
      if (right.floorOnly) sentences.push(w.floorOnly(f));
      if (right.endsOn === null) sentences.push(w.conformityExpectedLife);
      else sentences.push(right.active ? w.conformityUntil(f, f.date(right.endsOn)) : w.conformityEnded(f, f.date(right.endsOn)));
      if (right.active && right.presumptionEndsOn !== null) {
        sentences.push(context.asOf <= right.presumptionEndsOn ? w.presumptionUntil(f.date(right.presumptionEndsOn)) : w.presumptionEnded(f.date(right.presumptionEndsOn)));
      }
      if (right.active) sentences.push(available('REFUND') ? w.secondLineOpen : w.remedies(right.remedyDeadlineDays));
      if (right.extension?.kind === 'REPAIR') sentences.push(w.extendedAfterRepair(right.extension.months, f.date(right.extension.repairedOn)));
      else if (right.active && right.repairExtensionMonths !== null) sentences.push(w.extendsOnRepair(right.repairExtensionMonths));
      if (right.active && right.renewsOnReplacementAfterRepair) sentences.push(w.renewsOnReplacement);
      if (right.active && right.endsOn === null) sentences.push(w.notifyInTime);
      break;
    }
    case 'HIDDEN_DEFECTS':
      sentences.push(w.hiddenDefects(right.longStopOn ? f.date(right.longStopOn) : null));
      break;
    case 'THREE_GUARANTEES': {
      const extra = right.extension?.kind === 'SERVICE_DAYS' ? right.extension.days : 0;
      if (!right.active) {
        sentences.push(w.threeGuaranteesEnded(f.date(right.endsOn!)));
        break;
      }
      sentences.push(w.threeGuarantees(f.date(right.endsOn!), extra));
      for (const remedy of right.remedies) {
        if (remedy.kind === 'RETURN' && remedy.available && remedy.until) sentences.push(w.returnUntil(f.date(remedy.until)));
        if (remedy.kind === 'EXCHANGE' && remedy.available && remedy.until) sentences.push(w.exchangeUntil(f.date(remedy.until)));
      }
      sentences.push(available('REPLACEMENT') ? w.replacementDue : w.replacementAfter(right.failedRepairsForReplacement ?? 2));
      sentences.push(w.keepInvoice);
      break;
    }
    case 'MANUFACTURER_REPAIR':
      sentences.push(w.manufacturerRepair(f.date(right.startsOn)));
      break;
    case 'REPAIR_BONUS': {
      const bonus = right.bonus!;
      const amount = f.money(bonus.amountMinor, bonus.currency);
      const minimum = bonus.minimumRepairMinor > bonus.amountMinor ? f.money(bonus.minimumRepairMinor, bonus.currency) : null;
      sentences.push(right.active ? w.repairBonus(amount, f.date(right.startsOn), minimum) : w.repairBonusNotYet(amount, f.date(right.startsOn)));
      break;
    }
  }
  return sentences.join(' ');
}

/** Who to turn to, in one sentence. */
export function explainRecourse(recourse: Recourse, context: Omit<LegalWordsContext, 'country' | 'asOf'>): string {
  const locale = context.locale ?? context.language;
  const until = recourse.until === null ? null : formatLongDate(recourse.until, locale);
  return WORDS[context.language].recourse[recourse.layer](until, recourse.proofNeeded);
}

/** "This is general information about the law, not legal advice." */
export function legalDisclaimer(language: LegalLanguage): string {
  return WORDS[language].disclaimer;
}
