/** The schema fuzzer's documents: selection sets within the query-cost budget, values as GraphQL literals. */
import {
  getNamedType,
  getNullableType,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';

/** The cost model of the gateway's query limits (root 10, 1 a field, ×10 under a list), kept well under its ceiling. */
const SELECTION_BUDGET = 1200;
const LIST_FACTOR = 10;
const MAX_SELECTION_DEPTH = 5;

interface Selection {
  readonly text: string;
  readonly cost: number;
}

function fieldsWithoutRequiredArguments(type: GraphQLObjectType): GraphQLField<unknown, unknown>[] {
  return Object.values(type.getFields()).filter((field) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined));
}

function isListOutput(field: GraphQLField<unknown, unknown>): boolean {
  return isListType(getNullableType(field.type));
}

/** Every scalar of an object, then its nested objects while the budget lasts. */
function objectSelection(schema: GraphQLSchema, type: GraphQLObjectType, budget: number, depth: number, alias: (field: string) => string): Selection {
  const parts = ['__typename'];
  let cost = 1;
  const fields = fieldsWithoutRequiredArguments(type);
  for (const field of fields) {
    if (!isLeafType(getNamedType(field.type)) || cost + 1 > budget) continue;
    parts.push(aliased(alias(field.name), field.name));
    cost += 1;
  }
  if (depth >= MAX_SELECTION_DEPTH) return { text: parts.join(' '), cost };
  for (const field of fields) {
    const named = getNamedType(field.type);
    if (isLeafType(named)) continue;
    const factor = isListOutput(field) ? LIST_FACTOR : 1;
    const childBudget = Math.floor((budget - cost - 1) / factor);
    if (childBudget < 1) continue;
    const child = compositeSelection(schema, named as GraphQLCompositeType, childBudget, depth + 1);
    parts.push(`${aliased(alias(field.name), field.name)} { ${child.text} }`);
    cost += 1 + factor * child.cost;
  }
  return { text: parts.join(' '), cost };
}

function aliased(responseName: string, field: string): string {
  return responseName === field ? field : `${responseName}: ${field}`;
}

/** A selection of a union or interface: each possible type in an inline fragment; fields whose types differ between members aliased apart. */
function compositeSelection(schema: GraphQLSchema, type: GraphQLCompositeType, budget: number, depth: number): Selection {
  if (isObjectType(type)) return objectSelection(schema, type, budget, depth, (field) => field);
  const members = schema.getPossibleTypes(type);
  const signatures = new Map<string, Set<string>>();
  for (const member of members) {
    for (const field of Object.values(member.getFields())) {
      const seen = signatures.get(field.name) ?? new Set<string>();
      seen.add(String(field.type));
      signatures.set(field.name, seen);
    }
  }
  const alias = (member: string) => (field: string) => ((signatures.get(field)?.size ?? 0) > 1 ? `${field}_${member}` : field);
  const parts = ['__typename'];
  let cost = 1;
  members.forEach((member, index) => {
    const share = Math.floor((budget - cost) / (members.length - index));
    if (share < 1) return;
    const selection = objectSelection(schema, member, share, depth, alias(member.name));
    parts.push(`... on ${member.name} { ${selection.text} }`);
    cost += selection.cost;
  });
  return { text: parts.join(' '), cost };
}

/** The selection set of a root field's result, scalars first, within the cost budget. */
export function resultSelection(schema: GraphQLSchema, field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return '';
  const factor = isListOutput(field) ? LIST_FACTOR : 1;
  return `{ ${compositeSelection(schema, named as GraphQLCompositeType, Math.floor((SELECTION_BUDGET - 10) / factor), 1).text} }`;
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** A value as a GraphQL literal (hostile values too: they must reach the server as they are). */
export function printLiteral(value: unknown, type: GraphQLInputType | undefined): string {
  const nullable = type ? getNullableType(type) : undefined;
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const item = nullable && isListType(nullable) ? (nullable.ofType as GraphQLInputType) : undefined;
    return `[${value.map((entry) => printLiteral(entry, item)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = nullable && isInputObjectType(nullable) ? nullable.getFields() : {};
    const entries = Object.entries(value as Record<string, unknown>).filter(([key]) => NAME.test(key));
    return `{${entries.map(([key, entry]) => `${key}: ${printLiteral(entry, fields[key]?.type)}`).join(', ')}}`;
  }
  if (typeof value === 'string') {
    if (nullable && isEnumType(nullable) && NAME.test(value) && !['true', 'false', 'null'].includes(value)) return value;
    return JSON.stringify(value);
  }
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  return String(value);
}

