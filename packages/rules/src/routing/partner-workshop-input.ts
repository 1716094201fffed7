/**
 * A partner workshop as typed in the back office: name, contact, address. Checked all at once,
 * every problem named by its input path; an update checks only the fields it gives.
 */
import { type FieldProblem, type InputDecision, acceptInput, refuseProblems } from '../booking/input-problems.js';
import { isEmailAddress } from '../booking/intake.js';
import { normalisePhone } from '../booking/phone-number.js';
import { formatPostalCode } from '../booking/postal-codes.js';

export interface PartnerWorkshopInput {
  readonly name?: string | null;
  readonly contactEmail?: string | null;
  readonly contactPhone?: string | null;
  readonly addressLine1?: string | null;
  readonly postalCode?: string | null;
  readonly city?: string | null;
  readonly country?: string | null;
}

/** The fields given, normalised (trimmed, phone in E.164, postal code in its country's form). */
export interface PartnerWorkshopFields {
  name?: string;
  contactEmail?: string;
  contactPhone?: string | null;
  addressLine1?: string;
  postalCode?: string;
  city?: string;
  country?: string;
}

const COUNTRY = /^[A-Z]{2}$/;
const TEXT_LIMIT = 200;

/**
 * Checks a new partner (`current` null: every field but the phone is required) or changes to one
 * (`current` its stored country and postal code, against which a new postal code or country is read).
 */
export function checkPartnerWorkshop(input: PartnerWorkshopInput, current: { readonly country: string; readonly postalCode: string } | null): InputDecision<PartnerWorkshopFields> {
  const problems: FieldProblem[] = [];
  const fields: PartnerWorkshopFields = {};
  const text = (key: 'name' | 'addressLine1' | 'city', label: string) => {
    const raw = input[key];
    if (raw === undefined || raw === null) {
      if (current === null) problems.push({ field: key, code: 'REQUIRED', message: `${label} is required.` });
      return;
    }
    const value = raw.trim();
    if (value.length < 1 || value.length > TEXT_LIMIT) problems.push({ field: key, code: 'OUT_OF_RANGE', message: `${label} must be 1 to ${TEXT_LIMIT} characters.` });
    else fields[key] = value;
  };
  text('name', 'The name');
  text('addressLine1', 'The address');
  text('city', 'The city');

  const countryGiven = input.country !== undefined && input.country !== null;
  const country = countryGiven ? input.country!.trim().toUpperCase() : (current?.country ?? null);
  if (countryGiven && !COUNTRY.test(country!)) {
    problems.push({ field: 'country', code: 'INVALID_COUNTRY', message: `The country "${input.country}" is not an ISO 3166-1 alpha-2 code such as FR or CN.` });
  } else if (countryGiven) fields.country = country!;
  else if (current === null) problems.push({ field: 'country', code: 'REQUIRED', message: 'The country is required.' });

  const countryValid = country !== null && COUNTRY.test(country);
  const postalGiven = input.postalCode !== undefined && input.postalCode !== null;
  if (postalGiven || (countryGiven && current !== null)) {
    const raw = postalGiven ? input.postalCode! : current!.postalCode;
    const formatted = countryValid ? formatPostalCode(country!, raw) : null;
    if (countryValid && formatted === null) problems.push({ field: 'postalCode', code: 'INVALID_POSTAL_CODE', message: `"${raw}" is not a postal code of ${country}.` });
    else if (formatted !== null) fields.postalCode = formatted;
  } else if (current === null) problems.push({ field: 'postalCode', code: 'REQUIRED', message: 'The postal code is required.' });

  if (input.contactEmail !== undefined && input.contactEmail !== null) {
    const email = input.contactEmail.trim();
    if (!isEmailAddress(email)) problems.push({ field: 'contactEmail', code: 'INVALID_EMAIL', message: `"${input.contactEmail}" is not an email address such as name@example.com.` });
    else fields.contactEmail = email;
  } else if (current === null) problems.push({ field: 'contactEmail', code: 'REQUIRED', message: 'The contact email is required.' });

  if (input.contactPhone !== undefined && input.contactPhone !== null) {
    const raw = input.contactPhone.trim();
    if (raw === '') fields.contactPhone = null;
    else {
      const phone = countryValid ? normalisePhone(raw, country!) : null;
      if (phone === null) problems.push({ field: 'contactPhone', code: 'INVALID_PHONE', message: `"${input.contactPhone}" is not a phone number${countryValid ? ` of ${country}` : ''}.` });
      else fields.contactPhone = phone;
    }
  }
  return problems.length ? refuseProblems(problems) : acceptInput(fields);
}
