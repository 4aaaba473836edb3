import 'server-only';
import { and, count, desc, eq, gte, sql, type SQL } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { cases, importRuns } from '@/db/schema';
import { userFigures, type UserFigures } from '@/lib/domain/user-filter';
import { listUsers } from './users';
import type { Actor } from '@/lib/domain/roles';
import { canManageUsers, canViewCases, canViewReviewPage } from '@/lib/domain/policy';
import { ForbiddenError } from '@/lib/domain/errors';
import { DUE_WINDOWS, STATUS_FILTERS, type DueWindow, type StatusFilter } from '@/lib/domain/clock';
import { intakeListHref, lastTwelveMonths, outcomeMix, provisionalYearsAround, type OutcomeShare } from '@/lib/domain/dashboard';
import { refreshOpenClocks } from './case-clock';
import { countIf, dueWindowSql, statusDayToday, statusFilterSql } from './clock-status-sql';
import { loadWorkCalendar } from './work-calendar';
import { getAnnualReport } from './annual-report';
import { onTimeRate, teamWorkload, type OnTimeRate, type Workload } from './review-board';
import { lettersAwaitingDelivery, lettersAwaitingIssue, pendingApprovals } from './letters/queries';
import { unfinishedImports, type UnfinishedImport } from './import-runs';
import { lastBackup, type BackupRecord } from './backups';
import { whileUnchanged } from './while-unchanged';
import { today } from './today';

// The home pages: one figure per thing a role watches, each a link to the list behind it. Status
// and due-date counts go through the list's own predicates (lib/domain/clock/status-filters.ts,
// due-windows.ts) and their one SQL translation, and link to the list with that very filter, so a
// figure and the list it opens always agree (tests/data/home-figures.test.ts).

export type Figure = { key: string; label: string; value: number; href: string; tone: 'danger' | 'warn' | 'pause' | 'plain' };

const FIGURE_FILTERS: { filter: StatusFilter; tone: Figure['tone'] }[] = [
  { filter: 'overdue', tone: 'danger' },
  { filter: 'due_soon', tone: 'warn' },
  { filter: 'awaiting_correction', tone: 'pause' },
  { filter: 'paused', tone: 'pause' },
  { filter: 'open', tone: 'plain' },
];

const DUE_WINDOW_KEYS = Object.keys(DUE_WINDOWS) as DueWindow[];
type Counts = Record<StatusFilter, number> & Record<`due_${DueWindow}`, number>;

/** One pass over the open cases: how many each status filter and due-date window lists, for one handler or the team. */
function statusCounts(handlerId: number | undefined): Counts {
  const db = getDb();
  refreshOpenClocks(db);
  const day = statusDayToday(db);
  const counted: [string, SQL][] = [...FIGURE_FILTERS.map(({ filter }): [string, SQL] => [filter, statusFilterSql(filter, day)]), ...DUE_WINDOW_KEYS.map((w): [string, SQL] => [`due_${w}`, dueWindowSql(w, day)])];
  const row = db
    .select(Object.fromEntries(counted.map(([key, condition]) => [key, countIf(condition)])))
    .from(cases)
    .where(and(statusFilterSql('open', day), handlerId === undefined ? undefined : eq(cases.handlerId, handlerId)))
    .get() as Record<string, number | null> | undefined;
  return Object.fromEntries(counted.map(([key]) => [key, Number(row?.[key] ?? 0)])) as Counts;
}

/** The case list a figure opens: its filter, the handler's own cases on a clerk's home, the most urgent first. */
const listHref = (filter: { status: StatusFilter } | { due: DueWindow }, mine: boolean) =>
  `/cases?${new URLSearchParams({ ...filter, ...(mine ? { handler: 'me' } : {}), sort: 'status' in filter && filter.status === 'awaiting_correction' ? 'received_asc' : 'due_asc' })}`;

function statusFigures(counts: Counts, mine: boolean): Figure[] {
  return FIGURE_FILTERS.map(({ filter, tone }) => ({ key: filter, label: STATUS_FILTERS[filter].label, value: counts[filter], href: listHref({ status: filter }, mine), tone }));
}

export type ClerkDashboard = { figures: Figure[] };

