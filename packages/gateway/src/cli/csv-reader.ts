/**
 * A small streaming CSV reader (RFC 4180): fields separated by commas, records by CRLF, LF or a
 * lone CR; a field in double quotes may hold commas, line breaks and quotes (written twice). Text
 * is UTF-8, with or without a byte order mark; bytes that are not UTF-8 become U+FFFD (the caller
 * decides what a record holding one is worth).
 *
 * It holds one partial record and the records of the chunk being read, never the file: `push`
 * takes the next piece of text and returns the records it completed, `end` the last one.
 *
 * Lenient where a spreadsheet is: a quote inside an unquoted field is kept as a character, and
 * text after a closing quote is appended to the field; both mark the record `malformed` with the
 * reason, so that the caller can refuse it. Blank lines are skipped.
 */

export interface CsvRecord {
  readonly fields: string[];
  /** The line (from 1) the record starts on; a quoted line break makes a record span several. */
  readonly line: number;
  /** Why the record does not follow RFC 4180, when it does not (its fields are still given). */
  readonly malformed?: string;
}

/** The file cannot be read as CSV at all (a record longer than any sane one: a quote never closed). */
export class CsvError extends Error {
  override readonly name = 'CsvError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/** Longest record accepted, in characters; beyond it the file is refused (see CsvError). */
export const MAX_RECORD_CHARS = 1_000_000;

export class CsvParser {
  #fields: string[] = [];
  #field = '';
  #recordChars = 0;
  /** Inside a quoted field. */
  #quoted = false;
  /** Just read a quote inside a quoted field: the end of the field, or the first of two. */
  #quoteSeen = false;
  /** The current field began with a quote (and it was closed). */
  #wasQuoted = false;
  /** The last character was a CR ending a record: a LF right after it belongs to it. */
  #afterCr = false;
  /** A quoted piece ended with a CR: its line is counted with what follows (a LF would be part of it). */
  #quotedCr = false;
  #malformed: string | undefined;
  #line = 1;
  #recordLine = 1;
  /** Characters of the current record seen so far (to tell a blank line from an empty field). */
  #started = false;

  /** The line the parser is on (from 1). */
  get line(): number {
    return this.#line;
  }

  /** Parses the next piece of text; returns the records it completed. */
  push(text: string): CsvRecord[] {
    const records: CsvRecord[] = [];
    const length = text.length;
    let index = 0;
    while (index < length) {
      const code = text.charCodeAt(index);
      if (this.#afterCr) {
        this.#afterCr = false;
        if (code === LF) {
          index += 1;
          continue;
        }
      }
      if (this.#quoted) {
        if (this.#quotedCr) {
          // The previous chunk ended with a CR inside quotes: one line, with this LF if it is one.
          this.#quotedCr = false;
          this.#line += 1;
          if (code === LF) {
            this.#field += '\n';
            this.#count(1);
            index += 1;
            continue;
          }
        }
        if (this.#quoteSeen) {
          this.#quoteSeen = false;
          if (code === QUOTE) {
            this.#field += '"';
            index += 1;
            continue;
          }
          // The closing quote: what follows is read as outside quotes.
          this.#quoted = false;
          this.#wasQuoted = true;
          continue;
        }
        // Copy everything up to the next quote at once.
        const next = text.indexOf('"', index);
        const end = next === -1 ? length : next;
        if (end > index) {
          const piece = text.slice(index, end);
          this.#field += piece;
          this.#count(piece.length);
          this.#line += this.#lineBreaks(piece, next === -1);
        }
        if (next === -1) break;
        this.#quoteSeen = true;
        index = next + 1;
        continue;
      }
      if (code === COMMA) {
        this.#fields.push(this.#field);
        this.#field = '';
        this.#wasQuoted = false;
        this.#started = true;
        this.#count(1);
        index += 1;
        continue;
      }
      if (code === LF || code === CR) {
        this.#line += 1;
        if (code === CR) this.#afterCr = true;
        const record = this.#endRecord();
        if (record) records.push(record);
        index += 1;
        continue;
      }
      if (code === QUOTE && this.#field === '' && !this.#wasQuoted) {
        this.#quoted = true;
        this.#started = true;
        index += 1;
        continue;
      }
      if (code === QUOTE) this.#malformed ??= this.#wasQuoted ? 'a quoted field goes on after its closing quote' : 'a quote inside a field that does not start with one';
      else if (this.#wasQuoted) this.#malformed ??= 'a quoted field goes on after its closing quote';
      // Plain characters up to the next separator, line break or quote.
      let end = index + 1;
      while (end < length) {
        const c = text.charCodeAt(end);
        if (c === COMMA || c === LF || c === CR || c === QUOTE) break;
        end += 1;
      }
      this.#field += text.slice(index, end);
      this.#started = true;
      this.#count(end - index);
      index = end;
    }
    return records;
  }

  /** The last record, if the text did not end with a line break; throws when a quoted field is not closed. */
  end(): CsvRecord[] {
    if (this.#quoted && !this.#quoteSeen) {
      this.#malformed ??= 'a quoted field is not closed before the end of the file';
    }
    if (this.#quoteSeen) {
      this.#quoteSeen = false;
      this.#quoted = false;
      this.#wasQuoted = true;
    }
    this.#quoted = false;
    const record = this.#endRecord();
    return record ? [record] : [];
  }

  #count(chars: number): void {
    this.#recordChars += chars;
    if (this.#recordChars > MAX_RECORD_CHARS) {
      throw new CsvError(
        `The record starting on line ${this.#recordLine} is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters: probably a quote that is never closed. Nothing after it was read.`,
        this.#recordLine,
      );
    }
  }

  /** Line breaks inside a quoted piece: CRLF, LF or CR, a CRLF split between two pieces counted once. */
  #lineBreaks(text: string, atChunkEnd: boolean): number {
    let lines = 0;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      if (code === LF) lines += 1;
      else if (code === CR) {
        if (index + 1 === text.length && atChunkEnd) this.#quotedCr = true;
        else if (text.charCodeAt(index + 1) !== LF) lines += 1;
      }
    }
    return lines;
  }

  #endRecord(): CsvRecord | null {
    const line = this.#recordLine;
    this.#recordLine = this.#line;
    if (!this.#started && this.#fields.length === 0 && this.#field === '') {
      // A blank line.
      this.#malformed = undefined;
      return null;
    }
    this.#fields.push(this.#field);
    const record: CsvRecord = this.#malformed ? { fields: this.#fields, line, malformed: this.#malformed } : { fields: this.#fields, line };
    this.#fields = [];
    this.#field = '';
    this.#wasQuoted = false;
    this.#started = false;
    this.#malformed = undefined;
    this.#recordChars = 0;
    return record;
  }
}


export interface CsvChunk {
  readonly records: CsvRecord[];
  /** Bytes of the source read so far. */
  readonly bytesRead: number;
}

/**
 * Reads CSV records from a byte stream (e.g. fs.createReadStream), one array per chunk read: the
 * records that chunk completed. A BOM at the start is dropped.
 */
export async function* readCsv(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<CsvChunk> {
  // Non-fatal: bytes that are not UTF-8 become U+FFFD, and the caller refuses those records.
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  const parser = new CsvParser();
  let bytesRead = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    bytesRead += bytes.byteLength;
    const records = parser.push(decoder.decode(bytes, { stream: true }));
    if (records.length > 0) yield { records, bytesRead };
  }
  const records = [...parser.push(decoder.decode()), ...parser.end()];
  if (records.length > 0) yield { records, bytesRead };
}
