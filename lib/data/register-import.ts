import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { caseEvents, cases } from '@/db/schema';
import { ForbiddenError } from '@/lib/domain/errors';
import { ImportRejectedError } from '@/lib/domain/import-errors';
import { canImportRegister } from '@/lib/domain/policy';
import { capChangeLines, caseChangeLine, type RegisterColumnKey, type RegisterProblem, type RegisterRow } from '@/lib/domain/register';
import type { Actor } from '@/lib/domain/roles';
import { creationChanges, writeAudit } from './audit';
import { withHandlerNames } from './audit-names';
import { refreshClock } from './case-clock';
import { countPlan, planRegister, type PlannedRow } from './register-import-plan';
import { today } from './today';

// Register import (INTERFACES §1): one transaction for the whole file, so a file with any problem
// writes nothing; idempotent by 申请编号, so importing the same file twice changes nothing.

export const IMPORT_FORBIDDEN = '只有管理员可以导入台账。';
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type RegisterImportSummary = { created: number; updated: number; unchanged: number; warnings: string[] };
/** changes: per updated case, the fields that would change (capChangeLines: at most 50 lines and a total). */
export type RegisterImportPreview = RegisterImportSummary & { problems: RegisterProblem[]; changes: string[] };

/** columns: the register columns the file has (see planRegister). */
type ImportOptions = { columns?: readonly RegisterColumnKey[] };

function assertAllowed(actor: Actor): void {
  if (!canImportRegister(actor)) throw new ForbiddenError(IMPORT_FORBIDDEN);
}

/** What the import would do, for the preview; writes nothing. */
export function previewRegisterImport(actor: Actor, rows: readonly RegisterRow[], { columns }: ImportOptions = {}): RegisterImportPreview {
  assertAllowed(actor);
  const db = getDb();
  const plan = planRegister(db, rows, columns);
  const lines = plan.rows.flatMap((p) => (p.kind === 'update' ? [caseChangeLine(p.existing.caseNo, withHandlerNames(db, p.changes))] : []));
  return { ...countPlan(plan.rows), problems: plan.problems, warnings: plan.warnings, changes: capChangeLines(lines, '件') };
}

function event(tx: Tx, actor: Actor, caseId: number, kind: string, occurredOn: string, data: Record<string, unknown>, now: string): void {
  tx.insert(caseEvents).values({ caseId, kind, occurredOn, data, createdAt: now, createdBy: actor.id }).run();
}

function insertCase(tx: Tx, actor: Actor, p: Extract<PlannedRow, { kind: 'new' }>, fileName: string, now: string): void {
  const v = p.values;
  const { id } = tx
    .insert(cases)
    .values({ ...v, clockStartOn: v.receivedOn, createdAt: now, updatedAt: now, createdBy: actor.id, updatedBy: actor.id })
    .returning({ id: cases.id })
    .get();
  event(tx, actor, id, 'imported', v.registeredOn, { file: fileName, row: p.row.rowNumber, receivedOn: v.receivedOn }, now);
  if (v.repliedOn) event(tx, actor, id, 'closed', v.repliedOn, { outcome: v.outcome, replyDocNo: v.replyDocNo }, now);
  refreshClock(tx, id);
  writeAudit(tx, actor, { entityType: 'case', entityId: id, action: 'case.import', changes: withHandlerNames(tx, creationChanges(v)), note: `文件：${fileName}` });
}

function updateCase(tx: Tx, actor: Actor, p: Extract<PlannedRow, { kind: 'update' }>, fileName: string, day: string, now: string): void {
  const { existing, values, changes } = p;
  const set = Object.fromEntries(Object.keys(changes).map((key) => [key, values[key as keyof typeof values]])) as Partial<typeof values>;
  const result = tx
    .update(cases)
    .set({ ...set, version: existing.version + 1, updatedAt: now, updatedBy: actor.id })
    .where(and(eq(cases.id, existing.id), eq(cases.version, existing.version)))
    .run();
  // The plan read the case in this same transaction, so this is a safeguard: refuse the whole file.
  if (result.changes !== 1) {
    throw new ImportRejectedError([
      { row: p.row.rowNumber, column: '申请编号', message: `申请“${existing.caseNo}”在导入过程中被他人修改，没有导入任何内容，请重新检查文件后再导入` },
    ]);
  }
  event(tx, actor, existing.id, 'imported', day, { file: fileName, row: p.row.rowNumber, fields: Object.keys(changes) }, now);
  // The timeline shows each reply the register records as a step: a first one, or a corrected one.
  // An import never reopens a case (the plan keeps a stored reply when the file has none).
  if (values.repliedOn && (changes.repliedOn || changes.outcome)) {
    event(tx, actor, existing.id, 'closed', values.repliedOn, { outcome: values.outcome, replyDocNo: values.replyDocNo ?? existing.replyDocNo }, now);
  }
  if (changes.receivedOn || changes.repliedOn) refreshClock(tx, existing.id);
  writeAudit(tx, actor, { entityType: 'case', entityId: existing.id, action: 'case.import', changes: withHandlerNames(tx, changes), note: `文件：${fileName}` });
}

/** Imports valid rows (validateRegisterRows) atomically; refuses the whole file on any conflict. */
export function importRegister(actor: Actor, rows: readonly RegisterRow[], { fileName, columns }: ImportOptions & { fileName: string }): RegisterImportSummary {
  assertAllowed(actor);
  const now = new Date().toISOString();
  const day = today();
  return writeTransaction(getDb(), (tx) => {
    const plan = planRegister(tx, rows, columns);
    if (plan.problems.length) throw new ImportRejectedError(plan.problems);
    for (const p of plan.rows) {
      if (p.kind === 'new') insertCase(tx, actor, p, fileName, now);
      else if (p.kind === 'update') updateCase(tx, actor, p, fileName, day, now);
    }
    const summary = countPlan(plan.rows);
    writeAudit(tx, actor, {
      entityType: 'import',
      entityId: fileName,
      action: 'case.import',
      note: `导入台账文件“${fileName}”：共 ${rows.length} 行，新增 ${summary.created} 件，更新 ${summary.updated} 件，未变 ${summary.unchanged} 件`,
    });
    return { ...summary, warnings: plan.warnings };
  });
}
