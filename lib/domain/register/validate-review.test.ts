import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems';
import type { SheetCell, SheetTable } from './sheet-table';
import { validateReviewRows } from './validate-review';

const TODAY = '2024-06-30';
const HEADER = ['申请编号', '类型', '收到日期', '结果', '审结日期'];
const sheet = (header: string[], ...rows: SheetCell[][]): SheetTable => ({ header, rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })) });
const messages = (t: SheetTable) => {
  const r = validateReviewRows(t, TODAY);
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe('validateReviewRows', () => {
  it('reads decided and pending records, linked or standalone', () => {
    const r = validateReviewRows(
      sheet(HEADER, ['A-1', '行政复议', '2023-03-01', '结果维持', '2023-05-01'], ['', 'litigation_direct', '2023年6月1日', '', ''], ['A-2', '复议后起诉', '2023/7/1', '尚未审结', null]),
      TODAY,
    );
    expect(r).toEqual({
      ok: true,
      warnings: [],
      rows: [
        { rowNumber: 2, caseNo: 'A-1', kind: 'reconsideration', filedOn: '2023-03-01', result: 'upheld', decidedOn: '2023-05-01' },
        { rowNumber: 3, caseNo: null, kind: 'litigation_direct', filedOn: '2023-06-01', result: null, decidedOn: null },
        { rowNumber: 4, caseNo: 'A-2', kind: 'litigation_after_reconsideration', filedOn: '2023-07-01', result: null, decidedOn: null },
      ],
    });
  });

  it('needs only 类型 and 收到日期 columns', () => {
    expect(validateReviewRows(sheet(['类型', '收到日期'], ['行政复议', '2023-01-01']), TODAY).ok).toBe(true);
    expect(messages(sheet(['申请编号', '结果'], ['A', '维持']))).toHaveLength(2);
  });

  it('lists every problem: kind, dates, result without date and date without result, order of dates', () => {
    expect(
      messages(
        sheet(
          HEADER,
          ['A', '诉讼', '2023-02-30', '驳回', ''],
          ['B', '行政复议', '2023-05-01', '', '2023-06-01'],
          ['C', '行政复议', '2023-05-01', '纠正', ''],
          ['D', '行政复议', '2023-05-01', '其他', '2023-04-01'],
          ['E', '', '', '', ''],
          ['F', '行政复议', '2024-07-01', '', ''],
        ),
      ),
    ).toEqual([
      expect.stringContaining('第2行，“类型”列：无法识别的类型“诉讼”'),
      '第2行，“收到日期”列：日期“2023-02-30”不存在（2023年2月没有30日），请核对月份和日期',
      expect.stringContaining('第2行，“结果”列：无法识别的结果“驳回”'),
      '第3行，“结果”列：填写了审结日期，必须同时填写结果（维持、纠正或其他）；尚未审结的请把审结日期也留空',
      '第4行，“审结日期”列：填写了结果，必须同时填写审结日期；尚未审结的请把结果也留空',
      '第5行，“审结日期”列：审结日期 2023-04-01 早于收到日期 2023-05-01，请核对',
      '第6行，“类型”列：不能为空，请填写行政复议、未经复议直接起诉或复议后起诉',
      '第6行，“收到日期”列：不能为空，请填写收到复议申请书或起诉状之日',
      '第7行，“收到日期”列：日期 2024-07-01 晚于今天（2024-06-30），不能填写将来的日期，请核对',
    ]);
  });
});
