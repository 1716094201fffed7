import { accept, type Decision, refuse } from '../rule-violation.js';
import { completeLabels, type FaultMapping } from './fault-mapping.js';

const CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

/**
 * Whether a tenant's fault mapping holds before it is used; the first problem, named by its path.
 * Labels need English and French; Dutch and Chinese are optional and completed (see completeLabels).
 */
export function checkFaultMapping(mapping: unknown): Decision<FaultMapping> {
  if (typeof mapping !== 'object' || mapping === null || Array.isArray(mapping)) return refuse('INVALID_MAPPING', 'A fault mapping is an object of product categories.');
  for (const [category, entry] of Object.entries(mapping as Record<string, unknown>)) {
    const at = (path: string) => [`${category}${path}`];
    if (!CODE.test(category)) return refuse('INVALID_CATEGORY', `"${category}" is not a category code such as REFRIGERATOR.`, at(''));
    const value = entry as { location?: unknown; visitMinutes?: unknown; symptoms?: unknown };
    if (value.location !== 'HOME' && value.location !== 'WORKSHOP') return refuse('INVALID_LOCATION', 'location must be HOME or WORKSHOP.', at('.location'));
    if (!Number.isInteger(value.visitMinutes) || (value.visitMinutes as number) < 1 || (value.visitMinutes as number) > 600) return refuse('OUT_OF_RANGE', 'visitMinutes must be 1 to 600.', at('.visitMinutes'));
    if (!Array.isArray(value.symptoms)) return refuse('INVALID_SYMPTOMS', 'symptoms must be a list.', at('.symptoms'));
    const seen = new Set<string>();
    for (const [index, rule] of (value.symptoms as unknown[]).entries()) {
      const path = `.symptoms[${index}]`;
      const symptom = rule as { code?: unknown; labels?: { en?: unknown; fr?: unknown; nl?: unknown; zh?: unknown }; likelyParts?: unknown; keywords?: unknown; location?: unknown; visitMinutes?: unknown };
      if (typeof symptom.code !== 'string' || !CODE.test(symptom.code)) return refuse('INVALID_CODE', 'A symptom code is upper-case letters, digits and underscores.', at(`${path}.code`));
      if (seen.has(symptom.code)) return refuse('DUPLICATE_SYMPTOM', `${symptom.code} is listed twice.`, at(`${path}.code`));
      seen.add(symptom.code);
      if (typeof symptom.labels?.en !== 'string' || typeof symptom.labels.fr !== 'string' || !symptom.labels.en || !symptom.labels.fr) return refuse('MISSING_LABEL', 'Every symptom has an English and a French label.', at(`${path}.labels`));
      for (const language of ['nl', 'zh'] as const) {
        const label = symptom.labels[language];
        if (label !== undefined && label !== null && (typeof label !== 'string' || label === '')) return refuse('MISSING_LABEL', `A ${language === 'nl' ? 'Dutch' : 'Chinese'} label, when given, is a non-empty string.`, at(`${path}.labels.${language}`));
      }
      const strings = (list: unknown) => Array.isArray(list) && list.every((item) => typeof item === 'string');
      if (!strings(symptom.likelyParts) || !strings(symptom.keywords)) return refuse('INVALID_LIST', 'likelyParts and keywords are lists of strings.', at(path));
      if (symptom.location !== undefined && symptom.location !== 'HOME' && symptom.location !== 'WORKSHOP') return refuse('INVALID_LOCATION', 'location must be HOME or WORKSHOP.', at(`${path}.location`));
      if (symptom.visitMinutes !== undefined && (!Number.isInteger(symptom.visitMinutes) || (symptom.visitMinutes as number) < 1 || (symptom.visitMinutes as number) > 600)) {
        return refuse('OUT_OF_RANGE', 'visitMinutes must be 1 to 600.', at(`${path}.visitMinutes`));
      }
    }
  }
  // Dutch and Chinese labels are optional in a tenant's mapping (older mappings have English and French only): completed here.
  const complete = Object.fromEntries(Object.entries(mapping as FaultMapping).map(([category, entry]) => [
    category,
    { ...entry, symptoms: entry.symptoms.map((symptom) => ({ ...symptom, labels: completeLabels(category, symptom.code, symptom.labels as Parameters<typeof completeLabels>[2]) })) },
  ]));
  return accept(complete);
}
