import { badgeText, statusExplanation, type ClockStatus, type ListStatus } from '@/lib/domain/clock';

const TONES: Record<ClockStatus, string> = {
  on_track: 'bg-green-100 text-green-900 border-green-300',
  due_soon: 'bg-amber-100 text-amber-900 border-amber-300',
  overdue: 'bg-red-100 text-red-900 border-red-300',
  paused_consultation: 'bg-violet-100 text-violet-900 border-violet-300',
  paused_fee: 'bg-violet-100 text-violet-900 border-violet-300',
  awaiting_correction: 'bg-sky-100 text-sky-900 border-sky-300',
  closed_on_time: 'bg-slate-100 text-slate-800 border-slate-300',
  closed_late: 'bg-rose-50 text-rose-900 border-rose-300',
};

/** The status of a case's statutory clock, with the working days left or late. */
export function ClockBadge({ status, daysLeft, lateBy, dueSoonDays }: ListStatus) {
  const { label, extra } = badgeText(status, daysLeft, lateBy);
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded border px-1.5 py-0.5 text-xs font-medium ${TONES[status]}`} title={statusExplanation(status, dueSoonDays)} data-testid="clock-badge" data-status={status}>
      {label}
      {extra ? <span className="font-normal">· {extra}</span> : null}
    </span>
  );
}

export function ProvisionalMark({ provisional }: { provisional: boolean }) {
  if (!provisional) return null;
  return (
    <span className="ml-1 rounded bg-yellow-100 px-1 text-xs text-yellow-900" title="该期限所在年度尚无国务院节假日安排，暂按周末计算；管理员录入该年安排后自动重算。" data-testid="provisional">
      暂定
    </span>
  );
}
