import { ARRIVAL_WINDOW_LIMITS, checkTechnicianProfile, normalisePostalCode, type TechnicianProfile, techniciansOfPool } from '@sav/rules';
import { cachedRead } from '../db/configuration-cache.js';
import type { Store } from '../db/store.js';
import { Prisma } from '../generated/prisma/client.js';

export interface TechnicianRecord extends TechnicianProfile {
  readonly badgeNumber: string;
  /** The partner workshop they work for; null: one of the tenant's own technicians. */
  readonly partnerId: string | null;
}

/** Whose technicians serve a ticket: the routed partner's, or the tenant's own (partnerId null). */
export interface TechnicianPool {
  readonly partnerId: string | null;
}

/** The technicians of one pool (the rules' techniciansOfPool). */
export function inPool<T extends Pick<TechnicianRecord, 'partnerId'>>(technicians: readonly T[], pool: TechnicianPool): T[] {
  return techniciansOfPool(technicians, pool.partnerId === null ? null : { partnerId: pool.partnerId });
}

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/**
 * Who may serve a postal code, in SQL: never narrower than the rules' own test (servesPlace, which
 * callers apply after). A stored code made of ASCII letters, digits, spaces and hyphens matches
 * when it equals the customer's once both are upper-cased (ASCII, whatever the database's locale)
 * and stripped of all but letters and digits; a stored code with any other character is kept for
 * the rules to judge. (Plain comparisons: a regular expression per stored code cost twice as much.)
 */
function servesPostalCodeSql(postalCode: string): Prisma.Sql {
  const code = normalisePostalCode(postalCode).replace(/[^A-Z0-9]/g, '');
  return Prisma.sql`AND EXISTS (SELECT 1 FROM unnest(t."postalCodes") AS stored(code)
                    WHERE translate(stored.code, ${`${LOWER} -`}, ${UPPER}) = ${code} OR stored.code !~ '^[A-Za-z0-9 -]*$')`;
}

/**
 * The tenant's technicians as the rules read them; one whose stored hours do not hold is left out.
 * With a postal code, only those who may serve it are read (a superset of those who do: callers
 * still apply the rules' eligibleTechnicians), so that a request reads the technicians of the area
 * rather than all of the tenant's (a manufacturer has them across the country). One query, its
 * rows as one JSON text: hundreds of rows with arrays and JSON cost far more to decode one by one.
 */
export function loadTechnicians(store: Store, tenantId: string, near?: { postalCode: string }): Promise<readonly TechnicianRecord[]> {
  // Kept in memory by a running gateway, forgotten when the tenant's technicians change (see
  // configuration-cache.ts and the migration technician_change_notices).
  const key = `${tenantId}\n${near ? normalisePostalCode(near.postalCode) : '*'}`;
  return cachedRead(store, 'technicians', key, () => readTechnicians(store, tenantId, near), () => tenantId);
}

async function readTechnicians(store: Store, tenantId: string, near?: { postalCode: string }): Promise<TechnicianRecord[]> {
  const area = near ? servesPostalCodeSql(near.postalCode) : Prisma.empty;
  const [result] = await store.prisma.$queryRaw<{ technicians: string }[]>`
    SELECT coalesce(json_agg(json_build_object(
             'id', t.id, 'name', t.name, 'badgeNumber', t."badgeNumber", 'timeZone', t."timeZone", 'skills', coalesce(t.skills, '{}'),
             'country', t.country, 'postalCodes', coalesce(t."postalCodes", '{}'), 'workingHours', t."workingHours", 'daysOff', coalesce(t."daysOff", '{}'),
             'partnerId', t."partnerId"
           ) ORDER BY t."badgeNumber"), '[]')::text AS technicians
      FROM technicians t
     WHERE t."tenantId" = ${tenantId} ${area}`;
  const rows = JSON.parse(result?.technicians ?? '[]') as (Omit<TechnicianRecord, 'workingHours'> & { workingHours: unknown })[];
  const technicians: TechnicianRecord[] = [];
  for (const row of rows) {
    // Dates come as YYYY-MM-DD from JSON: the calendar dates the rules read.
    const profile = { ...row, workingHours: Array.isArray(row.workingHours) ? (row.workingHours as TechnicianProfile['workingHours']) : [] };
    if (checkTechnicianProfile(profile).ok) technicians.push(profile);
  }
  return technicians;
}

