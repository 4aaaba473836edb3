import { describe, expect, it } from 'vitest';
import { buildTableFour, matchesReview, reviewPredicate } from './table-four';
import type { ReviewRecord } from './types';

const rec = (filedOn: string, decidedOn: string | null, result: ReviewRecord['result'] = decidedOn ? 'upheld' : null): ReviewRecord => ({
  kind: 'reconsideration',
  filedOn,
  decidedOn,
  result,
});

describe('table 四', () => {
  it('predicates are plain date bounds per column', () => {
    expect(reviewPredicate(2023, 'litigation_direct', 'total')).toEqual({ kind: 'litigation_direct', filedFrom: '2023-01-01', filedTo: '2023-12-31' });
    expect(reviewPredicate(2023, 'reconsideration', 'pending')).toMatchObject({ pendingAt: '2023-12-31' });
    expect(reviewPredicate(2023, 'reconsideration', 'corrected')).toMatchObject({ decidedTo: '2023-12-31', result: 'corrected' });
  });

  it('counts records filed in the year; undecided on Dec 31 is pending even if decided later', () => {
    const t = buildTableFour(
      [
        rec('2023-02-01', '2023-04-01'),
        rec('2023-11-01', '2023-12-31', 'corrected'),
        rec('2023-12-01', '2024-01-01', 'other'),
        rec('2023-12-15', null),
        rec('2022-12-30', '2023-02-01'), // filed the year before: not in 2023's table
      ],
      2023,
    );
    expect(t.reconsideration).toEqual({ upheld: 1, corrected: 1, other: 0, pending: 2, total: 4 });
    expect(t.litigation_direct).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 });
  });

  it('a record decided in the next year does not reappear in that year', () => {
    const t = buildTableFour([rec('2023-12-01', '2024-01-05')], 2024);
    expect(t.reconsideration.total).toBe(0);
  });

  it('treats a decision date without a result as undecided, so total stays the sum', () => {
    const r = rec('2023-03-01', '2023-04-01', null);
    expect(matchesReview(r, reviewPredicate(2023, 'reconsideration', 'pending'))).toBe(true);
    expect(buildTableFour([r], 2023).reconsideration).toEqual({ upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 });
  });

  it('keeps the three kinds apart', () => {
    const t = buildTableFour(
      [
        { kind: 'litigation_after_reconsideration', filedOn: '2023-06-01', result: 'other', decidedOn: '2023-09-01' },
        { kind: 'litigation_direct', filedOn: '2023-06-01', result: null, decidedOn: null },
      ],
      2023,
    );
    expect(t.litigation_after_reconsideration.other).toBe(1);
    expect(t.litigation_direct.pending).toBe(1);
    expect(t.reconsideration.total).toBe(0);
  });
});
