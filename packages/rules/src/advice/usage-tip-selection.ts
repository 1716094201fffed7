/**
 * Which usage tips a customer sees for their model (issue 10, seed 004): a few, in their language,
 * against what fails most on that model, the tenant's own words before SAV's.
 */
import { isLanguage, type Language, LANGUAGES } from '../language/language.js';
import { type DefaultUsageTip, defaultUsageTipsFor, GENERAL_CARE } from './usage-tips.js';

/** At most this many tips are shown unless asked otherwise: a customer reads three, not ten. */
export const MAX_TIPS_SHOWN = 3;
const MAX_LIMIT = 10;

/** How often a cause (a part code or a symptom code) was behind a repair of one model. */
export interface CauseFailures {
  readonly cause: string;
  /** Repairs (tickets) that named it. */
  readonly repairs: number;
}

/** A tip the tenant wrote for a model: English always, the other languages when it wrote them. */
export interface TenantUsageTip {
  readonly cause: string;
  readonly text: Readonly<Partial<Record<Language, string>>> & { readonly en: string };
}

/** FREQUENT_FAILURE: against a cause that failed on this model; GOOD_CARE: worth doing before anything fails. */
export type UsageTipReason = 'FREQUENT_FAILURE' | 'GOOD_CARE';

export interface ChosenUsageTip {
  readonly cause: string;
  /** In the reader's language, or English where the tenant did not write that language. */
  readonly text: string;
  /** The language `text` is written in. */
  readonly language: Language;
  readonly reason: UsageTipReason;
  /** TENANT: the tenant's own words; SAV: the default library's. */
  readonly source: 'TENANT' | 'SAV';
}

export interface UsageTipQuestion {
  /** The model's product category (ProductModel.category). */
  readonly category: string;
  /** The model's failures per cause, in any order (they are ranked here). */
  readonly failures: readonly CauseFailures[];
  /** The tenant's tips for this model, in the order it wrote them. */
  readonly tenantTips: readonly TenantUsageTip[];
  readonly language: Language;
  /** At most this many tips (1 to 10); MAX_TIPS_SHOWN by default. */
  readonly limit?: number;
}

/** The model's causes of failure, the most repaired first (ties by code, so that the answer is stable); one entry per cause. */
export function rankCauses(failures: readonly CauseFailures[]): readonly CauseFailures[] {
  const repairsByCause = new Map<string, number>();
  for (const { cause, repairs } of failures) {
    if (!Number.isSafeInteger(repairs) || repairs <= 0) continue;
    repairsByCause.set(cause, (repairsByCause.get(cause) ?? 0) + repairs);
  }
  return [...repairsByCause].map(([cause, repairs]) => ({ cause, repairs })).sort((a, b) => b.repairs - a.repairs || (a.cause < b.cause ? -1 : a.cause > b.cause ? 1 : 0));
}

/** A tenant's text in the reader's language, else English. */
function tenantText(tip: TenantUsageTip, language: Language): { text: string; language: Language } {
  const own = tip.text[language];
  return own ? { text: own, language } : { text: tip.text.en, language: 'en' };
}

/**
 * The tips to show, best first:
 * 1. for each cause that failed on the model, the most repaired first: the tenant's tips for that
 *    cause, or, when it wrote none for it, SAV's (one per cause first, then the others);
 * 2. the tenant's other tips for the model, in its order;
 * 3. SAV's general care for the category (the tenant's GENERAL tips, when there are any, replace them).
 * With no repairs yet, that is the tenant's tips, then the general care. A tip is shown once.
 */
export function selectUsageTips(question: UsageTipQuestion): readonly ChosenUsageTip[] {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.trunc(question.limit ?? MAX_TIPS_SHOWN)));
  const language = isLanguage(question.language) ? question.language : LANGUAGES[0];
  const defaults = defaultUsageTipsFor(question.category);
  const tenantByCause = new Map<string, TenantUsageTip[]>();
  for (const tip of question.tenantTips) tenantByCause.set(tip.cause, [...(tenantByCause.get(tip.cause) ?? []), tip]);

  const chosen: ChosenUsageTip[] = [];
  const shown = new Set<TenantUsageTip | DefaultUsageTip>();
  const shownTexts = new Set<string>();
  const offer = (tip: TenantUsageTip | DefaultUsageTip, cause: string, reason: UsageTipReason, source: 'TENANT' | 'SAV') => {
    if (chosen.length >= limit || shown.has(tip)) return;
    const words = source === 'TENANT' ? tenantText(tip as TenantUsageTip, language) : { text: (tip as DefaultUsageTip).text[language], language };
    shown.add(tip);
    if (shownTexts.has(words.text)) return;
    shownTexts.add(words.text);
    chosen.push({ cause, text: words.text, language: words.language, reason, source });
  };

  const failing = rankCauses(question.failures).map(({ cause }) => {
    const own = tenantByCause.get(cause);
    return own ? { cause, tips: own, source: 'TENANT' as const } : { cause, tips: defaults.filter((tip) => tip.causes.includes(cause)), source: 'SAV' as const };
  });
  // One tip per failing cause first, so that the second most frequent cause is not crowded out by the first's other tips.
  for (const { cause, tips, source } of failing) {
    const next = tips.find((tip: TenantUsageTip | DefaultUsageTip) => !shown.has(tip));
    if (next) offer(next, cause, 'FREQUENT_FAILURE', source);
  }
  for (const { cause, tips, source } of failing) for (const tip of tips) offer(tip, cause, 'FREQUENT_FAILURE', source);
  for (const tip of question.tenantTips) offer(tip, tip.cause, 'GOOD_CARE', 'TENANT');
  if (!tenantByCause.has(GENERAL_CARE)) for (const tip of defaults) if (tip.causes.includes(GENERAL_CARE)) offer(tip, GENERAL_CARE, 'GOOD_CARE', 'SAV');
  return chosen;
}

const REASON_WORDS: Readonly<Record<UsageTipReason, Readonly<Record<Language, string>>>> = {
  FREQUENT_FAILURE: {
    en: 'A frequent cause of repairs on this model.',
    fr: 'Une cause fréquente de réparation sur ce modèle.',
    nl: 'Een veelvoorkomende oorzaak van reparaties bij dit model.',
    zh: '这是该型号常见的维修原因。',
  },
  GOOD_CARE: {
    en: 'Good care that helps avoid breakdowns.',
    fr: 'Un bon geste qui aide à éviter les pannes.',
    nl: 'Goed gebruik dat storingen helpt voorkomen.',
    zh: '良好的使用习惯，有助于避免故障。',
  },
};

/** Why a tip is shown, in plain words. */
export function explainUsageTipReason(reason: UsageTipReason, language: Language): string {
  return REASON_WORDS[reason][language];
}
