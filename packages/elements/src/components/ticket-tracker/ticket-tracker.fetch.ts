import { savRequest, type SavClientOptions, type TicketByLinkResult, type TicketResult } from '@sav/client';
import { CustomerTicketByLinkDocument, CustomerTicketDocument } from '@sav/client/documents';
import type { TicketAccess } from './ticket-tracker.attributes.js';

/** How the ticket is kept fresh: over the live stream, by polling while the stream is down, or not at all. */
export type LiveMode = 'off' | 'stream' | 'polling';

/** A ticket answer as the stream, `ticket` and `ticketByLink` give it. */
export type TicketAnswer = TicketResult | TicketByLinkResult;

/** Asks for the ticket once, the way the access allows. */
export async function fetchTicket(client: SavClientOptions, access: TicketAccess, signal: AbortSignal): Promise<TicketAnswer> {
  return access.link !== undefined
    ? (await savRequest(client, CustomerTicketByLinkDocument, { link: access.link }, { signal })).ticketByLink
    : (await savRequest(client, CustomerTicketDocument, { trackingCode: access.trackingCode, postalCode: access.postalCode }, { signal })).ticket;
}
