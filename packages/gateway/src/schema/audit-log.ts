/** The audit log of back-office actions, newest first (secret key). See audit/audit-log.ts for what is recorded. */
import { GraphQLError } from 'graphql';
import { type AuditEntryView, listAuditEntries, MAX_AUDIT_PAGE } from '../audit/audit-entries.js';
import { requireSecretKey } from '../tenancy/authorization.js';
import { builder } from './builder.js';

const AuditOutcomeEnum = builder.enumType('AuditOutcome', { values: ['SUCCESS', 'ERROR'] as const });

const AuditKeyRef = builder.objectRef<{ id: string; label: string | null; displayPrefix: string | null }>('AuditKey').implement({
  description: 'The API key an action was taken with.',
  fields: (t) => ({
    id: t.exposeID('id'),
    label: t.exposeString('label', { nullable: true, description: 'Its label when the action was taken ("service desk").' }),
    displayPrefix: t.exposeString('displayPrefix', { nullable: true, description: 'What may be shown of the key (sk_demo, or its first characters); null if the key is gone.' }),
  }),
});

const AuditTargetRef = builder.objectRef<{ type: string; id: string }>('AuditTarget').implement({
  description: 'What an action acted on: a type (Ticket, InstallationJob, DataSubject…) and its code or id; never personal data.',
  fields: (t) => ({ type: t.exposeString('type'), id: t.exposeString('id') }),
});

type AuditEntryRow = AuditEntryView & { keyPrefix: string | null };

const AuditEntryRef = builder.objectRef<AuditEntryRow>('AuditEntry').implement({
  description: 'One back-office action: a mutation with a secret key, an export of personal data, or the retention run.',
  fields: (t) => ({
    id: t.exposeID('id'),
    at: t.expose('at', { type: 'DateTime' }),
    action: t.exposeString('action', { description: 'The GraphQL field run (cancelTicket, customerDataExport…), or applyRetention.' }),
    key: t.field({
      type: AuditKeyRef,
      nullable: true,
      description: 'Who: the key used; null for SAV itself (the retention run).',
      resolve: (entry) => (entry.keyId === null ? null : { id: entry.keyId, label: entry.keyLabel, displayPrefix: entry.keyPrefix }),
    }),
    target: t.field({ type: AuditTargetRef, nullable: true, resolve: (entry) => (entry.targetType !== null && entry.targetId !== null ? { type: entry.targetType, id: entry.targetId } : null) }),
    outcome: t.field({ type: AuditOutcomeEnum, resolve: (entry) => (entry.outcome === 'SUCCESS' ? 'SUCCESS' : 'ERROR') }),
    errorType: t.exposeString('errorType', { nullable: true, description: 'The typed error (TicketNotFound…) or the GraphQL error code (BAD_USER_INPUT…) it failed with.' }),
    errorCode: t.exposeString('errorCode', { nullable: true, description: "The typed error's code (NOT_CHANGEABLE…)." }),
    requestId: t.exposeString('requestId', { nullable: true, description: 'The x-request-id of the request, to find its log lines.' }),
  }),
});

interface AuditPage {
  readonly edges: { cursor: string; node: AuditEntryRow }[];
  readonly pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const AuditEntryEdgeRef = builder.objectRef<AuditPage['edges'][number]>('AuditEntryEdge').implement({
  fields: (t) => ({ cursor: t.exposeString('cursor'), node: t.field({ type: AuditEntryRef, resolve: (edge) => edge.node }) }),
});
const AuditLogPageInfoRef = builder.objectRef<AuditPage['pageInfo']>('AuditLogPageInfo').implement({
  fields: (t) => ({ hasNextPage: t.exposeBoolean('hasNextPage'), endCursor: t.exposeString('endCursor', { nullable: true }) }),
});
const AuditEntryConnectionRef = builder.objectRef<AuditPage>('AuditEntryConnection').implement({
  fields: (t) => ({
    edges: t.field({ type: [AuditEntryEdgeRef], resolve: (page) => page.edges }),
    pageInfo: t.field({ type: AuditLogPageInfoRef, resolve: (page) => page.pageInfo }),
  }),
});

builder.queryField('auditLog', (t) =>
  t.field({
    type: AuditEntryConnectionRef,
    description: `The back-office actions of the tenant, newest first (secret key). \`first\` is 1 to ${MAX_AUDIT_PAGE}; \`after\` is the endCursor of the previous page; \`action\` keeps one action (e.g. eraseCustomerData).`,
    args: {
      first: t.arg.int({ required: true }),
      after: t.arg.string({ required: false }),
      action: t.arg.string({ required: false }),
    },
    resolve: async (_root, { first, after, action }, context) => {
      requireSecretKey(context);
      if (first < 1 || first > MAX_AUDIT_PAGE) throw new GraphQLError(`first must be 1 to ${MAX_AUDIT_PAGE}.`, { extensions: { code: 'BAD_USER_INPUT' } });
      const page = await listAuditEntries(context.store.prisma, context.tenant.id, { first, after: after ?? null, action: action ?? null });
      if (!page) throw new GraphQLError('after is not a cursor of this log.', { extensions: { code: 'BAD_USER_INPUT' } });
      const keyIds = [...new Set(page.entries.flatMap((entry) => (entry.keyId === null ? [] : [entry.keyId])))];
      const keys = new Map(
        (await context.store.prisma.apiKey.findMany({ where: { tenantId: context.tenant.id, id: { in: keyIds } }, select: { id: true, displayPrefix: true } })).map((key) => [key.id, key.displayPrefix]),
      );
      const edges = page.entries.map((entry) => ({ cursor: entry.id, node: { ...entry, keyPrefix: entry.keyId === null ? null : (keys.get(entry.keyId) ?? null) } }));
      return { edges, pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null } };
    },
  }),
);
