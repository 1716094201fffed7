import { builder } from './builder.js';
import { ErrorInterface, TypedError } from './errors.js';

/** The visit cannot be changed online any more (NOT_CHANGEABLE, CUTOFF_PASSED). */
export class ChangeNotAllowedError extends TypedError {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ChangeNotAllowedError';
  }
}

builder.objectType(ChangeNotAllowedError, {
  name: 'ChangeNotAllowed',
  description: 'The step is refused, nothing changed: ILLEGAL_TRANSITION (the lifecycle does not allow it; the message says where the ticket can go), NOT_ALLOWED_FOR_ACTOR, CHANGED_MEANWHILE, NOT_CHANGEABLE, CUTOFF_PASSED (too close to the visit), QUOTE_REQUIRED, QUOTE_PENDING, QUOTE_DECLINED, QUOTE_ALREADY_ANSWERED, NOTHING_TO_CHARGE, NOT_RATEABLE, and others named in each message.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ChangeNotAllowedError,
});
