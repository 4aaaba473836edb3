import { describe, expect, it } from 'vitest';
import { parseScheduleText } from './schedule-text';

describe('parseScheduleText', () => {
  it('reads days off and make-up working days, sorted', () => {
    const result = parseScheduleText(2027, '2027-02-07 班 春节调休\n2027-01-01 休 元旦\n\n2026-12-31 放假 元旦');
    expect(result).toEqual({
      ok: true,
      days: [
        { date: '2026-12-31', kind: 'off', name: '元旦' },
        { date: '2027-01-01', kind: 'off', name: '元旦' },
        { date: '2027-02-07', kind: 'work', name: '春节调休' },
      ],
    });
  });

  it('lists every problem with its line number', () => {
    const result = parseScheduleText(2027, '2027-02-30 休\n2027-03-01 班\n2027-05-01 x\n2025-05-01 休\n2027-01-01 休\n2027-01-01 休');
    expect(result).toEqual({
      ok: false,
      problems: [
        '第1行：“2027-02-30”不是有效日期，请写成 2027-01-01 的形式。',
        '第2行：2027-03-01 是工作日，无需登记为调休上班。',
        '第3行：请在日期后写“休”（放假）或“班”（调休上班）。',
        '第4行：2025-05-01 不属于 2027 年的安排。',
        '第6行：2027-01-01 与第5行重复。',
      ],
    });
  });

  it('refuses an empty schedule', () => {
    expect(parseScheduleText(2027, '  \n')).toEqual({ ok: false, problems: ['请至少填写一天放假或调休安排。'] });
  });
});
