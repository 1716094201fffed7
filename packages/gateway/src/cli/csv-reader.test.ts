import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CsvError, CsvParser, MAX_RECORD_CHARS, readCsv } from './csv-reader.js';

/** Parses `text` fed in pieces of `size` characters (every split point is a chunk boundary somewhere). */
function parse(text: string, size = text.length || 1) {
  const parser = new CsvParser();
  const records = [];
  for (let index = 0; index < text.length; index += size) records.push(...parser.push(text.slice(index, index + size)));
  records.push(...parser.end());
  return records.map((r) => (r.malformed ? { fields: r.fields, line: r.line, malformed: r.malformed } : { fields: r.fields, line: r.line }));
}

async function parseBytes(bytes: Uint8Array, size: number) {
  async function* chunks() {
    for (let index = 0; index < bytes.length; index += size) yield bytes.subarray(index, index + size);
  }
  const records = [];
  for await (const chunk of readCsv(chunks())) records.push(...chunk.records);
  return records;
}

describe('the CSV reader', () => {
  it('reads quoted fields holding commas, quotes and line breaks, whatever the chunk boundaries', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\nplain,,"last\nline"\n';
    const expected = [
      { fields: ['a', 'b', 'c'], line: 1 },
      { fields: ['x, y', 'say "hi"', 'two\r\nlines'], line: 2 },
      { fields: ['plain', '', 'last\nline'], line: 4 },
    ];
    for (const size of [1, 2, 3, 5, 7, 1000]) assert.deepEqual(parse(text, size), expected, `chunks of ${size}`);
  });

  it('takes LF, CRLF or a lone CR as the end of a record, with or without a last line break, and skips blank lines', () => {
    for (const size of [1, 4, 100]) {
      assert.deepEqual(parse('a,b\nc,d', size), [{ fields: ['a', 'b'], line: 1 }, { fields: ['c', 'd'], line: 2 }]);
      assert.deepEqual(parse('a,b\r\n\r\nc,d\r\n', size), [{ fields: ['a', 'b'], line: 1 }, { fields: ['c', 'd'], line: 3 }]);
      assert.deepEqual(parse('a\rb\r', size), [{ fields: ['a'], line: 1 }, { fields: ['b'], line: 2 }]);
      assert.deepEqual(parse('"a\r\nb"\r\nc', size), [{ fields: ['a\r\nb'], line: 1 }, { fields: ['c'], line: 3 }]);
    }
    assert.deepEqual(parse(''), []);
    assert.deepEqual(parse(',\n""\n'), [{ fields: ['', ''], line: 1 }, { fields: [''], line: 2 }]);
  });

  it('keeps a stray quote as a character but marks its record malformed, and so an unclosed quote at the end', () => {
    assert.deepEqual(parse('ab"c,d\n'), [{ fields: ['ab"c', 'd'], line: 1, malformed: 'a quote inside a field that does not start with one' }]);
    assert.deepEqual(parse('"ab"c,d\n'), [{ fields: ['abc', 'd'], line: 1, malformed: 'a quoted field goes on after its closing quote' }]);
    assert.deepEqual(parse('ok\n"open,x\n'), [{ fields: ['ok'], line: 1 }, { fields: ['open,x\n'], line: 2, malformed: 'a quoted field is not closed before the end of the file' }]);
    // The next record is read normally.
    assert.deepEqual(parse('a"b\nc\n')[1], { fields: ['c'], line: 2 });
  });

  it('refuses a record longer than any sane one (a quote never closed in a big file) instead of holding the file', () => {
    const parser = new CsvParser();
    parser.push('ok\n"never closed');
    const filler = 'x'.repeat(64 * 1024);
    assert.throws(
      () => {
        for (let read = 0; read <= MAX_RECORD_CHARS; read += filler.length) parser.push(filler);
      },
      (error: unknown) => error instanceof CsvError && error.line === 2 && /never closed/.test(error.message),
    );
  });

  it('decodes UTF-8 split across chunks, drops a BOM, and turns bytes that are not UTF-8 into U+FFFD', async () => {
    const text = '\uFEFFserial,city\r\nA1,Saint-Étienne\r\nA2,北京\r\n';
    for (const size of [1, 2, 3, 64]) {
      const records = await parseBytes(Buffer.from(text, 'utf8'), size);
      assert.deepEqual(records.map((r) => r.fields), [['serial', 'city'], ['A1', 'Saint-Étienne'], ['A2', '北京']], `chunks of ${size} bytes`);
    }
    const latin1 = await parseBytes(Buffer.from('a,Z\xfcrich\n', 'latin1'), 64);
    assert.deepEqual(latin1[0]?.fields, ['a', 'Z\uFFFDrich']);
  });
});
