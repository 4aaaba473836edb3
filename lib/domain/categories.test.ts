// categories.ts is the code's copy of docs/categories.json, the project's one vocabulary: every code,
// label, group and order must match the specification, so that a change to one shows up here.
import { describe, expect, it } from 'vitest';
import spec from '@/docs/categories.json';
import { APPLICANT_TYPES, isOutcomeCode, OUTCOME_GROUPS, ROW_CODES, TABLE_THREE_ROWS, TOTAL_COLUMN } from './categories';

const RESULTS_SECTION = '三、本年度办理结果';

describe('categories.ts against docs/categories.json', () => {
  it('has the applicant types in order, with their labels, short labels and groups', () => {
    expect(APPLICANT_TYPES.map((t) => ({ code: t.code, label: t.label, short: t.short, group: t.group }))).toEqual(
      spec.applicantTypes.map((t) => ({ code: t.code, label: t.label, short: 'short' in t ? t.short : t.label, group: t.group })),
    );
  });

  it('has the total column', () => {
    expect(TOTAL_COLUMN).toEqual(spec.totalColumn);
  });

  it('has every row of table 三 in order, with its label, and marks the outcome rows', () => {
    expect(ROW_CODES).toEqual(spec.rows.map((r) => r.code));
    expect(TABLE_THREE_ROWS.map((r) => r.label)).toEqual(spec.rows.map((r) => r.label));
    expect(ROW_CODES.map((code) => isOutcomeCode(code))).toEqual(spec.rows.map((r) => 'outcome' in r && r.outcome === true));
  });

  it('groups the outcomes as the table does: a group of one item sits directly under 三、本年度办理结果', () => {
    const groupOf = new Map(OUTCOME_GROUPS.flatMap((g) => g.items.map((i) => [i.code as string, g.items.length > 1 ? g.label : RESULTS_SECTION])));
    for (const row of spec.rows.filter((r) => 'outcome' in r)) expect(groupOf.get(row.code), row.code).toBe('group' in row ? row.group : undefined);
  });
});
