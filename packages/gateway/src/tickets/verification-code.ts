import { randomInt } from 'node:crypto';

/**
 * The code a technician states at the customer's door (seed 001, step 4): six digits, new for
 * each visit, so a caller who only knows the booking cannot pass for the technician.
 */
export function newVerificationCode(): string {
  return String(randomInt(1_000_000)).padStart(6, '0');
}
