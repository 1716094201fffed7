import type { CalendarDate } from '../calendar/calendar-date.js';

/** The parts a policy may name; WHOLE_UNIT is the whole appliance. */
export const WARRANTY_PARTS = [
  'WHOLE_UNIT',
  'COMPRESSOR',
  'EVAPORATOR',
  'CONDENSER',
  'SOLENOID_VALVE',
  'MAIN_CONTROL_BOARD',
  'CABINET',
  'DOOR',
  'TEMPERATURE_CONTROLLER',
  'FILTER',
  'CAPILLARY_TUBE',
  'FAN_MOTOR',
  'DEFROST_HEATER',
  'ICE_MAKER',
  'TIMER',
  'PARTS',
] as const;
export type WarrantyPart = (typeof WARRANTY_PARTS)[number];

/** What takes a product out of free service (seed 001, 3.a–d); paid repair may remain. */
export const EXCLUSION_CODES = ['NO_PROOF_OF_PURCHASE', 'ALTERED_INVOICE', 'ACCIDENT_OR_MISUSE', 'UNAUTHORISED_REPAIR'] as const;
export type ExclusionCode = (typeof EXCLUSION_CODES)[number];

export interface PolicyTerm {
  readonly part: string;
  readonly months: number;
}

/**
 * A maker's commercial warranty for one product line, for purchases in a date range and region.
 * Policies are data: a tenant stores as many versions as its makers published.
 */
export interface WarrantyPolicy {
  readonly id: string;
  readonly name: string;
  readonly productLine: string;
  /** First and last purchase dates it applies to, both included; null for open. */
  readonly purchasedFrom: CalendarDate | null;
  readonly purchasedUntil: CalendarDate | null;
  /** ISO 3166-1 alpha-2 country of purchase it is limited to; null for anywhere. */
  readonly country: string | null;
  /** Cities of purchase it is limited to; empty for anywhere. */
  readonly cities: readonly string[];
  readonly terms: readonly PolicyTerm[];
  /** Days after purchase during which a performance failure allows a return / an exchange. */
  readonly returnDays: number | null;
  readonly exchangeDays: number | null;
  readonly exclusions: readonly string[];
  /** Whether paid repair stays available outside free cover ("lifelong service"). */
  readonly paidRepairAfterExpiry: boolean;
  /** Where the terms come from: the document and the words that set them. */
  readonly source?: string | null;
}
