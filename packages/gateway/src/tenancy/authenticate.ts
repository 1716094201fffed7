import { cachedRead } from '../db/configuration-cache.js';
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
  /** A restricted key's scopes; empty: everything its kind may do. */
  readonly keyScopes: readonly string[];
  /** A partner workshop's key: the partner it speaks for (it reaches only that partner's tickets, tenancy/partner-access.ts); null for the tenant's own keys. */
  readonly partnerId: string | null;
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

/** How often a key's last-used time is written: at most once a minute, not on every request. */
const LAST_USED_PRECISION_MS = 60_000;
/** When this process last wrote each key's last-used time (the cached key row keeps the time it was read with). */
const lastUsedWritten = new Map<string, number>();
const API_KEY_SELECT = {
  id: true, kind: true, label: true, scopes: true, partnerId: true, revokedAt: true, expiresAt: true, lastUsedAt: true,
  tenant: { select: { id: true, name: true, timeZone: true, allowedOrigins: true, demo: true } },
} as const;

/**
 * Publishable keys' hashes, remembered: such a key is public (it sits in the retailer's pages) and
 * comes with nearly every request. Secret keys are hashed each time, and never kept.
 */
const publishableHashes = new Map<string, string>();

function keyHash(key: string): string {
  if (!key.startsWith('pk_')) return hashKey(key);
  let hash = publishableHashes.get(key);
  if (hash === undefined) {
    if (publishableHashes.size >= 10_000) publishableHashes.clear();
    publishableHashes.set(key, (hash = hashKey(key)));
  }
  return hash;
}

/**
 * Finds the tenant of a key; revoked, expired and unknown keys are refused alike, saying nothing
 * more. In production the demo tenant's keys (pk_demo, sk_demo) are refused: they are public.
 */
export async function authenticate(store: Store, authorization: string | undefined, options: { production: boolean; now?: Date }): Promise<Authentication> {
  const now = options.now ?? new Date();
  const bearer = bearerKey(authorization);
  if ('message' in bearer) return { ok: false, message: bearer.message };
  const hash = keyHash(bearer.key);
  // Through the running gateway's cache: a revocation reaches it by the database's change notice.
  const apiKey = await cachedRead(store, 'api-key', hash, () => store.prisma.apiKey.findUnique({ where: { hash }, select: API_KEY_SELECT }), (key) => key?.tenant.id ?? null);
  if (!apiKey || apiKey.revokedAt !== null || (apiKey.expiresAt !== null && apiKey.expiresAt <= now)) return { ok: false, message: 'Unknown, revoked or expired API key.' };
  const { demo, ...tenant } = apiKey.tenant;
  if (demo && options.production) return { ok: false, message: 'Demo keys are refused where NODE_ENV=production: issue your own with `sav keys issue`.' };
  const lastUsed = Math.max(apiKey.lastUsedAt?.getTime() ?? -Infinity, lastUsedWritten.get(apiKey.id) ?? -Infinity);
  if (now.getTime() - lastUsed >= LAST_USED_PRECISION_MS) {
    if (lastUsedWritten.size >= 100_000) lastUsedWritten.clear();
    lastUsedWritten.set(apiKey.id, now.getTime());
    await store.prisma.apiKey.update({ where: { id: apiKey.id }, data: { lastUsedAt: now }, select: { id: true } });
  }
  return { ok: true, tenant: { ...tenant, keyKind: apiKey.kind, keyId: apiKey.id, keyLabel: apiKey.label, keyScopes: apiKey.scopes, partnerId: apiKey.partnerId } };
}
