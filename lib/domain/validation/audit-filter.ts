import { isIsoDate } from '../dates';
import { AUDIT_ACTIONS } from '../audit-labels';

// The filters of the audit-log page, read from the query string. Anything malformed is named in
// Chinese and dropped, never a server error.

export type AuditFilters = {
  /** '' any, 'system' the command line and upgrades, or a user id. */
  who: string;
  action: string;
  /** A case number or a username. */
  subject: string;
  from: string;
  to: string;
};

export const EMPTY_AUDIT_FILTERS: AuditFilters = { who: '', action: '', subject: '', from: '', to: '' };
const SUBJECT_MAX = 64;

type Raw = Record<string, string | string[] | undefined>;

function first(raw: Raw, key: string): string {
  const v = raw[key];
  return (Array.isArray(v) ? v[0] : v ?? '').trim();
}

export function parseAuditFilters(raw: Raw): { filters: AuditFilters; page: number; problems: string[] } {
  const problems: string[] = [];
  const filters = { ...EMPTY_AUDIT_FILTERS };
  const who = first(raw, 'who');
  if (who === 'system' || /^\d{1,9}$/.test(who)) filters.who = who;
  else if (who) problems.push('“操作人”的取值无法识别，已忽略。');
  const action = first(raw, 'action');
  if (AUDIT_ACTIONS.some((a) => a.code === action)) filters.action = action;
  else if (action) problems.push('“操作”的取值无法识别，已忽略。');
  const subject = first(raw, 'subject');
  if (subject.length <= SUBJECT_MAX) filters.subject = subject;
  else problems.push(`“申请编号或用户名”不能超过 ${SUBJECT_MAX} 个字符，已忽略。`);
  for (const key of ['from', 'to'] as const) {
    const value = first(raw, key);
    if (!value || isIsoDate(value)) filters[key] = value;
    else problems.push(`“${key === 'from' ? '起始日期' : '截止日期'}”不是有效日期（例如 2026-03-01），已忽略。`);
  }
  if (filters.from && filters.to && filters.from > filters.to) {
    problems.push('起始日期晚于截止日期，已忽略日期条件。');
    filters.from = '';
    filters.to = '';
  }
  const pageText = first(raw, 'page');
  const page = /^\d{1,6}$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1;
  return { filters, page, problems };
}

/** The filters as query parameters, only those set. */
export function auditFilterParams(filters: AuditFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== ''));
}

/** A China date's bounds as ISO moments: [start of `from`, start of the day after `to`). */
export function chinaDayStartIso(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d) - 8 * 3_600_000).toISOString();
}