/** A clerk's own cases: overdue, due today and this week, waiting on the applicant, and letters waiting on them. */
export function clerkDashboard(actor: Actor): ClerkDashboard {
  if (!canViewCases(actor) || actor.id === null) throw new ForbiddenError();
  const counts = statusCounts(actor.id);
  const [overdue, ...rest] = statusFigures(counts, true);
  const dueFigures = DUE_WINDOW_KEYS.map((w): Figure => ({ key: `due_${w}`, label: DUE_WINDOWS[w].label, value: counts[`due_${w}`], href: listHref({ due: w }, true), tone: 'warn' }));
  return {
    figures: [
      overdue,
      ...dueFigures,
      ...rest,
      { key: 'letters_to_issue', label: '文书已审批待发文', value: lettersAwaitingIssue(actor).length, href: '/todo#todo-letter_issue-h', tone: 'plain' },
      { key: 'letters_to_deliver', label: '文书已发出待送达', value: lettersAwaitingDelivery(actor).length, href: '/todo#todo-letter_delivery-h', tone: 'plain' },
    ],
  };
}

export type MonthCount = { month: string; count: number; href: string };

export type SupervisorDashboard = {
  year: number;
  figures: Figure[];
  letterApprovals: number;
  workload: Workload[];
  onTime: OnTimeRate;
  intake: MonthCount[];
  outcomes: OutcomeShare[];
};

/** The team at a glance: status counts, what waits for the supervisor, who carries what, how the year goes. */
export function supervisorDashboard(actor: Actor): SupervisorDashboard {
  if (!canViewReviewPage(actor)) throw new ForbiddenError('只有负责人可以查看本单位的办理情况。');
  const db = getDb();
  const day = today();
  const year = Number(day.slice(0, 4));
  const months = lastTwelveMonths(day);
  // The charts read a year of cases (the outcome mix: the annual report's table 三): kept while
  // nothing is written (while-unchanged.ts), not read again on every view of the home page.
  const received = whileUnchanged(db, `dashboard.intake|${day}`, () =>
    db
      .select({ month: sql<string>`substr(${cases.receivedOn}, 1, 7)`, n: count() })
      .from(cases)
      .where(gte(cases.receivedOn, `${months[0]}-01`))
      .groupBy(sql`substr(${cases.receivedOn}, 1, 7)`)
      .all(),
  );
  const perMonth = new Map(received.map((r) => [r.month, r.n]));
  return {
    year,
    figures: statusFigures(statusCounts(undefined), false),
    letterApprovals: pendingApprovals(actor).length,
    workload: teamWorkload(actor),
    onTime: onTimeRate(actor, year),
    intake: months.map((month) => ({ month, count: perMonth.get(month) ?? 0, href: intakeListHref(month) })),
    outcomes: whileUnchanged(db, `dashboard.outcomes|${year}|${day}`, () => outcomeMix(getAnnualReport(actor, year).tableThree, year)),
  };
}

export type AdminDashboard = {
  users: UserFigures;
  provisionalYears: number[];
  lastImport: { fileName: string; status: string; rowsDone: number; rowsTotal: number; startedAt: string; actorName: string } | null;
  unfinishedImports: UnfinishedImport[];
  lastBackup: BackupRecord | null;
  /** Whole days since the last backup; null without one. */
  backupAgeDays: number | null;
};

/** What keeps the system in order: accounts, the holiday calendar, imports and backups. */
export function adminDashboard(actor: Actor): AdminDashboard {
  if (!canManageUsers(actor)) throw new ForbiddenError('只有管理员可以查看系统状态。');
  const db = getDb();
  const last = db.select().from(importRuns).orderBy(desc(importRuns.id)).limit(1).get();
  const backup = lastBackup(actor);
  return {
    users: userFigures(listUsers(actor)),
    provisionalYears: provisionalYearsAround(loadWorkCalendar(db), today()),
    lastImport: last ? { fileName: last.fileName, status: last.status, rowsDone: last.rowsDone, rowsTotal: last.rowsTotal, startedAt: last.startedAt, actorName: last.actorName } : null,
    unfinishedImports: unfinishedImports(actor),
    lastBackup: backup,
    backupAgeDays: backup ? Math.floor((Date.now() - Date.parse(backup.at)) / 86_400_000) : null,
  };
}
