import { translate } from './i18n.js';
import type { SupportedLanguage } from './language.js';

/** The attributes every component that calls the gateway reads: `api` and `publishable-key`. */
export interface ConnectionAttributes {
  readonly api: string | undefined;
  readonly publishableKey: string | undefined;
}

/** Where and as whom to call the gateway, or why the page's attributes do not allow it. */
export type Connection =
  | { readonly endpoint: URL; readonly publishableKey: string; readonly fatal?: undefined }
  | { readonly fatal: string };

/**
 * Reads `publishable-key` and `api`; never throws: a wrong value is a message in the reader's
 * language. A secret key is refused (it must never reach a web page); the default endpoint is
 * `/graphql` on the page's origin.
 */
export function readConnection(attributes: ConnectionAttributes, language: SupportedLanguage): Connection {
  const publishableKey = (attributes.publishableKey ?? '').trim();
  if (!publishableKey) return { fatal: translate(language, 'config.missingKey') };
  if (publishableKey.startsWith('sk_')) return { fatal: translate(language, 'config.secretKey') };
  if (!/^pk_[\w-]+$/.test(publishableKey)) return { fatal: translate(language, 'config.invalidKey', { value: publishableKey }) };

  let endpoint: URL | undefined;
  const api = attributes.api?.trim();
  try {
    endpoint = api ? new URL(api, document.baseURI) : new URL('/graphql', window.location.origin);
  } catch {
    endpoint = undefined;
  }
  if (!endpoint || (endpoint.protocol !== 'http:' && endpoint.protocol !== 'https:')) {
    return { fatal: translate(language, 'config.invalidApi', { value: api ?? '' }) };
  }
  return { endpoint, publishableKey };
}
