/**
 * Partner keys: a secret key issued for one partner workshop (`sav keys issue --partner …`) speaks
 * for an independent repairer, not for the tenant. It runs only the operations a workshop needs,
 * listed below in one place, and each of those finds only the tickets routed to that partner;
 * another ticket answers exactly as one that does not exist.
 *
 * Everything else answers FORBIDDEN, enforced on the built schema (`withPartnerAccess`): a root
 * field added later is refused to partner keys until someone adds it here on purpose.
 */
import { defaultFieldResolver, GraphQLError, type GraphQLField, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import type { GatewayContext } from '../context.js';
import type { AuthenticatedTenant } from './authenticate.js';

/** The root operations a partner key may run, as `Type.field`. Each reads tickets through `ticketScope`. */
export const PARTNER_OPERATIONS: ReadonlySet<string> = new Set([
  // Its tickets: the list by status, and one by tracking code.
  'Query.serviceDeskTickets',
  'Query.serviceDeskTicket',
  // The field and workshop steps of seed 001, and the quote for uncovered work.
  'Mutation.diagnoseTicket',
  'Mutation.sendQuote',
  'Mutation.startTravel',
  'Mutation.reportDelay',
  'Mutation.arriveOnSite',
  'Mutation.recordRepairProgress',
  'Mutation.recordRepairOutcome',
  'Mutation.recordDeviceReceived',
  // Booking or moving its tickets' visits, with its own technicians only (the ticket's pool).
  'Mutation.scheduleVisit',
]);

/** True when the key may run that root operation: every key but a partner's may run all (its kind and scopes permitting). */
export function partnerMayRun(tenant: AuthenticatedTenant, operation: string): boolean {
  return tenant.partnerId === null || PARTNER_OPERATIONS.has(operation);
}

/**
 * The tickets a request may reach: the tenant's, and for a partner key only those routed to its
 * partner. Every back-office ticket lookup filters by it, so a ticket of another partner (or of
 * the tenant's own service) is not found rather than refused.
 */
export function ticketScope(tenant: AuthenticatedTenant): { tenantId: string; partnerId?: string } {
  return tenant.partnerId === null ? { tenantId: tenant.id } : { tenantId: tenant.id, partnerId: tenant.partnerId };
}

function forbidden(operation: string): GraphQLError {
  return new GraphQLError(`A partner workshop's key may not run ${operation}: it reaches its own tickets' steps only. Use the tenant's secret key.`, {
    extensions: { code: 'FORBIDDEN' },
  });
}

function guarded<T extends GraphQLFieldResolver<unknown, GatewayContext> | undefined>(operation: string, run: T): T {
  if (!run) return run;
  return ((source, args, context: GatewayContext, info) => {
    if (!partnerMayRun(context.tenant, operation)) throw forbidden(operation);
    return run(source, args, context, info);
  }) as T;
}

/** Wraps every root field so that a partner key runs only PARTNER_OPERATIONS. */
export function withPartnerAccess(schema: GraphQLSchema): GraphQLSchema {
  for (const type of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
    if (!type) continue;
    for (const field of Object.values(type.getFields()) as GraphQLField<unknown, GatewayContext>[]) {
      const operation = `${type.name}.${field.name}`;
      // A field without its own resolver reads its source's property: guard that too.
      field.resolve = guarded(operation, field.resolve ?? defaultFieldResolver);
      field.subscribe = guarded(operation, field.subscribe);
    }
  }
  for (const operation of PARTNER_OPERATIONS) {
    const [typeName, fieldName] = operation.split('.') as [string, string];
    const type = typeName === 'Query' ? schema.getQueryType() : typeName === 'Mutation' ? schema.getMutationType() : schema.getSubscriptionType();
    if (!type?.getFields()[fieldName]) throw new Error(`withPartnerAccess: the schema has no ${operation} to allow.`);
  }
  return schema;
}
