import { randomBytes } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Prisma } from '../generated/prisma/client.js';
import { disableWebhookEndpoint } from '../notifications/webhook-deliveries.js';
import { requireSecretKey } from '../tenancy/authorization.js';
import { isIP } from 'node:net';
import { isPublicAddress } from '../notifications/public-address.js';
import { builder } from './builder.js';
import { ErrorInterface, InvalidInputError, loggingTypedErrors, TypedError } from './errors.js';

/** Active endpoints a tenant may have at once. */
export const MAX_ACTIVE_WEBHOOK_ENDPOINTS = 10;
const MAX_URL_LENGTH = 2000;
const MAX_DELIVERY_PAGE = 100;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why `url` cannot receive webhooks, or null when it can: https only, except http to this machine
 * (localhost, 127.0.0.1, [::1]) outside production, to try a receiver out.
 */
export function webhookUrlProblem(url: string, production: boolean): { code: string; message: string } | null {
  if (url.length > MAX_URL_LENGTH) return { code: 'TOO_LONG', message: `url must be at most ${MAX_URL_LENGTH} characters.` };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { code: 'INVALID_URL', message: 'url is not an absolute URL, e.g. https://example.com/sav-webhooks.' };
  }
  if (parsed.username || parsed.password) return { code: 'INVALID_URL', message: 'url must not hold a user name or password: the signature proves who sends.' };
  if (production && (LOCAL_HOSTS.has(parsed.hostname) || (isIP(parsed.hostname.replace(/^\[|\]$/g, '')) && !isPublicAddress(parsed.hostname.replace(/^\[|\]$/g, ''))))) {
    return { code: 'INTERNAL_ADDRESS', message: 'url must reach a public server, not an internal network address.' };
  }
  if (parsed.protocol === 'https:') return null;
  if (parsed.protocol === 'http:' && !production && LOCAL_HOSTS.has(parsed.hostname)) return null;
  return { code: 'HTTPS_REQUIRED', message: production ? 'url must start with https://.' : 'url must start with https:// (http:// only for localhost or 127.0.0.1, outside production).' };
}

/** A new signing secret: `whsec_` and 32 random bytes, base64url. */
function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64url')}`;
}

export class WebhookEndpointNotFoundError extends TypedError {
  readonly code = 'WEBHOOK_ENDPOINT_NOT_FOUND';
  constructor() {
    super('This tenant has no active webhook endpoint with this id.');
    this.name = 'WebhookEndpointNotFoundError';
  }
}

builder.objectType(WebhookEndpointNotFoundError, {
  name: 'WebhookEndpointNotFound',
  description: 'No active webhook endpoint of this tenant has this id.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof WebhookEndpointNotFoundError,
});

const ENDPOINT_SELECT = { id: true, url: true, createdAt: true, disabledAt: true } as const;
type WebhookEndpointView = Prisma.WebhookEndpointGetPayload<{ select: typeof ENDPOINT_SELECT }>;

const DELIVERY_SELECT = {
  id: true,
  eventType: true,
  status: true,
  attempts: true,
  lastStatusCode: true,
  lastError: true,
  availableAt: true,
  createdAt: true,
  deliveredAt: true,
  payload: true,
  endpoint: { select: ENDPOINT_SELECT },
} as const;
type WebhookDeliveryView = Prisma.WebhookDeliveryGetPayload<{ select: typeof DELIVERY_SELECT }>;

