// The step columns of a register row (INTERFACES §1) → the case page's steps → the deadline of
// RULES §3, with worked examples on the official 2024 calendar: received Friday 2024-03-01, the 20
// working days end on Friday 2024-03-29; 清明 2024 is off on 04-04…04-06 and Sunday 04-07 is worked.
import { describe, expect, it } from 'vitest';
import { defaultWorkCalendar } from '../calendar/work-calendar';
import { computeClock } from '../clock/compute-clock';
import { formatProblem } from './problems';
import { registerStepsOf, stepCells } from './register-steps';
import type { SheetCell, SheetTable } from './sheet-table';
import { stepEventsFor } from './step-events';
import { validateRegisterRows } from './validate-register';

const TODAY = '2024-06-30';
const cal = defaultWorkCalendar();
const BASE = ['申请编号', '收到日期', '申请人类型', '申请人', '答复日期', '办理结果'];

/** One row received 2024-03-01 with the given step cells (and reply). */
function table(cells: Record<string, SheetCell>, reply: [string, string] | null = null): SheetTable {
  const header = [...BASE, ...Object.keys(cells)];
  return { header, rows: [{ rowNumber: 2, cells: ['S-1', '2024-03-01', '自然人', '甲', reply?.[0] ?? '', reply?.[1] ?? '', ...Object.values(cells)] }] };
}

function read(cells: Record<string, SheetCell>, reply: [string, string] | null = null) {
  const r = validateRegisterRows(table(cells, reply), TODAY);
  if (!r.ok) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.rows[0];
}

const problems = (cells: Record<string, SheetCell>, reply: [string, string] | null = null) => {
  const r = validateRegisterRows(table(cells, reply), TODAY);
  return r.ok ? [] : r.problems.map(formatProblem);
};

/** The clock after recording the row's steps on a new case, as of `today`. */
function clock(cells: Record<string, SheetCell>, reply: [string, string] | null = null, today = TODAY) {
  const row = read(cells, reply);
  const events = stepEventsFor(row.steps, []).steps.map((s) => s.event);
  return computeClock({ receivedOn: row.receivedOn, events, repliedOn: row.repliedOn, today }, cal);
}

describe('each step column alone', () => {
  it('no steps: 20 working days from receipt', () => {
    expect(clock({}).replyDueOn).toBe('2024-03-29');
  });

  it('a correction restarts the period from the corrected application', () => {
    const c = clock({ 补正告知日期: '2024-03-05', 补正收到日期: '2024/3/12' });
    expect(c.startOn).toBe('2024-03-12');
    expect(c.replyDueOn).toBe('2024-04-10');
    expect(clock({ 补正告知日期: '2024-03-05' }, null, '2024-03-20')).toMatchObject({ status: 'awaiting_correction' });
  });

  it('a consultation pauses from sending to the answer', () => {
    expect(clock({ 征求意见日期: '2024-03-11', 征求意见答复日期: '2024-03-15' }).replyDueOn).toBe('2024-04-07');
  });

  it('a consultation answered after its cap pauses only up to the 15th working day after sending', () => {
    const c = clock({ 征求意见日期: '2024-03-11', 征求意见答复日期: '2024-04-30' });
    expect(c.consultations[0].capOn).toBe('2024-04-01');
    expect(c.pausedWorkingDays).toBe(15);
    expect(c.replyDueOn).toBe('2024-04-22');
  });

  it('a fee notice pauses until payment', () => {
    expect(clock({ 收费通知日期: '2024-03-18', 缴费日期: '2024-03-22', 收费金额: '100元' }).replyDueOn).toBe('2024-04-07');
    expect(read({ 收费通知日期: '2024-03-18', 收费金额: 100 }).steps.fees).toEqual([{ noticeOn: '2024-03-18', paidOn: null, amount: 100 }]);
  });

  it('an approved extension adds its working days', () => {
    expect(clock({ 延期工作日: '10', 延期告知日期: '2024-03-20' }).replyDueOn).toBe('2024-04-15');
    expect(clock({ 延期工作日: 20, 延期告知日期: '2024-03-29' }).extension).toMatchObject({ state: 'approved', days: 20, notifiedOn: '2024-03-29' });
  });
});

