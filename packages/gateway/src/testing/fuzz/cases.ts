/** The schema fuzzer's cases: one arbitrary of requests per root field, and what counts as a refusal type. */
import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  isAbstractType,
} from 'graphql';
import { EMPTY_KNOWN_VALUES, type KnownValues } from './values.js';
import { type GenerationContext, type Mode, OMIT, coherentTicket, constant, inputArbitrary } from './inputs.js';
import { printLiteral, resultSelection } from './documents.js';

export type RootKind = 'Query' | 'Mutation' | 'Subscription';
export type KeyChoice = 'pk_demo' | 'sk_demo' | 'none' | 'bogus';
export type ArgumentStyle = 'variables' | 'variablesAsString' | 'variablesAsList' | 'inline' | 'extraArgument';

/** One request the fuzzer sends: printable, so that a failure can be replayed by hand. */
export interface FuzzCase {
  /** Query.ticket, Mutation.requestRepair, Subscription.ticketUpdates. */
  readonly operation: string;
  readonly root: RootKind;
  readonly field: string;
  readonly mode: Mode;
  /** How the arguments travel: as variables (or variables sent as a string or a list), inline, or inline with an argument the field does not have. */
  readonly style: ArgumentStyle;
  readonly key: KeyChoice;
  readonly acceptLanguage: string | null;
  readonly query: string;
  /** Undefined when the arguments are written inline; else what is sent as `variables`. */
  readonly variables: unknown;
}

const ACCEPT_LANGUAGES = [null, null, null, 'fr-FR,fr;q=0.9', 'nl', 'zh-CN', 'en-GB', 'xx-YY', ';;q=abc,*', 'fr'.repeat(500)];

const KEY_CHOICE: fc.Arbitrary<KeyChoice> = fc.oneof(
  { arbitrary: fc.constant('pk_demo' as const), weight: 5 },
  { arbitrary: fc.constant('sk_demo' as const), weight: 5 },
  { arbitrary: fc.constant('none' as const), weight: 1 },
  { arbitrary: fc.constant('bogus' as const), weight: 1 },
);

function argumentsArbitrary(args: readonly GraphQLArgument[], parent: string, mode: Mode, context: GenerationContext): fc.Arbitrary<Record<string, unknown>> {
  const argumentNames = new Set(args.map((arg) => arg.name));
  const record = (argMode: (index: number) => Mode) => {
    const chosen = fc.tuple(...args.map((arg, index) => inputArbitrary(arg.type, arg.name, parent, argMode(index), context))).map((values) => {
      const built: Record<string, unknown> = {};
      values.forEach((value, index) => {
        if (value !== OMIT) built[args[index]!.name] = value;
      });
      return built;
    });
    return mode === 'oneFault' ? chosen : coherentTicket(chosen, argumentNames, context.known);
  };
  if (args.length === 0 || mode !== 'oneFault') return record(() => mode);
  return fc.integer({ min: 0, max: args.length - 1 }).chain((faulty) => record((index) => (index === faulty ? 'oneFault' : 'valid')));
}

