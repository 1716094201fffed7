/**
 * A tenant's routing rules as typed in the back office, checked all at once: every problem is
 * named with its input path (`rules.2.postalCodePrefixes.0`), so a form can mark each one.
 */
import { type FieldProblem, type InputDecision, acceptInput, refuseProblems } from '../booking/input-problems.js';
import { normalisePostalCode } from '../booking/service-area.js';

/** One rule as typed: category and country optional, but not both absent. */
export interface RoutingRuleInput {
  readonly category?: string | null;
  readonly country?: string | null;
  readonly postalCodePrefixes?: readonly string[] | null;
  readonly partnerId: string;
}

/** A checked rule, normalised (upper-case codes, prefixes without spaces, duplicates dropped). */
export interface CheckedRoutingRule {
  readonly category: string | null;
  readonly country: string | null;
  readonly postalCodePrefixes: readonly string[];
  readonly partnerId: string;
}

export const ROUTING_RULE_LIMITS = { rules: 100, prefixesPerRule: 200, prefixLength: 10, categoryLength: 50 } as const;

const COUNTRY = /^[A-Z]{2}$/;
const CATEGORY = /^[A-Z][A-Z0-9_]*$/;
const PREFIX = /^[A-Z0-9][A-Z0-9-]*$/;

function blankToNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed.toUpperCase();
}

/**
 * The rules, checked against the tenant's partners (`partnerIds`: the ids of its own partner
 * workshops; another tenant's id is unknown here like any other).
 */
export function checkRoutingRules(rules: readonly RoutingRuleInput[], partnerIds: ReadonlySet<string>): InputDecision<CheckedRoutingRule[]> {
  const problems: FieldProblem[] = [];
  if (rules.length > ROUTING_RULE_LIMITS.rules) {
    return refuseProblems([{ field: 'rules', code: 'OUT_OF_RANGE', message: `At most ${ROUTING_RULE_LIMITS.rules} routing rules; ${rules.length} were given.` }]);
  }
  const checked = rules.map((rule, index): CheckedRoutingRule => {
    const at = `rules.${index}`;
    const category = blankToNull(rule.category);
    const country = blankToNull(rule.country);
    const prefixes = rule.postalCodePrefixes ?? [];
    if (category !== null && (category.length > ROUTING_RULE_LIMITS.categoryLength || !CATEGORY.test(category))) {
      problems.push({ field: `${at}.category`, code: 'INVALID_CATEGORY', message: `Rule ${index + 1}: "${rule.category}" is not a product category such as REFRIGERATOR.` });
    }
    if (country !== null && !COUNTRY.test(country)) {
      problems.push({ field: `${at}.country`, code: 'INVALID_COUNTRY', message: `Rule ${index + 1}: the country "${rule.country}" is not an ISO 3166-1 alpha-2 code such as FR or CN.` });
    }
    if (category === null && country === null) {
      problems.push({ field: at, code: 'EMPTY_RULE', message: `Rule ${index + 1} names neither a category nor a country: it would take every ticket.` });
    }
    if (prefixes.length > 0 && country === null) {
      problems.push({ field: `${at}.postalCodePrefixes`, code: 'PREFIXES_WITHOUT_COUNTRY', message: `Rule ${index + 1}: postal-code prefixes need a country.` });
    }
    if (prefixes.length > ROUTING_RULE_LIMITS.prefixesPerRule) {
      problems.push({ field: `${at}.postalCodePrefixes`, code: 'OUT_OF_RANGE', message: `Rule ${index + 1}: at most ${ROUTING_RULE_LIMITS.prefixesPerRule} postal-code prefixes.` });
    }
    const normalised: string[] = [];
    prefixes.forEach((prefix, prefixIndex) => {
      const value = normalisePostalCode(prefix);
      if (value.length < 1 || value.length > ROUTING_RULE_LIMITS.prefixLength || !PREFIX.test(value)) {
        problems.push({
          field: `${at}.postalCodePrefixes.${prefixIndex}`,
          code: 'INVALID_POSTAL_CODE_PREFIX',
          message: `Rule ${index + 1}: "${prefix}" is not the start of a postal code (1 to ${ROUTING_RULE_LIMITS.prefixLength} letters or digits).`,
        });
      } else if (!normalised.includes(value)) normalised.push(value);
    });
    const partnerId = rule.partnerId.trim();
    if (!partnerIds.has(partnerId)) {
      problems.push({ field: `${at}.partnerId`, code: 'UNKNOWN_PARTNER', message: `Rule ${index + 1}: no partner workshop of yours has the id "${rule.partnerId}".` });
    }
    return { category, country, postalCodePrefixes: normalised, partnerId };
  });
  return problems.length ? refuseProblems(problems) : acceptInput(checked);
}
