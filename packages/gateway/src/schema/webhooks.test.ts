import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { enqueueTicketWebhooks } from '../notifications/webhook-deliveries.js';
import { startTestGateway, type TestGateway } from '../testing/gateway-harness.js';
import { webhookUrlProblem } from './webhooks.js';

const CREATE = `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { __typename
  ... on WebhookEndpointCreated { secret endpoint { id url createdAt disabledAt } } ... on Error { code message } ... on InvalidInput { field } } }`;
const DISABLE = `mutation($id: ID!) { disableWebhookEndpoint(id: $id) { __typename ... on WebhookEndpointDisabled { endpoint { id disabledAt } } ... on Error { code } } }`;
const ENDPOINTS = `query($includeDisabled: Boolean) { webhookEndpoints(includeDisabled: $includeDisabled) { id url createdAt disabledAt } }`;
const DELIVERIES = `query($first: Int!, $after: String, $status: WebhookDeliveryStatus) { webhookDeliveries(first: $first, after: $after, status: $status) {
  edges { cursor node { id endpoint { url } eventType status attempts lastStatusCode lastError createdAt deliveredAt nextAttemptAt payload } } pageInfo { hasNextPage endCursor } } }`;

interface Created {
  createWebhookEndpoint: { __typename: string; secret?: string; endpoint?: { id: string; url: string; disabledAt: string | null }; code?: string; field?: string[] };
}
interface DeliveryNode {
  id: string;
  endpoint: { url: string };
  eventType: string;
  status: string;
  attempts: number;
  nextAttemptAt: string | null;
  payload: string;
}
interface Deliveries {
  webhookDeliveries: { edges: { cursor: string; node: DeliveryNode }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

const NOW = new Date('2026-04-20T10:00:00Z');

describe('webhook endpoints and their delivery log (secret key)', () => {
  let gateway: TestGateway;
  let tenantId: string;
  const asServer = { key: 'sk_demo' };
  const create = (url: string, options: { key: string } = asServer) => gateway.graphql<Created>(CREATE, { input: { url } }, options);

  before(async () => {
    gateway = await startTestGateway({ now: NOW });
    tenantId = (await gateway.store.prisma.tenant.findFirstOrThrow({ where: { slug: 'demo' } })).id;
  });
  after(() => gateway.close());

  it('creates an endpoint and shows its secret once; the list never shows it', async () => {
    const response = await create('https://shop.example/sav-webhooks');
    const created = response.body.data!.createWebhookEndpoint;
    assert.equal(created.__typename, 'WebhookEndpointCreated');
    assert.match(created.secret ?? '', /^whsec_[A-Za-z0-9_-]{43}$/);
    assert.equal(created.endpoint?.url, 'https://shop.example/sav-webhooks');
    assert.equal(created.endpoint?.disabledAt, null);
    const stored = await gateway.store.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: created.endpoint!.id } });
    assert.equal(stored.secret, created.secret, 'the dispatcher signs with it');

    const list = await gateway.graphql<{ webhookEndpoints: { id: string; url: string }[] }>(ENDPOINTS, {}, asServer);
    assert.deepEqual(list.body.data!.webhookEndpoints.map((endpoint) => endpoint.url), ['https://shop.example/sav-webhooks']);
    const askingForSecret = await gateway.graphql(`{ webhookEndpoints { id secret } }`, {}, asServer);
    assert.equal(askingForSecret.body.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.doesNotMatch(JSON.stringify(list.body), /whsec_/);
  });

  it('refuses a URL that is not https (except this machine outside production), too long, or with credentials', async () => {
    for (const url of ['http://shop.example/hooks', 'ftp://shop.example/hooks', 'not a url', `https://shop.example/${'a'.repeat(2000)}`, 'https://user:pw@shop.example/hooks']) {
      const refused = (await create(url)).body.data!.createWebhookEndpoint;
      assert.equal(refused.__typename, 'InvalidInput', url);
      assert.deepEqual(refused.field, ['url']);
    }
    assert.equal((await create('http://shop.example/hooks')).body.data!.createWebhookEndpoint.code, 'HTTPS_REQUIRED');
    assert.equal((await create('http://127.0.0.1:9000/hooks')).body.data!.createWebhookEndpoint.__typename, 'WebhookEndpointCreated');
    assert.equal(webhookUrlProblem('http://localhost:9000/hooks', false), null);
    assert.equal(webhookUrlProblem('http://localhost:9000/hooks', true)?.code, 'INTERNAL_ADDRESS');
    for (const internal of ['https://169.254.169.254/latest', 'https://10.0.0.7/hooks', 'https://[::1]/hooks', 'https://localhost/hooks']) {
      assert.equal(webhookUrlProblem(internal, true)?.code, 'INTERNAL_ADDRESS', internal);
    }
    assert.equal(webhookUrlProblem('https://93.184.216.34/hooks', true), null);
    assert.equal(webhookUrlProblem('https://shop.example/hooks', true), null);
  });

  it('refuses a publishable key (FORBIDDEN) for every webhook operation', async () => {
    const asBrowser = { key: 'pk_demo' };
    assert.equal((await create('https://shop.example/other', asBrowser)).body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal((await gateway.graphql(ENDPOINTS, {}, asBrowser)).body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal((await gateway.graphql(DELIVERIES, { first: 10 }, asBrowser)).body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal((await gateway.graphql(DISABLE, { id: randomUUID() }, asBrowser)).body.errors?.[0]?.extensions?.code, 'FORBIDDEN');
  });

  it('disables an endpoint; an unknown id, or another tenant’s, is WEBHOOK_ENDPOINT_NOT_FOUND', async () => {
    const id = (await create('https://shop.example/to-disable')).body.data!.createWebhookEndpoint.endpoint!.id;
    const disabled = await gateway.graphql<{ disableWebhookEndpoint: { __typename: string; endpoint?: { disabledAt: string } } }>(DISABLE, { id }, asServer);
    assert.equal(disabled.body.data!.disableWebhookEndpoint.endpoint?.disabledAt, NOW.toISOString());
    const again = await gateway.graphql<{ disableWebhookEndpoint: { code?: string } }>(DISABLE, { id }, asServer);
    assert.equal(again.body.data!.disableWebhookEndpoint.code, 'WEBHOOK_ENDPOINT_NOT_FOUND');

    const other = await gateway.store.prisma.tenant.create({ data: { slug: `other-${randomUUID()}`, name: 'Other', allowedOrigins: [] } });
    const foreign = await gateway.store.prisma.webhookEndpoint.create({ data: { tenantId: other.id, url: 'https://other.example/hooks', secret: 'whsec_other' } });
    const notYours = await gateway.graphql<{ disableWebhookEndpoint: { code?: string } }>(DISABLE, { id: foreign.id }, asServer);
    assert.equal(notYours.body.data!.disableWebhookEndpoint.code, 'WEBHOOK_ENDPOINT_NOT_FOUND');
    assert.equal((await gateway.store.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: foreign.id } })).disabledAt, null);

    const active = await gateway.graphql<{ webhookEndpoints: { id: string }[] }>(ENDPOINTS, {}, asServer);
    assert.ok(!active.body.data!.webhookEndpoints.some((endpoint) => endpoint.id === id || endpoint.id === foreign.id));
    const all = await gateway.graphql<{ webhookEndpoints: { id: string; disabledAt: string | null }[] }>(ENDPOINTS, { includeDisabled: true }, asServer);
    assert.equal(all.body.data!.webhookEndpoints.find((endpoint) => endpoint.id === id)?.disabledAt, NOW.toISOString());
  });

  it('lists the deliveries of ticket events, newest first, page by page, with the body sent', async () => {
    const event = { type: 'ticket.status_changed', tenantId, status: 'SCHEDULED', previousStatus: 'VERIFIED', actor: 'SERVICE_DESK' };
    const first = await gateway.store.prisma.$transaction((tx) => enqueueTicketWebhooks(tx, { ...event, id: 'event-1', trackingCode: 'SAV-AAAA-0001', at: NOW }));
    const second = await gateway.store.prisma.$transaction((tx) => enqueueTicketWebhooks(tx, { ...event, id: 'event-2', trackingCode: 'SAV-AAAA-0002', at: new Date(NOW.getTime() + 1000) }));
    assert.equal(first, 2, 'one per active endpoint');
    assert.equal(second, 2);
    const other = await gateway.store.prisma.tenant.findFirstOrThrow({ where: { slug: { startsWith: 'other-' } } });
    await gateway.store.prisma.$transaction((tx) => enqueueTicketWebhooks(tx, { ...event, tenantId: other.id, id: 'event-x', trackingCode: 'SAV-OTHER-0001', at: NOW }));

    const page = await gateway.graphql<Deliveries>(DELIVERIES, { first: 3 }, asServer);
    const log = page.body.data!.webhookDeliveries;
    assert.equal(log.edges.length, 3);
    assert.equal(log.pageInfo.hasNextPage, true);
    const newest = log.edges[0]!.node;
    assert.equal(newest.eventType, 'ticket.status_changed');
    assert.equal(newest.status, 'PENDING');
    assert.equal(newest.attempts, 0);
    assert.equal(newest.nextAttemptAt, new Date(NOW.getTime() + 1000).toISOString());
    assert.equal(JSON.parse(newest.payload).data.trackingCode, 'SAV-AAAA-0002');
    assert.match(newest.endpoint.url, /^https:\/\/shop\.example\/sav-webhooks$|^http:\/\/127\.0\.0\.1:9000\/hooks$/);

    const rest = await gateway.graphql<Deliveries>(DELIVERIES, { first: 3, after: log.pageInfo.endCursor }, asServer);
    const all = [...log.edges, ...rest.body.data!.webhookDeliveries.edges].map((edge) => JSON.parse(edge.node.payload).data.trackingCode);
    assert.deepEqual(all, ['SAV-AAAA-0002', 'SAV-AAAA-0002', 'SAV-AAAA-0001', 'SAV-AAAA-0001'], "never another tenant's");
    assert.equal(rest.body.data!.webhookDeliveries.pageInfo.hasNextPage, false);

    assert.equal((await gateway.graphql<Deliveries>(DELIVERIES, { first: 10, status: 'DELIVERED' }, asServer)).body.data!.webhookDeliveries.edges.length, 0);
    assert.equal((await gateway.graphql(DELIVERIES, { first: 101 }, asServer)).body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    assert.equal((await gateway.graphql(DELIVERIES, { first: 0 }, asServer)).body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
    const foreignDelivery = await gateway.store.prisma.webhookDelivery.findFirstOrThrow({ where: { tenantId: other.id } });
    assert.equal((await gateway.graphql(DELIVERIES, { first: 10, after: foreignDelivery.id }, asServer)).body.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT');
  });

  it('allows at most 10 active endpoints (TOO_MANY_ENDPOINTS); disabling one makes room', async () => {
    const active = await gateway.store.prisma.webhookEndpoint.count({ where: { tenantId, disabledAt: null } });
    const ids: string[] = [];
    for (let n = active; n < 10; n += 1) ids.push((await create(`https://shop.example/hooks-${n}`)).body.data!.createWebhookEndpoint.endpoint!.id);
    const tooMany = (await create('https://shop.example/hooks-11')).body.data!.createWebhookEndpoint;
    assert.equal(tooMany.code, 'TOO_MANY_ENDPOINTS');
    assert.equal(await gateway.store.prisma.webhookEndpoint.count({ where: { tenantId, disabledAt: null } }), 10);
    await gateway.graphql(DISABLE, { id: ids[0] }, asServer);
    assert.equal((await create('https://shop.example/hooks-11')).body.data!.createWebhookEndpoint.__typename, 'WebhookEndpointCreated');
  });
});
