import { describe, expect, it } from 'vitest';
import { ROW_CODES } from '../categories';
import { cellPredicate, matchesRow, rowPredicate } from './row-predicate';
import type { ReportCase } from './types';

const kase = (receivedOn: string, repliedOn: string | null, outcome: ReportCase['outcome'] = repliedOn ? 'disclosed' : null): ReportCase => ({
  receivedOn,
  repliedOn,
  applicantType: 'natural_person',
  outcome,
});

describe('rowPredicate', () => {
  it('states each RULES §4 row as plain inclusive date bounds', () => {
    expect(rowPredicate(2023, 'new')).toEqual({ receivedFrom: '2023-01-01', receivedTo: '2023-12-31' });
    expect(rowPredicate(2023, 'carried_in')).toEqual({ receivedTo: '2022-12-31', openAt: '2022-12-31' });
    expect(rowPredicate(2023, 'withheld.third_party')).toEqual({
      repliedFrom: '2023-01-01',
      repliedTo: '2023-12-31',
      outcome: 'withheld.third_party',
    });
    expect(rowPredicate(2023, 'results_total')).toEqual({ repliedFrom: '2023-01-01', repliedTo: '2023-12-31' });
    expect(rowPredicate(2023, 'carried_out')).toEqual({ receivedTo: '2023-12-31', openAt: '2023-12-31' });
  });

  it('has a predicate for every row code and rejects anything else', () => {
    for (const row of ROW_CODES) expect(() => rowPredicate(2023, row)).not.toThrow();
    expect(() => rowPredicate(2023, 'bogus' as never)).toThrow(RangeError);
  });

  it('narrows a cell to its applicant type, and the total column to nothing more', () => {
    expect(cellPredicate(2023, 'new', 'commercial')).toEqual({ receivedFrom: '2023-01-01', receivedTo: '2023-12-31', applicantType: 'commercial' });
    expect(cellPredicate(2023, 'new', 'total')).toEqual(rowPredicate(2023, 'new'));
  });
});

describe('matchesRow', () => {
  const carriedOut = rowPredicate(2023, 'carried_out');
  const carriedIn = rowPredicate(2024, 'carried_in');

  it('a case answered on Dec 31 is closed in that year and not carried out', () => {
    const c = kase('2023-12-20', '2023-12-31');
    expect(matchesRow(c, rowPredicate(2023, 'results_total'))).toBe(true);
    expect(matchesRow(c, carriedOut)).toBe(false);
    expect(matchesRow(c, carriedIn)).toBe(false);
  });

  it('a case answered on Jan 1 is carried out of the old year and into the new one', () => {
    const c = kase('2023-12-20', '2024-01-01');
    expect(matchesRow(c, carriedOut)).toBe(true);
    expect(matchesRow(c, carriedIn)).toBe(true);
    expect(matchesRow(c, rowPredicate(2024, 'results_total'))).toBe(true);
    expect(matchesRow(c, rowPredicate(2023, 'results_total'))).toBe(false);
  });

  it('a case received on Dec 31 is new in that year and, open, carried out', () => {
    const c = kase('2023-12-31', null);
    expect(matchesRow(c, rowPredicate(2023, 'new'))).toBe(true);
    expect(matchesRow(c, carriedOut)).toBe(true);
    expect(matchesRow(c, rowPredicate(2024, 'new'))).toBe(false);
  });

  it('matches outcome rows by outcome and applicant type', () => {
    const c = { ...kase('2023-03-01', '2023-03-10', 'partial'), applicantType: 'research' as const };
    expect(matchesRow(c, rowPredicate(2023, 'partial'))).toBe(true);
    expect(matchesRow(c, rowPredicate(2023, 'disclosed'))).toBe(false);
    expect(matchesRow(c, cellPredicate(2023, 'partial', 'research'))).toBe(true);
    expect(matchesRow(c, cellPredicate(2023, 'partial', 'natural_person'))).toBe(false);
  });
});
