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
  description: 'The visit cannot be changed this way: NOT_CHANGEABLE (its status), CUTOFF_PASSED (too close to the window).',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ChangeNotAllowedError,
});
