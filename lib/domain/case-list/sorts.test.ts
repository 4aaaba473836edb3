import { describe, expect, it } from 'vitest';
import { ariaSort, CASE_SORTS, headerSort, isCaseSort, sortOf } from './sorts';

describe('case list sorts', () => {
  it('every sort orders one column in one direction, and no two are the same', () => {
    const pairs = Object.values(CASE_SORTS).map((s) => `${s.column}.${s.direction}`);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('an unknown sort is newest first', () => {
    expect(sortOf(undefined)).toBe('received_desc');
    expect(sortOf('no-such')).toBe('received_desc');
    expect(sortOf('constructor')).toBe('received_desc');
    expect(isCaseSort('due_asc')).toBe(true);
  });

  it('a header click sorts by its column, and a second click turns the direction round', () => {
    expect(headerSort('caseNo', 'received_desc')).toBe('case_no');
    expect(headerSort('caseNo', 'case_no')).toBe('case_no_desc');
    expect(headerSort('caseNo', 'case_no_desc')).toBe('case_no');
    expect(headerSort('receivedOn', 'received_desc')).toBe('received_asc');
    expect(headerSort('receivedOn', 'due_asc')).toBe('received_desc');
    expect(headerSort('replyDueOn', 'due_asc')).toBe('due_desc');
    expect(headerSort('applicantName', 'updated_desc')).toBe('applicant_asc');
  });

  it('aria-sort is on the sorted column only', () => {
    expect(ariaSort('receivedOn', 'received_desc')).toBe('descending');
    expect(ariaSort('replyDueOn', 'due_asc')).toBe('ascending');
    expect(ariaSort('caseNo', 'received_desc')).toBeUndefined();
    expect(ariaSort('replyDueOn', 'replied_desc')).toBeUndefined();
  });
});
