/**
 * Phone numbers made international (E.164, `+33612345678`) so a technician can call from anywhere.
 * A plausibility check of the digits, not a lookup of numbering plans.
 */

interface NationalPlan {
  /** The country calling code, without "+". */
  readonly callingCode: string;
  /** Whether numbers are dialled at home with a leading trunk 0 that the international form drops. */
  readonly trunkZero: boolean;
  /** The national significant number (after any trunk 0), as dialled at home. */
  readonly significant: RegExp;
}

const NATIONAL_PLANS: Readonly<Record<string, NationalPlan>> = {
  FR: { callingCode: '33', trunkZero: true, significant: /^[1-9]\d{8}$/ },
  BE: { callingCode: '32', trunkZero: true, significant: /^[1-9]\d{7,8}$/ },
  NL: { callingCode: '31', trunkZero: true, significant: /^[1-9]\d{8}$/ },
  DE: { callingCode: '49', trunkZero: true, significant: /^[1-9]\d{5,12}$/ },
  GB: { callingCode: '44', trunkZero: true, significant: /^[1-9]\d{8,9}$/ },
  AT: { callingCode: '43', trunkZero: true, significant: /^[1-9]\d{3,12}$/ },
  CH: { callingCode: '41', trunkZero: true, significant: /^[1-9]\d{8}$/ },
  IE: { callingCode: '353', trunkZero: true, significant: /^[1-9]\d{6,8}$/ },
  // Spain, Portugal and Luxembourg have no trunk prefix; Italy keeps its leading 0 abroad.
  ES: { callingCode: '34', trunkZero: false, significant: /^[6-9]\d{8}$/ },
  PT: { callingCode: '351', trunkZero: false, significant: /^[2-9]\d{8}$/ },
  LU: { callingCode: '352', trunkZero: false, significant: /^[2-9]\d{5,10}$/ },
  IT: { callingCode: '39', trunkZero: false, significant: /^(?:0\d{5,10}|3\d{8,9})$/ },
};

/** Calling codes whose numbers never start with 0 abroad: "+33 (0)6…" or "+330 6…" drops that 0. */
const DROPPED_TRUNK_ZERO = ['33', '32', '31', '49', '44', '43', '41', '353', '86'];

const E164 = /^\+[1-9]\d{7,14}$/;

function international(digits: string): string | null {
  const trunk = DROPPED_TRUNK_ZERO.find((code) => digits.startsWith(`${code}0`));
  const number = `+${trunk ? trunk + digits.slice(trunk.length + 1) : digits}`;
  if (!E164.test(number)) return null;
  // Where the country is one we know, its numbers must also have the right length.
  const plan = Object.values(NATIONAL_PLANS).find((p) => number.startsWith(`+${p.callingCode}`));
  return !plan || plan.significant.test(number.slice(plan.callingCode.length + 1)) ? number : null;
}

function national(digits: string, country: string): string | null {
  if (country === 'CN') {
    // A mobile number: 11 digits starting with 1; a landline: trunk 0, area code and number.
    if (/^1[3-9]\d{9}$/.test(digits)) return `+86${digits}`;
    return /^0[1-9]\d{8,10}$/.test(digits) ? `+86${digits.slice(1)}` : null;
  }
  if (country === 'US' || country === 'CA') {
    const local = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
    return /^[2-9]\d{2}[2-9]\d{6}$/.test(local) ? `+1${local}` : null;
  }
  const plan = NATIONAL_PLANS[country];
  if (!plan) return null;
  if (plan.trunkZero && !digits.startsWith('0')) return null;
  const significant = plan.trunkZero ? digits.slice(1) : digits;
  return plan.significant.test(significant) ? `+${plan.callingCode}${significant}` : null;
}

/**
 * The number in E.164 (`+33612345678`), or null when it cannot be one. Accepts spaces, dots, dashes
 * and parentheses, `+` or `00` before a calling code, and national forms for FR, BE, NL, DE, GB, ES,
 * IT, CN (and AT, CH, IE, LU, PT, US, CA) read in the customer's `country` (ISO alpha-2).
 */
export function normalisePhone(raw: string, country: string): string | null {
  const text = raw.trim().replace(/^(\+|00)(\d{1,3})\s*\(0\)/, '$1$2');
  if (!/^\+?[\d\s.()\-/]+$/.test(text)) return null;
  const digits = text.replace(/\D/g, '');
  if (text.startsWith('+')) return international(digits);
  if (digits.startsWith('00')) return international(digits.slice(2));
  return national(digits, country.trim().toUpperCase());
}
