/**
 * A tenant's own usage tips for one of its models, as the back office types them: checked field by
 * field (every problem named by its input path, so that nothing is stored half-right), and read
 * back from storage.
 */
import { DEFAULT_FAULT_MAPPING, type FaultMapping } from '../booking/fault-mapping.js';
import { type FieldProblem, type InputDecision, acceptInput, refuseProblems } from '../booking/input-problems.js';
import { isLanguage, type Language } from '../language/language.js';
import { WARRANTY_PARTS } from '../warranty/policy.js';
import type { TenantUsageTip } from './usage-tip-selection.js';
import { GENERAL_CARE } from './usage-tips.js';

/** At most this many tips per model. */
export const MAX_TENANT_TIPS = 20;
/** A tip is one or two short sentences: at most this many characters. */
export const MAX_TIP_LENGTH = 240;

export interface UsageTipInput {
  readonly cause: string;
  readonly texts: readonly { readonly language: string; readonly text: string }[];
}

/**
 * What a tip of a model of this category may be about: a part code (WARRANTY_PARTS), a symptom
 * code of the category (the tenant's fault mapping, and SAV's defaults), or GENERAL care.
 */
export function usageTipCauses(category: string, faultMapping: FaultMapping | null = null): ReadonlySet<string> {
  const key = category.trim().toUpperCase();
  const symptoms = [...(faultMapping?.[key]?.symptoms ?? []), ...(DEFAULT_FAULT_MAPPING[key]?.symptoms ?? [])].map((rule) => rule.code).filter((code) => code !== 'OTHER');
  return new Set<string>([GENERAL_CARE, ...WARRANTY_PARTS, ...symptoms]);
}

function characters(text: string): number {
  return [...text].length;
}

/** Checks a model's tips (the whole list, which replaces the previous one; empty: SAV's defaults again). */
export function checkUsageTips(tips: readonly UsageTipInput[], causes: ReadonlySet<string>): InputDecision<readonly TenantUsageTip[]> {
  const problems: FieldProblem[] = [];
  if (tips.length > MAX_TENANT_TIPS) problems.push({ field: 'tips', code: 'TOO_MANY', message: `A model has at most ${MAX_TENANT_TIPS} tips.` });
  const checked: TenantUsageTip[] = [];
  for (const [index, tip] of tips.entries()) {
    const at = `tips.${index}`;
    const cause = tip.cause.trim().toUpperCase();
    if (!causes.has(cause)) {
      problems.push({ field: `${at}.cause`, code: 'UNKNOWN_CAUSE', message: `"${tip.cause}" is not a part code, a symptom code of this model's category, nor ${GENERAL_CARE}.` });
    }
    const text: Partial<Record<Language, string>> = {};
    for (const [position, entry] of tip.texts.entries()) {
      const field = `${at}.texts.${position}`;
      const language = entry.language.trim().toLowerCase();
      if (!isLanguage(language)) {
        problems.push({ field: `${field}.language`, code: 'UNKNOWN_LANGUAGE', message: `"${entry.language}" is not a language SAV speaks (en, fr, nl, zh).` });
        continue;
      }
      if (text[language] !== undefined) {
        problems.push({ field: `${field}.language`, code: 'DUPLICATE_LANGUAGE', message: `Tip ${index + 1} has two texts in ${language}.` });
        continue;
      }
      const words = entry.text.trim().replace(/\s+/g, ' ');
      if (words === '') problems.push({ field: `${field}.text`, code: 'EMPTY_TEXT', message: `Tip ${index + 1} has an empty ${language} text.` });
      else if (characters(words) > MAX_TIP_LENGTH) problems.push({ field: `${field}.text`, code: 'TOO_LONG', message: `Tip ${index + 1}'s ${language} text is longer than ${MAX_TIP_LENGTH} characters: one or two short sentences.` });
      text[language] = words;
    }
    if (text.en === undefined) problems.push({ field: `${at}.texts`, code: 'MISSING_ENGLISH', message: `Tip ${index + 1} needs an English text (shown when the reader's language is missing).` });
    else checked.push({ cause, text: text as TenantUsageTip['text'] });
  }
  return problems.length > 0 ? refuseProblems(problems) : acceptInput(checked);
}

/** The tips stored for a model (ProductModel.usageTips), skipping anything malformed rather than failing a customer's page. */
export function readStoredUsageTips(stored: unknown): readonly TenantUsageTip[] {
  if (!Array.isArray(stored)) return [];
  const tips: TenantUsageTip[] = [];
  for (const item of stored as unknown[]) {
    const tip = item as { cause?: unknown; text?: Record<string, unknown> } | null;
    if (typeof tip?.cause !== 'string' || typeof tip.text !== 'object' || tip.text === null || typeof tip.text.en !== 'string' || tip.text.en === '') continue;
    const text = Object.fromEntries(Object.entries(tip.text).filter(([language, words]) => isLanguage(language) && typeof words === 'string' && words !== '')) as TenantUsageTip['text'];
    tips.push({ cause: tip.cause, text });
  }
  return tips;
}
