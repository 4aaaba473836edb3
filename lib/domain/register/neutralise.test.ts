import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseSpreadsheetText, restoreSpreadsheetText } from './neutralise';

describe('neutraliseSpreadsheetText', () => {
  it('prefixes an apostrophe to text a spreadsheet would evaluate', () => {
    for (const s of ['=1+1', '+86 138', '-1', '@SUM(A1)', '\t=1', '\r=1', '＝1+1', '－2', "'=1"]) {
      expect(neutraliseSpreadsheetText(s)).toBe(`'${s}`);
    }
  });

  it('leaves ordinary text alone', () => {
    for (const s of ['自然人', '2023-01-05', 'HZRS-2023-001', '', "'quoted", 'a=b', ' =1']) {
      expect(neutraliseSpreadsheetText(s)).toBe(s);
    }
  });

  it('is undone by restoreSpreadsheetText for any text', () => {
    const text = fc.string({ unit: fc.constantFrom("'", '=', '-', '\t', 'a', '中') });
    fc.assert(
      fc.property(fc.oneof(fc.string(), text), (s) => {
        expect(restoreSpreadsheetText(neutraliseSpreadsheetText(s))).toBe(s);
      }),
    );
  });
});
