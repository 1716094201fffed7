import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { getIntrospectionQuery, Kind, parse, specifiedRules, validate, type OperationDefinitionNode } from 'graphql';
import { trustedDocumentsPath } from '../paths.js';
import { schema } from '../schema/index.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';
import { measureOperationIn, QUERY_LIMITS, QueryLimitsRule } from './query-limits.js';

const CHECK = 'warrantyCheck(input: { productModel: "HRF-DEMO-1", purchaseDate: "2025-01-10", country: "FR" }) { __typename }';

function measure(query: string) {
  const document = parse(query);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = new Map(document.definitions.flatMap((definition) => (definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [])));
  return measureOperationIn(schema, operation, (name) => fragments.get(name));
}

/** An introspection query `levels` deep: __type { ofType { ofType { … name } } }. */
function nested(levels: number): string {
  let inner = 'name';
  for (let level = 2; level < levels; level += 1) inner = `ofType { ${inner} }`;
  return `{ __type(name: "Ticket") { ${inner} } }`;
}

describe('query limits (measured)', () => {
  it('measures depth through fragments and inline fragments', () => {
    assert.equal(measure('{ __typename }').depth, 1);
    assert.equal(measure(nested(15)).depth, 15);
    assert.equal(measure('query { ...A } fragment A on Query { warrantyCheck(input: {}) { ... on WarrantyCheck { coverages { part } } } }').depth, 3);
  });

  it('counts each lookup however it is aliased, and the aliases', () => {
    const query = `{ ${Array.from({ length: 5 }, (_, index) => `c${index}: ${CHECK}`).join(' ')} ticket(trackingCode: "x", postalCode: "y") { __typename } }`;
    const measured = measure(query);
    assert.equal(measured.rootFields.get('warrantyCheck'), 5);
    assert.equal(measured.rootFields.get('ticket'), 1);
    assert.equal(measured.aliases, 5);
  });

  it('multiplies what a list selects by its size', () => {
    const flat = measure('{ warrantyCheck(input: {}) { ... on WarrantyCheck { productModel } } }').cost;
    const list = measure('{ warrantyCheck(input: {}) { ... on WarrantyCheck { coverages { part } } } }').cost;
    assert.equal(flat, 10 + 1);
    assert.equal(list, 10 + 1 + 10 * 1);
  });

  it("serves every operation of SAV's components and the introspection query well within every limit", () => {
    const manifest = JSON.parse(readFileSync(trustedDocumentsPath, 'utf8')) as { operations: { name: string; body: string }[] };
    assert.ok(manifest.operations.length >= 15);
    for (const { name, body } of [...manifest.operations, { name: 'introspection', body: getIntrospectionQuery() }]) {
      assert.deepEqual(validate(schema, parse(body), [...specifiedRules, QueryLimitsRule]).map((error) => error.message), [], name);
      const measured = measure(body);
      assert.ok(measured.cost <= QUERY_LIMITS.maxCost / 4, `${name} costs ${measured.cost}`);
      assert.ok(measured.depth <= QUERY_LIMITS.maxDepth, `${name} is ${measured.depth} deep`);
    }
  });
});

describe('query limits (at the gateway)', () => {
  let gateway: TestGateway;
  before(async () => {
    gateway = await startTestGateway();
  });
  after(() => gateway.close());

  const codeOf = (response: { body: { errors?: { extensions?: { code?: string } }[] } }) => response.body.errors?.[0]?.extensions?.code;

  it('serves 15 levels and refuses 16 with 400 QUERY_TOO_DEEP, before anything runs', async () => {
    const fifteen = await gateway.graphql(nested(15));
    assert.equal(fifteen.status, 200, JSON.stringify(fifteen.body));
    const sixteen = await gateway.graphql(nested(16));
    assert.equal(sixteen.status, 400);
    assert.equal(codeOf(sixteen), 'QUERY_TOO_DEEP');
    assert.match(sixteen.body.errors?.[0]?.message ?? '', /16 levels deep; at most 15/);
  });

  it('serves 20 warranty checks in one operation and refuses 21 with TOO_MANY_LOOKUPS, counting none', async () => {
    const many = (count: number) => `{ ${Array.from({ length: count }, (_, index) => `c${index}: ${CHECK}`).join(' ')} }`;
    const twenty = await gateway.graphql<Record<string, { __typename: string }>>(many(20));
    assert.equal(twenty.status, 200, JSON.stringify(twenty.body.errors));
    assert.equal(Object.keys(twenty.body.data ?? {}).length, 20);
    const refused = await gateway.graphql(many(21));
    assert.equal(refused.status, 400);
    assert.equal(codeOf(refused), 'TOO_MANY_LOOKUPS');
  });

  it('refuses too many aliases, too costly an operation and too many tokens, each with its code', async () => {
    const aliases = await gateway.graphql(`{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, index) => `a${index}: __typename`).join(' ')} }`);
    assert.equal(aliases.status, 400);
    assert.equal(codeOf(aliases), 'TOO_MANY_ALIASES');

    // Each check's coverages and legal rights are lists: 20 of them (allowed as lookups) go over the cost limit.
    const heavy = `{ ${Array.from({ length: 20 }, (_, index) => `c${index}: warrantyCheck(input: {}) { ... on WarrantyCheck { coverages { part startsOn endsOn active } legalRights { kind source startsOn endsOn active explanation remedies { kind until } } } }`).join(' ')} }`;
    const costly = await gateway.graphql(heavy);
    assert.equal(costly.status, 400);
    assert.equal(codeOf(costly), 'QUERY_TOO_COSTLY');

    const tokens = await gateway.graphql(`{ ${'__typename '.repeat(QUERY_LIMITS.maxTokens)} }`);
    assert.equal(tokens.status, 400);
    assert.equal(codeOf(tokens), 'TOO_MANY_TOKENS');
  });

  it('refuses a batch (an array of operations) with 400', async () => {
    const response = await gateway.post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]), { authorization: 'Bearer pk_demo' });
    assert.equal(response.status, 400);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(body.errors[0]?.extensions.code, 'BAD_REQUEST');
  });

  it('tags every error with the request id of its response', async () => {
    const response = await gateway.graphql('{ nothingHere }');
    const requestId = response.headers.get('x-request-id');
    assert.ok(requestId);
    assert.equal((response.body.errors?.[0]?.extensions as { requestId?: string } | undefined)?.requestId, requestId);
  });
});

describe('bad variables by the hundred', () => {
  it('are bad input (400 BAD_USER_INPUT), not an internal error, when graphql-js stops counting them', async () => {
    const gateway = await startTestGateway();
    try {
      const response = await gateway.graphql('mutation($options: [String!]!) { createSurvey(question: "q", options: $options) { __typename } }', { options: Array.from({ length: 80 }, () => ({ not: 'a string' })) }, { key: 'sk_demo' });
      assert.equal(response.status, 400);
      const codes = new Set(response.body.errors?.map((error) => error.extensions?.code));
      assert.ok(!codes.has('INTERNAL_SERVER_ERROR'), JSON.stringify(response.body.errors?.slice(-2)));
      assert.ok(response.body.errors?.some((error) => /Too many errors processing variables/.test(error.message) && error.extensions?.code === 'BAD_USER_INPUT'));
      assert.ok(!gateway.logs.some((line) => line.includes('"level":"error"')));
    } finally {
      await gateway.close();
    }
  });
});
