/**
 * The quality report's two lists of repeats, worst first, whole or a page at a time:
 * - repeated part defects: a part replaced on at least `repeatThreshold` different units of one
 *   model; worst = most units, then model code and part (the group's key: a unique order);
 * - repeated unit repairs: one unit (serial number) repaired twice or more for the same part;
 *   worst = most repairs, then model code, serial number and part (the group's key).
 *
 * Pages are keyset-paginated in SQL: a cursor holds the last row's sort key, and the next page is
 * the rows after it in that order (so a row never appears twice nor is skipped while the data
 * stays the same). A cursor is opaque to clients (base64url of JSON); it also carries a tag of the
 * tenant and of the report's scope, so that a cursor of another tenant or of another report is
 * refused as such instead of paging from a meaningless position.
 */
import { createHash } from 'node:crypto';
import type { QualityReportScope } from '@sav/rules';
import type { Store } from '../db/store.js';
import { Prisma } from '../generated/prisma/client.js';
import { scopeCtes, TRUE, withoutJit } from './report-scope.js';

/** A page holds 1 to this many rows (`first`). */
export const MAX_REPEATS_PAGE = 100;

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

export type RepeatsList = 'parts' | 'units';

interface Tenant {
  readonly id: string;
  readonly timeZone: string;
}

/** Where a page starts: after this row of the list (its sort key). */
export type RepeatsPosition =
  | { readonly list: 'parts'; readonly units: number; readonly productModel: string; readonly part: string }
  | { readonly list: 'units'; readonly repairs: number; readonly productModel: string; readonly serialNumber: string; readonly part: string };

/** The repeated part defects in scope, worst first, after `position` when given, at most `limit`. */
export function repeatedPartDefectsSql(tenant: Tenant, scope: QualityReportScope, position: RepeatsPosition | null, limit: number): Prisma.Sql {
  const after = position?.list === 'parts'
    ? Prisma.sql`(units < ${position.units} OR (units = ${position.units} AND ("productModel", part) > (${position.productModel}, ${position.part})))`
    : TRUE;
  return Prisma.sql`
    WITH ${scopeCtes(tenant.id, tenant.timeZone, scope)},
    defects AS (
      SELECT sc.model AS "productModel", part,
             count(DISTINCT COALESCE(sc.serial, sc.id))::int AS units, count(DISTINCT sc.id)::int AS tickets
      FROM scoped sc CROSS JOIN LATERAL unnest(sc."partsUsed") AS part
      GROUP BY sc.model, part
      HAVING count(DISTINCT COALESCE(sc.serial, sc.id)) >= ${scope.repeatThreshold}
    )
    SELECT "productModel", part, units, tickets FROM defects
    WHERE ${after}
    ORDER BY units DESC, "productModel", part
    LIMIT ${limit}`;
}

/** The units repaired twice or more for one part, worst first, after `position` when given, at most `limit`. */
export function repeatedUnitRepairsSql(tenant: Tenant, scope: QualityReportScope, position: RepeatsPosition | null, limit: number): Prisma.Sql {
  const after = position?.list === 'units'
    ? Prisma.sql`(repairs < ${position.repairs} OR (repairs = ${position.repairs} AND ("productModel", "serialNumber", part) > (${position.productModel}, ${position.serialNumber}, ${position.part})))`
    : TRUE;
  return Prisma.sql`
    WITH ${scopeCtes(tenant.id, tenant.timeZone, scope)},
    repeats AS (
      SELECT sc.serial AS "serialNumber", sc.model AS "productModel", part, count(DISTINCT sc.id)::int AS repairs
      FROM scoped sc CROSS JOIN LATERAL unnest(sc."partsUsed") AS part
      WHERE sc.serial IS NOT NULL
      GROUP BY sc.serial, sc.model, part
      HAVING count(DISTINCT sc.id) >= 2
    )
    SELECT "serialNumber", "productModel", part, repairs FROM repeats
    WHERE ${after}
    ORDER BY repairs DESC, "productModel", "serialNumber", part
    LIMIT ${limit}`;
}

const CURSOR_VERSION = 1;

/** A short tag of the tenant and of the scope: a cursor is only valid for the list it came from. */
function listTag(tenantId: string, list: RepeatsList, scope: QualityReportScope): string {
  return createHash('sha256').update(JSON.stringify([tenantId, list, scope])).digest('base64url').slice(0, 16);
}

