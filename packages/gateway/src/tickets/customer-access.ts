/**
 * How a customer reaches their ticket: the tracking code with the postal code of the address, or
 * the signed link of their confirmation; nothing else. Every way answers TicketNotFound alike
 * for an unknown code, a wrong postal code or a forged link, and each try counts against the
 * tenant's lookup limit, so that codes cannot be enumerated.
 */
import type { GatewayContext } from '../context.js';
import { InvalidInputError, TicketNotFoundError } from '../schema/errors.js';
import { countRequest } from '../tenancy/rate-limit.js';
import { findTicketByCode, findTicketForCustomer, type TicketView } from './ticket-view.js';
import { verifyTicketLink } from './ticket-link.js';
import { normaliseTrackingCode } from './tracking-code.js';

export interface CustomerTicketAccess {
  readonly trackingCode?: string | null;
  readonly postalCode?: string | null;
  readonly link?: string | null;
}

const MAX_FIELD = 200;

/** Checks the way in without touching the store: the code and postal code together, or a link. */
function checkAccessShape(access: CustomerTicketAccess): { by: 'code'; trackingCode: string; postalCode: string } | { by: 'link'; link: string } {
  for (const name of ['trackingCode', 'postalCode', 'link'] as const) {
    const value = access[name];
    if (value != null && value.length > MAX_FIELD) throw new InvalidInputError(`${name} is too long.`, 'TOO_LONG', [name]);
  }
  const link = access.link?.trim();
  if (link) {
    if (access.trackingCode || access.postalCode) throw new InvalidInputError('Give the link, or the tracking code and postal code, not both.', 'AMBIGUOUS_ACCESS', ['link']);
    return { by: 'link', link };
  }
  const trackingCode = access.trackingCode?.trim();
  const postalCode = access.postalCode?.trim();
  if (!trackingCode || !postalCode) {
    throw new InvalidInputError('Give the tracking code and the postal code of the address, or the link from the confirmation.', 'MISSING_ACCESS', [!trackingCode ? 'trackingCode' : 'postalCode']);
  }
  return { by: 'code', trackingCode: normaliseTrackingCode(trackingCode), postalCode };
}

/** The ticket the customer may see, or TicketNotFound; counts one lookup. */
export async function findCustomerTicket(context: GatewayContext, access: CustomerTicketAccess): Promise<TicketView> {
  const shape = checkAccessShape(access);
  const settings = await context.tenantSettings();
  if (!context.lookupCounted) await countRequest(context, 'ticket-lookup');
  let ticket: TicketView | null;
  if (shape.by === 'link') {
    const trackingCode = verifyTicketLink(settings.linkSecret, shape.link);
    ticket = trackingCode ? await findTicketByCode(context.store, context.tenant.id, trackingCode) : null;
  } else {
    ticket = await findTicketForCustomer(context.store, context.tenant.id, shape.trackingCode, shape.postalCode);
  }
  if (!ticket) throw new TicketNotFoundError();
  return ticket;
}
