/**
 * Restricted keys: a key with scopes runs only the root operations they name. A scope is
 * `query:*`, `mutation:*` or `subscription:*` (every operation of that type: `query:*` makes a
 * read-only key), or one operation, `mutation:recordRepairOutcome`. A key without scopes runs
 * everything its kind may (a publishable key still reaches only customer operations).
 */
import { Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';

export type OperationType = 'query' | 'mutation' | 'subscription';

const SCOPE = /^(query|mutation|subscription):(\*|[A-Za-z_][A-Za-z0-9_]*)$/;

/** The scopes, checked against the schema: every bad one is named. */
export function checkScopes(scopes: readonly string[], schema: GraphQLSchema): { ok: true; scopes: string[] } | { ok: false; message: string } {
  const bad: string[] = [];
  for (const scope of scopes) {
    const match = SCOPE.exec(scope);
    if (!match) {
      bad.push(`"${scope}" (write query:*, mutation:* or e.g. mutation:recordRepairOutcome)`);
      continue;
    }
    const [, type, field] = match;
    if (field === '*') continue;
    const root = type === 'query' ? schema.getQueryType() : type === 'mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    if (!root?.getFields()[field!]) bad.push(`"${scope}" (no ${type} is named ${field})`);
  }
  if (bad.length) return { ok: false, message: `Unknown scope${bad.length > 1 ? 's' : ''}: ${bad.join(', ')}.` };
  return { ok: true, scopes: [...new Set(scopes)].sort() };
}

export function scopesAllow(scopes: readonly string[], type: OperationType, field: string): boolean {
  if (scopes.length === 0 || field.startsWith('__')) return true;
  return scopes.includes(`${type}:*`) || scopes.includes(`${type}:${field}`);
}

function rootFieldNames(selectionSet: SelectionSetNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>, seen = new Set<string>()): string[] {
  const names: string[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) names.push(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) names.push(...rootFieldNames(selection.selectionSet, fragments, seen));
    else {
      const fragment = fragments.get(selection.name.value);
      if (fragment && !seen.has(fragment.name.value)) {
        seen.add(fragment.name.value);
        names.push(...rootFieldNames(fragment.selectionSet, fragments, seen));
      }
    }
  }
  return names;
}

/** The root operations of `operation` the scopes do not allow (none: it may run). */
export function operationsOutOfScope(scopes: readonly string[], document: DocumentNode, operation: OperationDefinitionNode): string[] {
  if (scopes.length === 0) return [];
  const fragments = new Map(document.definitions.filter((definition) => definition.kind === Kind.FRAGMENT_DEFINITION).map((fragment) => [fragment.name.value, fragment]));
  const type = operation.operation as OperationType;
  return [...new Set(rootFieldNames(operation.selectionSet, fragments))].filter((field) => !scopesAllow(scopes, type, field)).map((field) => `${type}:${field}`);
}
