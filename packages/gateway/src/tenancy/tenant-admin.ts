import { isTimeZone, SEED_000_TERMS } from '@sav/rules';
import type { Store } from '../db/store.js';
import { generateKey, hashKey } from './keys.js';
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

/** Issues a new key; the key is returned once and only its hash is stored. */
export async function issueKey(store: Store, slug: string, kind: KeyKindName, label?: string) {
  const id = await tenantId(store, slug);
  const prismaKind = kind === 'publishable' ? 'PUBLISHABLE' : 'SECRET';
  const key = generateKey(prismaKind);
  const record = await store.prisma.apiKey.create({
    data: { tenantId: id, kind: prismaKind, hash: hashKey(key), displayPrefix: `${key.slice(0, 12)}…`, label: label ?? null },
    select: { id: true, kind: true, displayPrefix: true, label: true, createdAt: true },
  });
  return { ...record, key };
}

export async function listKeys(store: Store, slug: string) {
  const id = await tenantId(store, slug);
  return store.prisma.apiKey.findMany({
    where: { tenantId: id },
    orderBy: { createdAt: 'asc' },
    select: { id: true, kind: true, displayPrefix: true, label: true, createdAt: true, revokedAt: true, lastUsedAt: true },
  });
}