/**
 * The longest a visit can hold its technician: n windows, n = ceil((visit + buffer) / window), so
 * less than visit + buffer + window, each at most its limit (the rules refuse longer: no visit is
 * written beyond them). 600 + 240 + 480 minutes = 22 hours.
 */
export const MAX_RESERVED_MS =
  (ARRIVAL_WINDOW_LIMITS.visitMinutes[1] + ARRIVAL_WINDOW_LIMITS.travelBufferMinutes[1] + ARRIVAL_WINDOW_LIMITS.windowMinutes[1]) * 60_000;

/**
 * The ranges booked visits hold, for these technicians, overlapping [from, until); a ticket being
 * moved does not count its own. One text of numbers: a busy area has thousands of visits over two
 * weeks, and rows cost far more to decode than numbers.
 */
export async function loadBookedRanges(store: Store, technicianIds: readonly string[], from: Date, until: Date, exceptTicketId?: string) {
  if (technicianIds.length === 0) return [];
  // Bounded on both sides, so that an index on windowStart reads the period only: with
  // `reservedUntil > from` alone, every past visit of these technicians was read (a sequential
  // scan of all visits once there are many), and the cost grew with the history.
  const earliestStart = new Date(from.getTime() - MAX_RESERVED_MS);
  // Each range as "n start end" (n: the technician's place in the list, from 1; milliseconds), all
  // in one text: only numbers, whatever the ids hold.
  const [result] = await store.prisma.$queryRaw<{ ranges: string | null }[]>`
    SELECT string_agg(t.n || ' ' || round(date_part('epoch', v."windowStart") * 1000)::bigint || ' ' || round(date_part('epoch', v."reservedUntil") * 1000)::bigint, ' ') AS ranges
      FROM visits v
      JOIN unnest(${[...technicianIds]}::text[]) WITH ORDINALITY AS t(id, n) ON v."technicianId" = t.id
     WHERE v.status = 'BOOKED'
       AND v."windowStart" < ${until} AND v."windowStart" > ${earliestStart}
       AND v."reservedUntil" > ${from}
       ${exceptTicketId ? Prisma.sql`AND v."ticketId" <> ${exceptTicketId}` : Prisma.empty}`;
  const numbers = readIntegers(result?.ranges ?? '');
  const ranges: { technicianId: string; start: Date; end: Date }[] = [];
  for (let i = 0; i + 2 < numbers.length; i += 3) {
    ranges.push({ technicianId: technicianIds[(numbers[i] as number) - 1] as string, start: new Date(numbers[i + 1] as number), end: new Date(numbers[i + 2] as number) });
  }
  return ranges;
}

/** The integers of a text of integers separated by spaces, read in place (a busy area sends tens of thousands). */
export function readIntegers(text: string): number[] {
  const numbers: number[] = [];
  let value = 0;
  let sign = 1;
  let inNumber = false;
  for (let index = 0; index <= text.length; index += 1) {
    const code = index < text.length ? text.charCodeAt(index) : 32;
    if (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      inNumber = true;
    } else if (code === 45 && !inNumber) {
      sign = -1;
    } else if (code === 32) {
      if (inNumber) numbers.push(sign * value);
      value = 0;
      sign = 1;
      inNumber = false;
    } else {
      throw new RangeError(`Not a list of integers: unexpected "${text[index]}" at ${index}.`);
    }
  }
  return numbers;
}
