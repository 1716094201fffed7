import type { Store } from '../db/store.js';
import { hashKey } from './keys.js';

export type KeyKind = 'PUBLISHABLE' | 'SECRET';

export interface AuthenticatedTenant {
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
  readonly allowedOrigins: readonly string[];
  readonly keyKind: KeyKind;
  /** The key the request came with (its row id): limits count per key. */
  readonly keyId: string;
  /** The key's label ("web shop", "service desk"): names who took a back-office step. */
  readonly keyLabel: string | null;
}

export type Authentication =
  | { readonly ok: true; readonly tenant: AuthenticatedTenant }
  | { readonly ok: false; readonly message: string };

const BEARER = /^Bearer\s+(\S+)\s*$/i;
const KEY_SHAPE = /^(pk|sk)_[A-Za-z0-9_-]{1,200}$/;

/** The key named by an `Authorization: Bearer …` header, or why there is none. */
export function bearerKey(authorization: string | undefined): { key: string } | { message: string } {
  if (!authorization) return { message: 'No API key: send your publishable key (pk_…) or secret key (sk_…) as "Authorization: Bearer <key>".' };
  const key = BEARER.exec(authorization)?.[1];
  if (!key) return { message: 'The Authorization header must read "Bearer <key>".' };
  if (!KEY_SHAPE.test(key)) return { message: 'That is not a SAV key: keys start with pk_ or sk_.' };
  return { key };
}

/**
 * Finds the tenant of a key; revoked and unknown keys are refused alike, saying nothing more.
 * In production the demo tenant's keys (pk_demo, sk_demo) are refused: they are public.
 */
export async function authenticate(store: Store, authorization: string | undefined, options: { production: boolean }): Promise<Authentication> {
  const bearer = bearerKey(authorization);
  if ('message' in bearer) return { ok: false, message: bearer.message };
  const apiKey = await store.prisma.apiKey.findUnique({
    where: { hash: hashKey(bearer.key) },
    select: { id: true, kind: true, label: true, revokedAt: true, tenant: { select: { id: true, name: true, timeZone: true, allowedOrigins: true, demo: true } } },
  });
  if (!apiKey || apiKey.revokedAt !== null) return { ok: false, message: 'Unknown or revoked API key.' };
  const { demo, ...tenant } = apiKey.tenant;
  if (demo && options.production) return { ok: false, message: 'Demo keys are refused where NODE_ENV=production: issue your own with `sav keys issue`.' };
  return { ok: true, tenant: { ...tenant, keyKind: apiKey.kind, keyId: apiKey.id, keyLabel: apiKey.label } };
}
