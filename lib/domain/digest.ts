// The morning e-mail (待办提醒): the user's to-do list as plain text with a link per item. Sent on
// working days only, once a day (lib/mail/digest.ts decides when; this decides what it says).

import { formatChineseDate, type IsoDate } from './dates';
import { todoTotal, type TodoGroup } from './todo';

export type DigestMessage = { subject: string; text: string };

/** The message for one user, or null when nothing needs them (no empty mail). */
export function digestMessage(input: { displayName: string; agencyName: string; today: IsoDate; baseUrl: string; groups: readonly TodoGroup[] }): DigestMessage | null {
  const total = todoTotal(input.groups);
  if (total === 0) return null;
  const base = input.baseUrl.replace(/\/+$/, '');
  const lines = [`${input.displayName}，您好：`, '', `截至${formatChineseDate(input.today)}，您有 ${total} 项待办：`];
  for (const g of input.groups) {
    lines.push('', `【${g.label}】${g.total} 项`);
    for (const item of g.items) lines.push(`- ${item.title}：${item.detail}`, `  ${base}${item.href}`);
    if (g.total > g.items.length) lines.push(`  ……其余 ${g.total - g.items.length} 项见 ${base}${g.listHref ?? '/todo'}`);
  }
  lines.push('', `全部待办：${base}/todo`, '', `此邮件由${input.agencyName}依申请公开办理台在工作日早上自动发送。不想再收到，请在“我的账号”中关闭待办提醒邮件。`);
  return { subject: `【待办提醒】${formatChineseDate(input.today)} 共 ${total} 项`, text: `${lines.join('\n')}\n` };
}

/** OGI_DIGEST_HOUR: the hour (China time, 0–23) from which the server sends the day's digest; null when unset or not an hour. */
export function parseDigestHour(raw: string | undefined): number | null {
  if (raw === undefined || !/^\d{1,2}$/.test(raw.trim())) return null;
  const hour = Number(raw.trim());
  return hour <= 23 ? hour : null;
}

/** The hour of `moment` in China (UTC+8, no daylight saving). */
export function chinaHour(moment: Date): number {
  return (moment.getUTCHours() + 8) % 24;
}
