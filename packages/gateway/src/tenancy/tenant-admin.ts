import { isTimeZone, SEED_000_TERMS } from '@sav/rules';
import { configurationChanged } from '../db/configuration-cache.js';
import type { Store } from '../db/store.js';
import { schema } from '../schema/index.js';
import { checkScopes } from './key-scopes.js';
import { generateKey, hashKey, kindOfKey } from './keys.js';
import { isOriginPattern } from './origins.js';

/** A refusal of an administrative request, naming the option at fault. */
export class TenantAdminError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message);
    this.name = 'TenantAdminError';
  }
}

export interface NewTenant {
  readonly name: string;
  readonly slug?: string | undefined;
  readonly timeZone?: string | undefined;
  readonly allowedOrigins?: readonly string[] | undefined;
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,46}[a-z0-9])?$/;

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48);
}

export async function createTenant(store: Store, tenant: NewTenant) {
  const name = tenant.name.trim();
  if (name === '' || name.length > 100) throw new TenantAdminError('A tenant needs a name of 1 to 100 characters.', 'name');
  const slug = tenant.slug ?? slugify(name);
  if (!SLUG.test(slug)) throw new TenantAdminError(`"${slug}" is not a valid slug: lower-case letters, digits and hyphens, 1 to 48.`, 'slug');
  const timeZone = tenant.timeZone ?? 'Europe/Paris';
  if (!isTimeZone(timeZone)) throw new TenantAdminError(`"${timeZone}" is not an IANA time zone such as Europe/Paris.`, 'timeZone');
  const allowedOrigins = [...(tenant.allowedOrigins ?? [])];
  const badOrigin = allowedOrigins.find((origin) => !isOriginPattern(origin));
  if (badOrigin !== undefined) {
    throw new TenantAdminError(`"${badOrigin}" is not an origin: write it as https://shop.example, http://localhost:* or https://*.shop.example.`, 'allowedOrigins');
  }
  if (await store.prisma.tenant.findUnique({ where: { slug }, select: { id: true } })) {
    throw new TenantAdminError(`A tenant with the slug "${slug}" exists already.`, 'slug');
  }
  // A new network starts from seed 000's reintervention terms, in force from its creation; it changes them with updateReinterventionTerms.
  const terms = { ...SEED_000_TERMS, billableCauses: [...SEED_000_TERMS.billableCauses], vatRates: { ...SEED_000_TERMS.vatRates } };
  return store.prisma.tenant.create({
    data: { name, slug, timeZone, allowedOrigins, reinterventionTerms: { create: { ...terms, effectiveFrom: new Date() } } },
    select: { id: true, slug: true, name: true, timeZone: true, allowedOrigins: true },
  });
}

export async function listTenants(store: Store) {
  return store.prisma.tenant.findMany({ orderBy: { createdAt: 'asc' }, select: { slug: true, name: true, timeZone: true, allowedOrigins: true, demo: true } });
}

async function tenantId(store: Store, slug: string): Promise<string> {
  const tenant = await store.prisma.tenant.findUnique({ where: { slug }, select: { id: true } });
  if (!tenant) throw new TenantAdminError(`No tenant has the slug "${slug}"; \`sav tenant list\` shows them.`, 'tenant');
  return tenant.id;
}

export type KeyKindName = 'publishable' | 'secret';

export interface KeyOptions {
  readonly label?: string | undefined;
  /** Restricted key: the root operations it may run (see key-scopes.ts); none: all of its kind. */
  readonly scopes?: readonly string[] | undefined;
  /** It stops working at this instant. */
  readonly expiresAt?: Date | undefined;
  /** A partner workshop's key (secret only): it reaches that partner's tickets and steps only (partner-access.ts). */
  readonly partnerId?: string | undefined;
}

const KEY_SELECT = { id: true, kind: true, displayPrefix: true, label: true, scopes: true, partnerId: true, createdAt: true, revokedAt: true, expiresAt: true, lastUsedAt: true } as const;

/** The partner a key is issued for: one of this tenant's partner workshops (another tenant's is unknown here), for a secret key. */
async function partnerOf(store: Store, tenantId: string, slug: string, kind: KeyKindName, reference: string): Promise<string> {
  if (kind !== 'secret') throw new TenantAdminError('A partner workshop gets a secret key: issue it with --kind secret.', 'partner');
  const wanted = reference.trim();
  const partner = /^[0-9a-f-]{36}$/i.test(wanted) ? await store.prisma.partnerWorkshop.findFirst({ where: { id: wanted, tenantId }, select: { id: true } }) : null;
  if (!partner) throw new TenantAdminError(`The tenant "${slug}" has no partner workshop with the id "${reference}"; the partnerWorkshops query lists them.`, 'partner');
  return partner.id;
}

