/**
 * Seed 001, step 5: show the charging standard before any charge. A tenant's price list and the
 * estimate of a repair from a fault analysis, in minor units (cents), integer arithmetic only.
 */
import { accept, type Decision, refuse } from '../rule-violation.js';
import type { FaultAnalysis } from './fault-analysis.js';

/** A tenant's charging standard; every amount in minor units of `currency` (ISO 4217). */
export interface PriceList {
  readonly currency: string;
  readonly callOutMinor: number;
  readonly labourPerHourMinor: number;
  /** Typical price of a part, by part code (as in WARRANTY_PARTS). */
  readonly parts: Readonly<Record<string, number>>;
}

/** What a repair would cost, in minor units, with the standard it comes from. */
export interface RepairPriceEstimate {
  readonly currency: string;
  readonly callOutMinor: number;
  /** Labour per started quarter hour of the visit. */
  readonly labourMinor: number;
  /** The typical price of `part`, the most likely part the list prices. */
  readonly partsMinor: number;
  readonly totalMinor: number;
  /** When true every amount is 0: the warranty pays. */
  readonly covered: boolean;
  /** The part priced (or that would be), null when no likely part has a price. */
  readonly part: string | null;
  /** The charging standard itself, returned even when covered so a page can show it. */
  readonly priceList: PriceList;
}

/** The demo tenant's price list, in euro cents. */
export const DEMO_PRICE_LIST: PriceList = {
  currency: 'EUR',
  callOutMinor: 4900,
  labourPerHourMinor: 6000,
  parts: {
    COMPRESSOR: 32000,
    EVAPORATOR: 21000,
    CONDENSER: 19000,
    MAIN_CONTROL_BOARD: 18000,
    DOOR: 15000,
    ICE_MAKER: 12000,
    FAN_MOTOR: 8500,
    CAPILLARY_TUBE: 7000,
    TEMPERATURE_CONTROLLER: 6500,
    PARTS: 6000,
    DEFROST_HEATER: 5500,
    SOLENOID_VALVE: 4500,
    TIMER: 4000,
    FILTER: 2500,
  },
};

const CURRENCY = /^[A-Z]{3}$/;
const isAmount = (value: number) => Number.isSafeInteger(value) && value >= 0;

/** Checks a tenant's price list: an ISO 4217 code and whole, non-negative minor amounts. */
export function checkPriceList(priceList: PriceList): Decision<PriceList> {
  if (!CURRENCY.test(priceList.currency)) return refuse('INVALID_CURRENCY', `"${priceList.currency}" is not an ISO 4217 currency code such as EUR.`, ['currency']);
  for (const name of ['callOutMinor', 'labourPerHourMinor'] as const) {
    if (!isAmount(priceList[name])) return refuse('INVALID_AMOUNT', `${name} must be a whole, non-negative number of minor units.`, [name]);
  }
  const badPart = Object.entries(priceList.parts).find(([, price]) => !isAmount(price));
  if (badPart) return refuse('INVALID_AMOUNT', `The price of ${badPart[0]} must be a whole, non-negative number of minor units.`, ['parts']);
  return accept(priceList);
}

/** Labour for a visit, per started quarter hour, rounded half up to the minor unit. */
export function labourForMinutes(labourPerHourMinor: number, visitMinutes: number): number {
  const quarters = Math.ceil(Math.max(0, visitMinutes) / 15);
  return Math.floor((labourPerHourMinor * quarters + 2) / 4);
}

/**
 * The estimate of a repair for a checked price list: call-out, labour for the visit time and the
 * typical price of the most likely part the list prices. Covered: every amount 0, list still given.
 */
export function estimateRepairPrice(
  priceList: PriceList,
  analysis: Pick<FaultAnalysis, 'likelyParts' | 'visitMinutes'>,
  options: { readonly covered: boolean },
): RepairPriceEstimate {
  const part = analysis.likelyParts.find((code) => Object.hasOwn(priceList.parts, code)) ?? null;
  const base = { currency: priceList.currency, covered: options.covered, part, priceList };
  if (options.covered) return { ...base, callOutMinor: 0, labourMinor: 0, partsMinor: 0, totalMinor: 0 };
  const labourMinor = labourForMinutes(priceList.labourPerHourMinor, analysis.visitMinutes);
  const partsMinor = part === null ? 0 : (priceList.parts[part] ?? 0);
  return { ...base, callOutMinor: priceList.callOutMinor, labourMinor, partsMinor, totalMinor: priceList.callOutMinor + labourMinor + partsMinor };
}

const exponents = new Map<string, number>();

/** ISO 4217 minor-unit digits of a currency (EUR 2, JPY 0, BHD 3), from Intl. */
function minorDigits(currency: string): number {
  let digits = exponents.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
    exponents.set(currency, digits);
  }
  return digits;
}

/**
 * A minor amount as a decimal string with (at least) two decimals, "80.00" for 8000 EUR cents;
 * a currency without minor units reads its amount as whole units ("80.00" for 80 JPY).
 */
export function formatMoney(minor: number, currency: string): string {
  if (!Number.isSafeInteger(minor)) throw new RangeError(`${minor} is not a whole number of minor units.`);
  if (!CURRENCY.test(currency)) throw new RangeError(`"${currency}" is not an ISO 4217 currency code.`);
  const exponent = minorDigits(currency);
  const digits = String(Math.abs(minor)).padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const fraction = digits.slice(digits.length - exponent).padEnd(2, '0');
  return `${minor < 0 ? '-' : ''}${whole}.${fraction}`;
}
