import { describe, expect, it } from 'vitest';
import { parseRegisterDate } from './register-date';

const ok = (value: string) => ({ ok: true, value });

describe('parseRegisterDate', () => {
  it('reads the notations clerks use', () => {
    expect(parseRegisterDate('2023-01-05')).toEqual(ok('2023-01-05'));
    expect(parseRegisterDate('2023/1/5')).toEqual(ok('2023-01-05'));
    expect(parseRegisterDate('2023年1月5日')).toEqual(ok('2023-01-05'));
    expect(parseRegisterDate('2023.1.5')).toEqual(ok('2023-01-05'));
    expect(parseRegisterDate(' 2023-12-31 ')).toEqual(ok('2023-12-31'));
    expect(parseRegisterDate('2023-01-05 00:00:00')).toEqual(ok('2023-01-05'));
    expect(parseRegisterDate('２０２３／１／５')).toEqual(ok('2023-01-05'));
  });

  it('reads Excel serial numbers (1900 date system), as numbers or as text', () => {
    expect(parseRegisterDate(44931)).toEqual(ok('2023-01-05'));
    expect(parseRegisterDate(45291.75)).toEqual(ok('2023-12-31'));
    expect(parseRegisterDate('44931')).toEqual(ok('2023-01-05'));
  });

  it("takes a JS Date's UTC calendar date, as exceljs gives date cells", () => {
    expect(parseRegisterDate(new Date(Date.UTC(2023, 0, 5)))).toEqual(ok('2023-01-05'));
    expect(parseRegisterDate(new Date('2023-12-31T23:59:59Z'))).toEqual(ok('2023-12-31'));
    expect(parseRegisterDate(new Date('nonsense')).ok).toBe(false);
  });

  it('refuses impossible dates with a Chinese message', () => {
    expect(parseRegisterDate('2023-02-30')).toEqual({ ok: false, error: '日期“2023-02-30”不存在（2023年2月没有30日），请核对月份和日期' });
    expect(parseRegisterDate('2023-13-01').ok).toBe(false);
    expect(parseRegisterDate('2024-02-29').ok).toBe(true);
    expect(parseRegisterDate('2023-02-29').ok).toBe(false);
  });

  it('refuses text that is not a date, and implausible years', () => {
    const bad = parseRegisterDate('下周一');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toContain('无法识别的日期“下周一”');
    expect(parseRegisterDate('23-1-5').ok).toBe(false);
    expect(parseRegisterDate('2023-1-5/').ok).toBe(false);
    expect(parseRegisterDate('2023/1-5').ok).toBe(false);
    expect(parseRegisterDate(5)).toEqual({ ok: false, error: '日期“5”的年份 1900 不合理，请核对' });
    expect(parseRegisterDate(-1).ok).toBe(false);
    expect(parseRegisterDate('').ok).toBe(false);
  });
});
