import 'server-only';
import { and, gte, lt, type SQL } from 'drizzle-orm';
import { cases } from '@/db/schema';
import { receivedMonthRange } from '@/lib/domain/case-list/received-month';

// The date filters of the list as SQL, the one place they are written: 收到年度 (received in the
// year), 答复年度 (replied in the year) and 收到月份 (received in the month, the rule of
// lib/domain/case-list/received-month.ts). The supervisor's 按时办结率 counts with the same
// predicate, so its 超期 figure and the list it links to agree.

const inYear = (column: typeof cases.receivedOn | typeof cases.repliedOn, year: number): SQL =>
  and(gte(column, `${year}-01-01`), lt(column, `${year + 1}-01-01`))!;

export const receivedInYearSql = (year: number): SQL => inYear(cases.receivedOn, year);
export const repliedInYearSql = (year: number): SQL => inYear(cases.repliedOn, year);

export const receivedInMonthSql = (month: string): SQL => {
  const { from, before } = receivedMonthRange(month);
  return and(gte(cases.receivedOn, from), lt(cases.receivedOn, before))!;
};
