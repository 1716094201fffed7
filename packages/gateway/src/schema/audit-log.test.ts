import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  getNamedType, type GraphQLInputType, isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType, isUnionType,
} from 'graphql';
import { AUDIT_TARGETS } from '../audit/audit-log.js';
import { PARIS_CUSTOMER, REQUEST_REPAIR, type RepairAnswer, repairRequest } from '../testing/booking-fixtures.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';
import { schema } from './index.js';

const AUDIT_LOG = `query($first: Int!, $after: String, $action: String) { auditLog(first: $first, after: $after, action: $action) {
  edges { cursor node { id at action key { id label displayPrefix } target { type id } outcome errorType errorCode requestId } }
  pageInfo { hasNextPage endCursor }
} }`;
const CANCEL = `mutation($input: CancelTicketInput!) { cancelTicket(input: $input) { __typename } }`;

interface Entry {
  id: string; at: string; action: string; key: { id: string; label: string | null; displayPrefix: string | null } | null;
  target: { type: string; id: string } | null; outcome: string; errorType: string | null; errorCode: string | null; requestId: string | null;
}
type Page = { auditLog: { edges: { cursor: string; node: Entry }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

/** A value of the input type that passes GraphQL's validation (the resolver may still refuse it). */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]!.value;
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields()).filter((field) => isNonNullType(field.type) && field.defaultValue === undefined);
    return Object.fromEntries(fields.map((field) => [field.name, sampleValue(field.type)]));
  }
  if (isScalarType(type)) {
    const samples: Record<string, unknown> = { String: 'x', ID: 'x', Int: 1, Float: 1, Boolean: false, Date: '2026-04-21', DateTime: '2026-04-21T06:00:00.000Z' };
    if (!(type.name in samples)) throw new Error(`No sample for the scalar ${type.name}: add one.`);
    return samples[type.name];
  }
  throw new Error(`No sample for ${String(type)}.`);
}

/** Every Mutation field of the schema, as an operation with sample arguments. */
function everyMutation(): { name: string; query: string; variables: Record<string, unknown> }[] {
  return Object.values(schema.getMutationType()!.getFields()).map((field) => {
    const args = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined);
    const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
    const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
    return {
      name: field.name,
      query: `mutation${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''} { __typename } }`,
      variables: Object.fromEntries(args.map((arg) => [arg.name, sampleValue(arg.type)])),
    };
  });
}

