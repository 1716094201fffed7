import type { Language, LegalLanguage } from '@sav/rules';
import type { Store } from './db/store.js';
import type { Logger } from './http/logger.js';
import type { AuthenticatedTenant } from './tenancy/authenticate.js';
import type { TenantSettings } from './tenancy/tenant-settings.js';
import type { TicketChangeFeed } from './live/ticket-change-feed.js';
import type { RateLimitCounter } from './tenancy/rate-limit.js';

/** What every resolver knows about the request it serves. */
export interface GatewayContext {
  readonly store: Store;
  readonly tenant: AuthenticatedTenant;
  readonly language: Language;
  /** How dates are written in answers: the regional tag the request asked for (en-GB, fr-FR, nl-BE, zh-CN). */
  readonly locale: string;
  /** The language legal texts are written in (they have four: en, fr, nl, zh) and its regional tag. */
  readonly legalLocale: { readonly language: LegalLanguage; readonly locale: string };
  readonly requestId: string;
  /** The address the request came from (the socket's peer): limits count per address. */
  readonly clientAddress: string;
  /** Wakes live trackers when a ticket changes, on this instance or another. */
  readonly ticketChanges: TicketChangeFeed;
  readonly logger: Logger;
  /** Where rate-limit counts are kept, shared by every instance (PostgreSQL or Redis). */
  readonly rateLimits: RateLimitCounter;
  /** The tenant's service settings, read once for the whole request. */
  readonly tenantSettings: () => Promise<TenantSettings>;
  /** This request's ticket lookup was counted already (a stream counts when it opens). */
  readonly lookupCounted?: boolean;
  /** NODE_ENV=production: stricter checks (no demo keys, no plain-http addresses). */
  readonly production: boolean;
  /** The instant the request is judged at; "today" is this instant in the tenant's zone. */
  readonly now: Date;
}
