import { describe, expect, it } from 'vitest';
import { earliestConflict, receivedOnConflicts, repliedOnConflict, type RecordedDates } from './case-date-bounds';

const recorded: RecordedDates = {
  firstStep: { on: '2026-03-04', title: '发出征求意见函' },
  lastStep: { on: '2026-03-10', title: '收到征求意见答复' },
  firstReviewOn: '2026-03-06',
};

describe('the dates recorded steps and reviews bound', () => {
  it('a received date may be moved up to the first step and the first review, not after', () => {
    expect(receivedOnConflicts('2026-03-04', recorded)).toEqual([]);
    expect(receivedOnConflicts('2026-03-05', recorded)).toEqual([{ kind: 'step', on: '2026-03-04', title: '发出征求意见函' }]);
    expect(receivedOnConflicts('2026-03-07', recorded)).toEqual([
      { kind: 'step', on: '2026-03-04', title: '发出征求意见函' },
      { kind: 'review', on: '2026-03-06' },
    ]);
  });

  it('names the earliest conflict, a step before a review of the same day', () => {
    expect(earliestConflict(receivedOnConflicts('2026-03-07', { ...recorded, firstStep: null }))).toEqual({ kind: 'review', on: '2026-03-06' });
    expect(earliestConflict(receivedOnConflicts('2026-03-07', { ...recorded, firstReviewOn: '2026-03-04' }))?.kind).toBe('step');
    expect(earliestConflict([])).toBeNull();
  });

  it('a reply may not come before the last step', () => {
    expect(repliedOnConflict('2026-03-09', recorded)).toEqual({ on: '2026-03-10', title: '收到征求意见答复' });
    expect(repliedOnConflict('2026-03-10', recorded)).toBeNull();
    expect(repliedOnConflict('2026-01-01', { firstStep: null, lastStep: null, firstReviewOn: null })).toBeNull();
  });
});
