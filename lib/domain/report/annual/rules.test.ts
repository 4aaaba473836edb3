import { describe, expect, it } from 'vitest';
import { buildTableThree } from '../table-three';
import type { ReportCase } from '../types';
import { casePublishedChanges, cellMovements, caseCellKeys, reviewPublishedChanges } from './published-cells';
import { publishRefusal, yearRefusal } from './publish-rules';
import { parseBaselineJson } from './baseline';
import { regenerate, startFromLastYear, type ReportDraft } from './draft';
import { emptyTableFour } from '../table-four';

const closed2023: ReportCase = { caseNo: 'A', receivedOn: '2023-03-01', repliedOn: '2023-03-20', applicantType: 'natural_person', outcome: 'disclosed' };

describe('which published numbers a change moves', () => {
  it('names the cells a case leaves and enters, per published year', () => {
    const reopened = { ...closed2023, repliedOn: null, outcome: null };
    const [change] = casePublishedChanges([2023], closed2023, reopened);
    expect(change.year).toBe(2023);
    expect(change.cells.map((c) => (c.table === 'three' ? `${c.row}/${c.column}` : '')).sort()).toEqual(
      ['carried_out/natural_person', 'carried_out/total', 'disclosed/natural_person', 'disclosed/total', 'results_total/natural_person', 'results_total/total'].sort(),
    );
    // A change of the contact data or a closing in an unpublished year moves nothing published.
    expect(casePublishedChanges([2023], closed2023, { ...closed2023, caseNo: 'B' })).toEqual([]);
    const open2024 = { ...closed2023, receivedOn: '2024-05-01', repliedOn: null, outcome: null };
    expect(casePublishedChanges([2023], open2024, { ...open2024, repliedOn: '2024-06-01', outcome: 'disclosed' })).toEqual([]);
    // A new case received in a published year.
    expect(casePublishedChanges([2022, 2023], null, closed2023).map((c) => c.year)).toEqual([2023]);
  });

  it('follows review records into table 四', () => {
    const r = { kind: 'reconsideration' as const, filedOn: '2023-04-01', result: null, decidedOn: null };
    const [change] = reviewPublishedChanges([2023], r, { ...r, result: 'upheld', decidedOn: '2023-06-01' });
    expect(change.cells).toEqual([
      { table: 'four', kind: 'reconsideration', column: 'pending' },
      { table: 'four', kind: 'reconsideration', column: 'upheld' },
    ]);
  });

  it('lists the records that entered and left each cell; counts follow', () => {
    const before = new Map([[1, closed2023]]);
    const now = new Map([[1, { ...closed2023, applicantType: 'commercial' as const }], [2, { ...closed2023, caseNo: 'C' }]]);
    const moves = new Map(cellMovements(2023, before, now, caseCellKeys).map((m) => [m.key, m]));
    expect(moves.get('three|new|natural_person')).toEqual({ key: 'three|new|natural_person', entered: [2], left: [1] });
    expect(moves.get('three|new|commercial')).toEqual({ key: 'three|new|commercial', entered: [1], left: [] });
    expect(moves.get('three|new|total')).toEqual({ key: 'three|new|total', entered: [2], left: [] });
    const t = buildTableThree([...now.values()], 2023);
    expect(t.new.total).toBe(buildTableThree([...before.values()], 2023).new.total + 1);
  });
});

describe('publishing rules', () => {
  const base = { year: 2023, today: '2024-01-20', kind: 'publish' as const, publishedOn: '2024-01-19', existing: 0, failed: [], acknowledgement: null, reason: null };
  it('refuses a future or unfinished year', () => {
    expect(yearRefusal(2025, '2024-06-01')).toBe('2025年是未来的年度，不能发布年度报告。');
    expect(yearRefusal(2024, '2024-06-01')).toContain('尚未结束');
    expect(yearRefusal(2023, '2024-06-01')).toBeNull();
  });
  it('publishes once; corrects with a reason; a failed check needs a written reason', () => {
    expect(publishRefusal(base)).toBeNull();
    expect(publishRefusal({ ...base, existing: 1 })?.message).toContain('不能再次发布');
    expect(publishRefusal({ ...base, kind: 'correction', existing: 1 })?.fieldErrors.reason).toBeDefined();
    expect(publishRefusal({ ...base, kind: 'correction', existing: 1, reason: '更正表三数字' })).toBeNull();
    expect(publishRefusal({ ...base, failed: [{ name: 'x', ok: false, detail: '' }] })?.fieldErrors.acknowledgement?.[0]).toContain('有 1 项核对未通过（x）');
    expect(publishRefusal({ ...base, publishedOn: '2024-01-21' })?.fieldErrors.publishedOn?.[0]).toContain('不能晚于今天');
    expect(publishRefusal({ ...base, publishedOn: '2024-02-30' })?.fieldErrors.publishedOn).toBeDefined();
  });
});

describe('baseline and draft', () => {
  it('reads the report JSON of the right year, refusing a bad cell', () => {
    const table = buildTableThree([closed2023], 2022);
    const json = { year: 2022, applications: table, review: emptyTableFour(), checks: [] };
    expect(parseBaselineJson(JSON.stringify(json), 2022)).toMatchObject({ ok: true });
    expect(parseBaselineJson(JSON.stringify(json), 2021)).toMatchObject({ ok: false, message: expect.stringContaining('2021') });
    const bad = { ...json, applications: { ...table, new: { ...table.new, total: -1 } } };
    expect(parseBaselineJson(JSON.stringify(bad), 2022)).toMatchObject({ ok: false, message: expect.stringContaining('一、本年新收政府信息公开申请数量 × 总计') });
    expect(parseBaselineJson('{', 2022)).toMatchObject({ ok: false });
  });

  it('never replaces edited text without confirmation; copies last year into empty topics only', () => {
    const draft: ReportDraft = {
      texts: { opening: 'o', proactive: '', management: '本年', platform: '', oversight: '', problems: '', otherItems: '' },
      paragraphs: { requests: { text: 'a', generated: 'a' }, three: { text: '改过', generated: '原文' }, four: { text: 'c', generated: 'c' }, fees: { text: 'd', generated: 'd' } },
      tableTwo: {},
    };
    expect(regenerate(draft, 'three', '新文', false)).toEqual({ kind: 'needs-confirmation', edited: '改过', fresh: '新文' });
    const done = regenerate(draft, 'three', '新文', true);
    expect(done.kind === 'replaced' && done.draft.paragraphs.three).toEqual({ text: '新文', generated: '新文' });
    const unedited = regenerate(draft, 'four', 'c2', false);
    expect(unedited.kind === 'replaced' && unedited.draft.paragraphs.four.text).toBe('c2');
    const copied = startFromLastYear(draft, { ...draft.texts, opening: '去年', proactive: '去年主动公开', management: '去年管理' });
    expect(copied.texts).toMatchObject({ opening: 'o', proactive: '去年主动公开', management: '本年' });
  });
});
