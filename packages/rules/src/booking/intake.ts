/**
 * Seed 001, step 1: accept the repair request and verify it — name, address, contact, model,
 * purchase date and fault — before anything is looked up. Every field is checked and every
 * problem reported at once, each under its dotted input path ('customer.address.postalCode').
 * Text is never truncated silently: too long is refused (TOO_LONG). Lengths count characters
 * (Unicode code points), as PostgreSQL does.
 */
import { type CalendarDate, isCalendarDate } from '../calendar/calendar-date.js';
import { type FieldProblem, type InputDecision, refuseProblems } from './input-problems.js';
import { normalisePhone } from './phone-number.js';
import { formatPostalCode } from './postal-codes.js';

type Typed = string | null | undefined;

/** What a customer typed to ask for a repair, as a form or the API sends it. */
export interface RepairRequestInput {
  readonly productModel?: Typed;
  readonly serialNumber?: Typed;
  readonly purchaseDate?: Typed;
  /** The fault in the customer's own words. */
  readonly fault?: Typed;
  /** Symptom codes chosen from a list (see symptomsFor). */
  readonly symptoms?: readonly string[] | null;
  readonly customer?: {
    readonly name?: Typed;
    readonly email?: Typed;
    readonly phone?: Typed;
    readonly address?: { readonly line1?: Typed; readonly line2?: Typed; readonly postalCode?: Typed; readonly city?: Typed; readonly country?: Typed } | null;
  } | null;
}

/** Where the technician goes. */
export interface CustomerAddress {
  readonly line1: string;
  readonly line2: string | null;
  /** In the country's usual written form (NL "1234 AB", GB "SW1A 1AA"). */
  readonly postalCode: string;
  readonly city: string;
  /** ISO 3166-1 alpha-2, upper-case. */
  readonly country: string;
}

/** A request checked and made plain, ready to analyse and book. */
export interface NormalisedRepairRequest {
  readonly productModel: string;
  readonly serialNumber: string | null;
  readonly purchaseDate: CalendarDate | null;
  readonly fault: string;
  readonly symptoms: readonly string[];
  readonly customer: {
    readonly name: string;
    readonly email: string;
    /** E.164, such as +33612345678. */
    readonly phone: string;
    readonly address: CustomerAddress;
  };
}

/** Maximum lengths in characters (faultMin: the shortest description), and the most symptoms. */
export const REPAIR_REQUEST_LIMITS = {
  productModel: 100,
  serialNumber: 100,
  faultMin: 3,
  fault: 2000,
  symptom: 40,
  symptoms: 10,
  name: 100,
  email: 254,
  line1: 200,
  line2: 200,
  city: 100,
} as const;

const COUNTRY = /^[A-Z]{2}$/;
const SYMPTOM_CODE = /^[A-Z0-9_]+$/;
const EMAIL = /^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/;

/** An e-mail address such as name@example.com (at most 254 characters), as every SAV form checks it. */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

const length = (value: string) => [...value].length;

/** Collects a form's problems while reading its fields. */
class FieldReader {
  readonly problems: FieldProblem[] = [];

  problem(field: string, code: string, message: string): null {
    this.problems.push({ field, code, message });
    return null;
  }

  /** Trimmed text (inner runs of spaces collapsed unless `keepSpacing`); null when empty or at fault. */
  text(field: string, label: string, raw: Typed, limits: { max: number; min?: number; required: boolean; keepSpacing?: boolean }): string | null {
    const trimmed = (raw ?? '').trim();
    const value = limits.keepSpacing ? trimmed : trimmed.replace(/\s+/g, ' ');
    if (value === '') return limits.required ? this.problem(field, 'REQUIRED', `Give ${label}.`) : null;
    const count = length(value);
    if (count > limits.max) return this.problem(field, 'TOO_LONG', `${capitalise(label)} is longer than ${limits.max} characters (${count}).`);
    if (count < (limits.min ?? 1)) return this.problem(field, 'TOO_SHORT', `${capitalise(label)} needs at least ${limits.min} characters.`);
    return value;
  }
}

