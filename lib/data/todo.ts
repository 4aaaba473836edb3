import 'server-only';
import { and, asc, count, eq, gte, isNull, notExists, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { caseEvents, cases } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canApproveLetter, canImportRegister, canManageCalendar, canRecordReview, canViewCases, canViewReviewPage } from '@/lib/domain/policy';
import { badgeText, filterPredicate, statusFromStored, type StatusDay, type StatusFilter } from '@/lib/domain/clock';
import type { WorkCalendar } from '@/lib/domain/calendar/work-calendar';
import {
  byDueDate,
  correctionNoticeReminder,
  correctionReminderReceivedSince,
  nextYearCalendarMissing,
  reviewResultExpectedOn,
  TODO_KINDS,
  TODO_LABELS,
  type TodoGroup,
  type TodoItem,
  type TodoKind,
} from '@/lib/domain/todo';
import { addDays } from '@/lib/domain/dates';
import { refreshOpenClocks } from './case-clock';
import { OPEN_CASES, selectsOpenOnly, statusDayToday, statusFilterSql } from './clock-status-sql';
import { loadWorkCalendar } from './work-calendar';
import { listPendingExtensions } from './review-board';
import { lettersAwaitingDelivery, lettersAwaitingIssue, pendingApprovals } from './letters/queries';
import { reviewsAwaitingResult } from './reviews';
import { unfinishedImports } from './import-runs';
import { today } from './today';
import { whileUnchanged } from './while-unchanged';

// The signed-in user's to-do list (lib/domain/todo.ts): the header's 待办 badge counts it, /todo
// lists it, the morning digest mails it. A clerk's items are those of the cases they handle; a
// supervisor also sees the team's overdue cases and what waits for their decision; an
// administrator what keeps the system in order. Each group lists its first `limit` items and
// links to the whole list where there is one.

type Scope = { actor: Actor; day: StatusDay; calendar: WorkCalendar; limit: number };

const caseTitle = (caseNo: string, applicantName: string) => `申请 ${caseNo}（${applicantName}）`;

function group(kind: TodoKind, items: TodoItem[], limit: number, listHref: string | null = null, total = items.length): TodoGroup {
  return { kind, label: TODO_LABELS[kind], total, items: [...items].sort(byDueDate).slice(0, limit), listHref };
}

/** The cases of one status filter, of one handler, of none ('none') or of the whole team, most urgent first. */
function caseStatusGroup(s: Scope, kind: TodoKind, filter: StatusFilter, handlerId: number | 'none' | undefined): TodoGroup {
  const db = getDb();
  const handler = handlerId === undefined ? undefined : handlerId === 'none' ? isNull(cases.handlerId) : eq(cases.handlerId, handlerId);
  const where = and(statusFilterSql(filter, s.day), handler);
  const total = db.select({ n: count() }).from(selectsOpenOnly(filterPredicate(filter, s.day)) ? OPEN_CASES : cases).where(where).get()?.n ?? 0;
  const rows = s.limit
    ? db
        .select({ id: cases.id, caseNo: cases.caseNo, applicantName: cases.applicantName, replyDueOn: cases.replyDueOn, repliedOn: cases.repliedOn, clockState: cases.clockState })
        .from(cases)
        .where(where)
        .orderBy(asc(cases.replyDueOn), asc(cases.id))
        .limit(s.limit)
        .all()
    : [];
  const items = rows.map((r) => {
    const st = statusFromStored(r, s.day, s.calendar);
    const { label, extra } = badgeText(st.status, st.daysLeft, st.lateBy);
    return { kind, title: caseTitle(r.caseNo, r.applicantName), dueOn: r.replyDueOn, detail: extra ? `${label} · ${extra}，答复期限 ${r.replyDueOn}` : `${label}，答复期限 ${r.replyDueOn}`, href: `/cases/${r.id}` };
  });
  const query = new URLSearchParams({ status: filter, ...(handlerId === undefined ? {} : { handler: handlerId === s.actor.id ? 'me' : String(handlerId) }), sort: 'due_asc' });
  return group(kind, items, s.limit, `/cases?${query}`, total);
}

/** Open cases of a handler in their first days with no correction notice, near its deadline. */
function correctionNoticeGroup(s: Scope, handlerId: number): TodoGroup {
  const db = getDb();
  const candidates = db
    .select({ id: cases.id, caseNo: cases.caseNo, applicantName: cases.applicantName, receivedOn: cases.receivedOn })
    .from(cases)
    .where(
      and(
        eq(cases.handlerId, handlerId),
        isNull(cases.repliedOn),
        eq(cases.clockState, 'running'),
        gte(cases.receivedOn, correctionReminderReceivedSince(s.day.today)),
        notExists(db.select({ one: sql`1` }).from(caseEvents).where(and(eq(caseEvents.caseId, cases.id), eq(caseEvents.kind, 'correction_requested')))),
      ),
    )
    .all();
  const items = candidates.flatMap((c) => {
    const r = correctionNoticeReminder(s.calendar, c.receivedOn, s.day.today);
    return r.remind ? [{ kind: 'correction_notice' as const, title: caseTitle(c.caseNo, c.applicantName), dueOn: r.dueOn, detail: `补正通知最迟 ${r.dueOn} 发出（不需补正的可忽略）`, href: `/cases/${c.id}` }] : [];
  });
  return group('correction_notice', items, s.limit);
}

