import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { cases, users } from '@/db/schema';
import { fileOutcomeLabel, problemList, type RegisterColumnKey, type RegisterProblem, type RegisterRow, type StepEvent } from '@/lib/domain/register';
import type { OutcomeCode } from '@/lib/domain/categories';
import { isWellFormedCaseNo } from '@/lib/domain/case-number';
import { receivedOnConflicts, repliedOnConflict } from '@/lib/domain/case-date-bounds';
import { diffFields, type Changes } from './audit';
import { recordedDates } from './case-step-dates';
import { planSteps, type DeadlineChange } from './register-import-steps';
import { today } from './today';
import { loadWorkCalendar } from './work-calendar';
import { prepared } from './prepared-queries';

// What importing a register file would do, worked out against the database without writing:
// which rows are new cases, which update an existing case (and how), which change nothing, and
// which conflict with what is already recorded. importRegister runs it again inside its
// transaction, so the preview and the import can never disagree about the same database.
//
// A file updates an existing case only with what it says: a column the file does not have, or an
// optional cell left empty, keeps the stored value (a register without 申请方式 must not turn 当面
// into 其他, nor one without 申请内容 blank the content). An import never reopens a case: an empty
// 答复日期 for a case the system holds as closed keeps it closed, with a warning. Steps work the same
// way: the file adds the steps a case does not have yet and never changes or removes one.

export type CaseRow = typeof cases.$inferSelect;
type Reader = Pick<Db, 'select'>;

/** steps: the steps the row adds, in order; deadline: how they move it (for the preview). */
type WithSteps = { steps: StepEvent[]; deadline: DeadlineChange | null };
export type PlannedRow =
  | ({ kind: 'new'; row: RegisterRow; values: NewCaseValues } & WithSteps)
  | ({ kind: 'update'; row: RegisterRow; existing: CaseRow; values: Partial<CaseRow>; changes: Changes } & WithSteps)
  | { kind: 'unchanged'; row: RegisterRow; existing: CaseRow };

export type NewCaseValues = Pick<
  CaseRow,
  'caseNo' | 'receivedOn' | 'registeredOn' | 'applicantType' | 'applicantName' | 'channel' | 'content' | 'repliedOn' | 'outcome' | 'replyDocNo' | 'handlerId'
>;

export type RegisterPlan = { rows: PlannedRow[]; problems: RegisterProblem[]; warnings: string[] };

/** 办理人 → a user id: by username or by name, among staff who can handle cases. */
function handlerMatcher(db: Reader): (text: string | null) => number | null | undefined {
  const staff = db
    .select({ id: users.id, username: users.username, displayName: users.displayName, role: users.role, active: users.active })
    .from(users)
    .all()
    .filter((u) => u.active && u.role !== 'admin');
  return (text) => {
    if (!text) return null;
    const hits = staff.filter((u) => u.username === text || u.displayName === text);
    return hits.length === 1 ? hits[0].id : undefined; // undefined: given but not identifiable
  };
}

/** An update's values: the required columns, and each optional column only when the row fills it. */
function updateValues(row: RegisterRow, handlerId: number | null | undefined): Partial<CaseRow> {
  const values: Partial<CaseRow> = { receivedOn: row.receivedOn, applicantType: row.applicantType, applicantName: row.applicantName };
  if (row.channel !== null) values.channel = row.channel;
  if (row.content !== null) values.content = row.content;
  if (row.repliedOn !== null) {
    values.repliedOn = row.repliedOn;
    values.outcome = row.outcome;
  }
  if (row.replyDocNo !== null) values.replyDocNo = row.replyDocNo;
  if (row.handler && handlerId !== undefined) values.handlerId = handlerId;
  if (row.registeredOn) values.registeredOn = row.registeredOn;
  return values;
}

/** The dates an update may not break: steps and reviews recorded on the case, its stored reply. */
function dateProblems(db: Reader, row: RegisterRow, existing: CaseRow, values: Partial<CaseRow>): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const at = (column: string, message: string) => problems.push({ row: row.rowNumber, column, message });
  const recorded = recordedDates(db, existing.id);
  if (row.receivedOn !== existing.receivedOn) {
    for (const c of receivedOnConflicts(row.receivedOn, recorded)) {
      if (c.kind === 'step') at('收到日期', `收到日期不能改为 ${row.receivedOn}：该申请已记录 ${c.on} 的办理步骤“${c.title}”，收到日期不能晚于它，请核对`);
      else at('收到日期', `该申请已有 ${c.on} 收到的行政复议或诉讼记录，收到日期不能改为更晚的 ${row.receivedOn}，请核对`);
    }
    if (values.repliedOn === undefined && existing.repliedOn && existing.repliedOn < row.receivedOn) {
      at('收到日期', `收到日期 ${row.receivedOn} 晚于系统中记录的答复日期 ${existing.repliedOn}，请核对（答复日期有误的，请同时填写正确的答复日期和办理结果）`);
    }
  }
  if (values.repliedOn && values.repliedOn !== existing.repliedOn) {
    const last = repliedOnConflict(values.repliedOn, recorded);
    if (last) {
      at('答复日期', `答复日期 ${values.repliedOn} 早于该申请已记录的办理步骤“${last.title}”的日期 ${last.on}，请核对`);
    }
  }
  return problems;
}

