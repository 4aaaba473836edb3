import type { CaseClockView } from '@/lib/data/case-clock-view';
import { FEE_METHOD_LABELS } from '@/lib/domain/fees';
import { formatChineseDate } from '@/lib/domain/dates';
import { ClockBadge, ProvisionalMark } from './clock-badge';

const PAUSE_LABELS = { consultation: '征求意见', fee: '待缴费', correction: '待补正' } as const;
const EXTENSION_STATES = { none: '', pending: '待负责人审批', approved: '已批准', rejected: '未批准' } as const;

function Row({ label, children, testId }: { label: string; children: React.ReactNode; testId?: string }) {
  return (
    <div className="flex gap-3 py-1 text-sm">
      <dt className="w-28 shrink-0 text-slate-500">{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

export function ClockPanel({ view }: { view: CaseClockView }) {
  const c = view.clock;
  const closed = c.storedState === 'closed';
  return (
    <div className="space-y-2">
      <ClockBadge status={c.status} daysLeft={c.workingDaysLeft} lateBy={c.lateByWorkingDays} dueSoonDays={c.dueSoonDays} />
      <dl className="divide-y divide-slate-100">
        <Row label="答复期限" testId="reply-due-on">
          {c.replyDueOn}
          <ProvisionalMark provisional={c.provisional} />
          {c.replyDueOnIsEstimate && !closed ? <span className="ml-1 text-xs text-slate-500">（预计，随暂停或补正变化）</span> : null}
        </Row>
        <Row label="起算日">
          {c.startOn}
          {c.restarted ? <span className="ml-1 text-xs text-slate-500">（补正后重新起算）</span> : null}
        </Row>
        {c.pausedWorkingDays > 0 ? <Row label="暂停计时">{c.pausedWorkingDays} 个工作日，期限相应顺延</Row> : null}
        {c.pause ? (
          <Row label="当前暂停">
            {PAUSE_LABELS[c.pause.kind]}，自 {c.pause.since} 起{c.pause.resumesBy ? `，最迟 ${c.pause.resumesBy} 恢复计时` : ''}
          </Row>
        ) : null}
        <Row label="补正通知期限">
          {c.correctionNoticeDueOn} 前发出
          {c.correctionNoticeLate ? <span className="ml-1 font-medium text-red-700" data-testid="correction-notice-late">补正通知逾期</span> : null}
        </Row>
        {c.correction ? (
          <Row label="补正">
            {c.correction.noticeOn} 通知补正“{c.correction.missing}”，申请人应于 {c.correction.dueOn} 前补正
            {c.correction.receivedOn ? `；${c.correction.receivedOn} 收到补正` : c.correctionExpired ? '；已逾期未补正' : '；尚未补正'}
          </Row>
        ) : null}
        {c.consultations.map((x) => (
          <Row key={x.sentOn} label="征求意见">
            {x.sentOn} 征求{x.partyKind === 'agency' ? '机关' : '第三方'}“{x.party}”意见，
            {x.answeredOn ? `${x.answeredOn} 收到答复` : x.capReached ? `已超过 15 个工作日（${x.capOn}），恢复计时` : `最迟暂停至 ${x.capOn}`}
          </Row>
        ))}
        {c.fee ? (
          <Row label="收费">
            {c.fee.method ? `${FEE_METHOD_LABELS[c.fee.method]} ${c.fee.amount} 元，${c.fee.deliveredOn} 送达` : `${c.fee.noticeOn} 发出（据台账${c.fee.amount === null ? '' : `，${c.fee.amount} 元`}）`}，应于 {c.fee.payBy} 前缴费
            {c.fee.paidOn ? `；${c.fee.paidOn} 已缴费` : c.feeUnpaidExpired ? '；已逾期未缴费' : '；尚未缴费'}
          </Row>
        ) : null}
        {c.extension.state !== 'none' ? (
          <Row label="延期" testId="extension-state">
            申请延长 {c.extension.days} 个工作日（{EXTENSION_STATES[c.extension.state]}）
            {c.extension.state === 'approved' ? `，${c.extension.approverName} 于 ${c.extension.decidedOn} 批准，${c.extension.notifiedOn} 告知申请人` : ''}
            {c.extension.state === 'rejected' ? `，${c.extension.approverName} 于 ${c.extension.decidedOn} 不予批准` : ''}
          </Row>
        ) : null}
        {c.art35 ? (
          <Row label="第三十五条">
            延迟至 {c.art35.dueOn} 答复：{c.art35.reason}
          </Row>
        ) : null}
      </dl>
      {view.suggestions.map((s) => (
        <p key={s.outcome} className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="close-suggestion">
          {s.reason}
        </p>
      ))}
      {c.provisional ? <p className="hint">期限落在尚无国务院节假日安排的年份，暂按周末计算（{formatChineseDate(c.replyDueOn)}）。</p> : null}
    </div>
  );
}