function reviewGroup(s: Scope, handlerId: number | undefined): TodoGroup {
  // Nothing is expected before 60 days: only records filed at least that long ago are candidates.
  const rows = reviewsAwaitingResult(s.actor, addDays(s.day.today, -60), handlerId);
  const items = rows.flatMap((r) => {
    const expectedOn = reviewResultExpectedOn(r.kind, r.filedOn);
    if (expectedOn > s.day.today) return [];
    const title = r.caseNo ? `${r.kindLabel} · 申请 ${r.caseNo}` : r.kindLabel;
    return [{ kind: 'review_result' as const, title, dueOn: expectedOn, detail: `${r.filedOn} 收到，一般应于 ${expectedOn} 前审结；有结果后请登记`, href: `/reviews/${r.id}` }];
  });
  // No list link: /reviews lists every record, not only those awaiting a result.
  return group('review_result', items, s.limit);
}

function caseworkGroups(s: Scope): TodoGroup[] {
  const me = s.actor.id;
  if (me === null) return [];
  const supervisor = canViewReviewPage(s.actor);
  const groups = [
    // A supervisor watches the whole team's overdue cases; a clerk their own.
    caseStatusGroup(s, 'overdue', 'overdue', supervisor ? undefined : me),
    caseStatusGroup(s, 'due_soon', 'due_soon', me),
    correctionNoticeGroup(s, me),
  ];
  if (supervisor) {
    // A case registered or imported without a handler reaches no clerk's list: the supervisor hands it on.
    groups.push(caseStatusGroup(s, 'unassigned', 'open', 'none'));
    const ext = listPendingExtensions(s.actor).map((x) => ({
      kind: 'extension_decision' as const,
      title: caseTitle(x.caseNo, x.applicantName),
      dueOn: x.replyDueOn,
      detail: `${x.requestedBy} 于 ${x.requestedOn} 申请延长 ${x.days} 个工作日，当前期限 ${x.replyDueOn}`,
      href: `/cases/${x.caseId}`,
    }));
    groups.push(group('extension_decision', ext, s.limit, '/review'));
  }
  if (canApproveLetter(s.actor)) {
    const letters = pendingApprovals(s.actor).map((l) => ({ kind: 'letter_approval' as const, title: `${l.title} · 申请 ${l.caseNo}`, dueOn: null, detail: `${l.submittedByName ?? ''} 送审`, href: `/cases/${l.caseId}/letters/${l.letterId}` }));
    groups.push(group('letter_approval', letters, s.limit, '/letters/approvals'));
  }
  const issue = lettersAwaitingIssue(s.actor, me).map((l) => ({ kind: 'letter_issue' as const, title: `${l.title} · 申请 ${l.caseNo}`, dueOn: null, detail: l.approvedOn ? `${l.approvedOn} 审批同意` : '已审批同意', href: `/cases/${l.caseId}/letters/${l.letterId}` }));
  groups.push(group('letter_issue', issue, s.limit));
  const deliver = lettersAwaitingDelivery(s.actor, { handlerId: me }).map((l) => ({ kind: 'letter_delivery' as const, title: `${l.title}（${l.docNo}）· 申请 ${l.caseNo}`, dueOn: null, detail: `${l.issuedOn} 发文，尚未登记送达`, href: `/cases/${l.caseId}/letters/${l.letterId}` }));
  groups.push(group('letter_delivery', deliver, s.limit));
  groups.push(reviewGroup(s, supervisor ? undefined : me));
  return groups;
}

function adminGroups(s: Scope): TodoGroup[] {
  const groups: TodoGroup[] = [];
  if (canImportRegister(s.actor)) {
    const runs = unfinishedImports(s.actor).map((r) => ({ kind: 'import_interrupted' as const, title: r.fileName, dueOn: null, detail: `已导入 ${r.rowsDone}/${r.rowsTotal} 行；重新导入同一文件即可补全`, href: '/admin/import' }));
    groups.push(group('import_interrupted', runs, s.limit));
  }
  if (canManageCalendar(s.actor) && nextYearCalendarMissing(s.calendar, s.day.today)) {
    const next = Number(s.day.today.slice(0, 4)) + 1;
    groups.push(group('calendar_missing', [{ kind: 'calendar_missing', title: `${next}年节假日安排`, dueOn: null, detail: '国务院办公厅通知发布后请录入，否则期限暂按周末计算', href: '/admin/calendar' }], s.limit));
  }
  if (canRecordReview(s.actor)) groups.push(reviewGroup(s, undefined));
  return groups;
}

/** The user's to-do list by kind, in TODO_KINDS order; kinds with nothing to do are left out. */
export function todoFor(actor: Actor, options: { limit?: number } = {}): TodoGroup[] {
  const db = getDb();
  const scope: Scope = { actor, day: statusDayToday(db), calendar: loadWorkCalendar(db), limit: options.limit ?? 50 };
  let groups: TodoGroup[];
  if (canViewCases(actor) && actor.role !== 'admin') {
    refreshOpenClocks(db);
    groups = caseworkGroups(scope);
  } else groups = adminGroups(scope);
  return groups.filter((g) => g.total > 0).sort((a, b) => TODO_KINDS.indexOf(a.kind) - TODO_KINDS.indexOf(b.kind));
}

/**
 * The number on the header's 待办 badge, on every page: worked out again only once something was
 * written or the day changed (lib/data/while-unchanged.ts).
 */
export function todoCount(actor: Actor): number {
  return whileUnchanged(getDb(), `todo|${actor.id}|${actor.role}|${today()}`, () => todoFor(actor, { limit: 0 }).reduce((n, g) => n + g.total, 0));
}
