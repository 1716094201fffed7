/**
 * Text the store cannot hold, refused where the request enters. PostgreSQL text never contains
 * the NUL character (U+0000): a value holding one fails in the database, whatever the column or
 * the query ("invalid byte sequence for encoding UTF8: 0x00"), which used to surface as an
 * internal error. Half of a surrogate pair (a JSON "\ud800" alone) is no character at all: it
 * fails in a list or JSON column, and would be replaced by U+FFFD elsewhere. No field of this API
 * has a use for either, so every root field is wrapped, once the schema is built, to refuse such an
 * argument before its resolver runs: as the field's own `InvalidInput` (with the field at fault)
 * where its result has one, else as a GraphQL error with code BAD_USER_INPUT. Nothing is read or
 * written for the request.
 */
import { wrapErrorIfMatches } from '@pothos/plugin-errors';
import {
  defaultFieldResolver,
  getNamedType,
  GraphQLError,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  isAbstractType,
} from 'graphql';
import { InvalidInputError } from './errors.js';

/** NUL, or a surrogate that is not half of a pair. */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The path of the first string holding a NUL character or a lone surrogate in a field's arguments, written as the
 * API names input fields (`customer.address.line1`, `reserves.0.description`, `email`: the
 * `input` argument's own name is left out), or undefined when there is none.
 */
export function unstorableTextPath(args: Record<string, unknown>): string | undefined {
  const walk = (value: unknown, path: readonly string[]): string[] | undefined => {
    if (typeof value === 'string') return UNSTORABLE.test(value) ? [...path] : undefined;
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) {
        const found = walk(item, [...path, String(index)]);
        if (found) return found;
      }
      return undefined;
    }
    if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, item] of Object.entries(value)) {
        const found = walk(item, [...path, key]);
        if (found) return found;
      }
    }
    return undefined;
  };
  for (const [name, value] of Object.entries(args)) {
    const found = walk(value, name === 'input' ? [] : [name]);
    if (found) return found.length > 0 ? found.join('.') : name;
  }
  return undefined;
}

function refusal(field: string): InvalidInputError {
  return new InvalidInputError(`${field} contains a character no text may hold: NUL (U+0000), or half of a surrogate pair.`, 'INVALID_CHARACTER', [field]);
}

/** Whether the field's result is a union (or interface) with InvalidInput among its types. */
function answersInvalidInput(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>): boolean {
  const type = getNamedType(field.type);
  return isAbstractType(type) && schema.getPossibleTypes(type).some((member) => member.name === 'InvalidInput');
}

function badUserInput(error: InvalidInputError): GraphQLError {
  return new GraphQLError(error.message, { extensions: { code: 'BAD_USER_INPUT', field: [...error.field] } });
}

async function* oneAnswer<T>(answer: T): AsyncGenerator<T> {
  yield answer;
}

function guardQueryOrMutation(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>): void {
  if (field.args.length === 0) return;
  const resolve = field.resolve ?? defaultFieldResolver;
  const typed = answersInvalidInput(schema, field);
  field.resolve = (source, args: Record<string, unknown>, context, info) => {
    const path = unstorableTextPath(args);
    if (path === undefined) return resolve(source, args, context, info);
    // Returned as the errors plugin returns a typed error: wrapped, so that GraphQL takes it for a result.
    if (typed) return wrapErrorIfMatches(refusal(path), [InvalidInputError]);
    throw badUserInput(refusal(path));
  };
}

function guardSubscription(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>): void {
  if (field.args.length === 0 || !field.subscribe) return;
  const subscribe = field.subscribe;
  const resolve = field.resolve ?? defaultFieldResolver;
  const typed = answersInvalidInput(schema, field);
  const refusals = new WeakSet<object>();
  field.subscribe = (source, args: Record<string, unknown>, context, info) => {
    const path = unstorableTextPath(args);
    if (path === undefined) return subscribe(source, args, context, info);
    if (!typed) throw badUserInput(refusal(path));
    const answer = refusal(path);
    refusals.add(answer);
    return oneAnswer(answer);
  };
  // The refusal is the stream's one event, answered as the field's InvalidInput.
  field.resolve = (payload, args, context, info) =>
    (typeof payload === 'object' && payload !== null && refusals.has(payload) ? wrapErrorIfMatches(payload, [InvalidInputError]) : resolve(payload, args, context, info));
}

/** Wraps every root field so that an argument holding a NUL character or a lone surrogate is refused before it runs. */
export function refusingUnstorableText(schema: GraphQLSchema): GraphQLSchema {
  const fieldsOf = (type: GraphQLObjectType | null | undefined) => Object.values(type?.getFields() ?? {}) as GraphQLField<unknown, unknown>[];
  for (const field of [...fieldsOf(schema.getQueryType()), ...fieldsOf(schema.getMutationType())]) guardQueryOrMutation(schema, field);
  for (const field of fieldsOf(schema.getSubscriptionType())) guardSubscription(schema, field);
  return schema;
}
