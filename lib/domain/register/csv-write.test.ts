import { describe, expect, it } from 'vitest';
import { toCsv } from './csv-write';

describe('toCsv', () => {
  it('writes a BOM, CRLF line ends, quotes only where needed, numbers as numbers', () => {
    expect(toCsv([['申请编号', '数量'], ['A,1', 3], ['say "hi"', null], ['two\nlines', 0]])).toBe(
      '\uFEFF申请编号,数量\r\n"A,1",3\r\n"say ""hi""",\r\n"two\nlines",0\r\n',
    );
  });

  it('neutralises formula-like strings but not numbers', () => {
    expect(toCsv([['=HYPERLINK("http://x")', '+1', '-2', '@SUM(A1)', -5]])).toBe(
      '\uFEFF"\'=HYPERLINK(""http://x"")",\'+1,\'-2,\'@SUM(A1),-5\r\n',
    );
  });
});
