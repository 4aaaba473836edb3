// The register checked row by row as it is read (registerChecker): what a whole-file check needs
// is kept (the first row of each 申请编号), the problems of a file that is wrong throughout are
// capped and counted, and the verdict is the one validateRegisterRows gives for the whole table.
import { describe, expect, it } from 'vitest';
import { formatProblem, problemCount, PROBLEMS_LISTED } from './problems';
import type { SheetRow } from './sheet-table';
import { registerChecker, validateRegisterRows } from './validate-register';

const TODAY = '2024-06-30';
const HEADER = ['申请编号', '收到日期', '申请人类型', '申请人'];
const row = (rowNumber: number, cells: (string | null)[]): SheetRow => ({ rowNumber, cells });
const good = (n: number) => row(n + 1, [`A-${n}`, '2023-01-05', '自然人', `申请人${n}`]);

describe('registerChecker', () => {
  it('keeps the first PROBLEMS_LISTED problems of a file bad in every row and counts the rest', () => {
    const checker = registerChecker(HEADER, TODAY);
    const total = PROBLEMS_LISTED + 1500;
    for (let n = 1; n <= total; n++) expect(checker.row(row(n + 1, [`A-${n}`, '不是日期', '自然人', '甲']))).toBeNull();
    const result = checker.result();
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(PROBLEMS_LISTED + 1);
    expect(problemCount(result.problems)).toBe(total);
    expect(formatProblem(result.problems[0])).toMatch(/^第2行，“收到日期”列：/);
    expect(formatProblem(result.problems[PROBLEMS_LISTED - 1])).toMatch(new RegExp(`^第${PROBLEMS_LISTED + 1}行，`));
    expect(formatProblem(result.problems.at(-1)!)).toBe(`此外还有 1500 处问题未逐一列出（只列出前 ${PROBLEMS_LISTED} 处）。请先改正以上问题，再检查整个文件后重新导入。`);
  });

  it('finds a 申请编号 repeated at the two ends of a long file, naming both rows', () => {
    const checker = registerChecker(HEADER, TODAY);
    const last = 60_000;
    for (let n = 1; n < last; n++) checker.row(good(n));
    expect(checker.fit()).toBe(true);
    expect(checker.row(row(last + 1, ['A-1', '2023-02-01', '自然人', '乙']))).toBeNull();
    const result = checker.result();
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([`第${last + 1}行，“申请编号”列：申请编号“A-1”与第2行重复，同一文件中申请编号必须唯一`]);
  });

  it('gives the rows and the verdict of validateRegisterRows, blank rows skipped and counted out', () => {
    const rows = [good(1), row(3, [null, '', null, ' ']), good(3), row(5, ['A-4', '2023-01-05', '外星人', ''])];
    const checker = registerChecker(HEADER, TODAY);
    const valid = rows.map((r) => checker.row(r)).filter((r) => r !== null);
    expect(valid.map((r) => r.caseNo)).toEqual(['A-1', 'A-3']);
    const whole = validateRegisterRows({ header: HEADER, rows }, TODAY);
    expect(checker.result()).toEqual(whole);
    const clean = registerChecker(HEADER, TODAY);
    [good(1), good(2)].forEach((r) => clean.row(r));
    expect(clean.result()).toEqual({ ok: true, rows: 2, warnings: [], columns: ['caseNo', 'receivedOn', 'applicantType', 'applicantName'] });
  });

  it('reports a file with only a header as before, after reading its rows', () => {
    const checker = registerChecker(HEADER, TODAY);
    checker.row(row(2, [null, null, null, null]));
    expect(checker.result()).toMatchObject({ ok: false, problems: [{ row: 2, column: '', message: '文件只有标题行，没有数据行。从第二行起每行登记一件' }] });
  });
});
