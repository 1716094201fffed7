/**
 * What one operation may ask for, checked while the document is validated, before anything runs:
 * how deep it nests, how many times it repeats a lookup, how many aliases it uses, and what it
 * would cost. Each refusal is a GraphQL error with its own `extensions.code` and HTTP status 400.
 */
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export const QUERY_LIMITS = {
  /** Levels of nested fields, introspection included (api.md: deeper than 15 is refused). */
  maxDepth: 15,
  /** Times one lookup may appear in an operation, aliased or not (api.md: more than 20 is refused). */
  maxLookupRepeats: 20,
  /** Aliased fields in one operation, anywhere. */
  maxAliases: 30,
  /** The estimated cost of an operation (see `operationCost`). */
  maxCost: 2000,
  /** Lexical tokens in a document: a bigger one is not parsed at all. */
  maxTokens: 5000,
} as const;

/** The root fields that read by a value a caller could guess: repeating them is how one enumerates. */
export const LOOKUP_FIELDS: ReadonlySet<string> = new Set(['warrantyCheck', 'ticket', 'ticketByLink', 'availableSlots', 'dropOffSlots', 'repairEstimate']);

/** What a root field costs: it reads the database. Every other field costs 1. */
const ROOT_FIELD_COST = 10;
/** How many items a list is assumed to hold when nothing says: its children's cost is multiplied by it. */
const ASSUMED_LIST_SIZE = 10;

export type QueryLimitCode = 'QUERY_TOO_DEEP' | 'TOO_MANY_LOOKUPS' | 'TOO_MANY_ALIASES' | 'QUERY_TOO_COSTLY';

function refusal(code: QueryLimitCode, message: string, nodes: readonly OperationDefinitionNode[], limit: number, actual: number): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { code, limit, actual } });
}

/** A field as selected, with the type condition of the fragment it sits in, if any. */
interface SelectedField {
  readonly field: FieldNode;
  readonly onType: string | undefined;
}

/** The fields a selection set selects, fragments spread in place (a fragment already on the path is skipped: cycles are another rule's error). */
function* fieldsOf(selectionSet: SelectionSetNode, fragment: (name: string) => FragmentDefinitionNode | null | undefined, visiting: Set<string>, onType?: string): Generator<SelectedField> {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      yield { field: selection, onType };
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      yield* fieldsOf(selection.selectionSet, fragment, visiting, selection.typeCondition?.name.value ?? onType);
    } else {
      const name = selection.name.value;
      const definition = fragment(name);
      if (!definition || visiting.has(name)) continue;
      visiting.add(name);
      yield* fieldsOf(definition.selectionSet, fragment, visiting, definition.typeCondition.name.value);
      visiting.delete(name);
    }
  }
}

export interface OperationMeasure {
  readonly depth: number;
  readonly aliases: number;
  /** How many times each root field is selected. */
  readonly rootFields: ReadonlyMap<string, number>;
  readonly cost: number;
}

function listSizeOf(field: FieldNode): number {
  for (const argument of field.arguments ?? []) {
    if ((argument.name.value === 'first' || argument.name.value === 'last') && argument.value.kind === Kind.INT) return Math.max(1, Number(argument.value.value));
  }
  return ASSUMED_LIST_SIZE;
}

/**
 * Measures an operation. Cost: 10 per root field (it reads the database), 1 per other field; the
 * cost of what a list field selects is multiplied by its `first`/`last` argument where given, else
 * by 10. `isList` says whether a field (under the field at `parent`, a dotted path) is a list.
 */
export function measureOperation(operation: OperationDefinitionNode, fragment: (name: string) => FragmentDefinitionNode | null | undefined, isList: (parent: string | undefined, selected: SelectedField) => boolean = () => false): OperationMeasure {
  const rootFields = new Map<string, number>();
  let aliases = 0;
  let depth = 0;
  const walk = (selectionSet: SelectionSetNode, level: number, path: string | undefined): number => {
    let cost = 0;
    for (const selected of fieldsOf(selectionSet, fragment, new Set())) {
      const { field } = selected;
      if (field.alias) aliases += 1;
      if (level === 1) rootFields.set(field.name.value, (rootFields.get(field.name.value) ?? 0) + 1);
      depth = Math.max(depth, level);
      const own = level === 1 ? ROOT_FIELD_COST : 1;
      if (!field.selectionSet) {
        cost += own;
        continue;
      }
      const childPath = `${path ?? ''}.${field.name.value}`;
      const children = walk(field.selectionSet, level + 1, childPath);
      cost += own + (isList(path, selected) ? listSizeOf(field) : 1) * children;
    }
    return cost;
  };
  const cost = walk(operation.selectionSet, 1, undefined);
  return { depth, aliases, rootFields, cost };
}

/** Measures an operation against a schema, which says which fields are lists. */
export function measureOperationIn(schema: GraphQLSchema, operation: OperationDefinitionNode, fragment: (name: string) => FragmentDefinitionNode | null | undefined): OperationMeasure {
  const rootType = operation.operation === 'query' ? schema.getQueryType() : operation.operation === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
  // The named type at each path of the operation, learnt while walking it, says which fields are lists.
  const typeAt = new Map<string | undefined, GraphQLNamedType | undefined>([[undefined, rootType ?? undefined]]);
  const isList = (parent: string | undefined, { field, onType }: SelectedField): boolean => {
    const parentType = (onType === undefined ? undefined : schema.getType(onType)) ?? typeAt.get(parent);
    const type = parentType && (isObjectType(parentType) || isInterfaceType(parentType)) ? parentType.getFields()[field.name.value]?.type : undefined;
    typeAt.set(`${parent ?? ''}.${field.name.value}`, type ? getNamedType(type) : undefined);
    // Introspection's lists are the schema's own, of known size: not multiplied.
    return type !== undefined && !parentType!.name.startsWith('__') && isListType(getNullableType(type));
  };
  return measureOperation(operation, fragment, isList);
}

/** The validation rule: refuses an operation over any of QUERY_LIMITS, each with its code. */
export function QueryLimitsRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      const measure = measureOperationIn(context.getSchema(), operation, (name) => context.getFragment(name));
      const nodes = [operation];
      if (measure.depth > QUERY_LIMITS.maxDepth) {
        context.reportError(refusal('QUERY_TOO_DEEP', `The operation nests ${measure.depth} levels deep; at most ${QUERY_LIMITS.maxDepth} are served.`, nodes, QUERY_LIMITS.maxDepth, measure.depth));
      }
      for (const [field, count] of measure.rootFields) {
        if (LOOKUP_FIELDS.has(field) && count > QUERY_LIMITS.maxLookupRepeats) {
          context.reportError(refusal('TOO_MANY_LOOKUPS', `The operation asks for ${field} ${count} times; at most ${QUERY_LIMITS.maxLookupRepeats} are served in one operation.`, nodes, QUERY_LIMITS.maxLookupRepeats, count));
        }
      }
      if (measure.aliases > QUERY_LIMITS.maxAliases) {
        context.reportError(refusal('TOO_MANY_ALIASES', `The operation uses ${measure.aliases} aliases; at most ${QUERY_LIMITS.maxAliases} are served.`, nodes, QUERY_LIMITS.maxAliases, measure.aliases));
      }
      if (measure.cost > QUERY_LIMITS.maxCost) {
        context.reportError(refusal('QUERY_TOO_COSTLY', `The operation would cost ${measure.cost}; at most ${QUERY_LIMITS.maxCost} is served. Ask for fewer fields or fewer items.`, nodes, QUERY_LIMITS.maxCost, measure.cost));
      }
    },
  };
}
