/**
 * Partner workshops (seed 004, issue 10): the independent repairers a tenant works with, the
 * ordered rules that route new tickets to them, and the service desk's hand routing. Secret key;
 * a partner workshop's own key may run none of these (tenancy/partner-access.ts).
 */
import { checkPartnerWorkshop, checkRerouting, checkRoutingRules } from '@sav/rules';
import type { GatewayContext } from '../context.js';
import { configurationChanged } from '../db/configuration-cache.js';
import type { Prisma } from '../generated/prisma/client.js';
import { requireSecretKey } from '../tenancy/authorization.js';
import { ticketScope } from '../tenancy/partner-access.js';
import { PARTNER_WORKSHOP_SELECT, type PartnerWorkshopView, recordRouting } from '../tickets/partner-routing.js';
import { DESK_TICKET_SELECT, type DeskTicketView } from '../tickets/service-desk-records.js';
import { normaliseTrackingCode } from '../tickets/tracking-code.js';
import { builder } from './builder.js';
import { ChangeNotAllowedError } from './change-errors.js';
import { ErrorInterface, InvalidInputError, loggingTypedErrors, TicketNotFoundError, TypedError } from './errors.js';
import { DeskTicketRef } from './service-desk.js';

export class PartnerWorkshopNotFoundError extends TypedError {
  readonly code = 'PARTNER_WORKSHOP_NOT_FOUND';
  constructor() {
    super('This tenant has no partner workshop with this id.');
    this.name = 'PartnerWorkshopNotFoundError';
  }
}

builder.objectType(PartnerWorkshopNotFoundError, {
  name: 'PartnerWorkshopNotFound',
  description: 'No partner workshop of this tenant has this id.',
  interfaces: [ErrorInterface],
  isTypeOf: (value) => value instanceof PartnerWorkshopNotFoundError,
});

const PARTNER_SELECT = PARTNER_WORKSHOP_SELECT;

const RULE_SELECT = { position: true, category: true, country: true, postalCodePrefixes: true, partner: { select: PARTNER_SELECT } } as const;
type RoutingRuleView = Prisma.TicketRoutingRuleGetPayload<{ select: typeof RULE_SELECT }>;

