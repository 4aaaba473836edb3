import 'server-only';
import { and, eq, lt } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { cases, reviews, users } from '@/db/schema';
import type { RegisterProblem, RegisterRow } from '@/lib/domain/register';
import { diffFields, type Changes } from './audit';

// What importing a register file would do, worked out against the database without writing:
// which rows are new cases, which update an existing case (and how), which change nothing, and
// which conflict with what is already recorded. importRegister runs it again inside its
// transaction, so the preview and the import can never disagree about the same database.

export type CaseRow = typeof cases.$inferSelect;
type Reader = Pick<Db, 'select'>;

export type PlannedRow =
  | { kind: 'new'; row: RegisterRow; values: NewCaseValues }
  | { kind: 'update'; row: RegisterRow; existing: CaseRow; values: Partial<CaseRow>; changes: Changes }
  | { kind: 'unchanged'; row: RegisterRow; existing: CaseRow };

export type NewCaseValues = Pick<
  CaseRow,
  'caseNo' | 'receivedOn' | 'registeredOn' | 'applicantType' | 'applicantName' | 'channel' | 'content' | 'repliedOn' | 'outcome' | 'replyDocNo' | 'handlerId'
>;

export type RegisterPlan = { rows: PlannedRow[]; problems: RegisterProblem[]; warnings: string[] };

// The same rule as the case form (lib/domain/validation/case.ts): a number that the form would
// refuse later would leave an imported case that nobody can edit.
const CASE_NO_RE = /^[^\s\p{Cc}]+$/u;

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

export function planRegister(db: Reader, rows: readonly RegisterRow[]): RegisterPlan {
  const problems: RegisterProblem[] = [];
  const unmatched = new Set<string>();
  const matchHandler = handlerMatcher(db);
  const planned: PlannedRow[] = [];

  for (const row of rows) {
    if (!CASE_NO_RE.test(row.caseNo)) {
      problems.push({ row: row.rowNumber, column: '申请编号', message: `申请编号“${row.caseNo}”中有空格或控制字符，请删除后再导入` });
      continue;
    }
    const handlerId = matchHandler(row.handler);
    if (handlerId === undefined) unmatched.add(row.handler!);
    const existing = db.select().from(cases).where(eq(cases.caseNo, row.caseNo)).get();
    const fields = {
      receivedOn: row.receivedOn,
      applicantType: row.applicantType,
      applicantName: row.applicantName,
      channel: row.channel,
      content: row.content,
      repliedOn: row.repliedOn,
      outcome: row.outcome,
      replyDocNo: row.replyDocNo,
    };
    if (!existing) {
      planned.push({
        kind: 'new',
        row,
        values: { caseNo: row.caseNo, ...fields, registeredOn: row.registeredOn ?? row.receivedOn, handlerId: handlerId ?? null },
      });
      continue;
    }
    // Columns left empty or unmatched keep what the case has: a register without 办理人 or 登记日期
    // must not wipe them.
    const values: Partial<CaseRow> = { ...fields };
    if (handlerId !== undefined && row.handler) values.handlerId = handlerId;
    if (row.registeredOn) values.registeredOn = row.registeredOn;
    const earlyReview = db
      .select({ filedOn: reviews.filedOn })
      .from(reviews)
      .where(and(eq(reviews.caseId, existing.id), lt(reviews.filedOn, row.receivedOn)))
      .get();
    if (earlyReview) {
      problems.push({
        row: row.rowNumber,
        column: '收到日期',
        message: `该申请已有 ${earlyReview.filedOn} 收到的行政复议或诉讼记录，收到日期不能改为更晚的 ${row.receivedOn}，请核对`,
      });
      continue;
    }
    const changes = diffFields(existing, values);
    planned.push(Object.keys(changes).length ? { kind: 'update', row, existing, values, changes } : { kind: 'unchanged', row, existing });
  }

  const warnings = unmatched.size
    ? [`办理人 ${[...unmatched].map((u) => `“${u}”`).join('、')} 不是本系统中在岗的登记员或负责人（或有重名），这些申请导入后承办人为“未指定”（已有申请保持原承办人）`]
    : [];
  return { rows: planned, problems, warnings };
}

export function countPlan(rows: readonly PlannedRow[]): { created: number; updated: number; unchanged: number } {
  return {
    created: rows.filter((r) => r.kind === 'new').length,
    updated: rows.filter((r) => r.kind === 'update').length,
    unchanged: rows.filter((r) => r.kind === 'unchanged').length,
  };
}
