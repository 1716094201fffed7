/**
 * Rate limits on what a browser could use to enumerate or flood: ticket lookups, warranty lookups
 * by serial, and booking requests. Counted per tenant, publishable key and client address, in fixed
 * one-minute windows kept where every gateway instance sees them: in Redis where REDIS_URL is set,
 * else in PostgreSQL. Over the limit: a GraphQL error with code RATE_LIMITED, HTTP status 429 and a
 * Retry-After header. Secret keys are not limited: they sit on the tenant's own servers.
 */
import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import type { GatewayContext } from '../context.js';
import type { Store } from '../db/store.js';

const WINDOW_MS = 60_000;

/** What is counted: each has its own count and its tenant setting. */
export type LimitedAction = 'ticket-lookup' | 'warranty-lookup' | 'booking';

export class RateLimitedError extends GraphQLError {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests: try again in ${retryAfterSeconds} s.`, {
      extensions: { code: 'RATE_LIMITED', retryAfter: retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
    });
  }
}

/** Where the counts live. */
export interface RateLimitCounter {
  readonly kind: 'postgresql' | 'redis';
  /** Adds one to the count of `bucket` in the window starting at `windowStart`; the count after. */
  increment(tenantId: string, bucket: string, windowStart: Date): Promise<number>;
  /** Can it count now? (readiness) */
  ready(): Promise<boolean>;
  close(): Promise<void>;
}

export function postgresCounter(store: Store): RateLimitCounter {
  return {
    kind: 'postgresql',
    async increment(tenantId, bucket, windowStart) {
      const [row] = await store.prisma.$queryRaw<{ count: number }[]>`
        INSERT INTO rate_limit_windows ("tenantId", bucket, "windowStart", count)
        VALUES (${tenantId}, ${bucket}, ${windowStart}, 1)
        ON CONFLICT (bucket, "windowStart") DO UPDATE SET count = rate_limit_windows.count + 1
        RETURNING count`;
      return row?.count ?? 0;
    },
    ready: async () => true,
    close: async () => {},
  };
}

/** Counts in Redis: one key per bucket and window, expiring after the window. */
export function redisCounter(url: string): RateLimitCounter {
  const redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2, enableOfflineQueue: true });
  // A connection error is reported by the commands that fail (a refused count is an error, not a pass).
  redis.on('error', () => {});
  return {
    kind: 'redis',
    async increment(_tenantId, bucket, windowStart) {
      const key = `sav:rate:${bucket}:${windowStart.getTime()}`;
      const results = await redis.multi().incr(key).pexpire(key, 2 * WINDOW_MS).exec();
      const count = results?.[0]?.[1];
      if (typeof count !== 'number') throw new Error('Redis did not count the request.');
      return count;
    },
    ready: async () => redis.ping().then((answer) => answer === 'PONG', () => false),
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

/** The counter the configuration names: Redis where REDIS_URL is set, else the store. */
export function counterFromConfig(store: Store, redisUrl: string | undefined = process.env.REDIS_URL): RateLimitCounter {
  return redisUrl ? redisCounter(redisUrl) : postgresCounter(store);
}

/** Counts one request of `action`; throws RateLimitedError over the tenant's limit for it. */
export async function countRequest(context: GatewayContext, action: LimitedAction): Promise<void> {
  if (context.tenant.keyKind === 'SECRET') return;
  const settings = await context.tenantSettings();
  const limit = action === 'booking' ? settings.bookingsPerMinute : settings.lookupsPerMinute;
  const windowStart = new Date(Math.floor(context.now.getTime() / WINDOW_MS) * WINDOW_MS);
  const bucket = `${action}:${context.tenant.id}:${context.tenant.keyId}:${context.clientAddress}`;
  const count = await context.rateLimits.increment(context.tenant.id, bucket, windowStart);
  if (count > limit) {
    const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - context.now.getTime()) / 1000));
    context.logger.warn('rate_limit.refused', { requestId: context.requestId, action, tenantId: context.tenant.id });
    throw new RateLimitedError(retryAfter);
  }
}

/** Forgets windows that ended before `before`: run now and then, they only grow otherwise (Redis keys expire by themselves). */
export async function pruneRateLimitWindows(context: Pick<GatewayContext, 'store'>, before: Date): Promise<number> {
  return context.store.prisma.rateLimitWindow.deleteMany({ where: { windowStart: { lt: new Date(before.getTime() - WINDOW_MS) } } }).then((result) => result.count);
}
