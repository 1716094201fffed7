/**
 * Requests counted per tenant, key and client address in fixed one-minute windows, in PostgreSQL so
 * that every gateway instance shares the count. Over the limit: a GraphQL error with code
 * RATE_LIMITED, HTTP status 429 and a Retry-After header.
 */
import { GraphQLError } from 'graphql';
import type { GatewayContext } from '../context.js';

const WINDOW_MS = 60_000;

export class RateLimitedError extends GraphQLError {
  constructor(readonly retryAfterSeconds: number) {
    super(`Too many requests: try again in ${retryAfterSeconds} s.`, {
      extensions: { code: 'RATE_LIMITED', retryAfter: retryAfterSeconds, http: { status: 429, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
    });
  }
}

/** Counts one request against `limit` a minute in `scope`; throws RateLimitedError over it. */
export async function countRequest(context: GatewayContext, scope: string, limit: number): Promise<void> {
  const windowStart = new Date(Math.floor(context.now.getTime() / WINDOW_MS) * WINDOW_MS);
  const bucket = `${scope}:${context.tenant.id}:${context.tenant.keyId}:${context.clientAddress}`;
  const [row] = await context.store.prisma.$queryRaw<{ count: number }[]>`
    INSERT INTO rate_limit_windows ("tenantId", bucket, "windowStart", count)
    VALUES (${context.tenant.id}, ${bucket}, ${windowStart}, 1)
    ON CONFLICT (bucket, "windowStart") DO UPDATE SET count = rate_limit_windows.count + 1
    RETURNING count`;
  if ((row?.count ?? 0) > limit) {
    const retryAfter = Math.max(1, Math.ceil((windowStart.getTime() + WINDOW_MS - context.now.getTime()) / 1000));
    context.logger.warn('rate_limit.refused', { requestId: context.requestId, scope, tenantId: context.tenant.id });
    throw new RateLimitedError(retryAfter);
  }
}

/** Forgets windows that ended before `before`: run now and then, they only grow otherwise. */
export async function pruneRateLimitWindows(context: Pick<GatewayContext, 'store'>, before: Date): Promise<number> {
  return context.store.prisma.rateLimitWindow.deleteMany({ where: { windowStart: { lt: new Date(before.getTime() - WINDOW_MS) } } }).then((result) => result.count);
}