export function encodeRepeatsCursor(tenantId: string, scope: QualityReportScope, position: RepeatsPosition): string {
  const key = position.list === 'parts'
    ? [position.units, position.productModel, position.part]
    : [position.repairs, position.productModel, position.serialNumber, position.part];
  return Buffer.from(JSON.stringify([CURSOR_VERSION, listTag(tenantId, position.list, scope), ...key])).toString('base64url');
}

/** The position a cursor holds, or why it is not a cursor of this list (this tenant, this scope). */
export function decodeRepeatsCursor(tenantId: string, list: RepeatsList, scope: QualityReportScope, cursor: string): RepeatsPosition | { refused: string } {
  let parsed: unknown;
  try {
    parsed = /^[A-Za-z0-9_-]{1,2000}$/.test(cursor) ? JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) : undefined;
  } catch {
    parsed = undefined;
  }
  if (!Array.isArray(parsed) || parsed[0] !== CURSOR_VERSION || typeof parsed[1] !== 'string') return { refused: 'after is not a cursor of this list.' };
  if (parsed[1] !== listTag(tenantId, list, scope)) return { refused: 'after is a cursor of another list (another tenant, list or report input): start again without it.' };
  const [, , count, ...texts] = parsed as unknown[];
  const wanted = list === 'parts' ? 2 : 3;
  if (!Number.isInteger(count) || texts.length !== wanted || texts.some((text) => typeof text !== 'string')) return { refused: 'after is not a cursor of this list.' };
  const [productModel, second, third] = texts as string[];
  return list === 'parts'
    ? { list, units: count as number, productModel: productModel!, part: second! }
    : { list, repairs: count as number, productModel: productModel!, serialNumber: second!, part: third! };
}

/** The position of a row (its sort key), for the cursor of its edge. */
export function partDefectPosition(row: RepeatedPartDefect): RepeatsPosition {
  return { list: 'parts', units: row.units, productModel: row.productModel, part: row.part };
}
export function unitRepairPosition(row: RepeatedUnitRepair): RepeatsPosition {
  return { list: 'units', repairs: row.repairs, productModel: row.productModel, serialNumber: row.serialNumber, part: row.part };
}

export interface RepeatsPage<T> {
  readonly edges: { cursor: string; node: T }[];
  readonly pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Why a page cannot be given: the field at fault, a code (OUT_OF_RANGE, INVALID_CURSOR), a message. */
export interface PageRefusal {
  readonly refused: { readonly message: string; readonly code: string; readonly field: string };
}

/** `first` and `after` checked: the position to start after (null: the first page), or why not. */
export function readPageRequest(tenantId: string, list: RepeatsList, scope: QualityReportScope, first: number, after: string | null): { position: RepeatsPosition | null } | PageRefusal {
  if (!Number.isInteger(first) || first < 1 || first > MAX_REPEATS_PAGE) return { refused: { message: `first must be 1 to ${MAX_REPEATS_PAGE}.`, code: 'OUT_OF_RANGE', field: 'first' } };
  if (after === null) return { position: null };
  const position = decodeRepeatsCursor(tenantId, list, scope, after);
  if ('refused' in position) return { refused: { message: position.refused, code: 'INVALID_CURSOR', field: 'after' } };
  return { position };
}

async function page<T>(store: Store, tenantId: string, scope: QualityReportScope, first: number, statement: Prisma.Sql, positionOf: (row: T) => RepeatsPosition): Promise<RepeatsPage<T>> {
  const rows = await withoutJit<T[]>(store.prisma, statement);
  const edges = rows.slice(0, first).map((node) => ({ cursor: encodeRepeatsCursor(tenantId, scope, positionOf(node)), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null } };
}

/** A page of the repeated part defects in scope, worst first, after `position` (readPageRequest). */
export async function repeatedPartDefectsPage(store: Store, tenant: Tenant, scope: QualityReportScope, first: number, position: RepeatsPosition | null): Promise<RepeatsPage<RepeatedPartDefect>> {
  return page(store, tenant.id, scope, first, repeatedPartDefectsSql(tenant, scope, position, first + 1), partDefectPosition);
}

/** A page of the units repaired twice or more for one part, worst first, after `position` (readPageRequest). */
export async function repeatedUnitRepairsPage(store: Store, tenant: Tenant, scope: QualityReportScope, first: number, position: RepeatsPosition | null): Promise<RepeatsPage<RepeatedUnitRepair>> {
  return page(store, tenant.id, scope, first, repeatedUnitRepairsSql(tenant, scope, position, first + 1), unitRepairPosition);
}
