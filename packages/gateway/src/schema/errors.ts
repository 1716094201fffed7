import type { GatewayContext } from '../context.js';
import { builder } from './builder.js';

/** A user's mistake in the input: which fields, and why. */
export class InvalidInputError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly field: readonly string[] = [],
  ) {
    super(message);
    this.name = 'InvalidInputError';
  }
}

export class ProductNotFoundError extends Error {
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

builder.objectType(InvalidInputError, {
  name: 'InvalidInput',
  description: 'The input is wrong; `field` names the input fields at fault (paths within the input).',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof InvalidInputError,
  fields: (t) => ({
    field: t.stringList({ nullable: true, resolve: (error) => (error.field.length > 0 ? [...error.field] : null) }),
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
    if (error instanceof InvalidInputError || error instanceof ProductNotFoundError) {
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
