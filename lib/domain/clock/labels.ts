// Chinese wording of the clock for badges, filters and the help page (RULES: decisions are shown to
// users, not hidden).

import { CONSULTATION_CAP_WORKING_DAYS } from './pauses';
import { REPLY_PERIOD_WORKING_DAYS } from './period';
import { CORRECTION_NOTICE_WORKING_DAYS, FEE_PAYMENT_WORKING_DAYS } from './summaries';
import { MAX_EXTENSION_WORKING_DAYS } from './validate-event';
import type { ClockEventKind, ClockStatus, StoredClockState } from './types';

export const STATUS_LABELS: Record<ClockStatus, string> = {
  on_track: '正常',
  due_soon: '即将到期',
  overdue: '已超期',
  paused_consultation: '暂停（征求意见）',
  paused_fee: '暂停（待缴费）',
  awaiting_correction: '待补正',
  closed_on_time: '按时办结',
  closed_late: '超期办结',
};

/** The badge's explanation; "due soon" is the agency's setting, so the text follows it. */
export function statusExplanation(status: ClockStatus, dueSoonDays: number): string {
  switch (status) {
    case 'on_track':
      return `距答复期限尚有超过${dueSoonDays}个工作日。`;
    case 'due_soon':
      return `距答复期限不超过${dueSoonDays}个工作日（含到期当日），请尽快答复。`;
    case 'overdue':
      return '已超过答复期限仍未答复。';
    case 'paused_consultation':
      return `正在征求第三方或其他机关意见，征求意见期间不计入答复期限，最长计至发出征求意见后第${CONSULTATION_CAP_WORKING_DAYS}个工作日。`;
    case 'paused_fee':
      return `已发出收费通知，申请人缴费前不计入答复期限；送达后${FEE_PAYMENT_WORKING_DAYS}个工作日内未缴费的，可按逾期未缴费办结。`;
    case 'awaiting_correction':
      return `已通知申请人补正，收到补正申请之日起重新计算${REPLY_PERIOD_WORKING_DAYS}个工作日；逾期未补正的，可按逾期不补正办结。`;
    case 'closed_on_time':
      return '在答复期限内（含当日）作出答复。';
    case 'closed_late':
      return '答复日期晚于答复期限。';
  }
}

export const STORED_STATE_LABELS: Record<StoredClockState, string> = {
  running: '办理中',
  paused_consultation: '征求意见中',
  paused_fee: '待缴费',
  awaiting_correction: '待补正',
  closed: '已办结',
};

export const CLOCK_EVENT_LABELS: Record<ClockEventKind, string> = {
  correction_requested: '通知补正',
  correction_received: '收到补正',
  consultation_sent: '征求意见',
  consultation_answered: '收到意见',
  fee_notified: '发出收费通知',
  fee_paid: '申请人缴费',
  extension_requested: '申请延期',
  extension_decided: '延期审批',
  art35_set: '延迟答复（第三十五条）',
};

/** How the product counts, for the help page, with the agency's "due soon" threshold. */
export const clockDecisions = (dueSoonDays: number): string[] => [
  '工作日为周一至周五，扣除国务院办公厅当年部分节假日安排通知中的放假日，加上调休上班的周末。期限自起算日的次日起算，第1个工作日为起算日之后的第一个工作日，第N个工作日为期限届满日。',
  '尚无国务院节假日安排的年份，仅按周末计算，相关期限标注“暂定”；管理员补录该年安排后自动按正式安排重算。',
  `答复期限为收到申请之日（或收到补正申请之日）起${REPLY_PERIOD_WORKING_DAYS}个工作日。补正是重新起算而非暂停；重新起算只会推后、不会缩短期限。`,
  `补正通知应在收到申请之日起${CORRECTION_NOTICE_WORKING_DAYS}个工作日内发出，晚于此日的标注为补正通知逾期。申请人在补正期限内未补正的，可按“申请人无正当理由逾期不补正”办结。`,
  `等待补正期间，答复期限按“假设今天收到补正”预估，即尚余${REPLY_PERIOD_WORKING_DAYS}个工作日。`,
  '暂停自S日至E日的，扣除S日之后至E日（含）之间的工作日，即暂停k个工作日，答复期限顺延k个工作日。',
  `征求第三方或其他机关意见的暂停，自发出征求意见之日起，至收到意见之日止，最长至发出后第${CONSULTATION_CAP_WORKING_DAYS}个工作日，两者取早；尚未收到意见时，按暂停至今天（不超过第${CONSULTATION_CAP_WORKING_DAYS}个工作日）显示预计期限。超过${CONSULTATION_CAP_WORKING_DAYS}个工作日的，恢复计时，由机关依法自行决定。`,
  `收费暂停自发出收费通知之日起至申请人缴费之日止，不设上限；申请人自收到收费通知之日起${FEE_PAYMENT_WORKING_DAYS}个工作日内未缴费的，可按“逾期未按收费通知要求缴纳费用”办结。`,
  '同时存在的多项暂停合并计算，同一工作日只扣除一次；暂停只有在当时的答复期限届满之前（含届满当日）开始的，才顺延期限。',
  `延期最长${MAX_EXTENSION_WORKING_DAYS}个工作日，每件申请只能延期一次；经负责人批准并告知申请人后，延期天数才计入期限；待审批或未获批准的延期不改变期限。`,
  '依第三十五条确定的延迟答复日期取代按上述规则计算的期限。',
  '剩余工作日数为今天至答复期限之间的工作日数，到期当日为0，超期为负数；暂停期间保持暂停开始时的剩余天数不变。期限届满后，超期天数为期限之后经过的工作日数，至少计1个工作日（如周五到期、周六答复的，计超期1个工作日）。',
  `剩余不超过${dueSoonDays}个工作日（含到期当日）为“即将到期”（本机关设置，管理员可在机关设置中修改）。`,
  '“今日到期”指剩余0个工作日：期限为今天，或在今天之后、下一个工作日之前（如依第三十五条确定的日期是周六或节假日，其前一个工作日即为今日到期）。“本周到期”指最后一个可答复的工作日在本周（周一至周日）内：期限自今天起，至本周日之后第一个工作日的前一天止。两者都不含已超期的申请。',
];

/**
 * The badge's words: the status, and the working days left or late where they say something.
 * A running case due today reads 今日到期 (not "即将到期 · 剩0个工作日"): 0 working days left, the
 * very cases the 今日到期 list and figure count (dueWindowPredicate('today'), due-windows.ts).
 */
export function badgeText(status: ClockStatus, daysLeft: number | null, lateBy: number | null): { label: string; extra: string | null } {
  if (status === 'due_soon' && daysLeft === 0) return { label: '今日到期', extra: null };
  if (status === 'closed_late' && lateBy) return { label: STATUS_LABELS[status], extra: `超期${lateBy}个工作日` };
  if (status === 'overdue' && daysLeft !== null) return { label: STATUS_LABELS[status], extra: `超期${-daysLeft}个工作日` };
  if (daysLeft !== null && !status.startsWith('closed')) return { label: STATUS_LABELS[status], extra: `剩${daysLeft}个工作日` };
  return { label: STATUS_LABELS[status], extra: null };
}
