/**
 * Partner workshops (seed 004): a tenant sends some repairs to independent workshops by its own
 * ordered rules. A rule matches a product category and/or an area (a country, optionally narrowed
 * to postal-code prefixes) and names a partner; the first rule that matches wins, and a ticket no
 * rule matches stays with the tenant's own service.
 */
import { normalisePostalCode } from '../booking/service-area.js';
import { accept, refuse, type Decision } from '../rule-violation.js';

/** One routing rule as stored: `null` category or country means "any". */
export interface TicketRoutingRule {
  readonly category: string | null;
  readonly country: string | null;
  /** Postal-code prefixes within `country` (normalised: upper-case, no spaces); empty: the whole country. */
  readonly postalCodePrefixes: readonly string[];
  readonly partnerId: string;
  /** An inactive partner receives no new tickets: its rules are passed over. */
  readonly partnerActive: boolean;
}

/** What routing looks at in a new ticket. `category` is null when the model is not in the catalogue. */
export interface TicketToRoute {
  readonly category: string | null;
  readonly country: string;
  readonly postalCode: string;
}

/** The rule that routed a ticket (its position in the list) and the partner it names. */
export interface TicketRouting {
  readonly partnerId: string;
  readonly ruleIndex: number;
}

const sameCode = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

/** True when the rule's category and area both take the ticket. */
export function ruleMatches(rule: TicketRoutingRule, ticket: TicketToRoute): boolean {
  if (rule.category !== null && (ticket.category === null || !sameCode(rule.category, ticket.category))) return false;
  if (rule.country === null) return true;
  if (!sameCode(rule.country, ticket.country)) return false;
  if (rule.postalCodePrefixes.length === 0) return true;
  const postalCode = normalisePostalCode(ticket.postalCode);
  return rule.postalCodePrefixes.some((prefix) => postalCode.startsWith(normalisePostalCode(prefix)));
}

/** The first active rule that matches the ticket, or null: the tenant's own service repairs it. */
export function routeTicket(rules: readonly TicketRoutingRule[], ticket: TicketToRoute): TicketRouting | null {
  const ruleIndex = rules.findIndex((rule) => rule.partnerActive && ruleMatches(rule, ticket));
  return ruleIndex === -1 ? null : { partnerId: rules[ruleIndex]!.partnerId, ruleIndex };
}

/**
 * Whose technicians serve a ticket: the partner workshop's it is (or would be) routed to, or the
 * tenant's own (partnerId null). Each technician belongs to one pool: a partner's technicians never
 * serve the tenant's own tickets, nor another partner's, and the tenant's never serve a partner's.
 */
export function techniciansOfPool<T extends { readonly partnerId: string | null }>(technicians: readonly T[], routing: { readonly partnerId: string } | null): T[] {
  const partnerId = routing?.partnerId ?? null;
  return technicians.filter((technician) => technician.partnerId === partnerId);
}

/** What deciding a hand reassignment looks at: the ticket, where it goes, and its visit still to come. */
export interface Rerouting {
  readonly status: string;
  /** The partner the ticket is routed to now; null: the tenant's own service. */
  readonly fromPartnerId: string | null;
  /** The partner it would go to; null: back to the tenant's own service. */
  readonly toPartnerId: string | null;
  /** The booked visit not yet made, with its technician's workshop; null: none. */
  readonly bookedVisit: { readonly windowStart: Date; readonly technicianPartnerId: string | null } | null;
}

const NO_LONGER_ROUTED: readonly string[] = ['CLOSED', 'CANCELLED'];

/**
 * Whether the service desk may reassign a ticket by hand. Not once it is closed or cancelled. Not
 * while a visit still to come is booked with a technician outside the new workshop: it cannot
 * inherit that visit, and dropping it would leave the customer waiting for nobody; the desk cancels
 * or waits until the visit is made. `value` is false when nothing would change.
 */
export function checkRerouting(rerouting: Rerouting): Decision<boolean> {
  if (NO_LONGER_ROUTED.includes(rerouting.status)) return refuse('NOT_CHANGEABLE', `A ${rerouting.status} ticket is no longer routed.`);
  if (rerouting.toPartnerId === rerouting.fromPartnerId) return accept(false);
  const visit = rerouting.bookedVisit;
  if (visit && visit.technicianPartnerId !== rerouting.toPartnerId) {
    return refuse(
      'VISIT_BOOKED',
      `This ticket has a visit booked on ${visit.windowStart.toISOString()} with a technician of the workshop it is routed to now: cancel the ticket, or wait until the visit is made, before routing it elsewhere.`,
    );
  }
  return accept(true);
}
