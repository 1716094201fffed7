import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signed link of a ticket's confirmation: the tracking code and an HMAC of it under the
 * tenant's secret, so the link opens that ticket and nothing else, without the postal code.
 * `SAV-7K3M-9QX2.<22 characters>`: 128 bits of signature, safe in a URL.
 */
export function signTicketLink(secret: string, trackingCode: string): string {
  return `${trackingCode}.${signature(secret, trackingCode)}`;
}

/** The tracking code a link opens, or null when it was not signed with this secret. */
export function verifyTicketLink(secret: string, link: string): string | null {
  const dot = link.trim().lastIndexOf('.');
  if (dot < 1) return null;
  const trackingCode = link.trim().slice(0, dot);
  const given = Buffer.from(link.trim().slice(dot + 1));
  const expected = Buffer.from(signature(secret, trackingCode));
  return given.length === expected.length && timingSafeEqual(given, expected) ? trackingCode : null;
}

function signature(secret: string, trackingCode: string): string {
  return createHmac('sha256', secret).update(`ticket-link:${trackingCode}`).digest('base64url').slice(0, 22);
}

/** The address a customer opens: the tenant's tracker page with the link as `sav-ticket`. */
export function ticketLinkUrl(trackerUrl: string, link: string): string {
  const url = new URL(trackerUrl);
  url.searchParams.set('sav-ticket', link);
  return url.href;
}
