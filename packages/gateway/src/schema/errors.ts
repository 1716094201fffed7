import type { GatewayContext } from '../context.js';
import { builder } from './builder.js';

/** Every error a client receives as a typed result: a stable code and a plain message. */
export abstract class TypedError extends Error {
  abstract readonly code: string;
}

/** One wrong field: its dotted path in the input, a stable code, and what to do, in plain words. */
export interface FieldProblem {
  readonly field: string;
  readonly code: string;
  readonly message: string;
}

/** A user's mistake in the input: which fields, and why. */
export class InvalidInputError extends TypedError {
  /** Each field's own problem; one per field in `field` when there are several. */
  readonly problems: readonly FieldProblem[];
  constructor(
    message: string,
    readonly code: string,
    readonly field: readonly string[] = [],
    problems?: readonly FieldProblem[],
  ) {
    super(message);
    this.name = 'InvalidInputError';
    this.problems = problems ?? field.map((path) => ({ field: path, code, message }));
  }

  /** The rules' refusal as a typed error, each field's problem kept apart when the rules give them. */
  static fromViolation(violation: { message: string; code: string; field: readonly string[]; problems?: readonly FieldProblem[] }): InvalidInputError {
    return new InvalidInputError(violation.message, violation.code, violation.field, violation.problems);
  }
}

export class ProductNotFoundError extends TypedError {
  readonly code = 'PRODUCT_NOT_FOUND';
  constructor(message: string) {
    super(message);
    this.name = 'ProductNotFoundError';
  }
}

interface ErrorShape {
  message: string;
  code: string;
}

export const ErrorInterface = builder.interfaceRef<ErrorShape>('Error').implement({
  description: 'Every typed error: a message a person can read and a stable code a program can test.',
  fields: (t) => ({
    message: t.exposeString('message'),
    code: t.exposeString('code'),
  }),
});

const FieldProblemRef = builder.objectRef<FieldProblem>('FieldProblem').implement({
  description: 'One wrong input field.',
  fields: (t) => ({
    field: t.exposeString('field', { description: "The field's dotted path in the input, e.g. customer.address.postalCode." }),
    code: t.exposeString('code'),
    message: t.exposeString('message'),
  }),
});

builder.objectType(InvalidInputError, {
  name: 'InvalidInput',
  description: 'The input is wrong; `field` names the input fields at fault (paths within the input).',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidInputError,
  fields: (t) => ({
    field: t.stringList({ nullable: true, resolve: (error) => (error.field.length > 0 ? [...error.field] : null) }),
    problems: t.field({
      type: [FieldProblemRef],
      description: "Each wrong field with its own code and message, to show beside the field.",
      resolve: (error) => [...error.problems],
    }),
  }),
});

builder.objectType(ProductNotFoundError, {
  name: 'ProductNotFound',
  description: 'No product of this tenant matches the model or serial number given.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof ProductNotFoundError,
});

/**
 * Runs a resolver and logs the typed error it ends with, if any: the operation, the code and the
 * fields at fault, never the values (they may be personal data).
 */
export async function loggingTypedErrors<T>(context: GatewayContext, operation: string, result: Promise<T>): Promise<T> {
  try {
    return await result;
  } catch (error) {
    if (error instanceof TypedError) {
      context.logger.info('graphql.typed_error', {
        requestId: context.requestId,
        operation,
        code: error.code,
        field: error instanceof InvalidInputError ? error.field : undefined,
      });
    }
    throw error;
  }
}

export class OutsideServiceAreaError extends TypedError {
  readonly code = 'OUTSIDE_SERVICE_AREA';
  constructor(message: string) {
    super(message);
    this.name = 'OutsideServiceAreaError';
  }
}

export class SlotUnavailableError extends TypedError {
  readonly code = 'SLOT_UNAVAILABLE';
  constructor(message: string) {
    super(message);
    this.name = 'SlotUnavailableError';
  }
}

export class TicketNotFoundError extends TypedError {
  readonly code = 'TICKET_NOT_FOUND';
  constructor() {
    super('No ticket matches this tracking code and postal code. Check both on your confirmation.');
    this.name = 'TicketNotFoundError';
  }
}

builder.objectType(OutsideServiceAreaError, {
  name: 'OutsideServiceArea',
  description: 'No technician of this tenant serves this postal code for this product.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof OutsideServiceAreaError,
});

builder.objectType(SlotUnavailableError, {
  name: 'SlotUnavailable',
  description: 'The arrival window is not offered (past, outside working hours) or has no technician left.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof SlotUnavailableError,
});

builder.objectType(TicketNotFoundError, {
  name: 'TicketNotFound',
  description: 'No ticket matches this tracking code and postal code (a wrong postal code reveals nothing).',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof TicketNotFoundError,
});
