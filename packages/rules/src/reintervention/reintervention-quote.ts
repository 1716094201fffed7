/**
 * What a reintervention costs and who pays (seed 000): from its cause and the minutes of presence
 * at the customer's, under the network's terms. Integer arithmetic in minor units; each rounding
 * is half up, to the minor unit.
 */
import { accept, type Decision, refuse } from '../rule-violation.js';
import { DEFECT_CAUSES, type DefectCause, type NetworkTerms } from './network-terms.js';

export type Payer = 'SUPPLIER' | 'DESIGNER' | 'INSTALLER';

/** The rule that decided: the cause was the installer's, the presence was within the threshold, the cause is not billable under these terms, or it is billed. */
export type ReinterventionRule = 'INSTALLER_CAUSE' | 'WITHIN_THRESHOLD' | 'CAUSE_NOT_BILLABLE' | 'BILLED';

export interface ReinterventionQuote {
  readonly cause: DefectCause;
  readonly presenceMinutes: number;
  readonly billable: boolean;
  readonly rule: ReinterventionRule;
  /** Who pays: the supplier, the designer, or the installer's own cost. */
  readonly payer: Payer;
  /** The minutes billed: the whole presence, or its started quarter hours; 0 when not billable. */
  readonly billedMinutes: number;
  readonly currency: string;
  readonly amountExclTaxMinor: number;
  /** Basis points (2000 = 20 %). */
  readonly vatRateBasisPoints: number;
  readonly vatMinor: number;
  readonly amountInclTaxMinor: number;
  /** The country whose VAT applies. */
  readonly country: string;
}

export interface ReinterventionRequest {
  readonly cause: string;
  readonly presenceMinutes: number;
  /** Where the job is; the network's own country when not given. */
  readonly country?: string | null;
}

/** A presence beyond a working day is not a reintervention but a mistake in the input. */
export const MAX_PRESENCE_MINUTES = 24 * 60;

const PAYER_OF: Record<DefectCause, Payer> = { SUPPLIES: 'SUPPLIER', DESIGNER: 'DESIGNER', INSTALLER: 'INSTALLER' };

/** a × b / c, rounded half up, for non-negative integers. */
function mulDivHalfUp(a: number, b: number, c: number): number {
  return Math.floor((2 * a * b + c) / (2 * c));
}

/** The amount excl. tax for `billedMinutes` at `hourlyRateMinor`. */
export function labourAmount(hourlyRateMinor: number, billedMinutes: number): number {
  return mulDivHalfUp(hourlyRateMinor, billedMinutes, 60);
}

export function quoteReintervention(terms: NetworkTerms, request: ReinterventionRequest): Decision<ReinterventionQuote> {
  if (!(DEFECT_CAUSES as readonly string[]).includes(request.cause)) return refuse('UNKNOWN_CAUSE', `The cause is one of ${DEFECT_CAUSES.join(', ')}.`, ['cause']);
  const cause = request.cause as DefectCause;
  const minutes = request.presenceMinutes;
  if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_PRESENCE_MINUTES) {
    return refuse('OUT_OF_RANGE', `presenceMinutes is the time spent at the customer's, a whole number of minutes from 0 to ${MAX_PRESENCE_MINUTES}.`, ['presenceMinutes']);
  }
  const country = (request.country ?? terms.country).trim().toUpperCase();
  const vatRateBasisPoints = terms.vatRates[country];
  if (vatRateBasisPoints === undefined) return refuse('UNKNOWN_VAT_RATE', `These terms have no VAT rate for ${country}.`, ['country']);

  const rule: ReinterventionRule =
    cause === 'INSTALLER' ? 'INSTALLER_CAUSE'
      : minutes <= terms.thresholdMinutes ? 'WITHIN_THRESHOLD'
        : !terms.billableCauses.includes(cause) ? 'CAUSE_NOT_BILLABLE'
          : 'BILLED';
  const billable = rule === 'BILLED';
  const billedMinutes = !billable ? 0 : terms.granularity === 'PER_STARTED_QUARTER_HOUR' ? Math.ceil(minutes / 15) * 15 : minutes;
  const amountExclTaxMinor = labourAmount(terms.hourlyRateMinor, billedMinutes);
  const vatMinor = mulDivHalfUp(amountExclTaxMinor, vatRateBasisPoints, 10_000);
  return accept({
    cause,
    presenceMinutes: minutes,
    billable,
    rule,
    payer: billable ? PAYER_OF[cause] : 'INSTALLER',
    billedMinutes,
    currency: terms.currency,
    amountExclTaxMinor,
    vatRateBasisPoints,
    vatMinor,
    amountInclTaxMinor: amountExclTaxMinor + vatMinor,
    country,
  });
}
