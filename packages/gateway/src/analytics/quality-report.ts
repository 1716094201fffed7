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
 *   booked drop-off before the rating;
 * - repeated part defects and repeated unit repairs: repeated-defects.ts (also paginated there).
 *
 * The tickets and units in scope are the CTEs of report-scope.ts; each statement runs with JIT
 * compilation off (withoutJit). How the statements were tuned, and what they cost on 1 million
 * sales and 100 000 tickets: BENCHMARKS.md, `pnpm bench analytics`.
 */
import {
  averageScore,
  hoursFromSeconds,
  percentOf,
  type QualityReportScope,
} from '@sav/rules';
import { Prisma } from '../generated/prisma/client.js';
import type { Store } from '../db/store.js';
import { type RepeatedPartDefect, repeatedPartDefectsSql, type RepeatedUnitRepair, repeatedUnitRepairsSql } from './repeated-defects.js';
import { scopeCtes, withoutJit } from './report-scope.js';

export type { RepeatedPartDefect, RepeatedUnitRepair } from './repeated-defects.js';

/** At most this many rows of repeated defects and repeated units in the report, the worst first (all of them: the paginated root queries). */
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

function rate(unitsSold: number, tickets: number): FailureRateRow {
  return { unitsSold, tickets, failureRatePercent: percentOf(tickets, unitsSold) };
}

function durations(row: { tickets: number; median: number | null; p90: number | null }): DurationStats {
  return { tickets: row.tickets, medianHours: hoursFromSeconds(row.median), p90Hours: hoursFromSeconds(row.p90) };
}

