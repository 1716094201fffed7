import { SavRequestError } from '@sav/client';
import { translate } from './i18n.js';
import type { SupportedLanguage } from './language.js';

/** A failure shown in a component's error state. */
export interface Failure {
  message: string;
  /** The server's own words, when they add something (e.g. InvalidInput's message). */
  detail?: string | undefined;
  /** Whether trying again may help (a network error, yes; a refused key, no). */
  retry: boolean;
}

/** Puts a failed gateway request (a thrown `SavRequestError`, or anything else) in plain words. */
export function describeRequestFailure(error: unknown, language: SupportedLanguage): Failure {
  if (error instanceof SavRequestError) {
    if (error.code === 'NETWORK_ERROR') return { message: translate(language, 'error.network'), retry: true };
    if (error.code === 'UNAUTHENTICATED' || error.status === 401 || error.status === 403) {
      return { message: translate(language, 'error.unauthenticated'), retry: false };
    }
    if (error.status === 429) return { message: translate(language, 'error.rateLimited'), retry: true };
    return { message: translate(language, 'error.server', { code: error.code }), detail: error.message, retry: true };
  }
  return { message: translate(language, 'error.network'), retry: true };
}
