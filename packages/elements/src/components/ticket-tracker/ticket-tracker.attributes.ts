import { readConnection, type Connection, type ConnectionAttributes } from '../../internal/connection.js';
import { trackerText } from '../../internal/i18n.tracker.js';
import type { SupportedLanguage } from '../../internal/language.js';

/** How often the tracker asks for the ticket when the live stream is blocked: default and minimum, in seconds. */
export const DEFAULT_POLL_SECONDS = 30;
export const MIN_POLL_SECONDS = 5;

/** The query parameter of the signed link in the tenant's tracker page address (`?sav-ticket=…`). */
export const LINK_PARAMETER = 'sav-ticket';

/** How the customer reaches the ticket: the tracking code with the postal code, or the signed link; nothing else. */
export type TicketAccess =
  | { readonly trackingCode: string; readonly postalCode: string; readonly link?: undefined }
  | { readonly link: string; readonly trackingCode?: undefined; readonly postalCode?: undefined };

/** The attributes a page sets on `<sav-ticket-tracker>`, as properties. */
export interface TrackerAttributes extends ConnectionAttributes {
  /** An alias of `publishable-key`. */
  readonly apiKey: string | undefined;
  readonly trackingCode: string | undefined;
  readonly postalCode: string | undefined;
  readonly link: string | undefined;
  readonly pollInterval: number | undefined;
}

/** Where and as whom to call the gateway (or a fatal problem), the access the page gives, the polling period, warnings. */
export type Configuration = Connection & {
  readonly access: TicketAccess | undefined;
  readonly pollSeconds: number;
  readonly warnings: readonly string[];
};

/** The signed link in the page's address (`?sav-ticket=…`), if any. */
export function linkFromPage(): string | undefined {
  return new URLSearchParams(window.location.search).get(LINK_PARAMETER)?.trim() || undefined;
}

/**
 * The access the page gives: the `link` attribute; else `tracking-code` with `postal-code`; else,
 * when none of the three is set, the link in the page's address. None: the lookup form.
 */
export function accessFrom(attributes: TrackerAttributes): TicketAccess | undefined {
  const link = attributes.link?.trim();
  if (link) return { link };
  const trackingCode = attributes.trackingCode?.trim();
  const postalCode = attributes.postalCode?.trim();
  if (trackingCode && postalCode) return { trackingCode, postalCode };
  if (trackingCode || postalCode) return undefined;
  const pageLink = linkFromPage();
  return pageLink ? { link: pageLink } : undefined;
}

/** Reads the attributes; never throws: a wrong value is a message in the reader's language. */
export function readConfiguration(attributes: TrackerAttributes, language: SupportedLanguage): Configuration {
  const connection = readConnection({ api: attributes.api, publishableKey: attributes.publishableKey ?? attributes.apiKey }, language);
  const warnings: string[] = [];
  const asked = attributes.pollInterval;
  let pollSeconds = DEFAULT_POLL_SECONDS;
  if (asked !== undefined && asked !== null) {
    if (Number.isFinite(asked) && asked >= MIN_POLL_SECONDS) pollSeconds = asked;
    else {
      pollSeconds = Number.isFinite(asked) && asked > 0 ? MIN_POLL_SECONDS : DEFAULT_POLL_SECONDS;
      warnings.push(trackerText(language, 'config.pollInterval', { value: String(asked), seconds: pollSeconds }));
    }
  }
  if (connection.fatal !== undefined) return { ...connection, access: undefined, pollSeconds, warnings: [] };
  return { ...connection, access: accessFrom(attributes), pollSeconds, warnings };
}

/** Two accesses open the same ticket the same way. */
export function sameAccess(a: TicketAccess | undefined, b: TicketAccess | undefined): boolean {
  return a?.link === b?.link && a?.trackingCode === b?.trackingCode && a?.postalCode === b?.postalCode;
}
