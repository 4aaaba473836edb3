import 'server-only';
import { and, count, eq, gte, lt, lte, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { cases } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canViewCases } from '@/lib/domain/policy';
import { ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { closeSuggestions, type Clock, type CloseSuggestion } from '@/lib/domain/clock';
import { addDays } from '@/lib/domain/dates';
import { clockEventsOf, clockOf } from './case-clock';
import { loadWorkCalendar } from './work-calendar';
import { readSettings } from './settings';
import { today } from './today';
import { prepared } from './prepared-queries';

export type CaseClockView = {
  clock: Clock;
  suggestions: CloseSuggestion[];
  /** For the per-application fee: this applicant's applications received in the same calendar month up to this one. */
  nthInMonth: number;
  today: string;
};

/** The live clock of one case as of today, with what the case page offers next. */
export function getCaseClock(actor: Actor, caseId: number): CaseClockView {
  if (!canViewCases(actor)) throw new ForbiddenError();
  const db = getDb();
  // On every case page: both queries built once per connection.
  const row = prepared(db, 'case-clock-view.case', () =>
    db
      .select({ id: cases.id, receivedOn: cases.receivedOn, repliedOn: cases.repliedOn, applicantName: cases.applicantName })
      .from(cases)
      .where(eq(cases.id, sql.placeholder('caseId')))
      .prepare(),
  ).get({ caseId });
  if (!row) throw new NotFoundError('该申请不存在。');
  const day = today();
  const clock = clockOf(row, clockEventsOf(db, caseId), { calendar: loadWorkCalendar(db), today: day, dueSoonDays: readSettings(db).dueSoonDays });
  const monthStart = `${row.receivedOn.slice(0, 7)}-01`;
  const nextMonth = addDays(`${row.receivedOn.slice(0, 7)}-28`, 4).slice(0, 7) + '-01';
  const nthInMonth =
    prepared(db, 'case-clock-view.nth-in-month', () =>
      db
        .select({ n: count() })
        .from(cases)
        .where(
          and(
            eq(cases.applicantName, sql.placeholder('applicantName')),
            gte(cases.receivedOn, sql.placeholder('monthStart')),
            lt(cases.receivedOn, sql.placeholder('nextMonth')),
            lte(cases.id, sql.placeholder('id')),
          ),
        )
        .prepare(),
    ).get({ applicantName: row.applicantName, monthStart, nextMonth, id: row.id })?.n ?? 1;
  return { clock, suggestions: closeSuggestions(clock), nthInMonth, today: day };
}