/** The report's seven statements for one tenant and scope (also what the bench EXPLAINs). */
export function qualityReportStatements(tenant: { id: string; timeZone: string }, scope: QualityReportScope) {
  const ctes = scopeCtes(tenant.id, tenant.timeZone, scope);

  const summaryStatement = Prisma.sql`
    WITH ${ctes},
    -- Each scoped ticket's booked visits (how many, the first) and first REPAIRED event, in one pass
    -- over each table; the figures are then aggregates of one row per ticket.
    visits_of AS (
      SELECT v."ticketId", min(v."windowStart") AS first, count(*) AS n
      FROM scoped sc JOIN visits v ON v."ticketId" = sc.id AND v.status = 'BOOKED'
      GROUP BY v."ticketId"
    ),
    repaired_of AS (
      SELECT e."ticketId", min(e.at) AS at
      FROM scoped sc JOIN ticket_events e ON e."ticketId" = sc.id AND e."toStatus" = 'REPAIRED'
      GROUP BY e."ticketId"
    ),
    per_ticket AS (
      SELECT sc.status, vo.n AS visits,
             EXTRACT(EPOCH FROM (vo.first - sc."createdAt"))::float8 AS "visitSeconds",
             EXTRACT(EPOCH FROM (ro.at - sc."createdAt"))::float8 AS "repairSeconds"
      FROM scoped sc
      LEFT JOIN visits_of vo ON vo."ticketId" = sc.id
      LEFT JOIN repaired_of ro ON ro."ticketId" = sc.id
    )
    -- percentile_cont leaves out the NULLs (tickets without a visit, not repaired).
    SELECT
      count(*)::int AS tickets,
      (SELECT count(*)::int FROM sold) AS "unitsSold",
      count("visitSeconds")::int AS "visitTickets",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY "visitSeconds") AS "visitMedian",
      percentile_cont(0.9) WITHIN GROUP (ORDER BY "visitSeconds") AS "visitP90",
      count("repairSeconds")::int AS "repairTickets",
      percentile_cont(0.5) WITHIN GROUP (ORDER BY "repairSeconds") AS "repairMedian",
      percentile_cont(0.9) WITHIN GROUP (ORDER BY "repairSeconds") AS "repairP90",
      (count(*) FILTER (WHERE status = 'CLOSED' AND visits IS NOT NULL))::int AS "closedTickets",
      (count(*) FILTER (WHERE status = 'CLOSED' AND visits = 1))::int AS "fixedFirstTime"
    FROM per_ticket`;

  const byModelStatement = Prisma.sql`
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

  const byPartStatement = Prisma.sql`
    WITH ${ctes}
    SELECT part, count(DISTINCT sc.id)::int AS tickets, (SELECT count(*)::int FROM sold) AS "unitsSold"
    FROM scoped sc CROSS JOIN LATERAL unnest(sc."partsUsed") AS part
    GROUP BY part
    ORDER BY tickets DESC, part`;

  const byMonthStatement = Prisma.sql`
    WITH ${ctes},
    -- By day first (a date hashes cheaply; to_char on a million rows did not), then by month.
    units_by_day AS (SELECT "purchaseDate" AS day, count(*) AS n FROM sold GROUP BY 1),
    units AS (SELECT to_char(day, 'YYYY-MM') AS month, sum(n)::int AS n FROM units_by_day GROUP BY 1),
    -- A ticket's purchase day: its serial number's registered sale, else the date given at intake.
    bought AS (
      SELECT COALESCE(s."purchaseDate", sc."intakePurchaseDate") AS "purchaseDate"
      FROM scoped sc LEFT JOIN sales s ON s."tenantId" = ${tenant.id} AND s."serialNumber" = sc.serial
    ),
    repairs AS (SELECT to_char("purchaseDate", 'YYYY-MM') AS month, count(*)::int AS n FROM bought WHERE "purchaseDate" IS NOT NULL GROUP BY 1)
    SELECT COALESCE(u.month, r.month) AS month, COALESCE(u.n, 0) AS "unitsSold", COALESCE(r.n, 0) AS tickets
    FROM units u FULL OUTER JOIN repairs r ON r.month = u.month
    ORDER BY 1`;

  const repeatedPartsStatement = repeatedPartDefectsSql(tenant, scope, null, MAX_REPEATED_ROWS);
  const repeatedUnitsStatement = repeatedUnitRepairsSql(tenant, scope, null, MAX_REPEATED_ROWS);

  const satisfactionStatement = Prisma.sql`
    WITH ${ctes},
    rated AS (SELECT r.id, r.score, r.at, sc.id AS "ticketId" FROM scoped sc JOIN ticket_ratings r ON r."ticketId" = sc.id),
    -- Each rating's latest visit (drop-off) before it: one join and a sort, not a lookup per rating.
    rated_visit AS (
      SELECT DISTINCT ON (rated.id) rated.score, v."technicianId"
      FROM rated JOIN visits v ON v."ticketId" = rated."ticketId" AND v.status = 'BOOKED' AND v."windowStart" <= rated.at
      ORDER BY rated.id, v."windowStart" DESC
    ),
    rated_drop_off AS (
      SELECT DISTINCT ON (rated.id) rated.score, d."workshopId"
      FROM rated JOIN drop_offs d ON d."ticketId" = rated."ticketId" AND d.status = 'BOOKED' AND d."slotStart" <= rated.at
      ORDER BY rated.id, d."slotStart" DESC
    ),
    by_technician AS (
      SELECT 'TECHNICIAN' AS kind, tech.name, tech."badgeNumber" AS detail, count(*)::int AS ratings, sum(rv.score)::int AS total
      FROM rated_visit rv JOIN technicians tech ON tech.id = rv."technicianId"
      GROUP BY tech.id, tech.name, tech."badgeNumber"
    ),
    by_workshop AS (
      SELECT 'WORKSHOP' AS kind, w.name, w.city AS detail, count(*)::int AS ratings, sum(rd.score)::int AS total
      FROM rated_drop_off rd JOIN workshops w ON w.id = rd."workshopId"
      GROUP BY w.id, w.name, w.city
    )
    SELECT * FROM by_technician UNION ALL SELECT * FROM by_workshop
    ORDER BY kind, name, detail`;

  return {
    summary: summaryStatement, byModel: byModelStatement, byPart: byPartStatement, byMonth: byMonthStatement,
    repeatedParts: repeatedPartsStatement, repeatedUnits: repeatedUnitsStatement, satisfaction: satisfactionStatement,
  };
}

/** The quality report of one tenant over one scope, in a fixed number of SQL statements. */
export async function qualityReport(store: Store, tenant: { id: string; timeZone: string }, scope: QualityReportScope): Promise<QualityReport> {
  const prisma = store.prisma;
  const statements = qualityReportStatements(tenant, scope);
  const [[summary], byModel, byPart, byMonth, repeatedPartDefects, repeatedUnitRepairs, satisfaction] = await Promise.all([
    withoutJit<{
      tickets: number; unitsSold: number;
      visitTickets: number; visitMedian: number | null; visitP90: number | null;
      repairTickets: number; repairMedian: number | null; repairP90: number | null;
      closedTickets: number; fixedFirstTime: number;
    }[]>(prisma, statements.summary),
    withoutJit<{ productModel: string; name: string; category: string; unitsSold: number; tickets: number }[]>(prisma, statements.byModel),
    withoutJit<{ part: string; tickets: number; unitsSold: number }[]>(prisma, statements.byPart),
    withoutJit<{ month: string; unitsSold: number; tickets: number }[]>(prisma, statements.byMonth),
    withoutJit<RepeatedPartDefect[]>(prisma, statements.repeatedParts),
    withoutJit<RepeatedUnitRepair[]>(prisma, statements.repeatedUnits),
    withoutJit<{ kind: 'TECHNICIAN' | 'WORKSHOP'; name: string; detail: string; ratings: number; total: number }[]>(prisma, statements.satisfaction),
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