function capitalise(label: string): string {
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function purchaseDateOf(reader: FieldReader, raw: Typed, today: CalendarDate): CalendarDate | null {
  const value = reader.text('purchaseDate', 'the purchase date', raw, { max: 10, required: false });
  if (value === null) return null;
  if (!isCalendarDate(value)) return reader.problem('purchaseDate', 'INVALID_DATE', `The purchase date "${value}" is not a real day (YYYY-MM-DD).`);
  if (value > today) return reader.problem('purchaseDate', 'DATE_IN_FUTURE', `The purchase date ${value} is after today (${today}).`);
  return value;
}

function symptomsOf(reader: FieldReader, raw: readonly string[] | null | undefined): string[] {
  const codes = [...new Set((raw ?? []).map((code) => code.trim().toUpperCase()).filter((code) => code !== ''))];
  const bad = codes.find((code) => code.length > REPAIR_REQUEST_LIMITS.symptom || !SYMPTOM_CODE.test(code));
  if (bad !== undefined) {
    reader.problem('symptoms', 'INVALID_SYMPTOM', `"${bad}" is not a symptom code (letters, digits and _, at most ${REPAIR_REQUEST_LIMITS.symptom}).`);
  } else if (codes.length > REPAIR_REQUEST_LIMITS.symptoms) {
    reader.problem('symptoms', 'TOO_MANY', `Choose at most ${REPAIR_REQUEST_LIMITS.symptoms} symptoms (${codes.length} given).`);
  }
  return codes;
}

function emailOf(reader: FieldReader, raw: Typed): string | null {
  const value = reader.text('customer.email', 'an email address', raw, { max: REPAIR_REQUEST_LIMITS.email, required: true, keepSpacing: true });
  if (value === null) return null;
  if (!isEmailAddress(value)) return reader.problem('customer.email', 'INVALID_EMAIL', `"${value}" is not an email address such as name@example.com.`);
  const at = value.lastIndexOf('@');
  return value.slice(0, at) + value.slice(at).toLowerCase();
}

function countryOf(reader: FieldReader, raw: Typed): string | null {
  const value = reader.text('customer.address.country', 'the country', raw, { max: 100, required: true })?.toUpperCase() ?? null;
  if (value !== null && !COUNTRY.test(value)) {
    return reader.problem('customer.address.country', 'INVALID_COUNTRY', `The country "${value}" is not an ISO 3166-1 alpha-2 code such as FR or CN.`);
  }
  return value;
}

/**
 * Checks and normalises a repair request: codes upper-cased, text trimmed, the phone in E.164,
 * the postal code in its country's form. Refuses with every problem at once (see InputViolation).
 */
export function normaliseRepairRequest(input: RepairRequestInput, context: { readonly today: CalendarDate }): InputDecision<NormalisedRepairRequest> {
  const r = new FieldReader();
  const L = REPAIR_REQUEST_LIMITS;
  const customer = input.customer ?? {};
  const address = customer.address ?? {};

  const productModel = r.text('productModel', 'the product model', input.productModel, { max: L.productModel, required: true })?.toUpperCase();
  const serialNumber = r.text('serialNumber', 'the serial number', input.serialNumber, { max: L.serialNumber, required: false })?.toUpperCase() ?? null;
  const purchaseDate = purchaseDateOf(r, input.purchaseDate, context.today);
  const fault = r.text('fault', 'a description of the fault', input.fault, { min: L.faultMin, max: L.fault, required: true, keepSpacing: true });
  const symptoms = symptomsOf(r, input.symptoms);
  const name = r.text('customer.name', 'your name', customer.name, { max: L.name, required: true });
  const email = emailOf(r, customer.email);
  const country = countryOf(r, address.country);

  const rawPhone = r.text('customer.phone', 'a phone number', customer.phone, { max: 40, required: true, keepSpacing: true });
  const phone = rawPhone === null ? null : normalisePhone(rawPhone, country ?? '');
  // A national number is read in the customer's country: when that is at fault, so is only it.
  if (rawPhone !== null && phone === null && (country !== null || /^\s*(\+|00)/.test(rawPhone))) {
    r.problem('customer.phone', 'INVALID_PHONE', `"${rawPhone}" is not a phone number we can call: write it with its country code, such as +33 6 12 34 56 78.`);
  }

  const line1 = r.text('customer.address.line1', 'the street address', address.line1, { max: L.line1, required: true });
  const line2 = r.text('customer.address.line2', 'the second address line', address.line2, { max: L.line2, required: false });
  const rawPostalCode = r.text('customer.address.postalCode', 'the postal code', address.postalCode, { max: 20, required: true });
  const postalCode = rawPostalCode === null || country === null ? null : formatPostalCode(country, rawPostalCode);
  if (rawPostalCode !== null && country !== null && postalCode === null) {
    r.problem('customer.address.postalCode', 'INVALID_POSTAL_CODE', `"${rawPostalCode}" is not a postal code of ${country}.`);
  }
  const city = r.text('customer.address.city', 'the city', address.city, { max: L.city, required: true });

  if (r.problems.length > 0) return refuseProblems(orderOfFields(r.problems));
  const request: NormalisedRepairRequest = {
    productModel: productModel as string,
    serialNumber,
    purchaseDate,
    fault: fault as string,
    symptoms,
    customer: {
      name: name as string,
      email: email as string,
      phone: phone as string,
      address: { line1: line1 as string, line2, postalCode: postalCode as string, city: city as string, country: country as string },
    },
  };
  return { ok: true, value: request };
}

const FIELD_ORDER = [
  'productModel', 'serialNumber', 'purchaseDate', 'fault', 'symptoms', 'customer.name', 'customer.email', 'customer.phone',
  'customer.address.line1', 'customer.address.line2', 'customer.address.postalCode', 'customer.address.city', 'customer.address.country',
];

/** Problems in the order the form shows its fields (the country is read early to check the phone and postal code). */
function orderOfFields(problems: readonly FieldProblem[]): FieldProblem[] {
  return [...problems].sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field));
}
