import { TypedError } from '../schema/errors.js';
import type { TicketView } from '../tickets/ticket-view.js';

/**
 * A request whose information does not hold together (seed 001, step 1): it is kept as a ticket
 * in NEEDS_VERIFICATION for an information officer, and the customer gets its tracking code.
 */
export class NeedsVerification extends TypedError {
  readonly code = 'NEEDS_VERIFICATION';
  constructor(
    readonly ticket: TicketView,
    readonly reasons: readonly string[],
  ) {
    super(`We received your request (tracking code ${ticket.trackingCode}). Some details need checking before a technician is booked: our service desk will contact you.`);
    this.name = 'NeedsVerification';
  }
}

/** Why a request needs verification, in codes a service desk can act on. */
export const VERIFICATION_REASONS = {
  SERIAL_NOT_SOLD: 'The serial number is not among the registered sales.',
  SERIAL_OTHER_MODEL: 'The serial number belongs to another model.',
  OUTSIDE_SERVICE_AREA: 'No technician serves this address for this product.',
} as const;
export type VerificationReason = keyof typeof VERIFICATION_REASONS;