function keptClosedWarning(row: RegisterRow, existing: CaseRow): string {
  const outcome = existing.outcome ? `，办理结果“${fileOutcomeLabel(existing.outcome as OutcomeCode)}”` : '';
  return (
    `第${row.rowNumber}行：申请编号“${row.caseNo}”在系统中已办结（${existing.repliedOn} 答复${outcome}），文件中“答复日期”为空。` +
    '导入不会重新打开已办结的申请，该申请保持办结；确需重新办理的，请由负责人在申请页面重新打开。'
  );
}

/**
 * Plans a register's rows one at a time, as they are read: `plan` returns what the row would do
 * (null when it conflicts with what is recorded, the problem kept), `result` the verdict on all of
 * them: the problems (the first PROBLEMS_LISTED listed, the rest counted) and the warnings.
 * columns: the register columns the file has (validateRegisterRows tells); without it every column
 * counts as present, so an empty 答复日期 for a closed case is reported.
 */
export function registerPlanner(db: Reader, columns?: readonly RegisterColumnKey[]) {
  const hasReplyColumn = !columns || columns.includes('repliedOn');
  const problems = problemList();
  const warnings: string[] = [];
  const unmatched = new Set<string>();
  const matchHandler = handlerMatcher(db);
  const clockOptions = { calendar: loadWorkCalendar(db), today: today() };
  const findCase = prepared(db, 'register-import-plan.findCase', () => db.select().from(cases).where(eq(cases.caseNo, sql.placeholder('caseNo'))).prepare());

  const plan = (row: RegisterRow): PlannedRow | null => {
    if (!isWellFormedCaseNo(row.caseNo)) {
      problems.add({ row: row.rowNumber, column: '申请编号', message: `申请编号“${row.caseNo}”中有空格或控制字符，请删除后再导入` });
      return null;
    }
    const handlerId = matchHandler(row.handler);
    if (handlerId === undefined) unmatched.add(row.handler!);
    const existing = findCase.get({ caseNo: row.caseNo });
    if (!existing) {
      const stepPlan = planSteps(db, row, null, row.repliedOn, clockOptions);
      if (stepPlan.problems.length) {
        problems.add(...stepPlan.problems);
        return null;
      }
      return {
        kind: 'new',
        row,
        steps: stepPlan.steps,
        deadline: stepPlan.deadline,
        values: {
          caseNo: row.caseNo,
          receivedOn: row.receivedOn,
          applicantType: row.applicantType,
          applicantName: row.applicantName,
          channel: row.channel ?? 'other',
          content: row.content ?? '',
          repliedOn: row.repliedOn,
          outcome: row.outcome,
          replyDocNo: row.replyDocNo,
          registeredOn: row.registeredOn ?? row.receivedOn,
          handlerId: handlerId ?? null,
        },
      };
    }
    const values = updateValues(row, handlerId);
    const conflicts = dateProblems(db, row, existing, values);
    const stepPlan = planSteps(db, row, existing, values.repliedOn ?? existing.repliedOn, clockOptions);
    if (conflicts.length || stepPlan.problems.length) {
      problems.add(...conflicts, ...stepPlan.problems);
      return null;
    }
    if (existing.repliedOn && row.repliedOn === null && hasReplyColumn) warnings.push(keptClosedWarning(row, existing));
    const changes = diffFields(existing, values);
    const { steps, deadline } = stepPlan;
    return Object.keys(changes).length || steps.length ? { kind: 'update', row, existing, values, changes, steps, deadline } : { kind: 'unchanged', row, existing };
  };

  const result = (): { problems: RegisterProblem[]; warnings: string[] } => {
    const all = [...warnings];
    if (unmatched.size) {
      all.push(`办理人 ${[...unmatched].map((u) => `“${u}”`).join('、')} 不是本系统中在岗的登记员或负责人（或有重名），这些申请导入后承办人为“未指定”（已有申请保持原承办人）`);
    }
    return { problems: problems.list((a, b) => a.row - b.row), warnings: all };
  };
  return { plan, result };
}

/** All of `rows` at once (registerPlanner); keepRows: false keeps only the verdict. */
export function planRegister(db: Reader, rows: readonly RegisterRow[], columns?: readonly RegisterColumnKey[], { keepRows = true } = {}): RegisterPlan {
  const planner = registerPlanner(db, columns);
  const planned: PlannedRow[] = [];
  for (const row of rows) {
    const p = planner.plan(row);
    if (p && keepRows) planned.push(p);
  }
  return { rows: planned, ...planner.result() };
}

export function countPlan(rows: readonly PlannedRow[]): { created: number; updated: number; unchanged: number } {
  return {
    created: rows.filter((r) => r.kind === 'new').length,
    updated: rows.filter((r) => r.kind === 'update').length,
    unchanged: rows.filter((r) => r.kind === 'unchanged').length,
  };
}