export const PartnerWorkshopRef = builder.objectRef<PartnerWorkshopView>('PartnerWorkshop').implement({
  description: "An independent workshop the tenant sends repairs to (not one of its own drop-off workshops).",
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    contactEmail: t.exposeString('contactEmail'),
    contactPhone: t.exposeString('contactPhone', { nullable: true, description: 'E.164.' }),
    addressLine1: t.exposeString('addressLine1'),
    postalCode: t.exposeString('postalCode'),
    city: t.exposeString('city'),
    country: t.exposeString('country'),
    active: t.exposeBoolean('active', { description: 'An inactive partner receives no new tickets; those it holds stay with it.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

const TicketRoutingRuleRef = builder.objectRef<RoutingRuleView>('TicketRoutingRule').implement({
  description: 'One of the ordered rules: a new ticket of this category and/or area goes to this partner. The first rule that matches wins.',
  fields: (t) => ({
    position: t.exposeInt('position', { description: '0 first.' }),
    category: t.exposeString('category', { nullable: true, description: 'A product category (REFRIGERATOR, …); null: any.' }),
    country: t.exposeString('country', { nullable: true, description: 'ISO 3166-1 alpha-2; null: anywhere.' }),
    postalCodePrefixes: t.exposeStringList('postalCodePrefixes', { description: 'Within the country; empty: the whole country.' }),
    partner: t.field({ type: PartnerWorkshopRef, resolve: (rule) => rule.partner }),
  }),
});

builder.objectField(DeskTicketRef, 'partner', (t) =>
  t.field({
    type: PartnerWorkshopRef,
    nullable: true,
    description: "The partner workshop the ticket was routed to; null: the tenant's own service.",
    resolve: (ticket) => ticket.partner,
  }),
);

function listRules(context: GatewayContext, db: Prisma.TransactionClient = context.store.prisma): Promise<RoutingRuleView[]> {
  return db.ticketRoutingRule.findMany({ where: { tenantId: context.tenant.id }, orderBy: { position: 'asc' }, select: RULE_SELECT });
}

builder.queryField('partnerWorkshops', (t) =>
  t.field({
    type: [PartnerWorkshopRef],
    description: "The tenant's partner workshops, active first, then by name (secret key).",
    resolve: (_root, _args, context) => {
      requireSecretKey(context);
      return context.store.prisma.partnerWorkshop.findMany({ where: { tenantId: context.tenant.id }, orderBy: [{ active: 'desc' }, { name: 'asc' }, { id: 'asc' }], select: PARTNER_SELECT });
    },
  }),
);

builder.queryField('ticketRoutingRules', (t) =>
  t.field({
    type: [TicketRoutingRuleRef],
    description: "The tenant's routing rules, in the order they are tried (secret key).",
    resolve: (_root, _args, context) => {
      requireSecretKey(context);
      return listRules(context);
    },
  }),
);

const PARTNER_FIELDS = {
  name: 'The workshop\'s name, 1 to 200 characters.',
  contactEmail: 'Where the service desk writes to it.',
  contactPhone: 'Read in the country; stored in E.164.',
  addressLine1: '1 to 200 characters.',
  postalCode: "A postal code of the country.",
  city: '1 to 200 characters.',
  country: 'ISO 3166-1 alpha-2.',
} as const;

const CreatePartnerWorkshopInput = builder.inputType('CreatePartnerWorkshopInput', {
  fields: (t) => ({
    name: t.string({ required: true, description: PARTNER_FIELDS.name }),
    contactEmail: t.string({ required: true, description: PARTNER_FIELDS.contactEmail }),
    contactPhone: t.string({ required: false, description: PARTNER_FIELDS.contactPhone }),
    addressLine1: t.string({ required: true, description: PARTNER_FIELDS.addressLine1 }),
    postalCode: t.string({ required: true, description: PARTNER_FIELDS.postalCode }),
    city: t.string({ required: true, description: PARTNER_FIELDS.city }),
    country: t.string({ required: true, description: PARTNER_FIELDS.country }),
  }),
});

builder.mutationField('createPartnerWorkshop', (t) =>
  t.field({
    type: PartnerWorkshopRef,
    description: 'Adds an independent workshop the tenant may route repairs to (secret key). It is active at once; route to it with setTicketRoutingRules or routeTicket.',
    args: { input: t.arg({ type: CreatePartnerWorkshopInput, required: true }) },
    errors: { types: [InvalidInputError], union: { name: 'CreatePartnerWorkshopResult' } },
    resolve: (_root, { input }, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(
        context,
        'createPartnerWorkshop',
        (async () => {
          const checked = checkPartnerWorkshop(input, null);
          if (!checked.ok) throw InvalidInputError.fromViolation(checked.violation);
          const { name, contactEmail, addressLine1, postalCode, city, country } = checked.value;
          return context.store.prisma.partnerWorkshop.create({
            data: { tenantId: context.tenant.id, name: name!, contactEmail: contactEmail!, contactPhone: checked.value.contactPhone ?? null, addressLine1: addressLine1!, postalCode: postalCode!, city: city!, country: country!, createdAt: context.now },
            select: PARTNER_SELECT,
          });
        })(),
      );
    },
  }),
);

const UpdatePartnerWorkshopInput = builder.inputType('UpdatePartnerWorkshopInput', {
  description: 'The fields to change; those left out keep their value. An empty contactPhone removes it.',
  fields: (t) => ({
    id: t.id({ required: true }),
    name: t.string({ required: false, description: PARTNER_FIELDS.name }),
    contactEmail: t.string({ required: false, description: PARTNER_FIELDS.contactEmail }),
    contactPhone: t.string({ required: false, description: PARTNER_FIELDS.contactPhone }),
    addressLine1: t.string({ required: false, description: PARTNER_FIELDS.addressLine1 }),
    postalCode: t.string({ required: false, description: PARTNER_FIELDS.postalCode }),
    city: t.string({ required: false, description: PARTNER_FIELDS.city }),
    country: t.string({ required: false, description: PARTNER_FIELDS.country }),
    active: t.boolean({ required: false, description: 'false: no new ticket is routed to it (its rules are passed over); its tickets and keys stay.' }),
  }),
});

builder.mutationField('updatePartnerWorkshop', (t) =>
  t.field({
    type: PartnerWorkshopRef,
    description: "Changes a partner workshop's details, or deactivates it (secret key).",
    args: { input: t.arg({ type: UpdatePartnerWorkshopInput, required: true }) },
    errors: { types: [PartnerWorkshopNotFoundError, InvalidInputError], union: { name: 'UpdatePartnerWorkshopResult' } },
    resolve: (_root, { input }, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(
        context,
        'updatePartnerWorkshop',
        (async () => {
          const id = String(input.id);
          const current = await context.store.prisma.partnerWorkshop.findFirst({ where: { id, tenantId: context.tenant.id }, select: { id: true, country: true, postalCode: true } });
          if (!current) throw new PartnerWorkshopNotFoundError();
          const checked = checkPartnerWorkshop(input, current);
          if (!checked.ok) throw InvalidInputError.fromViolation(checked.violation);
          const updated = await context.store.prisma.partnerWorkshop.update({
            where: { id: current.id },
            data: { ...checked.value, ...(input.active === null || input.active === undefined ? {} : { active: input.active }), updatedAt: context.now },
            select: PARTNER_SELECT,
          });
          // Routing reads whether a partner is active from the configuration cache: read own writes.
          configurationChanged(context.store, context.tenant.id);
          return updated;
        })(),
      );
    },
  }),
);

const TicketRoutingRuleInput = builder.inputType('TicketRoutingRuleInput', {
  description: 'A category, an area (a country, optionally narrowed to postal-code prefixes), or both; and the partner that takes the matching tickets.',
  fields: (t) => ({
    category: t.string({ required: false, description: 'A product category such as REFRIGERATOR; left out: any.' }),
    country: t.string({ required: false, description: 'ISO 3166-1 alpha-2; left out: anywhere.' }),
    postalCodePrefixes: t.stringList({ required: false, description: 'Starts of postal codes of the country (e.g. "69"); left out or empty: the whole country.' }),
    partnerId: t.id({ required: true }),
  }),
});

const TicketRoutingRulesRef = builder.objectRef<{ rules: RoutingRuleView[] }>('TicketRoutingRulesSet').implement({
  description: 'The routing rules as they now stand, in order.',
  fields: (t) => ({ rules: t.field({ type: [TicketRoutingRuleRef], resolve: (set) => set.rules }) }),
});

builder.mutationField('setTicketRoutingRules', (t) =>
  t.field({
    type: TicketRoutingRulesRef,
    description: 'Replaces the ordered routing rules at once (secret key): new tickets go to the partner of the first rule that matches, or stay with the tenant. An empty list routes nothing. Tickets already routed keep their partner.',
    args: { rules: t.arg({ type: [TicketRoutingRuleInput], required: true }) },
    errors: { types: [InvalidInputError], union: { name: 'SetTicketRoutingRulesResult' } },
    resolve: (_root, { rules }, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(
        context,
        'setTicketRoutingRules',
        (async () => {
          const tenantId = context.tenant.id;
          const set = await context.store.prisma.$transaction(async (tx) => {
            // One replacement at a time per tenant: two at once would interleave their positions.
            await tx.$queryRaw`SELECT id FROM tenants WHERE id = ${tenantId} FOR UPDATE`;
            const partners = await tx.partnerWorkshop.findMany({ where: { tenantId }, select: { id: true } });
            const checked = checkRoutingRules(
              rules.map((rule) => ({ ...rule, partnerId: String(rule.partnerId) })),
              new Set(partners.map((partner) => partner.id)),
            );
            if (!checked.ok) throw InvalidInputError.fromViolation(checked.violation);
            await tx.ticketRoutingRule.deleteMany({ where: { tenantId } });
            await tx.ticketRoutingRule.createMany({ data: checked.value.map((rule, position) => ({ tenantId, position, ...rule, postalCodePrefixes: [...rule.postalCodePrefixes] })) });
            return { rules: await listRules(context, tx) };
          });
          // The rules are kept in the configuration cache (partner-routing.ts): read own writes.
          configurationChanged(context.store, tenantId);
          return set;
        })(),
      );
    },
  }),
);

const TicketRoutedRef = builder.objectRef<{ ticket: DeskTicketView }>('TicketRouted').implement({
  description: 'The ticket with its new partner (or none: the tenant repairs it).',
  fields: (t) => ({ ticket: t.field({ type: DeskTicketRef, resolve: (routed) => routed.ticket }) }),
});

builder.mutationField('routeTicket', (t) =>
  t.field({
    type: TicketRoutedRef,
    description: "The service desk sends a ticket to a partner workshop by hand, or back to the tenant's own service with partnerId null (secret key). Not once the ticket is closed or cancelled.",
    args: { trackingCode: t.arg.string({ required: true }), partnerId: t.arg.id({ required: false }) },
    errors: { types: [TicketNotFoundError, PartnerWorkshopNotFoundError, ChangeNotAllowedError, InvalidInputError], union: { name: 'RouteTicketResult' } },
    resolve: (_root, { trackingCode, partnerId }, context) => {
      requireSecretKey(context);
      return loggingTypedErrors(
        context,
        'routeTicket',
        (async () => {
          const ticket = await context.store.prisma.ticket.findFirst({
            where: { ...ticketScope(context.tenant), trackingCode: normaliseTrackingCode(trackingCode) },
            select: { id: true, trackingCode: true, status: true, serialNumber: true, partnerId: true },
          });
          if (!ticket) throw new TicketNotFoundError();
          const partner = partnerId === null || partnerId === undefined
            ? null
            : await context.store.prisma.partnerWorkshop.findFirst({ where: { id: String(partnerId), tenantId: context.tenant.id }, select: { id: true, name: true, active: true } });
          if (partnerId !== null && partnerId !== undefined && !partner) throw new PartnerWorkshopNotFoundError();
          if (partner && !partner.active) throw new InvalidInputError(`${partner.name} is inactive: reactivate it with updatePartnerWorkshop first.`, 'PARTNER_INACTIVE', ['partnerId']);
          const updated = await context.store.prisma.$transaction(async (tx) => {
            // Held until the routing is written: a visit booked meanwhile (moving a visit holds the
            // row too) waits for it, or is seen below.
            const [current] = await tx.$queryRaw<{ status: string; partnerId: string | null }[]>`SELECT status::text AS status, "partnerId" FROM tickets WHERE id = ${ticket.id} FOR UPDATE`;
            if (!current) throw new TicketNotFoundError();
            const booked = await tx.visit.findFirst({
              where: { ticketId: ticket.id, status: 'BOOKED', arrivedAt: null },
              select: { windowStart: true, technician: { select: { partnerId: true } } },
            });
            const decision = checkRerouting({
              status: current.status,
              fromPartnerId: current.partnerId,
              toPartnerId: partner?.id ?? null,
              bookedVisit: booked && { windowStart: booked.windowStart, technicianPartnerId: booked.technician.partnerId },
            });
            if (!decision.ok) throw new ChangeNotAllowedError(decision.violation.message, decision.violation.code);
            if (decision.value) {
              await recordRouting(tx, context, { ...ticket, ...current }, partner ? { partnerId: partner.id, partnerName: partner.name, ruleIndex: null } : null, { actor: 'SERVICE_DESK', writePartner: true });
            }
            return tx.ticket.findUniqueOrThrow({ where: { id: ticket.id }, select: DESK_TICKET_SELECT });
          });
          return { ticket: updated };
        })(),
      );
    },
  }),
);
