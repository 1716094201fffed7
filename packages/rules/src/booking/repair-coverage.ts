import type { WarrantyAssessment } from '../warranty/warranty-check.js';

/**
 * Whether the warranty pays for a repair of these likely parts, judged on the assessment's day:
 * yes when the whole unit is covered; otherwise only when every likely part is (by its own row,
 * or by a PARTS row, which covers any part); never when no cover applies or no part is known.
 */
export function isRepairCovered(assessment: Pick<WarrantyAssessment, 'coverages'>, likelyParts: readonly string[]): boolean {
  const active = new Set(assessment.coverages.filter((c) => c.active).map((c) => c.part));
  if (active.has('WHOLE_UNIT')) return true;
  if (likelyParts.length === 0) return false;
  return likelyParts.every((part) => active.has(part) || active.has('PARTS'));
}
