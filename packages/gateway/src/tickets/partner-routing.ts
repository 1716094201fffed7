/**
 * Routing a ticket to a partner workshop: the gateway loads the tenant's ordered rules, the rules
 * package picks the first that matches (packages/rules/src/routing), and the choice is stored on
 * the ticket with a ROUTED event the service desk (and the customer's timeline) can see.
 */
import { routeTicket, type TicketRoutingRule, type TicketToRoute } from '@sav/rules';
import { cachedRead } from '../db/configuration-cache.js';
import type { Store } from '../db/store.js';
import type { GatewayContext } from '../context.js';
import type { Prisma } from '../generated/prisma/client.js';
import { type EventTicket, recordTicketEvent } from './ticket-events.js';

/** A partner workshop as the back office reads it. */
export const PARTNER_WORKSHOP_SELECT = {
  id: true, name: true, contactEmail: true, contactPhone: true, addressLine1: true, postalCode: true, city: true, country: true, active: true, createdAt: true,
} as const;
export type PartnerWorkshopView = Prisma.PartnerWorkshopGetPayload<{ select: typeof PARTNER_WORKSHOP_SELECT }>;

/** Where a ticket goes: a partner (and the rule that sent it there, when a rule did). */
export interface PartnerRouting {
  readonly partnerId: string;
  readonly partnerName: string;
  /** The rule's position, 0 first; null when the service desk chose by hand. */
  readonly ruleIndex: number | null;
}

/** One of the tenant's ordered rules as routing reads it, with its partner's name. */
type LoadedRoutingRule = TicketRoutingRule & { readonly partnerName: string };

/**
 * The tenant's ordered routing rules. Every request that books or lists windows routes first, so
 * they are kept in memory by a running gateway and forgotten when the tenant's rules or partners
 * change (configuration-cache.ts; triggers of the migration partner_technicians).
 */
export function loadRoutingRules(store: Store, tenantId: string): Promise<readonly LoadedRoutingRule[]> {
  return cachedRead(store, 'routing-rules', tenantId, async () => {
    const rules = await store.prisma.ticketRoutingRule.findMany({
      where: { tenantId },
      orderBy: { position: 'asc' },
      select: { category: true, country: true, postalCodePrefixes: true, partnerId: true, partner: { select: { name: true, active: true } } },
    });
    return rules.map(({ partner, ...rule }) => ({ ...rule, partnerActive: partner.active, partnerName: partner.name }));
  }, () => tenantId);
}

/** The partner the tenant's rules send this new ticket to, or null: the tenant's own service. */
export async function routingFor(context: GatewayContext, ticket: TicketToRoute): Promise<PartnerRouting | null> {
  const rules = await loadRoutingRules(context.store, context.tenant.id);
  if (rules.length === 0) return null;
  const routed = routeTicket(rules, ticket);
  return routed ? { partnerId: routed.partnerId, partnerName: rules[routed.ruleIndex]!.partnerName, ruleIndex: routed.ruleIndex } : null;
}

/**
 * Records where the ticket now goes (a partner, or null: back to the tenant's own service), in the
 * caller's transaction; `ticketData` also writes the ticket's partnerId when it changes now.
 */
export async function recordRouting(
  tx: Prisma.TransactionClient,
  context: GatewayContext,
  ticket: EventTicket,
  routing: PartnerRouting | null,
  by: { actor: 'SYSTEM' | 'SERVICE_DESK'; writePartner: boolean },
): Promise<void> {
  const reason = routing === null
    ? "Back to the tenant's own service."
    : `Sent to the partner workshop ${routing.partnerName}${routing.ruleIndex === null ? '' : ` by routing rule ${routing.ruleIndex + 1}`}.`;
  await recordTicketEvent(tx, context, ticket, {
    kind: 'ROUTED',
    actor: by.actor,
    reason,
    details: { partnerId: routing?.partnerId ?? null, partnerName: routing?.partnerName ?? null, ruleIndex: routing?.ruleIndex ?? null },
    ...(by.writePartner ? { ticketData: { partnerId: routing?.partnerId ?? null } } : {}),
  });
}
