import { describe, expect, it } from 'vitest';
import { headingsOf, layoutRows, type ValueCell } from './table-layout';
import { formatWanYuan, parseCount, parseTableTwo, parseWanYuan, startingTableTwo } from './table-two';
import { tableTwoLayout } from './table-two-layout';

describe('table 二 figures', () => {
  it('takes whole counts ≥ 0, full-width digits too, and empty as not entered', () => {
    expect(parseCount('12', 'x')).toEqual({ ok: true, value: 12 });
    expect(parseCount('１２', 'x')).toEqual({ ok: true, value: 12 });
    expect(parseCount(' ', 'x')).toEqual({ ok: true, value: null });
    expect(parseCount('0', 'x')).toEqual({ ok: true, value: 0 });
  });

  it('refuses negative, fractional and non-numeric counts with a Chinese reason', () => {
    expect(parseCount('-3', '规章“本年制发件数”')).toEqual({ ok: false, message: '规章“本年制发件数”不能是负数，请填写 0 或正整数。' });
    expect(parseCount('2.5', 'x')).toMatchObject({ ok: false, message: expect.stringContaining('不能有小数') });
    expect(parseCount('十二', 'x')).toMatchObject({ ok: false, message: expect.stringContaining('应为数字') });
  });

  it('keeps 万元 amounts exactly as whole 元, at most four decimals', () => {
    expect(parseWanYuan('12.3456', 'x')).toEqual({ ok: true, value: 123456 });
    expect(parseWanYuan('0.1', 'x')).toEqual({ ok: true, value: 1000 });
    expect(parseWanYuan('1,234.5', 'x')).toEqual({ ok: true, value: 12345000 });
    expect(parseWanYuan('0.00001', 'x')).toMatchObject({ ok: false, message: expect.stringContaining('最多保留四位小数') });
    expect(parseWanYuan('-1', 'x')).toMatchObject({ ok: false });
    expect(parseWanYuan('abc', 'x')).toMatchObject({ ok: false });
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; here it is 3000 元 exactly.
    expect(parseWanYuan('0.3', 'x')).toEqual({ ok: true, value: 3000 });
    expect([123456, 120000, 0, 1, 10_000].map(formatWanYuan)).toEqual(['12.3456', '12', '0', '0.0001', '1']);
  });

  it('parses a whole form, naming every bad field, and carries last year\'s 现行有效', () => {
    const r = parseTableTwo({ 't2.rules.issued': '1', 't2.licensing.decisions': 'x', 't2.fees.amount': '1.23456' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.errors).sort()).toEqual(['t2.fees.amount', 't2.licensing.decisions']);
    expect(startingTableTwo({ rules: 3, normative_documents: 40 })).toEqual({ 'rules.inForce': 3, 'normative_documents.inForce': 40 });
  });
});

describe('table 二 layout', () => {
  const layout = tableTwoLayout(2023, { 'rules.issued': 1, 'fees.amount': 123456, 'licensing.decisions': 0 });

  it('prints four 第二十条 blocks with their headings, one-column blocks spanning three', () => {
    const rows = layoutRows(layout).map((r) => r.map((c) => (c.kind === 'label' ? c.text : `[${c.text}]`)));
    expect(rows[0]).toEqual(['第二十条第（一）项']);
    expect(rows[1]).toEqual(['信息内容', '本年制发件数', '本年废止件数', '现行有效件数']);
    expect(rows[2]).toEqual(['规章', '[1]', '[]', '[]']);
    expect(rows[6]).toEqual(['行政许可', '[0]']);
    expect(rows[13]).toEqual(['行政事业性收费', '[12.3456]']);
    expect(layout.rowCount).toBe(14);
    expect(layout.blocks).toEqual([0, 4, 7, 11]);
  });

  it('gives each value its headings within its block only', () => {
    const fee = layout.cells.find((c): c is ValueCell => c.kind === 'value' && c.ref.table === 'two' && c.ref.row === 'fees')!;
    expect(headingsOf(layout, fee).map((h) => h.text)).toEqual(['第二十条第（八）项', '本年收费金额（单位：万元）', '行政事业性收费']);
  });
});