const WebhookEndpointRef = builder.objectRef<WebhookEndpointView>('WebhookEndpoint').implement({
  description: "An address of the tenant's that receives ticket events, signed with its secret (never shown again).",
  fields: (t) => ({
    id: t.exposeID('id'),
    url: t.exposeString('url'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    disabledAt: t.expose('disabledAt', { type: 'DateTime', nullable: true, description: 'Set once disabled: nothing is sent to it any more.' }),
  }),
});

const WebhookDeliveryStatusEnum = builder.enumType('WebhookDeliveryStatus', {
  description: 'PENDING: waiting for its first or next attempt; DELIVERED: answered 2xx; FAILED: given up, or its endpoint was disabled.',
  values: ['PENDING', 'DELIVERED', 'FAILED'] as const,
});

const WebhookDeliveryRef = builder.objectRef<WebhookDeliveryView>('WebhookDelivery').implement({
  description: 'One event sent (or to send) to one endpoint, with how its attempts went.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'Sent as the SAV-Event-Id header, the same on every retry: drop duplicates by it.' }),
    endpoint: t.field({ type: WebhookEndpointRef, resolve: (delivery) => delivery.endpoint }),
    eventType: t.exposeString('eventType'),
    status: t.field({ type: WebhookDeliveryStatusEnum, resolve: (delivery) => delivery.status }),
    attempts: t.exposeInt('attempts'),
    lastStatusCode: t.exposeInt('lastStatusCode', { nullable: true, description: "The last attempt's HTTP status; null when none came back." }),
    lastError: t.exposeString('lastError', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    deliveredAt: t.expose('deliveredAt', { type: 'DateTime', nullable: true }),
    nextAttemptAt: t.field({ type: 'DateTime', nullable: true, description: 'When the next attempt is due, while PENDING.', resolve: (delivery) => (delivery.status === 'PENDING' ? delivery.availableAt : null) }),
    payload: t.exposeString('payload', { description: 'The exact JSON body sent, which the signature covers.' }),
  }),
});

interface DeliveryPage {
  readonly edges: { cursor: string; node: WebhookDeliveryView }[];
  readonly pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const WebhookDeliveryEdgeRef = builder.objectRef<DeliveryPage['edges'][number]>('WebhookDeliveryEdge').implement({
  fields: (t) => ({ cursor: t.exposeString('cursor'), node: t.field({ type: WebhookDeliveryRef, resolve: (edge) => edge.node }) }),
});
// `PageInfo` is service-desk.ts's own (not exported), hence a type of this connection's.
const WebhookDeliveryPageInfoRef = builder.objectRef<DeliveryPage['pageInfo']>('WebhookDeliveryPageInfo').implement({
  fields: (t) => ({ hasNextPage: t.exposeBoolean('hasNextPage'), endCursor: t.exposeString('endCursor', { nullable: true }) }),
});
const WebhookDeliveryConnectionRef = builder.objectRef<DeliveryPage>('WebhookDeliveryConnection').implement({
  fields: (t) => ({
    edges: t.field({ type: [WebhookDeliveryEdgeRef], resolve: (page) => page.edges }),
    pageInfo: t.field({ type: WebhookDeliveryPageInfoRef, resolve: (page) => page.pageInfo }),
  }),
});

builder.queryField('webhookEndpoints', (t) =>
  t.field({
    type: [WebhookEndpointRef],
    description: `The tenant's active webhook endpoints, oldest first (secret key); with includeDisabled, also the 100 most recently disabled.`,
    args: { includeDisabled: t.arg.boolean({ required: false, defaultValue: false }) },
    resolve: async (_root, { includeDisabled }, context) => {
      requireSecretKey(context);
      const active = await context.store.prisma.webhookEndpoint.findMany({ where: { tenantId: context.tenant.id, disabledAt: null }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }], select: ENDPOINT_SELECT });
      if (!includeDisabled) return active;
      const disabled = await context.store.prisma.webhookEndpoint.findMany({ where: { tenantId: context.tenant.id, disabledAt: { not: null } }, orderBy: [{ disabledAt: 'desc' }, { id: 'asc' }], take: 100, select: ENDPOINT_SELECT });
      return [...active, ...disabled];
    },
  }),
);

