/**
 * What nearly every request reads and hardly anything writes — API keys, a tenant's service
 * settings, its catalogue and warranty policies, its technicians — kept in memory by a running
 * gateway, so that a warranty check by model costs no database round trip, and the arrival windows
 * of an area read only the booked visits.
 *
 * Every write to those tables announces its tenant on commit, from any process or tool (triggers
 * of the migrations `configuration_change_notices` and `technician_change_notices` NOTIFY
 * `sav_configuration_changes`); each gateway LISTENs and forgets that tenant's entries. Writes made through this process forget them
 * at once as well (`configurationChanged`), so a gateway reads its own writes. Besides:
 * - an entry is read again after ENTRY_TTL_MS whatever happens (a safety net, not the mechanism);
 * - while the listening connection is lost, nothing is cached (everything is read from the
 *   database), and everything is forgotten when it is back: notices sent meanwhile are lost;
 * - a value read while a change was announced is used for that request but not kept, so that a
 *   read racing a write cannot put the old value back after the notice.
 * Cached values are frozen: they are shared by every request.
 */
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Store } from './store.js';

export const CONFIGURATION_CHANGES_CHANNEL = 'sav_configuration_changes';
/** Payloads that are not a tenant's change but a marker sent by `heard` (tenant ids are UUIDs). */
const MARKER_PREFIX = 'heard:';
const ENTRY_TTL_MS = 60_000;
const MAX_ENTRIES = 10_000;

interface Entry<V> {
  readonly tenantId: string;
  readonly value: V;
  readonly expiresAt: number;
}

/** One kind of cached read (keys by hash, products by model, …). */
export class CachedReads<V> {
  readonly #entries = new Map<string, Entry<V>>();
  readonly #cache: ConfigurationCache;

  constructor(cache: ConfigurationCache) {
    this.#cache = cache;
  }

  /**
   * The value under `key`, or `load`'s answer (kept unless a change was announced meanwhile).
   * `tenantOf` names the tenant the value belongs to, for forgetting it when that tenant changes.
   */
  async get(key: string, load: () => Promise<V>, tenantOf: (value: V) => string | null): Promise<V> {
    const now = Date.now();
    const entry = this.#entries.get(key);
    if (entry && entry.expiresAt > now && this.#cache.active) return entry.value;
    const generation = this.#cache.generation;
    const value = await load();
    const tenantId = tenantOf(value);
    if (tenantId !== null && this.#cache.active && generation === this.#cache.generation) {
      if (this.#entries.size >= MAX_ENTRIES) this.#entries.delete(this.#entries.keys().next().value!);
      this.#entries.set(key, { tenantId, value: deepFreeze(value), expiresAt: now + ENTRY_TTL_MS });
    }
    return value;
  }

  /** Forgets one tenant's entries, or all. */
  forget(tenantId?: string): void {
    if (tenantId === undefined) return this.#entries.clear();
    for (const [key, entry] of this.#entries) if (entry.tenantId === tenantId) this.#entries.delete(key);
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** The cached reads of one store, and what keeps them true. */
export class ConfigurationCache {
  #generation = 0;
  #active = false;
  readonly #reads = new Map<string, CachedReads<unknown>>();
  #listener: { close(): Promise<void> } | null = null;
  readonly #markers = new Map<string, () => void>();

  /** Bumped by every announced change: a value read across a change is not kept. */
  get generation(): number {
    return this.#generation;
  }

  /** Whether changes are being heard: only then is anything served from memory. */
  get active(): boolean {
    return this.#active;
  }

  /** The cached reads named `name` (one per kind of value). */
  reads<V>(name: string): CachedReads<V> {
    let reads = this.#reads.get(name);
    if (!reads) this.#reads.set(name, (reads = new CachedReads<unknown>(this)));
    return reads as CachedReads<V>;
  }

  /** Forgets what was cached of one tenant (or of all: undefined or ''). */
  changed(tenantId?: string): void {
    this.#generation += 1;
    for (const reads of this.#reads.values()) reads.forget(tenantId || undefined);
  }

  async listen(store: Store): Promise<void> {
    this.#listener = await store.listen(
      CONFIGURATION_CHANGES_CHANNEL,
      (payload) => this.#heard(payload),
      () => {
        this.changed();
        this.#active = true;
      },
      () => {
        this.#active = false;
        this.changed();
      },
    );
    this.#active = true;
  }

  #heard(payload: string): void {
    if (!payload.startsWith(MARKER_PREFIX)) return this.changed(payload);
    this.#markers.get(payload)?.();
    this.#markers.delete(payload);
  }

  /**
   * Resolves once every change committed before the call has been heard: sends a marker on the
   * channel and waits for it (PostgreSQL delivers notices in commit order). For a process that
   * wrote through another connection (a script, a test) and must read the result next.
   */
  async caughtUp(store: Store, timeoutMs = 10_000): Promise<void> {
    if (!this.#active) return;
    const marker = `${MARKER_PREFIX}${crypto.randomUUID()}`;
    let timer: NodeJS.Timeout | undefined;
    const arrived = new Promise<void>((resolve, reject) => {
      this.#markers.set(marker, resolve);
      timer = setTimeout(() => reject(new Error(`No configuration notice came back within ${timeoutMs} ms.`)), timeoutMs);
    });
    try {
      await store.prisma.$queryRaw`SELECT pg_notify(${CONFIGURATION_CHANGES_CHANNEL}, ${marker})::text AS sent`;
      await arrived;
    } finally {
      clearTimeout(timer);
      this.#markers.delete(marker);
    }
  }

  async close(): Promise<void> {
    this.#active = false;
    this.changed();
    await this.#listener?.close();
    this.#listener = null;
  }
}

/** The running cache of each store (by its client: copies of a store share it). */
const caches = new WeakMap<PrismaClient, ConfigurationCache>();

/** Starts caching the store's configuration reads (the gateway does, once); stop with the returned function. */
export async function startConfigurationCache(store: Store): Promise<{ cache: ConfigurationCache; stop(): Promise<void> }> {
  const cache = new ConfigurationCache();
  await cache.listen(store);
  caches.set(store.prisma, cache);
  return {
    cache,
    async stop() {
      if (caches.get(store.prisma) === cache) caches.delete(store.prisma);
      await cache.close();
    },
  };
}

/**
 * Reads `key` of kind `kind` through the store's cache where a gateway runs on it, else straight
 * from the database (a command-line tool, a test of a single function).
 */
export function cachedRead<V>(store: Store, kind: string, key: string, load: () => Promise<V>, tenantOf: (value: V) => string | null): Promise<V> {
  const cache = caches.get(store.prisma);
  return cache ? cache.reads<V>(kind).get(key, load, tenantOf) : load();
}

/** Resolves once this process's cache has heard every configuration change committed before the call. */
export function configurationHeard(store: Store): Promise<void> {
  return caches.get(store.prisma)?.caughtUp(store) ?? Promise.resolve();
}

/** Tells this process's cache that a tenant's configuration was just written (the notice from the database follows). */
export function configurationChanged(store: Store, tenantId?: string): void {
  caches.get(store.prisma)?.changed(tenantId);
}

function deepFreeze<V>(value: V): V {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
