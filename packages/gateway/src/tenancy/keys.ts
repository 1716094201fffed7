// API keys: `pk_…` (publishable) and `sk_…` (secret). Only a key's sha256 is stored.
import { createHash, randomBytes } from 'node:crypto';
import type { ApiKeyKind } from '../generated/prisma/enums.js';

export type { ApiKeyKind } from '../generated/prisma/enums.js';

const prefixOfKind: Record<ApiKeyKind, string> = { PUBLISHABLE: 'pk_', SECRET: 'sk_' };

/** The stored form of a key: sha256 of the whole key, lowercase hex. */
export function hashKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A new key: `pk_` or `sk_` and 32 random URL-safe characters (192 bits). */
export function generateKey(kind: ApiKeyKind): string {
  return prefixOfKind[kind] + randomBytes(24).toString('base64url');
}

/** What may be shown of a key: all of a short one (`pk_demo`), else its first 12 characters and "…". */
export function keyDisplayPrefix(key: string): string {
  return key.length <= 12 ? key : `${key.slice(0, 12)}…`;
}

/** The kind a key's prefix announces, or null for a string that is not a SAV key. */
export function kindOfKey(key: string): ApiKeyKind | null {
  if (key.startsWith(prefixOfKind.PUBLISHABLE)) return 'PUBLISHABLE';
  if (key.startsWith(prefixOfKind.SECRET)) return 'SECRET';
  return null;
}