/** Issues a new key; the key is returned once and only its hash is stored. */
export async function issueKey(store: Store, slug: string, kind: KeyKindName, options: KeyOptions = {}) {
  const id = await tenantId(store, slug);
  const prismaKind = kind === 'publishable' ? 'PUBLISHABLE' : 'SECRET';
  const label = options.label?.trim() || null;
  if (label !== null && label.length > 100) throw new TenantAdminError('A key label has at most 100 characters.', 'label');
  let scopes: string[] = [];
  if (options.scopes?.length) {
    const checked = checkScopes(options.scopes, schema);
    if (!checked.ok) throw new TenantAdminError(checked.message, 'scope');
    scopes = checked.scopes;
  }
  if (options.expiresAt && !(options.expiresAt.getTime() > Date.now())) throw new TenantAdminError('A key cannot expire in the past.', 'expiresIn');
  const partnerId = options.partnerId === undefined ? null : await partnerOf(store, id, slug, kind, options.partnerId);
  const key = generateKey(prismaKind);
  const record = await store.prisma.apiKey.create({
    data: { tenantId: id, kind: prismaKind, hash: hashKey(key), displayPrefix: `${key.slice(0, 12)}…`, label, scopes, expiresAt: options.expiresAt ?? null, partnerId },
    select: KEY_SELECT,
  });
  return { ...record, key };
}

export async function listKeys(store: Store, slug: string) {
  const id = await tenantId(store, slug);
  return store.prisma.apiKey.findMany({ where: { tenantId: id }, orderBy: { createdAt: 'asc' }, select: KEY_SELECT });
}

/** One key of the tenant, named by its id or by the prefix `keys list` shows (with or without its "…"). */
async function findKey(store: Store, slug: string, reference: string) {
  const id = await tenantId(store, slug);
  const wanted = reference.trim().replace(/…$/, '');
  if (wanted === '') throw new TenantAdminError('Name the key by its id or the prefix `sav keys list` shows.', 'key');
  const byId = /^[0-9a-f-]{36}$/i.test(wanted) ? await store.prisma.apiKey.findFirst({ where: { tenantId: id, id: wanted }, select: { ...KEY_SELECT, tenantId: true } }) : null;
  if (byId) return byId;
  if (kindOfKey(wanted) === null) throw new TenantAdminError(`"${reference}" is neither a key id nor a key prefix (pk_… or sk_…).`, 'key');
  const matches = await store.prisma.apiKey.findMany({ where: { tenantId: id, OR: [{ displayPrefix: wanted }, { displayPrefix: `${wanted}…` }] }, select: { ...KEY_SELECT, tenantId: true } });
  if (matches.length === 0) throw new TenantAdminError(`The tenant "${slug}" has no key ${reference}; \`sav keys list --tenant ${slug}\` shows them.`, 'key');
  if (matches.length > 1) throw new TenantAdminError(`Several keys of "${slug}" start with ${reference}: name it by its id.`, 'key');
  return matches[0]!;
}

/** Revokes a key at once: every request with it is refused from now on. Revoking a revoked key changes nothing. */
export async function revokeKey(store: Store, slug: string, reference: string) {
  const key = await findKey(store, slug, reference);
  if (key.revokedAt !== null) return { ...key, alreadyRevoked: true };
  const revoked = await store.prisma.apiKey.update({ where: { id: key.id }, data: { revokedAt: new Date() }, select: KEY_SELECT });
  configurationChanged(store, key.tenantId);
  return { ...revoked, alreadyRevoked: false };
}

/**
 * Rotates a key: a successor of the same kind, label and scopes is issued, and the old key keeps
 * working for `graceMs` (so that servers and pages can switch), then expires. Both in one transaction.
 */
export async function rotateKey(store: Store, slug: string, reference: string, graceMs: number) {
  const old = await findKey(store, slug, reference);
  if (old.revokedAt !== null) throw new TenantAdminError(`The key ${old.displayPrefix} is revoked: issue a new one with \`sav keys issue\`.`, 'key');
  if (!Number.isFinite(graceMs) || graceMs < 0) throw new TenantAdminError('The grace period must be zero or more.', 'grace');
  const key = generateKey(old.kind);
  const endsAt = new Date(Date.now() + graceMs);
  const [successor] = await store.prisma.$transaction([
    store.prisma.apiKey.create({
      // A partner's key is succeeded by a key of the same partner: never by one that reaches the whole tenant.
      data: { tenantId: old.tenantId, kind: old.kind, hash: hashKey(key), displayPrefix: `${key.slice(0, 12)}…`, label: old.label, scopes: old.scopes, partnerId: old.partnerId },
      select: KEY_SELECT,
    }),
    graceMs === 0
      ? store.prisma.apiKey.update({ where: { id: old.id }, data: { revokedAt: endsAt }, select: { id: true } })
      : store.prisma.apiKey.update({ where: { id: old.id }, data: { expiresAt: old.expiresAt && old.expiresAt < endsAt ? old.expiresAt : endsAt }, select: { id: true } }),
  ]);
  configurationChanged(store, old.tenantId);
  return { ...successor, key, replaces: old.displayPrefix, oldKeyEndsAt: endsAt };
}
