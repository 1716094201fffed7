import type { Language } from '@sav/rules';
import type { Store } from './db/store.js';
import type { Logger } from './http/logger.js';
import type { AuthenticatedTenant } from './tenancy/authenticate.js';

/** What every resolver knows about the request it serves. */
export interface GatewayContext {
  readonly store: Store;
  readonly tenant: AuthenticatedTenant;
  readonly language: Language;
  readonly requestId: string;
  readonly logger: Logger;
  /** The instant the request is judged at; "today" is this instant in the tenant's zone. */
  readonly now: Date;
}
