import { describe, expect, it } from 'vitest';
import { checkTableThree } from './check-table-three';
import { buildTableThree } from './table-three';
import type { ReportCase } from './types';

const cases: ReportCase[] = [
  { receivedOn: '2022-12-20', repliedOn: '2023-01-10', applicantType: 'natural_person', outcome: 'disclosed' },
  { receivedOn: '2023-04-01', repliedOn: null, applicantType: 'commercial', outcome: null },
  { receivedOn: '2023-05-01', repliedOn: '2023-05-20', applicantType: 'natural_person', outcome: 'unavailable.not_held' },
];

describe('checkTableThree', () => {
  const t2022 = buildTableThree(cases, 2022);
  const t2023 = buildTableThree(cases, 2023);

  it('checks the identity for each of the seven columns, with the numbers', () => {
    const checks = checkTableThree(t2023, t2022);
    expect(checks).toHaveLength(10);
    expect(checks.every((c) => c.ok)).toBe(true);
    expect(checks[0]).toEqual({
      name: '勾稽关系（自然人列）',
      ok: true,
      detail: '自然人列：本年新收 1 + 上年结转 1 = 2，办理结果总计 2 + 结转下年度 0 = 2，一致',
    });
    expect(checks[6].detail).toBe('总计列：本年新收 2 + 上年结转 1 = 3，办理结果总计 2 + 结转下年度 1 = 3，一致');
  });

  it('says which column breaks the identity and by how much', () => {
    const broken = structuredClone(t2023);
    broken.carried_out.commercial = 3;
    broken.carried_out.total = 3;
    const checks = checkTableThree(broken, t2022);
    const failing = checks.filter((c) => !c.ok).map((c) => c.name);
    expect(failing).toEqual(['勾稽关系（商业企业列）', '勾稽关系（总计列）']);
    expect(checks[1].detail).toBe('商业企业列：本年新收 1 + 上年结转 0 = 1，办理结果总计 0 + 结转下年度 3 = 3，不一致（相差 2）');
  });

  it("compares carried_in with last year's carried_out column by column", () => {
    const carried = checkTableThree(t2023, t2022)[7];
    expect(carried.ok).toBe(true);
    expect(carried.detail).toBe('各列一致：自然人 1，商业企业 0，科研机构 0，社会公益组织 0，法律服务机构 0，其他组织 0，总计 1');
    const lastYear = structuredClone(t2022);
    lastYear.carried_out.natural_person = 3;
    const bad = checkTableThree(t2023, lastYear)[7];
    expect(bad.ok).toBe(false);
    expect(bad.detail).toBe('不一致：自然人列本年上年结转 1，上一年度结转下年度 3，相差 2');
  });

  it('passes, and says so, when there is no previous year', () => {
    const c = checkTableThree(t2023, null)[7];
    expect(c).toEqual({ name: '本年“上年结转”等于上一年度“结转下年度继续办理”', ok: true, detail: '没有上一年度的统计数据，无法核对，本项视为通过' });
  });

  it('finds a row whose total is not the sum of its columns', () => {
    const broken = structuredClone(t2023);
    broken.disclosed.total = 5;
    const c = checkTableThree(broken, null)[8];
    expect(c.ok).toBe(false);
    expect(c.detail).toBe('不一致：“(一)予以公开”行：六类申请人之和 1，总计 5，相差 4');
  });

  it('finds a results total that is not the sum of the outcome rows', () => {
    const broken = structuredClone(t2023);
    broken.results_total.natural_person = 1;
    const c = checkTableThree(broken, null)[9];
    expect(c.ok).toBe(false);
    expect(c.detail).toContain('自然人列：各项办理结果之和 2，办理结果总计 1，相差 1');
  });

  it('shows a case replied without an outcome as a results-total mismatch', () => {
    const t = buildTableThree([{ receivedOn: '2023-01-01', repliedOn: '2023-01-02', applicantType: 'natural_person', outcome: null }], 2023);
    const checks = checkTableThree(t, null);
    expect(checks[9].ok).toBe(false);
    expect(checks.slice(0, 7).every((c) => c.ok)).toBe(true);
  });
});
