/**
 * Issue 10, quality analytics: a distributor learns the real quality of its products from its
 * repairs. Every figure is aggregated by the database (GROUP BY, percentile_cont), one statement
 * per section whatever the number of tickets; JavaScript only formats the counts it gets back.
 *
 * What each figure is made of:
 * - tickets in scope: the tenant's tickets on a catalogue model (tickets.productModelId, or, for
 *   tickets booked before requestRepair kept it, the model code, tickets.productModel, matched to
 *   product_models.model), created
 *   (tickets.createdAt, as a date in the tenant's zone) from `from` to `to`, not CANCELLED, of the
 *   models / category filtered, repaired in the country filtered (tickets.country);
 * - units sold: the tenant's registered sales (one row per unit) of the models in scope, bought on
 *   or before `to`, in the country filtered (sales.country);
 * - the part that failed: tickets.partsUsed, the parts the technician replaced, recorded with the
 *   repair outcome (recordRepairOutcome), as part codes;
 * - a ticket's unit and purchase month: its serial number's registered sale (sales.serialNumber),
 *   else the purchase date given at intake (tickets.purchaseDate);
 * - time to first visit: from tickets.createdAt to the earliest non-cancelled visit's
 *   arrival window start (visits.windowStart);
 * - time to repair: from tickets.createdAt to the first event reaching REPAIRED (ticket_events);
 * - first-time fix: CLOSED tickets that had a visit, and of those the ones with exactly one
 *   non-cancelled visit;
 * - satisfaction: ticket_ratings, each given to the technician of the ticket's latest
 *   non-cancelled visit that started before the rating, and to the workshop of its latest
 *   booked drop-off before the rating.
 */
import {
  averageScore,
  hoursFromSeconds,
  percentOf,
  type QualityReportScope,
} from '@sav/rules';
import { Prisma } from '../generated/prisma/client.js';
import type { Store } from '../db/store.js';

/** At most this many rows of repeated defects and repeated units, the worst first. */
export const MAX_REPEATED_ROWS = 200;

export interface FailureRateRow {
  readonly unitsSold: number;
  readonly tickets: number;
  readonly failureRatePercent: string | null;
}
export interface ModelFailureRate extends FailureRateRow {
  readonly productModel: string;
  readonly name: string;
  readonly category: string;
}
export interface PartFailureRate extends FailureRateRow {
  readonly part: string;
}
export interface PurchaseMonthFailureRate extends FailureRateRow {
  /** YYYY-MM */
  readonly month: string;
}
export interface RepeatedPartDefect {
  readonly productModel: string;
  readonly part: string;
  readonly units: number;
  readonly tickets: number;
}
export interface RepeatedUnitRepair {
  readonly serialNumber: string;
  readonly productModel: string;
  readonly part: string;
  readonly repairs: number;
}
export interface DurationStats {
  readonly tickets: number;
  readonly medianHours: string | null;
  readonly p90Hours: string | null;
}
export interface FirstTimeFix {
  readonly closedTickets: number;
  readonly fixedFirstTime: number;
  readonly ratePercent: string | null;
}
export interface Satisfaction {
  readonly name: string;
  /** The technician's badge number, or the workshop's city. */
  readonly detail: string;
  readonly ratings: number;
  readonly averageScore: string;
}
export interface QualityReport extends FailureRateRow {
  readonly scope: QualityReportScope;
  readonly byModel: readonly ModelFailureRate[];
  readonly byPart: readonly PartFailureRate[];
  readonly byPurchaseMonth: readonly PurchaseMonthFailureRate[];
  readonly repeatedPartDefects: readonly RepeatedPartDefect[];
  readonly repeatedUnitRepairs: readonly RepeatedUnitRepair[];
  readonly timeToFirstVisit: DurationStats;
  readonly timeToRepair: DurationStats;
  readonly firstTimeFix: FirstTimeFix;
  readonly satisfactionByTechnician: readonly Satisfaction[];
  readonly satisfactionByWorkshop: readonly Satisfaction[];
}

const TRUE = Prisma.sql`TRUE`;

