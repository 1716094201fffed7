/**
 * What a quality report covers, as SQL: the tickets and the units sold in scope, the CTEs every
 * statement of the report (quality-report.ts) and of its paginated lists (repeated-defects.ts)
 * starts from. What each figure is made of: quality-report.ts.
 */
import type { QualityReportScope } from '@sav/rules';
import type { Store } from '../db/store.js';
import { Prisma } from '../generated/prisma/client.js';

export const TRUE = Prisma.sql`TRUE`;

/** The catalogue models in scope: the filters on model and category. */
function modelFilter(scope: QualityReportScope, alias: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${scope.productModels.length > 0 ? Prisma.sql`${alias}.model IN (${Prisma.join(scope.productModels)})` : TRUE}
    AND ${scope.category !== null ? Prisma.sql`upper(${alias}.category) = ${scope.category}` : TRUE}`;
}

/**
 * The CTEs every statement starts from: the tickets in scope (`scoped`) and the units sold in
 * scope (`sold`). Written for the planner at scale (BENCHMARKS.md, `pnpm bench analytics`):
 * - a ticket's model is found by two equi-joins (the linked id, else the typed code), which hash,
 *   where one join on `id = … OR model = …` probed the catalogue once per ticket;
 * - `scoped` does not read sales: only the purchase months need a ticket's registered sale
 *   (joined by the month statement alone), and every statement reading `scoped` would otherwise
 *   hash all of the tenant's sales;
 * - the days `from` and `to` are turned into the instants they start at in the tenant's zone, so
 *   that the index on tickets (tenantId, createdAt) serves them;
 * - `sold` reads product_models only when models or a category are asked for (sales.productModelId
 *   is a catalogue model of the sale's tenant by construction).
 */
export function scopeCtes(tenantId: string, timeZone: string, scope: QualityReportScope): Prisma.Sql {
  // A day in the tenant's zone as the instants it spans, so that the index on (tenantId, createdAt) serves it.
  const startOf = (day: Prisma.Sql) => Prisma.sql`((${day})::timestamp AT TIME ZONE ${timeZone})`;
  const modelsAsked = scope.productModels.length > 0 || scope.category !== null;
  return Prisma.sql`
    scoped AS (
      SELECT t.id, t.status, t."createdAt", t."partsUsed", pm.id AS "modelId", pm.model,
             upper(t."serialNumber") AS serial, t."purchaseDate" AS "intakePurchaseDate"
      FROM tickets t
      -- The model as the ticket links it, else as the customer typed it (requests keep the code only).
      LEFT JOIN product_models typed ON t."productModelId" IS NULL AND typed."tenantId" = t."tenantId" AND typed.model = upper(btrim(t."productModel"))
      JOIN product_models pm ON pm."tenantId" = t."tenantId" AND pm.id = COALESCE(t."productModelId", typed.id)
      WHERE t."tenantId" = ${tenantId}
        AND t.status <> 'CANCELLED'
        AND ${scope.from !== null ? Prisma.sql`t."createdAt" >= ${startOf(Prisma.sql`${scope.from}::date`)}` : TRUE}
        AND ${scope.to !== null ? Prisma.sql`t."createdAt" < ${startOf(Prisma.sql`${scope.to}::date + 1`)}` : TRUE}
        AND ${scope.country !== null ? Prisma.sql`upper(t.country) = ${scope.country}` : TRUE}
        AND ${modelFilter(scope, Prisma.sql`pm`)}
    ),
    sold AS (
      SELECT s."purchaseDate", s."productModelId" AS "modelId"
      FROM sales s
      WHERE s."tenantId" = ${tenantId}
        AND ${scope.to !== null ? Prisma.sql`s."purchaseDate" <= ${scope.to}::date` : TRUE}
        AND ${scope.country !== null ? Prisma.sql`upper(s.country) = ${scope.country}` : TRUE}
        AND ${modelsAsked ? Prisma.sql`s."productModelId" IN (SELECT pm.id FROM product_models pm WHERE pm."tenantId" = ${tenantId} AND ${modelFilter(scope, Prisma.sql`pm`)})` : TRUE}
    )`;
}

/**
 * One statement with PostgreSQL's JIT compilation off (SET LOCAL: this transaction only). The
 * report's aggregates cost enough by the planner's estimate to be compiled, and compiling them
 * took 0.1 to 0.9 s per statement on 100 000 tickets, more than running most of them (BENCHMARKS.md).
 */
export async function withoutJit<T>(prisma: Store['prisma'], statement: Prisma.Sql): Promise<T> {
  const [, rows] = await prisma.$transaction([prisma.$executeRaw`SET LOCAL jit = off`, prisma.$queryRaw<T>(statement)]);
  return rows;
}