describe('the audit log of back-office actions', () => {
  let gateway: TestGateway;
  const readLog = async (variables: { first: number; after?: string | null; action?: string }, key = 'sk_demo') => gateway.graphql<Page>(AUDIT_LOG, variables, { key });
  const allEntries = async (): Promise<Entry[]> => {
    const entries: Entry[] = [];
    let after: string | null = null;
    for (;;) {
      const page: Page['auditLog'] = (await readLog({ first: 100, after })).body.data!.auditLog;
      entries.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) return entries;
      after = page.pageInfo.endCursor;
    }
  };

  before(async () => {
    gateway = await startTestGateway({ now: new Date('2026-04-20T10:00:00Z') });
  });
  after(() => gateway.close());

  it('is read with a secret key only, a page of 1 to 100 at a time', async () => {
    assert.equal((await readLog({ first: 10 }, 'pk_demo')).body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal((await readLog({ first: 0 })).body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal((await readLog({ first: 101 })).body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal((await readLog({ first: 10, after: 'not-a-cursor' })).body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it("does not record a customer's own steps with a publishable key", async () => {
    const booked = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input: repairRequest() });
    assert.equal(booked.body.data?.requestRepair.__typename, 'RepairBooked');
    const refused = await gateway.graphql(CANCEL, { input: { trackingCode: booked.body.data!.requestRepair.ticket!.trackingCode, reason: 'x' } }, { key: 'pk_demo' });
    assert.equal(refused.body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.deepEqual(await allEntries(), []);
  });

  it('records every mutation called with a secret key once, newest first, whatever its outcome', async () => {
    const calls = everyMutation();
    assert.ok(calls.length >= 25);
    for (const call of calls) {
      const response = await gateway.graphql(call.query, call.variables, { key: 'sk_demo' });
      assert.ok(response.body.data || response.body.errors?.every((error) => error.extensions?.code !== 'BAD_USER_INPUT' && error.extensions?.code !== 'GRAPHQL_VALIDATION_FAILED'), `${call.name}: ${JSON.stringify(response.body)}`);
    }
    const entries = await allEntries();
    assert.deepEqual(entries.map((entry) => entry.action), calls.map((call) => call.name).reverse());
    for (const entry of entries) {
      assert.deepEqual(entry.key && { label: entry.key.label, displayPrefix: entry.key.displayPrefix }, { label: 'Demo secret key', displayPrefix: 'sk_demo' }, entry.action);
      assert.ok(entry.outcome === 'SUCCESS' ? entry.errorType === null : entry.errorType !== null, `${entry.action}: ${JSON.stringify(entry)}`);
      assert.match(entry.requestId ?? '', /^[0-9a-f-]{36}$/);
    }
    // Sample arguments are mostly refused, each as its typed error.
    const cancel = entries.find((entry) => entry.action === 'cancelTicket');
    assert.deepEqual([cancel?.outcome, cancel?.errorType, cancel?.errorCode], ['ERROR', 'TicketNotFound', 'TICKET_NOT_FOUND']);
    const settings = entries.find((entry) => entry.action === 'updateServiceSettings');
    assert.deepEqual([settings?.outcome, settings?.errorType], ['SUCCESS', null]);
  });

  it('names the target by its tracking code, reference or id, and the request by its id, never the customer', async () => {
    const booked = await gateway.graphql<{ requestRepair: RepairAnswer }>(REQUEST_REPAIR, { input: repairRequest({ slotStart: '2026-04-21T08:00:00.000Z' }) }, { key: 'sk_demo' });
    const trackingCode = booked.body.data!.requestRepair.ticket!.trackingCode;
    const cancelled = await gateway.graphql(CANCEL, { input: { trackingCode: trackingCode.toLowerCase(), reason: `${PARIS_CUSTOMER.name} called` } }, { key: 'sk_demo' });
    const exported = await gateway.graphql(`query($email: String!) { customerDataExport(email: $email) { __typename } }`, { email: PARIS_CUSTOMER.email }, { key: 'sk_demo' });
    const [exportEntry, cancelEntry, bookingEntry] = (await readLog({ first: 3 })).body.data!.auditLog.edges.map((edge) => edge.node);
    assert.deepEqual([bookingEntry?.action, bookingEntry?.target, bookingEntry?.outcome], ['requestRepair', { type: 'Ticket', id: trackingCode }, 'SUCCESS']);
    assert.deepEqual([cancelEntry?.action, cancelEntry?.target, cancelEntry?.outcome], ['cancelTicket', { type: 'Ticket', id: trackingCode }, 'SUCCESS']);
    assert.equal(cancelEntry?.requestId, cancelled.headers.get('x-request-id'));
    // A read of a customer's whole data is audited too, naming them by a keyed hash only.
    assert.deepEqual([exportEntry?.action, exportEntry?.outcome, exportEntry?.target?.type], ['customerDataExport', 'SUCCESS', 'DataSubject']);
    assert.match(exportEntry?.target?.id ?? '', /^[0-9a-f]{32}$/);
    assert.equal(exportEntry?.requestId, exported.headers.get('x-request-id'));

    const stored = JSON.stringify(await gateway.store.prisma.auditEntry.findMany());
    for (const value of [PARIS_CUSTOMER.name, PARIS_CUSTOMER.email, PARIS_CUSTOMER.address.line1, '+33612345678']) assert.ok(!stored.includes(value), `${value} in the audit log`);

    const onlyCancels = (await readLog({ first: 100, action: 'cancelTicket' })).body.data!.auditLog.edges.map((edge) => edge.node);
    assert.deepEqual(onlyCancels.map((entry) => entry.outcome), ['SUCCESS', 'ERROR']);
  });

  it('knows where the target of each mutation is: its own rule, or a tracking code among its arguments', () => {
    const untargeted = ['updateServiceSettings'];
    for (const field of Object.values(schema.getMutationType()!.getFields())) {
      const input = field.args.find((arg) => arg.name === 'input');
      const inputFields = input && isInputObjectType(getNamedType(input.type)) ? Object.keys((getNamedType(input.type) as { getFields(): Record<string, unknown> }).getFields()) : [];
      const namesTicket = field.args.some((arg) => arg.name === 'trackingCode') || inputFields.includes('trackingCode');
      const returned = getNamedType(field.type);
      const answers = isUnionType(returned) ? returned.getTypes() : isObjectType(returned) ? [returned] : [];
      const returnsTicket = answers.some((answer) => 'ticket' in answer.getFields());
      const setsItsOwn = ['eraseCustomerData'].includes(field.name);
      assert.ok(field.name in AUDIT_TARGETS || namesTicket || returnsTicket || setsItsOwn || untargeted.includes(field.name), `${field.name}: say in AUDIT_TARGETS (audit/audit-log.ts) where its target is`);
    }
  });
});
