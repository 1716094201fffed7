/**
 * Seed 000 (Wipoz!): an installer network's terms for reinterventions. A return visit caused by a
 * defect of the supplies or of the kitchen designer, lasting more than the threshold at the
 * customer's, is billed at the hourly rate from the first minute; one caused by the installer, or
 * within the threshold, is at the installer's expense. Rate, threshold, causes, VAT and how time
 * is counted are each network's own; these are the defaults. Amounts in minor units.
 */
import { acceptInput, type FieldProblem, type InputDecision, refuseProblems } from '../booking/input-problems.js';

export const DEFECT_CAUSES = ['SUPPLIES', 'DESIGNER', 'INSTALLER'] as const;
export type DefectCause = (typeof DEFECT_CAUSES)[number];

/** How presence is counted: every minute from the first (prorated), or each started quarter hour. */
export const BILLING_GRANULARITIES = ['PER_MINUTE', 'PER_STARTED_QUARTER_HOUR'] as const;
export type BillingGranularity = (typeof BILLING_GRANULARITIES)[number];

export interface NetworkTerms {
  /** Per hour, excluding tax, in minor units of `currency`. */
  readonly hourlyRateMinor: number;
  readonly currency: string;
  /** Billable only when the presence exceeds it (strictly). */
  readonly thresholdMinutes: number;
  /** The causes billed to someone else; never INSTALLER. */
  readonly billableCauses: readonly DefectCause[];
  /** The network's own country (ISO 3166-1 alpha-2): its VAT applies when the job names none. */
  readonly country: string;
  /** VAT by country, in basis points (2000 = 20 %). */
  readonly vatRates: Readonly<Record<string, number>>;
  readonly granularity: BillingGranularity;
}

/** Seed 000: €40 excl. tax an hour, beyond one hour, for supplies or designer defects; French VAT 20 %. */
export const SEED_000_TERMS: NetworkTerms = {
  hourlyRateMinor: 4000,
  currency: 'EUR',
  thresholdMinutes: 60,
  billableCauses: ['SUPPLIES', 'DESIGNER'],
  country: 'FR',
  vatRates: { FR: 2000, BE: 2100, NL: 2100, DE: 1900, ES: 2100, IT: 2200, LU: 1700 },
  granularity: 'PER_MINUTE',
};

const CURRENCY = /^[A-Z]{3}$/;
const COUNTRY = /^[A-Z]{2}$/;

/** Checks a network's terms, every bad field at once. */
export function checkNetworkTerms(terms: NetworkTerms): InputDecision<NetworkTerms> {
  const problems: FieldProblem[] = [];
  if (!Number.isSafeInteger(terms.hourlyRateMinor) || terms.hourlyRateMinor < 0 || terms.hourlyRateMinor > 10_000_000) {
    problems.push({ field: 'hourlyRateMinor', code: 'OUT_OF_RANGE', message: 'The hourly rate is a whole number of minor units from 0 to 10000000.' });
  }
  if (!CURRENCY.test(terms.currency)) problems.push({ field: 'currency', code: 'INVALID_CURRENCY', message: `"${terms.currency}" is not an ISO 4217 currency code such as EUR.` });
  if (!Number.isInteger(terms.thresholdMinutes) || terms.thresholdMinutes < 0 || terms.thresholdMinutes > 24 * 60) {
    problems.push({ field: 'thresholdMinutes', code: 'OUT_OF_RANGE', message: 'The threshold is a whole number of minutes from 0 to 1440.' });
  }
  if (terms.billableCauses.some((cause) => !(DEFECT_CAUSES as readonly string[]).includes(cause))) {
    problems.push({ field: 'billableCauses', code: 'UNKNOWN_CAUSE', message: `A billable cause is one of ${DEFECT_CAUSES.join(', ')}.` });
  } else if (terms.billableCauses.includes('INSTALLER')) {
    problems.push({ field: 'billableCauses', code: 'INSTALLER_NEVER_BILLABLE', message: "A reintervention the installer caused is always at the installer's expense (seed 000)." });
  }
  if (!COUNTRY.test(terms.country)) problems.push({ field: 'country', code: 'INVALID_COUNTRY', message: 'The country is an ISO 3166-1 alpha-2 code such as FR.' });
  const rates = Object.entries(terms.vatRates);
  if (rates.some(([country, rate]) => !COUNTRY.test(country) || !Number.isInteger(rate) || rate < 0 || rate > 10_000)) {
    problems.push({ field: 'vatRates', code: 'INVALID_VAT_RATE', message: 'Each VAT rate names a country (FR) and a whole number of basis points from 0 to 10000 (2000 = 20 %).' });
  } else if (COUNTRY.test(terms.country) && terms.vatRates[terms.country] === undefined) {
    problems.push({ field: 'vatRates', code: 'MISSING_VAT_RATE', message: `The VAT rate of the network's own country, ${terms.country}, is missing.` });
  }
  if (!(BILLING_GRANULARITIES as readonly string[]).includes(terms.granularity)) {
    problems.push({ field: 'granularity', code: 'INVALID_GRANULARITY', message: `The granularity is ${BILLING_GRANULARITIES.join(' or ')}.` });
  }
  return problems.length > 0 ? refuseProblems(problems) : acceptInput(terms);
}
