/**
 * The quality report's tables as CSV (RFC 4180): fields separated by commas, records by CRLF; a
 * field holding a comma, a double quote, a line break or leading/trailing spaces is quoted, its
 * quotes doubled. A text a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a
 * carriage return) gets a leading `'`, so that opening the file runs nothing (a plain number such
 * as `-1.50` stays a number). Pure functions: no DOM.
 */

/** One field: a text, a whole number, or nothing (an empty field). */
export type CsvCell = string | number | null;

/** A table of the export: its title, its header and its rows. */
export interface CsvTable {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly CsvCell[])[];
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One field as written in the file. */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  let text = typeof cell === 'number' ? String(cell) : cell;
  if (typeof cell === 'string' && FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Records as CSV, each ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** Several tables in one file: each its title on a line, its header, its rows, then an empty line. */
export function tablesToCsv(tables: readonly CsvTable[]): string {
  return tables.map((table) => toCsv([[table.title], table.header, ...table.rows])).join('\r\n');
}
