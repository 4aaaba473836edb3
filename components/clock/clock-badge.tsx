import { badgeText, statusExplanation, type ListStatus } from '@/lib/domain/clock';
import { BadgeView } from './badge-view';

/** The status of a case's statutory clock, with the working days left or late (its colours: clock-badge in globals.css). */
export function ClockBadge({ status, daysLeft, lateBy, dueSoonDays }: ListStatus) {
  const { label, extra } = badgeText(status, daysLeft, lateBy);
  return <BadgeView status={status} label={label} extra={extra} title={statusExplanation(status, dueSoonDays)} />;
}

export { ProvisionalMark } from './badge-view';
