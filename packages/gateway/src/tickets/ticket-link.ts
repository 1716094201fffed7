import { createHmac, timingSafeEqual } from 'node:crypto';

/** What a signed link opens: a ticket, or an installation job's certificate. A link of one purpose opens nothing of the other. */
export type LinkPurpose = 'ticket-link' | 'certificate-link';

/**
 * A signed link: the subject (a tracking code, a job reference) and an HMAC of it under the
 * tenant's secret, so the link opens that subject and nothing else, without any other proof.
 * `SAV-7K3M-9QX2.<22 characters>`: 128 bits of signature, safe in a URL.
 */
export function signLink(secret: string, purpose: LinkPurpose, subject: string): string {
  return `${subject}.${signature(secret, purpose, subject)}`;
}

/** The subject a link opens, or null when it was not signed with this secret for this purpose. */
export function verifyLink(secret: string, purpose: LinkPurpose, link: string): string | null {
  const dot = link.trim().lastIndexOf('.');
  if (dot < 1) return null;
  const subject = link.trim().slice(0, dot);
  const given = Buffer.from(link.trim().slice(dot + 1));
  const expected = Buffer.from(signature(secret, purpose, subject));
  return given.length === expected.length && timingSafeEqual(given, expected) ? subject : null;
}

function signature(secret: string, purpose: LinkPurpose, subject: string): string {
  return createHmac('sha256', secret).update(`${purpose}:${subject}`).digest('base64url').slice(0, 22);
}

/** The signed link of a ticket's confirmation: opens it without the postal code. */
export function signTicketLink(secret: string, trackingCode: string): string {
  return signLink(secret, 'ticket-link', trackingCode);
}

/** The tracking code a ticket link opens, or null. */
export function verifyTicketLink(secret: string, link: string): string | null {
  return verifyLink(secret, 'ticket-link', link);
}

/** The address a customer opens: the tenant's tracker page with the link as `sav-ticket`. */
export function ticketLinkUrl(trackerUrl: string, link: string): string {
  const url = new URL(trackerUrl);
  url.searchParams.set('sav-ticket', link);
  return url.href;
}
