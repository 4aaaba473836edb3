import { describe, expect, it } from 'vitest';
import { formatProblem } from './problems';
import { NO_STEPS } from './register-steps';
import { tableFromCsv, type SheetCell, type SheetTable } from './sheet-table';
import { validateRegisterRows } from './validate-register';

const TODAY = '2024-06-30';
const HEADER = ['申请编号', '收到日期', '申请人类型', '申请人', '申请方式', '申请内容', '答复日期', '办理结果'];
const sheet = (header: string[], ...rows: SheetCell[][]): SheetTable => ({ header, rows: rows.map((cells, i) => ({ rowNumber: i + 2, cells })) });
const messages = (t: SheetTable) => {
  const r = validateRegisterRows(t, TODAY);
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe('validateRegisterRows', () => {
  it('reads a valid register; empty optional cells are null (an update keeps the stored value)', () => {
    const r = validateRegisterRows(
      sheet(
        HEADER,
        ['A-1', '2023/1/5', '商业', '杭州某公司', '', '', '', ''],
        ['A-2', new Date(Date.UTC(2023, 1, 1)), 'natural_person', '张三', '网络', '社保缴费记录', 44985, '不予公开/保护第三方合法权益'],
      ),
      TODAY,
    );
    expect(r).toEqual({
      ok: true,
      warnings: [],
      columns: ['caseNo', 'receivedOn', 'applicantType', 'applicantName', 'channel', 'content', 'repliedOn', 'outcome'],
      rows: [
        { rowNumber: 2, caseNo: 'A-1', receivedOn: '2023-01-05', applicantType: 'commercial', applicantName: '杭州某公司', channel: null, content: null, repliedOn: null, outcome: null, replyDocNo: null, handler: null, registeredOn: null, steps: NO_STEPS },
        { rowNumber: 3, caseNo: 'A-2', receivedOn: '2023-02-01', applicantType: 'natural_person', applicantName: '张三', channel: 'online', content: '社保缴费记录', repliedOn: '2023-02-28', outcome: 'withheld.third_party', replyDocNo: null, handler: null, registeredOn: null, steps: NO_STEPS },
      ],
    });
  });

  it('reads the optional extra columns and warns about unknown ones by name', () => {
    const r = validateRegisterRows(
      sheet([...HEADER, '答复文号', '办理人', '登记日期', '备注', '联系电话'], ['A-1', '2023-01-05', '自然人', '李四', '', '', '2023-01-20', '予以公开', '杭人社〔2023〕1号', '王五', '2023-01-06', 'x', '138']),
      TODAY,
    );
    expect(r.ok && r.rows[0]).toMatchObject({ replyDocNo: '杭人社〔2023〕1号', handler: '王五', registeredOn: '2023-01-06' });
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toContain('已忽略无法识别的列：“备注”、“联系电话”');
  });

  it('tells which known columns the file has, so that an import leaves the others alone', () => {
    const r = validateRegisterRows(sheet(['申请人', '备注', '申请编号', '收到日期', '申请人类型', '答复日期'], ['甲', 'x', 'A-1', '2023-01-05', '自然人', '']), TODAY);
    expect(r.ok && r.columns).toEqual(['caseNo', 'receivedOn', 'applicantType', 'applicantName', 'repliedOn']);
    expect(r.ok && r.rows[0]).toMatchObject({ channel: null, content: null, repliedOn: null });
  });

  it('names every missing required column', () => {
    expect(messages(sheet(['申请编号', '申请内容'], ['A-1', 'x']))).toEqual([
      '第1行，“收到日期”列：缺少必填列“收到日期”。第一行应为列标题，必须包含：申请编号、收到日期、申请人类型、申请人',
      '第1行，“申请人类型”列：缺少必填列“申请人类型”。第一行应为列标题，必须包含：申请编号、收到日期、申请人类型、申请人',
      '第1行，“申请人”列：缺少必填列“申请人”。第一行应为列标题，必须包含：申请编号、收到日期、申请人类型、申请人',
    ]);
  });

  it('tolerates full-width and marked headers, refuses a column given twice', () => {
    const ok = validateRegisterRows(sheet([' 申请编号* ', '收到日期（必填）', '申请人类型', '申请人'], ['A', '2023-01-01', '自然人', '甲']), TODAY);
    expect(ok.ok).toBe(true);
    expect(messages(sheet([...HEADER, '申请人'], ['A', '2023-01-01', '自然人', '甲']))[0]).toBe('第1行，“申请人”列：这一列出现了两次（第4列和第9列），请删除其中一列');
  });

  it('refuses an empty file and a file without data rows', () => {
    expect(messages(sheet([]))).toEqual(['第1行：文件是空的。第一行应为列标题，从第二行起每行登记一件']);
    expect(messages(sheet(HEADER, [null, '', '  ']))).toEqual(['第2行：文件只有标题行，没有数据行。从第二行起每行登记一件']);
  });

  it('skips completely empty rows but keeps spreadsheet row numbers', () => {
    const r = validateRegisterRows(sheet(HEADER, [], ['', null], ['A', '2023-01-01', '自然人', '甲']), TODAY);
    expect(r.ok && r.rows.map((x) => x.rowNumber)).toEqual([4]);
  });

  it('lists every problem of every row, in the documented format', () => {
    const long = 'x'.repeat(51);
    const problems = messages(
      sheet(
        HEADER,
        ['', '', '', '', '', '', '', ''].map((v, i) => (i === 5 ? '只有内容' : v)),
        [long, '2023-02-30', '个人', '甲', '微信', '', '2025-01-01', '已办结'],
        ['B', '2023-03-10', '自然人', '乙', '', '', '2023-03-01', '予以公开'],
        ['C', '2023-03-10', '自然人', '丙', '', '', '2023-03-20', ''],
        ['D', '2024-07-01', '自然人', '丁', '', '', '', 'disclosed'],
      ),
    );
    expect(problems).toEqual([
      '第2行，“申请编号”列：不能为空，请填写本机关的申请编号',
      '第2行，“收到日期”列：不能为空，请填写收到申请之日，如 2023-01-05',
      '第2行，“申请人类型”列：不能为空，请填写自然人、商业企业、科研机构、社会公益组织、法律服务机构或其他',
      '第2行，“申请人”列：不能为空，请填写申请人姓名或单位名称',
      '第3行，“申请编号”列：内容过长（51 个字），最多 50 个字，请删减',
      '第3行，“收到日期”列：日期“2023-02-30”不存在（2023年2月没有30日），请核对月份和日期',
      expect.stringContaining('第3行，“申请人类型”列：无法识别的申请人类型“个人”。可填：自然人、商业企业'),
      expect.stringContaining('第3行，“申请方式”列：无法识别的申请方式“微信”'),
      '第3行，“答复日期”列：日期 2025-01-01 晚于今天（2024-06-30），不能填写将来的日期，请核对',
      expect.stringContaining('第3行，“办理结果”列：无法识别的办理结果“已办结”'),
      '第4行，“答复日期”列：答复日期 2023-03-01 早于收到日期 2023-03-10，请核对',
      '第5行，“办理结果”列：填写了答复日期，必须同时填写办理结果（如“予以公开”）；案件尚未办结的，请把答复日期也留空',
      '第6行，“收到日期”列：日期 2024-07-01 晚于今天（2024-06-30），不能填写将来的日期，请核对',
      '第6行，“答复日期”列：填写了办理结果，必须同时填写答复日期；案件尚未办结的，请把办理结果也留空',
    ]);
  });

  it('limits 申请人 to 200 and 申请内容 to 5000 characters', () => {
    const problems = messages(sheet(HEADER, ['A', '2023-01-01', '自然人', '名'.repeat(201), '', '内'.repeat(5001), '', '']));
    expect(problems).toEqual([
      '第2行，“申请人”列：内容过长（201 个字），最多 200 个字，请删减',
      '第2行，“申请内容”列：内容过长（5001 个字），最多 5000 个字，请删减',
    ]);
    expect(validateRegisterRows(sheet(HEADER, ['A', '2023-01-01', '自然人', '名'.repeat(200), '', '内'.repeat(5000), '', '']), TODAY).ok).toBe(true);
  });

  it('names both rows of a duplicate 申请编号', () => {
    const rows = [['A-1', '2023-01-01', '自然人', '甲'], ['A-2', '2023-01-01', '自然人', '乙'], [' A-1 ', '2023-01-02', '自然人', '丙']];
    expect(messages(sheet(HEADER, ...rows))).toEqual(['第4行，“申请编号”列：申请编号“A-1”与第2行重复，同一文件中申请编号必须唯一']);
  });

  it('accepts a reply on the received day and today, and numbers as case numbers', () => {
    const r = validateRegisterRows(sheet(HEADER, [2023001, TODAY, '自然人', '甲', '', '', TODAY, '其他处理/其他']), TODAY);
    expect(r.ok && r.rows[0]).toMatchObject({ caseNo: '2023001', receivedOn: TODAY, repliedOn: TODAY, outcome: 'other.other' });
  });

  it('reads back text our CSV export neutralised as the original', () => {
    const csv = [HEADER, ['A', '2023-01-01', '自然人', "'=甲", '', "'-申请内容", '', '']].map((r) => r.join(',')).join('\n');
    const r = validateRegisterRows(tableFromCsv(csv), TODAY);
    expect(r.ok && r.rows[0]).toMatchObject({ applicantName: '=甲', content: '-申请内容' });
  });
});
