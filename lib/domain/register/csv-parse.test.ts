import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParseError, parseCsv } from './csv-parse';
import { toCsv } from './csv-write';

describe('parseCsv', () => {
  it('reads plain fields, LF and CRLF line ends, and no empty record for the final line break', () => {
    expect(parseCsv('a,b\r\nc,d\r\n')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('a,b\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('a\rb\r')).toEqual([['a'], ['b']]);
  });

  it('reads quoted fields with commas, escaped quotes and line breaks', () => {
    expect(parseCsv('"a,1","say ""hi""","line1\r\nline2"\r\nx,,""\r\n')).toEqual([
      ['a,1', 'say "hi"', 'line1\r\nline2'],
      ['x', '', ''],
    ]);
  });

  it('drops a leading BOM and keeps blank lines as one-empty-field records (row numbers stay right)', () => {
    expect(parseCsv('\uFEFF申请编号,收到日期\n\nA,2023-01-05\n')).toEqual([['申请编号', '收到日期'], [''], ['A', '2023-01-05']]);
  });

  it('returns no records for an empty text', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF')).toEqual([]);
  });

  it('keeps a trailing empty field', () => {
    expect(parseCsv('a,\n')).toEqual([['a', '']]);
  });

  it('keeps a stray quote inside an unquoted field literally', () => {
    expect(parseCsv('5"2,x\n')).toEqual([['5"2', 'x']]);
  });

  it('refuses an unclosed quote, naming the row', () => {
    expect(() => parseCsv('a,b\n"open,c\nd\n')).toThrow(CsvParseError);
    expect(() => parseCsv('a,b\n"open,c\nd\n')).toThrow('第2行：引号没有闭合');
  });

  it('stops reading past the row or cell limit, with a Chinese message', () => {
    const text = 'h1,h2\n1,a\n2,b\n3,c\n';
    expect(parseCsv(text, { maxRows: 3, maxCells: 8 })).toHaveLength(4);
    const rows = (() => {
      try {
        parseCsv(text, { maxRows: 2, maxCells: 100 });
      } catch (e) {
        return e;
      }
    })();
    expect(rows).toBeInstanceOf(CsvParseError);
    expect(rows).toMatchObject({ reason: 'too_large', message: expect.stringContaining('行数过多') });
    expect(() => parseCsv(text, { maxRows: 10, maxCells: 7 })).toThrow('单元格过多');
  });

  it('reads back whatever toCsv writes', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '中', ',', '"', '\n', '\r', ' ', '1') });
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        // Texts starting with a formula character get an apostrophe; keep them out of this property.
        const safe = rows.map((r) => r.map((s) => (/^[\r]/.test(s) ? `x${s}` : s)));
        expect(parseCsv(toCsv(safe))).toEqual(safe);
      }),
    );
  });
});
