import { describe, expect, it } from 'vitest';
import { capChangeLines, caseChangeLine, changeLineCap, reviewChangeLine } from './change-lines';

describe('change lines of an import preview', () => {
  it('names a case by number and its fields by the register column, in the file notations', () => {
    expect(
      caseChangeLine('X', { outcome: { from: 'disclosed', to: 'partial' }, repliedOn: { from: '2023-03-01', to: '2023-03-05' } }),
    ).toBe('申请编号 X：答复日期 2023-03-01 → 2023-03-05；办理结果 予以公开 → 部分公开');
    expect(
      caseChangeLine('Y', {
        channel: { from: 'in_person', to: 'online' },
        applicantType: { from: 'natural_person', to: 'commercial' },
        outcome: { from: null, to: 'withheld.third_party' },
        handlerId: { from: '王芳', to: null },
      }),
    ).toBe('申请编号 Y：申请人类型 自然人 → 商业企业；申请方式 当面 → 网络；办理结果 （空） → 不予公开/保护第三方合法权益；办理人 王芳 → 未指定');
  });

  it('shortens long text', () => {
    expect(caseChangeLine('Z', { content: { from: '', to: '内'.repeat(40) } })).toBe(`申请编号 Z：申请内容 （空） → ${'内'.repeat(30)}…`);
  });

  it('describes review records by row, kind, filed date and case', () => {
    expect(reviewChangeLine({ rowNumber: 4, caseNo: 'A-1', kind: 'reconsideration', filedOn: '2023-05-01' }, { result: { from: null, to: 'corrected' }, decidedOn: { from: null, to: '2024-04-01' } })).toBe(
      '第4行（行政复议，收到日期 2023-05-01，申请编号 A-1）：结果 尚未审结 → 纠正；审结日期 （空） → 2024-04-01',
    );
  });

  it('lists 50 lines and sums up the rest', () => {
    const lines = Array.from({ length: 52 }, (_, i) => `l${i}`);
    expect(capChangeLines(lines, '件')).toEqual([...lines.slice(0, 50), '…及其他 2 件']);
    expect(capChangeLines(lines.slice(0, 50), '条')).toEqual(lines.slice(0, 50));
  });

  it('caps lines given one at a time, working out only those it keeps', () => {
    const cap = changeLineCap('件', 2);
    const worked: number[] = [];
    for (let i = 0; i < 5; i++) cap.add(() => (worked.push(i), `l${i}`));
    expect(cap.lines()).toEqual(['l0', 'l1', '…及其他 3 件']);
    expect(worked).toEqual([0, 1]);
  });
});