describe('steps in combination', () => {
  it('overlapping consultation and fee pauses count each working day once', () => {
    // (03-11, 03-27]: 12 working days, not 7 + 8.
    const c = clock({ 征求意见日期: '2024-03-11', 征求意见答复日期: '2024-03-20', 收费通知日期: '2024-03-15', 缴费日期: '2024-03-27' });
    expect(c.pausedWorkingDays).toBe(12);
    expect(c.replyDueOn).toBe('2024-04-17');
  });

  it('an extension told after the base deadline is accepted while a pause has moved the deadline in force', () => {
    const c = clock({ 征求意见日期: '2024-03-11', 征求意见答复日期: '2024-03-15', 延期工作日: 5, 延期告知日期: '2024-04-03' });
    expect(c.replyDueOn).toBe('2024-04-12'); // 2024-04-07 + 5 working days
  });

  it('correction, then consultation, fee and extension, with a reply on time', () => {
    const c = clock(
      { 补正告知日期: '2024-03-05', 补正收到日期: '2024-03-12', 征求意见日期: '2024-03-13', 征求意见答复日期: '2024-03-19', 收费通知日期: '2024-03-25', 缴费日期: '2024-03-26', 延期工作日: 3, 延期告知日期: '2024-04-08' },
      ['2024-04-22', '予以公开'],
    );
    // From 03-12: 20 + 3 + 4 (consultation) + 1 (fee) = 28 working days → 2024-04-22.
    expect(c.replyDueOn).toBe('2024-04-22');
    expect(c.status).toBe('closed_on_time');
  });

  it('several consultations and fee notices in one cell, in order', () => {
    const row = read({ 征求意见日期: '2024-03-04；2024-03-11', 征求意见答复日期: '2024-03-05', 收费通知日期: '2024-03-06;2024-03-20', 缴费日期: '2024-03-07', 收费金额: '；200' });
    expect(row.steps.consultations).toEqual([
      { sentOn: '2024-03-04', answeredOn: '2024-03-05' },
      { sentOn: '2024-03-11', answeredOn: null },
    ]);
    expect(row.steps.fees).toEqual([
      { noticeOn: '2024-03-06', paidOn: '2024-03-07', amount: null },
      { noticeOn: '2024-03-20', paidOn: null, amount: 200 },
    ]);
  });

  it('exports what it imports: recorded events → cells → the same steps', () => {
    const cells = { 补正告知日期: '2024-03-04', 补正收到日期: '2024-03-05', 征求意见日期: '2024-03-06；2024-03-11', 征求意见答复日期: '2024-03-07', 收费通知日期: '2024-03-08', 缴费日期: '2024-03-12', 收费金额: 40.5, 延期工作日: 7, 延期告知日期: '2024-03-13' };
    const row = read(cells);
    const written = stepCells(registerStepsOf(stepEventsFor(row.steps, []).steps.map((s) => s.event)));
    expect(written).toEqual({
      correctionNoticeOn: '2024-03-04',
      correctionReceivedOn: '2024-03-05',
      consultationSentOn: '2024-03-06；2024-03-11',
      consultationAnsweredOn: '2024-03-07',
      feeNoticeOn: '2024-03-08',
      feePaidOn: '2024-03-12',
      feeAmount: 40.5,
      extensionDays: 7,
      extensionNotifiedOn: '2024-03-13',
    });
  });
});

