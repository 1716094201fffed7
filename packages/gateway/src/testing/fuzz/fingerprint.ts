/** The schema fuzzer's database fingerprint: a refusal must leave every table as it was. */
import type { Store } from '../../db/store.js';

/**
 * Tables and columns left out of the fingerprint, and why:
 * - rate_limit_windows: every counted request, refused or not, must count against its limit (a
 *   refused ticket lookup counting is what stops enumeration); the fuzzer also clears it between
 *   requests so that the run explores operations rather than the limiter.
 * - audit_entries: the audit log records every call made with a secret key, refused ones
 *   included, by design (src/audit/audit-log.ts): who tried what is the point of it.
 * - _prisma_migrations: the migration history, never written by a request.
 * - api_keys.lastUsedAt: when a key was last presented, which any authenticated request may note.
 */
const UNFINGERPRINTED_TABLES = new Set(['rate_limit_windows', 'audit_entries', '_prisma_migrations']);
const UNFINGERPRINTED_COLUMNS = new Set(['api_keys.lastUsedAt']);

export type Fingerprint = Record<string, string>;

/**
 * Builds the one SQL statement that fingerprints every table of the store's schema: per table,
 * its row count and the newest row version's transaction id (xmin). PostgreSQL writes a new row
 * version, with the writing transaction's id, for every INSERT and UPDATE (even one that changes
 * no value) and a DELETE lowers the count, so any write moves it, at the cost of a scan of row
 * headers (hashing every row's text around every request cost ten times more). A table with a
 * bookkeeping column left out is fingerprinted by a hash of its other columns instead.
 */
export async function fingerprintQuery(store: Store): Promise<string> {
  const columns = await store.prisma.$queryRawUnsafe<{ table_name: string; column_name: string }[]>(
    `SELECT table_name, column_name FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name IN (SELECT tablename FROM pg_tables WHERE schemaname = current_schema())
      ORDER BY table_name, ordinal_position`,
  );
  const byTable = new Map<string, { kept: string[]; leftOut: boolean }>();
  for (const { table_name: table, column_name: column } of columns) {
    if (UNFINGERPRINTED_TABLES.has(table)) continue;
    const entry = byTable.get(table) ?? { kept: [], leftOut: false };
    if (UNFINGERPRINTED_COLUMNS.has(`${table}.${column}`)) entry.leftOut = true;
    else entry.kept.push(column);
    byTable.set(table, entry);
  }
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  const parts = [...byTable].map(([table, { kept, leftOut }]) => {
    const version = leftOut
      ? `coalesce(sum(hashtextextended(ROW(${kept.map((name) => `t.${quote(name)}`).join(', ')})::text, 0)), 0)::text`
      : `coalesce(max(t.xmin::text::bigint), 0)::text`;
    return `(SELECT count(*)::text || ':' || ${version} FROM ${quote(table)} t) AS ${quote(table)}`;
  });
  return `SELECT ${parts.join(',\n')}`;
}

export async function fingerprint(store: Store, query: string): Promise<Fingerprint> {
  const [row] = await store.prisma.$queryRawUnsafe<Fingerprint[]>(query);
  return row ?? {};
}

export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((table) => before[table] !== after[table]);
}

