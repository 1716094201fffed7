/**
 * Seed 001, step 2: analyse the request — the likely fault, the spare parts to bring, repair at
 * home or in the workshop, and the time a visit needs — from the symptoms the customer chose and
 * the words of their description. A first guess for planning; the technician diagnoses on site.
 */
import type { Language } from '../language/language.js';
import { DEFAULT_FAULT_MAPPING, type FaultMapping, type RepairLocation, type SymptomRule } from './fault-mapping.js';

/** The first guess for planning a repair (see analyseFault). */
export interface FaultAnalysis {
  /** The chosen symptoms, then those detected in the text; each once. */
  readonly symptoms: string[];
  /** Part codes, each once, the most likely first. */
  readonly likelyParts: string[];
  readonly location: RepairLocation;
  readonly visitMinutes: number;
}

/** What an unknown category gets: a home visit of an hour, no parts guessed. */
export const GENERIC_FAULT_DEFAULTS = { location: 'HOME', visitMinutes: 60 } as const satisfies { location: RepairLocation; visitMinutes: number };

/** Lower-case, without accents or punctuation, each word preceded by a space: " ne refroidit plus". */
function searchable(text: string): string {
  const words = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return ` ${words}`;
}

/** Chinese writes no spaces between words: a keyword in Han characters is found anywhere in the text. */
const HAN = /\p{Script=Han}/u;

/** True when a keyword appears at the start of a word of the text (so "leak" finds "leaking"), or anywhere for a Chinese one. */
function mentions(text: string, keyword: string): boolean {
  const words = searchable(keyword);
  if (words.trim() === '') return false;
  return text.includes(HAN.test(words) ? words.trim() : words);
}

/** The symptom codes whose keywords the text mentions, in the mapping's order. */
export function detectSymptoms(category: string, faultText: string, mapping: FaultMapping = DEFAULT_FAULT_MAPPING): string[] {
  const rules = mapping[category.trim().toUpperCase()]?.symptoms ?? [];
  const text = searchable(faultText);
  return rules.filter((rule) => rule.keywords.some((keyword) => mentions(text, keyword))).map((rule) => rule.code);
}

/** Parts named by more symptoms first; then those a symptom ranks higher; then first named. */
function rankParts(rules: readonly SymptomRule[]): string[] {
  const seen = new Map<string, { count: number; bestRank: number; order: number }>();
  for (const rule of rules) {
    rule.likelyParts.forEach((part, rank) => {
      const entry = seen.get(part);
      if (entry) {
        entry.count += 1;
        entry.bestRank = Math.min(entry.bestRank, rank);
      } else {
        seen.set(part, { count: 1, bestRank: rank, order: seen.size });
      }
    });
  }
  return [...seen.entries()]
    .sort(([, a], [, b]) => b.count - a.count || a.bestRank - b.bestRank || a.order - b.order)
    .map(([part]) => part);
}

/**
 * Analyses a fault: symptoms chosen and detected, likely parts, where to repair (HOME as soon as
 * one symptom needs a home visit, the category's default when none is known) and the visit time
 * (the longest of the symptoms'). Unknown categories get GENERIC_FAULT_DEFAULTS and no parts.
 */
export function analyseFault(
  request: { readonly category: string; readonly symptoms?: readonly string[] | null; readonly faultText?: string | null },
  mapping: FaultMapping = DEFAULT_FAULT_MAPPING,
): FaultAnalysis {
  const category = mapping[request.category.trim().toUpperCase()];
  const chosen = (request.symptoms ?? []).map((code) => code.trim().toUpperCase()).filter((code) => code !== '');
  const detected = detectSymptoms(request.category, request.faultText ?? '', mapping);
  const symptoms = [...new Set([...chosen, ...detected])];
  if (!category) return { symptoms, likelyParts: [], ...GENERIC_FAULT_DEFAULTS };

  const rules = symptoms.flatMap((code) => category.symptoms.filter((rule) => rule.code === code));
  const locations = rules.map((rule) => rule.location ?? category.location);
  const location: RepairLocation = locations.length === 0 ? category.location : locations.includes('HOME') ? 'HOME' : 'WORKSHOP';
  const visitMinutes = rules.length === 0 ? category.visitMinutes : Math.max(...rules.map((rule) => rule.visitMinutes ?? category.visitMinutes));
  return { symptoms, likelyParts: rankParts(rules), location, visitMinutes };
}

/** The symptoms a form offers for a category, with their labels in every language; none for an unknown one. */
export function symptomsFor(category: string, mapping: FaultMapping = DEFAULT_FAULT_MAPPING): { code: string; labels: Record<Language, string> }[] {
  return (mapping[category.trim().toUpperCase()]?.symptoms ?? []).map((rule) => ({ code: rule.code, labels: { ...rule.labels } }));
}