/** Arbitraries of requests for one root field. */
function caseArbitrary(schema: GraphQLSchema, root: RootKind, field: GraphQLField<unknown, unknown>, known: KnownValues): fc.Arbitrary<FuzzCase> {
  const context: GenerationContext = { schema, known };
  const selection = resultSelection(schema, field);
  const keyword = root.toLowerCase();
  const modes: fc.Arbitrary<Mode> = fc.oneof(
    { arbitrary: fc.constant('valid' as const), weight: 4 },
    { arbitrary: fc.constant('oneFault' as const), weight: 4 },
    { arbitrary: fc.constant('chaos' as const), weight: 2 },
  );
  const argumentStyle = fc.oneof(
    { arbitrary: fc.constant('variables' as const), weight: 8 },
    { arbitrary: fc.constant('inline' as const), weight: 2 },
    { arbitrary: fc.constant('extraArgument' as const), weight: field.args.length > 0 ? 1 : 0 },
  );
  const variablesShape = fc.oneof({ arbitrary: fc.constant('object' as const), weight: 30 }, { arbitrary: fc.constant('string' as const), weight: 1 }, { arbitrary: fc.constant('array' as const), weight: 1 });
  return modes.chain((mode) =>
    fc.record({
      mode: fc.constant(mode),
      args: argumentsArbitrary(field.args, field.name, mode, context),
      key: KEY_CHOICE,
      acceptLanguage: constant(ACCEPT_LANGUAGES),
      style: argumentStyle,
      shape: variablesShape,
    }),
  ).map(({ mode, args, key, acceptLanguage, style, shape }) => {
    const operation = `${root}.${field.name}`;
    if (style === 'inline' || style === 'extraArgument') {
      const written = field.args
        .filter((arg) => arg.name in args)
        .map((arg) => `${arg.name}: ${printLiteral(args[arg.name], arg.type)}`);
      if (style === 'extraArgument') written.push('notAnArgument: "x"');
      const argumentText = written.length > 0 ? `(${written.join(', ')})` : '';
      return { operation, root, field: field.name, mode, style, key, acceptLanguage, query: `${keyword} Fuzz { ${field.name}${argumentText} ${selection} }`, variables: undefined };
    }
    const declared = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`);
    const passed = field.args.map((arg) => `${arg.name}: $${arg.name}`);
    const declarations = declared.length > 0 ? `(${declared.join(', ')})` : '';
    const argumentText = passed.length > 0 ? `(${passed.join(', ')})` : '';
    const variables = shape === 'object' ? args : shape === 'string' ? JSON.stringify(args) : [args];
    const sent: ArgumentStyle = shape === 'object' ? 'variables' : shape === 'string' ? 'variablesAsString' : 'variablesAsList';
    return { operation, root, field: field.name, mode, style: sent, key, acceptLanguage, query: `${keyword} Fuzz${declarations} { ${field.name}${argumentText} ${selection} }`, variables };
  }).filter((fuzzCase) => Buffer.byteLength(requestBody(fuzzCase)) < MAX_BODY_BYTES);
}

/**
 * Bodies stay under the gateway's 1 MiB limit: over it the answer is a 413 before GraphQL runs
 * (gateway-server.test.ts covers it), which would tell nothing about the schema.
 */
const MAX_BODY_BYTES = 900_000;

/** The operations of a schema the fuzzer drives: every root field of Query, Mutation and Subscription. */
export function rootFields(schema: GraphQLSchema): { root: RootKind; field: GraphQLField<unknown, unknown> }[] {
  const roots: [RootKind, GraphQLObjectType | null | undefined][] = [['Query', schema.getQueryType()], ['Mutation', schema.getMutationType()], ['Subscription', schema.getSubscriptionType()]];
  return roots.flatMap(([root, type]) => (type ? Object.values(type.getFields()).map((field) => ({ root, field })) : []));
}

/** One arbitrary per root field, named `Query.ticket`, `Mutation.requestRepair`, …, built from the schema. */
export function operationArbitraries(schema: GraphQLSchema, known: KnownValues = EMPTY_KNOWN_VALUES): Map<string, fc.Arbitrary<FuzzCase>> {
  return new Map(rootFields(schema).map(({ root, field }) => [`${root}.${field.name}`, caseArbitrary(schema, root, field, known)]));
}

/**
 * Results that implement `Error` but are not refusals: NeedsVerification keeps the repair request,
 * with a tracking code, for the service desk to verify (api.md: requestRepair "books … or keeps
 * the request for verification"); writing that ticket is its purpose.
 */
const KEPT_REQUEST_TYPES: ReadonlySet<string> = new Set(['NeedsVerification']);

/** The object types that implement `Error` and refuse: a result of one of them must write nothing. */
export function errorTypeNames(schema: GraphQLSchema): Set<string> {
  const error = schema.getType('Error');
  if (!error || !isAbstractType(error)) return new Set();
  return new Set(schema.getPossibleTypes(error).map((type) => type.name).filter((name) => !KEPT_REQUEST_TYPES.has(name)));
}

/** The JSON body of a case, as it is POSTed. */
export function requestBody(fuzzCase: FuzzCase): string {
  return JSON.stringify(fuzzCase.variables === undefined ? { query: fuzzCase.query } : { query: fuzzCase.query, variables: fuzzCase.variables });
}