describe('bad step cells: a Chinese message naming the row and the column', () => {
  it('impossible dates and formats', () => {
    expect(problems({ 征求意见日期: '2024-02-30' })).toEqual(['第2行，“征求意见日期”列：日期“2024-02-30”不存在（2024年2月没有30日），请核对月份和日期']);
    expect(problems({ 收费通知日期: '3月18日' })[0]).toMatch(/^第2行，“收费通知日期”列：无法识别的日期“3月18日”/);
    expect(problems({ 补正告知日期: '2024-07-05' })).toEqual(['第2行，“补正告知日期”列：日期 2024-07-05 晚于今天（2024-06-30），不能填写将来的日期，请核对']);
  });

  it('dates out of order', () => {
    expect(problems({ 征求意见日期: '2024-03-11', 征求意见答复日期: '2024-03-08' })).toEqual([
      '第2行，“征求意见答复日期”列：收到意见日期不能早于发出征求意见日期（2024-03-11）（文件中为 2024-03-08）',
    ]);
    expect(problems({ 收费通知日期: '2024-03-11', 缴费日期: '2024-03-10' })).toEqual(['第2行，“缴费日期”列：缴费日期不能早于收费通知日期（2024-03-11）（文件中为 2024-03-10）']);
    expect(problems({ 补正告知日期: '2024-03-11', 补正收到日期: '2024-03-04' })).toEqual(['第2行，“补正收到日期”列：收到补正日期不能早于补正通知日期（2024-03-11）（文件中为 2024-03-04）']);
  });

  it('a step before receipt or after the reply', () => {
    expect(problems({ 征求意见日期: '2024-02-28' })).toEqual(['第2行，“征求意见日期”列：日期不能早于收到申请日期（2024-03-01）（文件中为 2024-02-28）']);
    expect(problems({ 收费通知日期: '2024-03-05', 缴费日期: '2024-03-25' }, ['2024-03-20', '予以公开'])).toEqual([
      '第2行，“缴费日期”列：日期 2024-03-25 晚于答复日期 2024-03-20：答复后不能再登记办理步骤，答复日期不能早于办理步骤的日期，请核对',
    ]);
    expect(problems({ 收费通知日期: '2024-03-05', 缴费日期: '2024-03-20' }, ['2024-03-20', '予以公开'])).toEqual([]);
  });

  it('an extension of 0 or 21 working days, or told after the deadline in force', () => {
    expect(problems({ 延期工作日: '0', 延期告知日期: '2024-03-20' })).toEqual([
      '第2行，“延期工作日”列：延期工作日应为 1 至 20 之间的整数（条例第三十三条：延长答复期限最长不超过 20 个工作日），文件中为“0”',
    ]);
    expect(problems({ 延期工作日: 21, 延期告知日期: '2024-03-20' })[0]).toMatch(/^第2行，“延期工作日”列：延期工作日应为 1 至 20 之间的整数.*文件中为“21”$/);
    expect(problems({ 延期工作日: '2.5', 延期告知日期: '2024-03-20' })).toHaveLength(1);
    expect(problems({ 延期工作日: '15个工作日', 延期告知日期: '2024-03-20' })).toEqual([]);
    expect(problems({ 延期工作日: 10, 延期告知日期: '2024-03-29' })).toEqual([]);
    expect(problems({ 延期工作日: 10, 延期告知日期: '2024-04-01' })).toEqual(['第2行，“延期告知日期”列：答复期限（2024-03-29）已届满，不能再申请延期（文件中为 2024-04-01）']);
  });

  it('a payment, an amount or an answer without what it answers; an extension without both cells', () => {
    expect(problems({ 缴费日期: '2024-03-10' })).toEqual(['第2行，“缴费日期”列：填写了缴费日期，须同时填写收费通知日期（先发出收费通知，申请人才能缴费）']);
    expect(problems({ 收费通知日期: '', 收费金额: '100' })).toEqual(['第2行，“收费金额”列：填写了收费金额，须同时填写收费通知日期']);
    expect(problems({ 征求意见答复日期: '2024-03-10' })).toEqual(['第2行，“征求意见答复日期”列：填写了征求意见答复日期，须同时填写征求意见日期']);
    expect(problems({ 补正收到日期: '2024-03-10' })[0]).toMatch(/^第2行，“补正收到日期”列：填写了补正收到日期，须同时填写补正告知日期/);
    expect(problems({ 延期工作日: 5 })).toEqual(['第2行，“延期工作日”列：填写了延期工作日，须同时填写延期告知日期（批准延期后告知申请人之日）']);
    expect(problems({ 延期告知日期: '2024-03-10' })).toEqual(['第2行，“延期告知日期”列：填写了延期告知日期，须同时填写延期工作日（1 至 20）']);
    expect(problems({ 征求意见日期: '2024-03-04', 征求意见答复日期: '2024-03-05；2024-03-06' })[0]).toMatch(/^第2行，“征求意见答复日期”列：本列有 2 项，“征求意见日期”只有 1 项/);
    expect(problems({ 收费通知日期: '2024-03-04', 收费金额: '一百' })).toEqual(['第2行，“收费金额”列：收费金额应为以元为单位的数字，如 100 或 12.5，文件中为“一百”']);
  });

  it('the case page rules: one correction; no consultation while a correction is awaited; a new one only after the answer', () => {
    expect(problems({ 补正告知日期: '2024-03-04', 征求意见日期: '2024-03-05' })).toEqual(['第2行，“征求意见日期”列：申请人补正前不能征求意见（文件中为 2024-03-05）']);
    expect(problems({ 征求意见日期: '2024-03-04；2024-03-06' })[0]).toMatch(/^第2行，“征求意见日期”列：已有未答复的征求意见（2024-03-04发出），请先登记收到意见/);
  });

  it('reports problems in every row and column, and skips the export-only columns without a warning', () => {
    const t: SheetTable = {
      header: [...BASE, '缴费日期', '延期工作日', '延期告知日期', '答复期限', '办理状态'],
      rows: [
        { rowNumber: 2, cells: ['A', '2024-03-01', '自然人', '甲', '', '', '2024-03-05', 21, '2024-03-06', '2024-03-29', '正常'] },
        { rowNumber: 3, cells: ['B', '2024-03-01', '自然人', '乙', '', '', '', '', '', 'x', 'y'] },
      ],
    };
    const r = validateRegisterRows(t, TODAY);
    expect(r.warnings).toEqual([]);
    expect(r.ok ? [] : r.problems.map((p) => [p.row, p.column])).toEqual([
      [2, '缴费日期'],
      [2, '延期工作日'],
    ]);
  });
});