builder.queryField('webhookDeliveries', (t) =>
  t.field({
    type: WebhookDeliveryConnectionRef,
    description: `The webhook delivery log, newest first (secret key). \`first\` is 1 to ${MAX_DELIVERY_PAGE}; \`after\` is the endCursor of the previous page.`,
    args: {
      first: t.arg.int({ required: true }),
      after: t.arg.string({ required: false }),
      status: t.arg({ type: WebhookDeliveryStatusEnum, required: false }),
    },
    resolve: async (_root, { first, after, status }, context) => {
      requireSecretKey(context);
      if (first < 1 || first > MAX_DELIVERY_PAGE) throw new GraphQLError(`first must be 1 to ${MAX_DELIVERY_PAGE}.`, { extensions: { code: 'BAD_USER_INPUT' } });
      const tenantId = context.tenant.id;
      if (after && !(await context.store.prisma.webhookDelivery.findFirst({ where: { id: after, tenantId }, select: { id: true } }))) {
        throw new GraphQLError('after is not a cursor of this log.', { extensions: { code: 'BAD_USER_INPUT' } });
      }
      const rows = await context.store.prisma.webhookDelivery.findMany({
        where: { tenantId, ...(status ? { status } : {}) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        take: first + 1,
        ...(after ? { cursor: { id: after }, skip: 1 } : {}),
        select: DELIVERY_SELECT,
      });
      const edges = rows.slice(0, first).map((node) => ({ cursor: node.id, node }));
      return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
    },
  }),
);

const WebhookEndpointCreatedRef = builder.objectRef<{ endpoint: WebhookEndpointView; secret: string }>('WebhookEndpointCreated').implement({
  fields: (t) => ({
    endpoint: t.field({ type: WebhookEndpointRef, resolve: (created) => created.endpoint }),
    secret: t.exposeString('secret', { description: 'Verifies the SAV-Signature header. Shown this once: keep it where your receiver reads it.' }),
  }),
});

const CreateWebhookEndpointInput = builder.inputType('CreateWebhookEndpointInput', {
  fields: (t) => ({ url: t.string({ required: true, description: `https://…, at most ${MAX_URL_LENGTH} characters.` }) }),
});

builder.mutationField('createWebhookEndpoint', (t) =>
  t.field({
    type: WebhookEndpointCreatedRef,
    description: `Adds an address that receives the tenant's ticket events, signed (secret key); at most ${MAX_ACTIVE_WEBHOOK_ENDPOINTS} active at once.`,
    args: { input: t.arg({ type: CreateWebhookEndpointInput, required: true }) },
    errors: { types: [InvalidInputError], union: { name: 'CreateWebhookEndpointResult' } },
    resolve: (_root, { input }, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(
        context,
        'createWebhookEndpoint',
        (async () => {
          const url = input.url.trim();
          const problem = webhookUrlProblem(url, context.production);
          if (problem) throw new InvalidInputError(problem.message, problem.code, ['url']);
          const secret = newWebhookSecret();
          const tenantId = context.tenant.id;
          const endpoint = await context.store.prisma.$transaction(async (tx) => {
            // One creation at a time per tenant, so that two at once cannot both pass the limit.
            await tx.$queryRaw`SELECT id FROM tenants WHERE id = ${tenantId} FOR UPDATE`;
            const active = await tx.webhookEndpoint.count({ where: { tenantId, disabledAt: null } });
            if (active >= MAX_ACTIVE_WEBHOOK_ENDPOINTS) {
              throw new InvalidInputError(`A tenant may have at most ${MAX_ACTIVE_WEBHOOK_ENDPOINTS} active webhook endpoints: disable one first.`, 'TOO_MANY_ENDPOINTS', ['url']);
            }
            return tx.webhookEndpoint.create({ data: { tenantId, url: new URL(url).href, secret, createdAt: context.now }, select: ENDPOINT_SELECT });
          });
          return { endpoint, secret };
        })(),
      );
    },
  }),
);

const WebhookEndpointDisabledRef = builder.objectRef<{ endpoint: WebhookEndpointView }>('WebhookEndpointDisabled').implement({
  fields: (t) => ({ endpoint: t.field({ type: WebhookEndpointRef, resolve: (disabled) => disabled.endpoint }) }),
});

builder.mutationField('disableWebhookEndpoint', (t) =>
  t.field({
    type: WebhookEndpointDisabledRef,
    description: 'Stops sending events to this endpoint (secret key); what still waited for it is marked FAILED.',
    args: { id: t.arg.id({ required: true }) },
    errors: { types: [WebhookEndpointNotFoundError], union: { name: 'DisableWebhookEndpointResult' } },
    resolve: (_root, { id }, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(
        context,
        'disableWebhookEndpoint',
        (async () => {
          const endpointId = String(id);
          if (!(await disableWebhookEndpoint(context.store, context.tenant.id, endpointId, context.now))) throw new WebhookEndpointNotFoundError();
          return { endpoint: await context.store.prisma.webhookEndpoint.findUniqueOrThrow({ where: { id: endpointId }, select: ENDPOINT_SELECT }) };
        })(),
      );
    },
  }),
);
