/**
 * The audit log, kept centrally: once the schema is built, every Mutation field (and the Query
 * fields that read a customer's personal data, such as customerDataExport) is wrapped so that a
 * request made with a secret key leaves one entry, whatever the field, success or failure. A new
 * mutation is audited without anyone remembering to.
 *
 * Publishable keys are not audited: they are public (any browser on the retailer's site holds
 * one), so their calls say nothing about who in the back office did what; a customer's own steps
 * are already in their ticket's history (TicketEvent, actor CUSTOMER).
 *
 * The entry names its target by a tracking code, reference or id, read from the arguments or the
 * result by the rules below (a resolver can name it itself with `setAuditTarget`), never by
 * personal data; a field whose target cannot be told is still recorded, without one.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { errorTypeMap } from '@pothos/plugin-errors';
import { defaultFieldResolver, getNamedType, GraphQLError, type GraphQLField, type GraphQLResolveInfo, type GraphQLSchema, isObjectType, isUnionType } from 'graphql';
import type { GatewayContext } from '../context.js';
import { normaliseTrackingCode } from '../tickets/tracking-code.js';
import { type AuditTarget, recordAuditEntry } from './audit-entries.js';

/** Query fields that read a customer's personal data in bulk: audited like mutations. */
export const AUDITED_READS: readonly string[] = ['customerDataExport'];

type Arguments = Record<string, unknown>;

const TRACKING_CODE = /^SAV-[A-Z0-9]{4}-[A-Z0-9]{4}$/;
const IDENTIFIER = /^[A-Za-z0-9_-]{1,100}$/;

