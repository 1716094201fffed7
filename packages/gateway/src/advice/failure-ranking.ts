/**
 * What fails most on a model, from the tenant's repairs: the causes its tickets name (the parts the
 * technician replaced, tickets.partsUsed, and the symptoms given at intake, tickets.symptoms), each
 * counted once per ticket, aggregated by the database in one grouped statement.
 *
 * Why it is cached, and how: usage advice is shown by the warranty check, the gateway's hottest
 * path (see `pnpm bench gateway`), and by every tracker refresh. A GROUP BY over a model's tickets
 * per check would put a table scan on that path. A ranking changes only when repairs are recorded,
 * a handful a day per model, and advice from a ranking minutes old is the same advice; so each
 * gateway keeps each model's ranking for RANKING_TTL_MS, computes it lazily on first use (one
 * statement per model per TTL per instance, shared by the requests that wait for it meanwhile),
 * and holds at most MAX_RANKINGS models. It is not kept in the configuration cache: that one is
 * kept true by change notices, which repairs do not send (tickets are not configuration).
 * Entries are keyed by tenant and catalogue model id: another tenant's repairs never count.
 */
import { type CauseFailures } from '@sav/rules';
import type { PrismaClient } from '../generated/prisma/client.js';
import type { Store } from '../db/store.js';

/** How long a model's ranking is served before it is counted again. */
export const RANKING_TTL_MS = 10 * 60_000;
const MAX_RANKINGS = 10_000;
/** The causes kept per model: advice shows a few; the rest would only fill memory. */
const MAX_CAUSES = 30;

interface RankingEntry {
  readonly tenantId: string;
  readonly expiresAt: number;
  readonly ranking: Promise<readonly CauseFailures[]>;
}

/** Each store's rankings (by its client: copies of a store share them). */
const rankingsByStore = new WeakMap<PrismaClient, Map<string, RankingEntry>>();

/** The catalogue model whose repairs are counted. */
export interface RankedModel {
  readonly id: string;
  readonly model: string;
}

/** The model's causes of repair, the most frequent first; from this gateway's memory when counted less than RANKING_TTL_MS ago. */
export function failureRanking(store: Store, tenantId: string, product: RankedModel, now = Date.now()): Promise<readonly CauseFailures[]> {
  let rankings = rankingsByStore.get(store.prisma);
  if (!rankings) rankingsByStore.set(store.prisma, (rankings = new Map()));
  const key = `${tenantId}\u0000${product.id}`;
  const entry = rankings.get(key);
  if (entry && entry.expiresAt > now) return entry.ranking;
  const ranking = countFailures(store, tenantId, product);
  if (rankings.size >= MAX_RANKINGS) rankings.delete(rankings.keys().next().value!);
  rankings.delete(key);
  rankings.set(key, { tenantId, expiresAt: now + RANKING_TTL_MS, ranking });
  // A failed count is not kept: the next request tries again.
  ranking.catch(() => {
    if (rankings.get(key)?.ranking === ranking) rankings.delete(key);
  });
  return ranking;
}

/** Forgets this gateway's rankings of one tenant, or of every tenant: the next request counts again. */
export function forgetFailureRankings(store: Store, tenantId?: string): void {
  const rankings = rankingsByStore.get(store.prisma);
  if (!rankings) return;
  if (tenantId === undefined) return rankings.clear();
  for (const [key, entry] of rankings) if (entry.tenantId === tenantId) rankings.delete(key);
}

async function countFailures(store: Store, tenantId: string, product: RankedModel): Promise<readonly CauseFailures[]> {
  const rows = await store.prisma.$queryRaw<{ cause: string; repairs: number }[]>`
    WITH model_tickets AS (
      SELECT t.id, t."partsUsed", t.symptoms
      FROM tickets t
      -- The model as the ticket links it, else as the customer typed it (as the quality report matches them).
      WHERE t."tenantId" = ${tenantId}
        AND t.status <> 'CANCELLED'
        AND (t."productModelId" = ${product.id} OR (t."productModelId" IS NULL AND upper(btrim(t."productModel")) = upper(${product.model})))
    ),
    causes AS (
      SELECT mt.id, part AS cause FROM model_tickets mt CROSS JOIN LATERAL unnest(mt."partsUsed") AS part
      UNION
      SELECT mt.id, symptom AS cause FROM model_tickets mt CROSS JOIN LATERAL unnest(mt.symptoms) AS symptom
    )
    SELECT cause, count(*)::int AS repairs
    FROM causes
    GROUP BY cause
    ORDER BY repairs DESC, cause
    LIMIT ${MAX_CAUSES}`;
  return Object.freeze(rows.map((row) => Object.freeze({ cause: row.cause, repairs: Number(row.repairs) })));
}
