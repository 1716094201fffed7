import { isCalendarDate } from '../calendar/calendar-date.js';
import type { RuleViolation } from '../rule-violation.js';
import type { WarrantyPolicy } from './policy.js';

const COUNTRY = /^[A-Z]{2}$/;

/** What is wrong with a policy before it may be stored; empty when nothing is. */
export function validatePolicy(policy: Omit<WarrantyPolicy, 'id'>): RuleViolation[] {
  const problems: RuleViolation[] = [];
  const problem = (code: string, message: string, field: string) => problems.push({ code, message, field: [field] });
  if (policy.name.trim() === '') problem('REQUIRED', 'A policy needs a name.', 'name');
  if (policy.productLine.trim() === '') problem('REQUIRED', 'A policy needs the product line it covers.', 'productLine');
  for (const [field, value] of [['purchasedFrom', policy.purchasedFrom], ['purchasedUntil', policy.purchasedUntil]] as const) {
    if (value !== null && !isCalendarDate(value)) problem('INVALID_DATE', `${field} "${value}" is not a real day (YYYY-MM-DD).`, field);
  }
  if (policy.purchasedFrom !== null && policy.purchasedUntil !== null && policy.purchasedFrom > policy.purchasedUntil) {
    problem('EMPTY_PERIOD', 'purchasedUntil comes before purchasedFrom: the policy would apply to no purchase.', 'purchasedUntil');
  }
  if (policy.country !== null && !COUNTRY.test(policy.country)) problem('INVALID_COUNTRY', 'country must be an ISO 3166-1 alpha-2 code such as CN.', 'country');
  if (!policy.terms.some((t) => t.part === 'WHOLE_UNIT')) problem('WHOLE_UNIT_REQUIRED', 'Every policy states the cover of the whole unit.', 'terms');
  const seen = new Set<string>();
  for (const term of policy.terms) {
    if (seen.has(term.part)) problem('DUPLICATE_PART', `The part ${term.part} is named twice.`, 'terms');
    seen.add(term.part);
    if (!Number.isInteger(term.months) || term.months <= 0) problem('INVALID_TERM', `The cover of ${term.part} must be a whole number of months above 0.`, 'terms');
  }
  for (const [field, value] of [['returnDays', policy.returnDays], ['exchangeDays', policy.exchangeDays]] as const) {
    if (value !== null && (!Number.isInteger(value) || value < 0)) problem('INVALID_DAYS', `${field} must be a whole number of days, 0 or more.`, field);
  }
  return problems;
}