function at(value: unknown, ...path: string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function ticketTarget(code: unknown): AuditTarget | null {
  if (typeof code !== 'string') return null;
  const normalised = normaliseTrackingCode(code);
  return TRACKING_CODE.test(normalised) ? { type: 'Ticket', id: normalised } : null;
}

function idTarget(type: string, id: unknown): AuditTarget | null {
  return typeof id === 'string' && IDENTIFIER.test(id) ? { type, id } : null;
}

/**
 * Where a field's target is, for fields that do not name a ticket by `trackingCode`. Signed links
 * and access tokens are credentials: never read them.
 */
export const AUDIT_TARGETS: Readonly<Record<string, (args: Arguments, result: unknown) => AuditTarget | null>> = {
  requestRepair: (_args, result) => ticketTarget(at(result, 'ticket', 'trackingCode') ?? at(result, 'trackingCode')),
  createInstallationJob: (_args, result) => idTarget('InstallationJob', at(result, 'reference')),
  openReintervention: (args, result) => idTarget('Reintervention', at(result, 'id')) ?? idTarget('InstallationJob', at(args, 'input', 'jobReference')),
  recordReinterventionVisit: (args) => idTarget('Reintervention', at(args, 'input', 'id')),
  updateReinterventionTerms: (_args, result) => idTarget('ReinterventionTerms', at(result, 'id')),
  createSurvey: (_args, result) => idTarget('Survey', at(result, 'id')),
  answerSurvey: (args) => idTarget('Survey', at(args, 'surveyId')),
  createWebhookEndpoint: (_args, result) => idTarget('WebhookEndpoint', at(result, 'endpoint', 'id')),
  disableWebhookEndpoint: (args) => idTarget('WebhookEndpoint', at(args, 'id')),
  answerQuote: (args) => idTarget('Quote', at(args, 'input', 'quoteId')),
  signCompletionCertificate: (_args, result) => idTarget('InstallationJob', at(result, 'reference')),
  declineCompletionCertificate: (_args, result) => idTarget('InstallationJob', at(result, 'reference')),
  // The catalogue model whose tips were written, as the catalogue spells it (or as typed, when it is unknown).
  setUsageAdvice: (args, result) => idTarget('ProductModel', at(result, 'productModel') ?? (at(args, 'input', 'productModel') as string | undefined)?.trim().toUpperCase()),
  createPartnerWorkshop: (_args, result) => idTarget('PartnerWorkshop', at(result, 'id')),
  updatePartnerWorkshop: (args) => idTarget('PartnerWorkshop', at(args, 'input', 'id')),
  // The tenant's whole list of rules, replaced at once: no one row to name.
  setTicketRoutingRules: () => null,
};

/** The target of a field with no rule above: the ticket its arguments or its result name. */
function defaultTarget(args: Arguments, result: unknown): AuditTarget | null {
  return ticketTarget(at(args, 'input', 'trackingCode') ?? at(args, 'trackingCode')) ?? ticketTarget(at(result, 'ticket', 'trackingCode'));
}

/** What the resolver running now said its target was (setAuditTarget). */
const namedTargets = new AsyncLocalStorage<{ target: AuditTarget | null }>();

/** Names the target of the audited field being resolved: for targets no argument or result shows (an erasure, an export). */
export function setAuditTarget(target: AuditTarget): void {
  const slot = namedTargets.getStore();
  if (slot) slot.target = target;
}

/**
 * A typed error the errors plugin turned into a result: it hands back a proxy of the error (which
 * `instanceof Error` does not see through) and remembers it in its `errorTypeMap`.
 */
function isTypedErrorResult(result: unknown): result is Error {
  return typeof result === 'object' && result !== null && (errorTypeMap.has(result as Error) || result instanceof Error);
}

/**
 * The GraphQL type of a typed error returned as a result (the errors plugin's union member). The
 * members' isTypeOf is asked about a bare instance of the error's class: asked about the result
 * itself, it would unwrap the plugin's proxy, and GraphQL would then take the result for a thrown error.
 */
function errorTypeName(result: Error, context: GatewayContext, info: GraphQLResolveInfo): string {
  const errorClass = errorTypeMap.get(result);
  if (!errorClass) return result.name;
  const probe: unknown = Object.create(errorClass.prototype as object);
  const returned = getNamedType(info.returnType);
  const members = isUnionType(returned) ? returned.getTypes() : isObjectType(returned) ? [returned] : [];
  for (const member of members) {
    if (member.isTypeOf?.(probe, context, info) === true) return member.name;
  }
  return errorClass.name;
}

interface Outcome {
  readonly outcome: 'SUCCESS' | 'ERROR';
  readonly errorType: string | null;
  readonly errorCode: string | null;
}

function outcomeOf(result: unknown, thrown: { error: unknown } | null, context: GatewayContext, info: GraphQLResolveInfo): Outcome {
  if (thrown) {
    const code = thrown.error instanceof GraphQLError ? thrown.error.extensions?.code : undefined;
    return { outcome: 'ERROR', errorType: typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR', errorCode: null };
  }
  if (isTypedErrorResult(result)) {
    const code = (result as { code?: unknown }).code;
    return { outcome: 'ERROR', errorType: errorTypeName(result, context, info), errorCode: typeof code === 'string' ? code : null };
  }
  return { outcome: 'SUCCESS', errorType: null, errorCode: null };
}

function audited(field: GraphQLField<unknown, GatewayContext>): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  const action = field.name;
  field.resolve = async (source, args: Arguments, context: GatewayContext, info) => {
    if (context.tenant.keyKind !== 'SECRET') return resolve(source, args, context, info);
    const slot: { target: AuditTarget | null } = { target: null };
    let result: unknown;
    let thrown: { error: unknown } | null = null;
    try {
      result = await namedTargets.run(slot, () => resolve(source, args, context, info));
    } catch (error) {
      thrown = { error };
    }
    const succeeded = !thrown && !isTypedErrorResult(result);
    const rule = AUDIT_TARGETS[action];
    let target = slot.target;
    try {
      target ??= (rule ? rule(args, succeeded ? result : undefined) : null) ?? defaultTarget(args, succeeded ? result : undefined);
      await recordAuditEntry(context.store.prisma, {
        tenantId: context.tenant.id,
        key: { id: context.tenant.keyId, label: context.tenant.keyLabel },
        action,
        target,
        ...outcomeOf(result, thrown, context, info),
        requestId: context.requestId,
        at: context.now,
      });
    } catch (error) {
      // The action is done (or refused) already: answer it, and say loudly that its entry is missing.
      context.logger.error('audit.write_failed', { requestId: context.requestId, action, error: error instanceof Error ? error.name : 'unknown' });
    }
    if (thrown) throw thrown.error;
    return result;
  };
}

/** Wraps the schema's mutations and personal-data reads so that each call with a secret key is audited. */
export function withAuditLog(schema: GraphQLSchema): GraphQLSchema {
  for (const field of Object.values(schema.getMutationType()?.getFields() ?? {})) audited(field as GraphQLField<unknown, GatewayContext>);
  const queries = schema.getQueryType()?.getFields() ?? {};
  for (const name of AUDITED_READS) {
    const field = queries[name];
    if (!field) throw new Error(`withAuditLog: the schema has no Query.${name} to audit.`);
    audited(field as GraphQLField<unknown, GatewayContext>);
  }
  return schema;
}
