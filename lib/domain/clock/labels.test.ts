import { describe, expect, it } from 'vitest';
import { badgeText } from './labels';

describe('badgeText', () => {
  it('says 今日到期 for a running case due today, not "剩0个工作日"', () => {
    expect(badgeText('due_soon', 0, null)).toEqual({ label: '今日到期', extra: null });
  });

  it('counts the days left while due soon or on track', () => {
    expect(badgeText('due_soon', 3, null)).toEqual({ label: '即将到期', extra: '剩3个工作日' });
    expect(badgeText('on_track', 12, null)).toEqual({ label: '正常', extra: '剩12个工作日' });
  });

  it('counts the days late of an overdue or late-closed case', () => {
    expect(badgeText('overdue', -2, null)).toEqual({ label: '已超期', extra: '超期2个工作日' });
    expect(badgeText('closed_late', null, 4)).toEqual({ label: '超期办结', extra: '超期4个工作日' });
  });

  it('shows no count for a pause or a case closed on time', () => {
    expect(badgeText('paused_fee', null, null)).toEqual({ label: '暂停（待缴费）', extra: null });
    expect(badgeText('closed_on_time', null, null)).toEqual({ label: '按时办结', extra: null });
  });
});
