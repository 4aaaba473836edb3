import type { ClockStatus } from '@/lib/domain/clock/types';

/** The look of a clock badge, drawn from its words: shared by the server's badge and the case list's rows. */
export function BadgeView({ status, label, extra, title }: { status: ClockStatus; label: string; extra: string | null; title?: string }) {
  return (
    <span className="clock-badge" title={title} data-testid="clock-badge" data-status={status}>
      {label}
      {extra ? <span className="font-normal">{`· ${extra}`}</span> : null}
    </span>
  );
}

/** 暂定: the deadline falls in a year whose holidays are not yet entered. */
export function ProvisionalMark({ provisional }: { provisional: boolean }) {
  if (!provisional) return null;
  return (
    <span className="ml-1 rounded bg-yellow-100 px-1 text-xs text-yellow-900" title="该期限所在年度尚无国务院节假日安排，暂按周末计算；管理员录入该年安排后自动重算。" data-testid="provisional">
      暂定
    </span>
  );
}