/** The catalogue models in scope: the filters on model and category. */
function modelFilter(scope: QualityReportScope, alias: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${scope.productModels.length > 0 ? Prisma.sql`${alias}.model IN (${Prisma.join(scope.productModels)})` : TRUE}
    AND ${scope.category !== null ? Prisma.sql`upper(${alias}.category) = ${scope.category}` : TRUE}`;
}

/** The CTEs every statement starts from: the tickets in scope (`scoped`) and the units sold in scope (`sold`). */
function scopeCtes(tenantId: string, timeZone: string, scope: QualityReportScope): Prisma.Sql {
  const createdOn = Prisma.sql`(t."createdAt" AT TIME ZONE ${timeZone})::date`;
  return Prisma.sql`
    scoped AS (
      SELECT t.id, t.status, t."createdAt", t."partsUsed", pm.id AS "modelId", pm.model,
             upper(t."serialNumber") AS serial,
             COALESCE(s."purchaseDate", t."purchaseDate") AS "purchaseDate"
      FROM tickets t
      -- The model as the ticket links it, else as the customer typed it (requests keep the code only).
      JOIN product_models pm ON pm."tenantId" = t."tenantId"
        AND (pm.id = t."productModelId" OR (t."productModelId" IS NULL AND pm.model = upper(btrim(t."productModel"))))
      LEFT JOIN sales s ON s."tenantId" = t."tenantId" AND s."serialNumber" = upper(t."serialNumber")
      WHERE t."tenantId" = ${tenantId}
        AND t.status <> 'CANCELLED'
        AND ${scope.from !== null ? Prisma.sql`${createdOn} >= ${scope.from}::date` : TRUE}
        AND ${scope.to !== null ? Prisma.sql`${createdOn} <= ${scope.to}::date` : TRUE}
        AND ${scope.country !== null ? Prisma.sql`upper(t.country) = ${scope.country}` : TRUE}
        AND ${modelFilter(scope, Prisma.sql`pm`)}
    ),
    sold AS (
      SELECT s.id, s."purchaseDate", pm.id AS "modelId"
      FROM sales s
      JOIN product_models pm ON pm.id = s."productModelId" AND pm."tenantId" = s."tenantId"
      WHERE s."tenantId" = ${tenantId}
        AND ${scope.to !== null ? Prisma.sql`s."purchaseDate" <= ${scope.to}::date` : TRUE}
        AND ${scope.country !== null ? Prisma.sql`upper(s.country) = ${scope.country}` : TRUE}
        AND ${modelFilter(scope, Prisma.sql`pm`)}
    )`;
}

function rate(unitsSold: number, tickets: number): FailureRateRow {
  return { unitsSold, tickets, failureRatePercent: percentOf(tickets, unitsSold) };
}

function durations(row: { tickets: number; median: number | null; p90: number | null }): DurationStats {
  return { tickets: row.tickets, medianHours: hoursFromSeconds(row.median), p90Hours: hoursFromSeconds(row.p90) };
}

/** The quality report of one tenant over one scope, in a fixed number of SQL statements. */
export async function qualityReport(store: Store, tenant: { id: string; timeZone: string }, scope: QualityReportScope): Promise<QualityReport> {
  const prisma = store.prisma;
  const ctes = scopeCtes(tenant.id, tenant.timeZone, scope);

  const summaryStatement = prisma.$queryRaw<{
    tickets: number; unitsSold: number;
    visitTickets: number; visitMedian: number | null; visitP90: number | null;
    repairTickets: number; repairMedian: number | null; repairP90: number | null;
    closedTickets: number; fixedFirstTime: number;
  }[]>`
    WITH ${ctes},
    first_visit AS (
      SELECT EXTRACT(EPOCH FROM (min(v."windowStart") - sc."createdAt"))::float8 AS seconds
      FROM scoped sc JOIN visits v ON v."ticketId" = sc.id AND v.status = 'BOOKED'
      GROUP BY sc.id, sc."createdAt"
    ),
    repaired AS (
      SELECT EXTRACT(EPOCH FROM (min(e.at) - sc."createdAt"))::float8 AS seconds
      FROM scoped sc JOIN ticket_events e ON e."ticketId" = sc.id AND e."toStatus" = 'REPAIRED'
      GROUP BY sc.id, sc."createdAt"
    ),
    closed AS (
      SELECT count(v.id) AS visits
      FROM scoped sc JOIN visits v ON v."ticketId" = sc.id AND v.status = 'BOOKED'
      WHERE sc.status = 'CLOSED'
      GROUP BY sc.id
    )
    SELECT
      (SELECT count(*)::int FROM scoped) AS tickets,
      (SELECT count(*)::int FROM sold) AS "unitsSold",
      (SELECT count(*)::int FROM first_visit) AS "visitTickets",
      (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) FROM first_visit) AS "visitMedian",
      (SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) FROM first_visit) AS "visitP90",
      (SELECT count(*)::int FROM repaired) AS "repairTickets",
      (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY seconds) FROM repaired) AS "repairMedian",
      (SELECT percentile_cont(0.9) WITHIN GROUP (ORDER BY seconds) FROM repaired) AS "repairP90",
      (SELECT count(*)::int FROM closed) AS "closedTickets",
      (SELECT count(*)::int FROM closed WHERE visits = 1) AS "fixedFirstTime"`;

  const byModelStatement = prisma.$queryRaw<{ productModel: string; name: string; category: string; unitsSold: number; tickets: number }[]>`
    WITH ${ctes},
    units AS (SELECT "modelId", count(*)::int AS n FROM sold GROUP BY "modelId"),
    repairs AS (SELECT "modelId", count(*)::int AS n FROM scoped GROUP BY "modelId")
    SELECT pm.model AS "productModel", pm.name, pm.category,
           COALESCE(u.n, 0) AS "unitsSold", COALESCE(r.n, 0) AS tickets
    FROM product_models pm
    LEFT JOIN units u ON u."modelId" = pm.id
    LEFT JOIN repairs r ON r."modelId" = pm.id
    WHERE pm."tenantId" = ${tenant.id} AND (u.n IS NOT NULL OR r.n IS NOT NULL)
    ORDER BY pm.model`;

  const byPartStatement = prisma.$queryRaw<{ part: string; tickets: number; unitsSold: number }[]>`
    WITH ${ctes}
    SELECT part, count(DISTINCT sc.id)::int AS tickets, (SELECT count(*)::int FROM sold) AS "unitsSold"
    FROM scoped sc CROSS JOIN LATERAL unnest(sc."partsUsed") AS part
    GROUP BY part
    ORDER BY tickets DESC, part`;

  const byMonthStatement = prisma.$queryRaw<{ month: string; unitsSold: number; tickets: number }[]>`
    WITH ${ctes},
    units AS (SELECT to_char("purchaseDate", 'YYYY-MM') AS month, count(*)::int AS n FROM sold GROUP BY 1),
    repairs AS (SELECT to_char("purchaseDate", 'YYYY-MM') AS month, count(*)::int AS n FROM scoped WHERE "purchaseDate" IS NOT NULL GROUP BY 1)
    SELECT COALESCE(u.month, r.month) AS month, COALESCE(u.n, 0) AS "unitsSold", COALESCE(r.n, 0) AS tickets
    FROM units u FULL OUTER JOIN repairs r ON r.month = u.month
    ORDER BY 1`;

  const repeatedPartsStatement = prisma.$queryRaw<RepeatedPartDefect[]>`
    WITH ${ctes}
    SELECT sc.model AS "productModel", part,
           count(DISTINCT COALESCE(sc.serial, sc.id))::int AS units, count(DISTINCT sc.id)::int AS tickets
    FROM scoped sc CROSS JOIN LATERAL unnest(sc."partsUsed") AS part
    GROUP BY sc.model, part
    HAVING count(DISTINCT COALESCE(sc.serial, sc.id)) >= ${scope.repeatThreshold}
    ORDER BY units DESC, sc.model, part
    LIMIT ${MAX_REPEATED_ROWS}`;

  const repeatedUnitsStatement = prisma.$queryRaw<RepeatedUnitRepair[]>`
    WITH ${ctes}
    SELECT sc.serial AS "serialNumber", sc.model AS "productModel", part, count(DISTINCT sc.id)::int AS repairs
    FROM scoped sc CROSS JOIN LATERAL unnest(sc."partsUsed") AS part
    WHERE sc.serial IS NOT NULL
    GROUP BY sc.serial, sc.model, part
    HAVING count(DISTINCT sc.id) >= 2
    ORDER BY repairs DESC, sc.model, sc.serial, part
    LIMIT ${MAX_REPEATED_ROWS}`;

  const satisfactionStatement = prisma.$queryRaw<{ kind: 'TECHNICIAN' | 'WORKSHOP'; name: string; detail: string; ratings: number; total: number }[]>`
    WITH ${ctes},
    rated AS (SELECT r.score, r.at, sc.id AS "ticketId" FROM scoped sc JOIN ticket_ratings r ON r."ticketId" = sc.id),
    by_technician AS (
      SELECT 'TECHNICIAN' AS kind, tech.name, tech."badgeNumber" AS detail, count(*)::int AS ratings, sum(rated.score)::int AS total
      FROM rated
      JOIN LATERAL (
        SELECT v."technicianId" FROM visits v
        WHERE v."ticketId" = rated."ticketId" AND v.status = 'BOOKED' AND v."windowStart" <= rated.at
        ORDER BY v."windowStart" DESC LIMIT 1
      ) last_visit ON TRUE
      JOIN technicians tech ON tech.id = last_visit."technicianId"
      GROUP BY tech.id, tech.name, tech."badgeNumber"
    ),
    by_workshop AS (
      SELECT 'WORKSHOP' AS kind, w.name, w.city AS detail, count(*)::int AS ratings, sum(rated.score)::int AS total
      FROM rated
      JOIN LATERAL (
        SELECT d."workshopId" FROM drop_offs d
        WHERE d."ticketId" = rated."ticketId" AND d.status = 'BOOKED' AND d."slotStart" <= rated.at
        ORDER BY d."slotStart" DESC LIMIT 1
      ) last_drop_off ON TRUE
      JOIN workshops w ON w.id = last_drop_off."workshopId"
      GROUP BY w.id, w.name, w.city
    )
    SELECT * FROM by_technician UNION ALL SELECT * FROM by_workshop
    ORDER BY kind, name, detail`;

  const [[summary], byModel, byPart, byMonth, repeatedPartDefects, repeatedUnitRepairs, satisfaction] = await Promise.all([
    summaryStatement, byModelStatement, byPartStatement, byMonthStatement, repeatedPartsStatement, repeatedUnitsStatement, satisfactionStatement,
  ]);
  const totals = summary!;
  const satisfactionOf = (kind: 'TECHNICIAN' | 'WORKSHOP'): Satisfaction[] =>
    satisfaction.filter((row) => row.kind === kind).map((row) => ({ name: row.name, detail: row.detail, ratings: row.ratings, averageScore: averageScore(row.total, row.ratings)! }));

  return {
    scope,
    ...rate(totals.unitsSold, totals.tickets),
    byModel: byModel.map((row) => ({ productModel: row.productModel, name: row.name, category: row.category, ...rate(row.unitsSold, row.tickets) })),
    byPart: byPart.map((row) => ({ part: row.part, ...rate(row.unitsSold, row.tickets) })),
    byPurchaseMonth: byMonth.map((row) => ({ month: row.month, ...rate(row.unitsSold, row.tickets) })),
    repeatedPartDefects,
    repeatedUnitRepairs,
    timeToFirstVisit: durations({ tickets: totals.visitTickets, median: totals.visitMedian, p90: totals.visitP90 }),
    timeToRepair: durations({ tickets: totals.repairTickets, median: totals.repairMedian, p90: totals.repairP90 }),
    firstTimeFix: { closedTickets: totals.closedTickets, fixedFirstTime: totals.fixedFirstTime, ratePercent: percentOf(totals.fixedFirstTime, totals.closedTickets) },
    satisfactionByTechnician: satisfactionOf('TECHNICIAN'),
    satisfactionByWorkshop: satisfactionOf('WORKSHOP'),
  };
}
