// Saved filters of the case list: the product's own (the same for every case worker) and each
// user's, all kept as query strings and read back through parseFilterQuery, so that a stored filter
// the list no longer understands is shown with what is wrong instead of breaking the page.

import type { Role } from '../roles';

export type SavedFilterSpec = { name: string; query: string };

/** The filters every user starts with; "我的…" only for those who handle cases. */
export function defaultSavedFilters(role: Role): SavedFilterSpec[] {
  const mine = role === 'clerk' || role === 'supervisor';
  return [
    ...(mine ? [{ name: '我的超期', query: 'status=overdue&handler=me&sort=due_asc' }] : []),
    ...(mine ? [{ name: '我的办理中', query: 'status=open&handler=me&sort=due_asc' }] : []),
    { name: '今日到期', query: 'due=today&sort=due_asc' },
    { name: '本周到期', query: 'due=this_week&sort=due_asc' },
    { name: '全部超期', query: 'status=overdue&sort=due_asc' },
    { name: '待补正', query: 'status=awaiting_correction' },
    { name: '未指定承办人', query: 'status=open&handler=none' },
  ];
}

export const SAVED_FILTER_NAME_MAX = 20;
export const SAVED_FILTERS_PER_USER = 30;

/** What is wrong with a name for a new saved filter, or null. */
export function savedFilterNameProblem(name: string, taken: readonly string[]): string | null {
  if (!name) return '请为筛选起一个名称。';
  if ([...name].length > SAVED_FILTER_NAME_MAX) return `名称不能超过 ${SAVED_FILTER_NAME_MAX} 个字。`;
  if (taken.includes(name)) return `已有名为“${name}”的筛选，请换一个名称。`;
  return null;
}
