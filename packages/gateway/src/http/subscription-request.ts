/**
 * What a subscription request must be before a stream opens, checked the way POST /graphql checks
 * an operation: a JSON body with a `query` string (and `variables` an object, `operationName` a
 * string, when given), a document that parses, one operation to run, valid against the schema
 * and the query limits, and variables of the declared types. Each refusal is a GraphQL error with
 * its own `extensions.code` (BAD_REQUEST, GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED or a
 * limit's code, BAD_USER_INPUT) and HTTP status 400 (415 for a body that is not JSON), never an
 * untyped error that the transports would have to mask as an internal one.
 */
import { type DocumentNode, getOperationAST, getVariableValues, GraphQLError, type GraphQLSchema, parse, type ValidationRule, validate } from 'graphql';

export type SubscriptionRequestCheck =
  | { readonly ok: true; readonly document: DocumentNode }
  | { readonly ok: false; readonly status: number; readonly errors: readonly GraphQLError[] };

export interface SubscriptionRequestParts {
  readonly query?: unknown;
  readonly variables?: unknown;
  readonly operationName?: unknown;
  readonly extensions?: unknown;
}

function refused(status: number, code: string, messages: readonly string[]): SubscriptionRequestCheck {
  return { ok: false, status, errors: messages.map((message) => new GraphQLError(message, { extensions: { code } })) };
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks one subscription request (its parsed JSON body, or a WebSocket's subscribe payload). */
export function checkSubscriptionRequest(schema: GraphQLSchema, rules: readonly ValidationRule[], request: unknown, options: { maxTokens?: number } = {}): SubscriptionRequestCheck {
  if (!isPlainObject(request)) return refused(400, 'BAD_REQUEST', ['The body must be a JSON object: { "query": "subscription …", "variables": { … } }.']);
  const { query, variables, operationName, extensions } = request as SubscriptionRequestParts;
  if (typeof query !== 'string' || query.trim() === '') return refused(400, 'BAD_REQUEST', ['Send the subscription as "query", a non-empty string.']);
  if (variables != null && !isPlainObject(variables)) return refused(400, 'BAD_REQUEST', ['"variables" must be a JSON object.']);
  if (operationName != null && typeof operationName !== 'string') return refused(400, 'BAD_REQUEST', ['"operationName" must be a string.']);
  if (extensions != null && !isPlainObject(extensions)) return refused(400, 'BAD_REQUEST', ['"extensions" must be a JSON object.']);
  let document: DocumentNode;
  try {
    document = parse(query, options.maxTokens === undefined ? undefined : { maxTokens: options.maxTokens });
  } catch (error) {
    return refused(400, 'GRAPHQL_PARSE_FAILED', [error instanceof Error ? error.message : 'The query does not parse.']);
  }
  const validationErrors = validate(schema, document, rules);
  if (validationErrors.length > 0) {
    return {
      ok: false,
      status: 400,
      errors: validationErrors.map((error) => {
        // A limit's own code (QUERY_TOO_DEEP, …) is kept, as POST /graphql keeps it.
        const own = error.extensions.code ?? (error.originalError instanceof GraphQLError ? error.originalError.extensions.code : undefined);
        return new GraphQLError(error.message, { extensions: { code: typeof own === 'string' ? own : 'GRAPHQL_VALIDATION_FAILED' } });
      }),
    };
  }
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return refused(400, 'BAD_REQUEST', ['Name the operation to run with "operationName" (the document holds several, or none by that name).']);
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], (variables as Record<string, unknown> | null | undefined) ?? {});
  if (coerced.errors) return refused(400, 'BAD_USER_INPUT', coerced.errors.map((error) => error.message));
  return { ok: true, document };
}
