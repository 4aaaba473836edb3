import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { caseEvents, cases, users } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canAssignHandler, canCloseCase, canCreateCase, canEditCase, canReopenCase } from '@/lib/domain/policy';
import { ForbiddenError, NotFoundError, StaleVersionError, ValidationError } from '@/lib/domain/errors';
import type { CaseFields, CloseCaseInput } from '@/lib/domain/validation/case';
import { formatChinaDateTime } from '@/lib/domain/dates';
import { outcomeLabel } from '@/lib/domain/categories';
import { earliestConflict, receivedOnConflicts, repliedOnConflict } from '@/lib/domain/case-date-bounds';
import { creationChanges, diffFields, writeAudit } from './audit';
import { withHandlerNames } from './audit-names';
import { recordedDates } from './case-step-dates';
import { refreshClock } from './case-clock';
import { today } from './today';
import { guardCaseChange, reportCaseOf } from './annual-report/published-guard';

/** confirmPublished: the user has seen that the save changes a published report's numbers (REPORT.md §5). */
export type SaveOptions = { confirmPublished?: boolean };

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type CaseRow = typeof cases.$inferSelect;

function loadCase(tx: Pick<Db, 'select'>, id: number): CaseRow {
  const row = tx.select().from(cases).where(eq(cases.id, id)).get();
  if (!row) throw new NotFoundError('该申请不存在。');
  return row;
}

const caseRef = (row: CaseRow) => ({ handlerId: row.handlerId, closed: row.repliedOn !== null });

function assertCaseNoFree(tx: Pick<Db, 'select'>, caseNo: string, exceptId?: number): void {
  const existing = tx.select({ id: cases.id }).from(cases).where(eq(cases.caseNo, caseNo)).get();
  if (existing && existing.id !== exceptId) {
    throw new ValidationError({ caseNo: [`申请编号“${caseNo}”已被使用，请换一个编号。`] });
  }
}

function assertHandler(tx: Pick<Db, 'select'>, handlerId: number | null): void {
  if (handlerId === null) return;
  const handler = tx.select({ active: users.active, role: users.role }).from(users).where(eq(users.id, handlerId)).get();
  if (!handler || !handler.active || handler.role === 'admin') {
    throw new ValidationError({ handlerId: ['请选择在岗的登记员或负责人作为承办人。'] });
  }
}

/** 一事一申请: a case split from the same form points to its sibling by number. */
function resolveRelated(tx: Pick<Db, 'select'>, relatedCaseNo: string | null, selfId?: number): number | null {
  if (!relatedCaseNo) return null;
  const related = tx.select({ id: cases.id }).from(cases).where(eq(cases.caseNo, relatedCaseNo)).get();
  if (!related) throw new ValidationError({ relatedCaseNo: [`找不到申请编号为“${relatedCaseNo}”的申请，请核对。`] });
  if (related.id === selfId) throw new ValidationError({ relatedCaseNo: ['不能关联申请本身。'] });
  return related.id;
}

/** A new received date may not come after a step or a review already recorded on the case. */
function assertReceivedBeforeSteps(tx: Pick<Db, 'select'>, caseId: number, receivedOn: string): void {
  const first = earliestConflict(receivedOnConflicts(receivedOn, recordedDates(tx, caseId)));
  const what = first?.kind === 'step' ? '已登记的办理步骤日期' : '关联的复议诉讼收到日期';
  if (first) throw new ValidationError({ receivedOn: [`收到日期不能晚于${what}（${first.on}）。`] });
}

/** A stale save names who changed the case and when, and writes nothing. */
function assertVersion(tx: Pick<Db, 'select'>, row: CaseRow, version: number): void {
  if (row.version === version) return;
  const by = row.updatedBy ? tx.select({ name: users.displayName }).from(users).where(eq(users.id, row.updatedBy)).get()?.name : null;
  throw new StaleVersionError(
    `保存失败：该申请已被${by ? `“${by}”` : '他人'}于 ${formatChinaDateTime(row.updatedAt)} 修改。为避免覆盖他人的修改，您的内容未保存。请刷新页面查看最新内容后再修改。`,
  );
}

function bumpVersion(tx: Tx, row: CaseRow, actor: Actor, values: Partial<CaseRow>): void {
  const result = tx
    .update(cases)
    .set({ ...values, version: row.version + 1, updatedAt: new Date().toISOString(), updatedBy: actor.id })
    .where(and(eq(cases.id, row.id), eq(cases.version, row.version)))
    .run();
  if (result.changes !== 1) throw new StaleVersionError('保存失败：该申请刚被他人修改，您的内容未保存。请刷新页面后重试。');
}

export function createCase(actor: Actor, fields: CaseFields, options: SaveOptions = {}): { id: number } {
  if (!canCreateCase(actor)) throw new ForbiddenError('您的角色不能登记申请。');
  const db = getDb();
  const registeredOn = today();
  return writeTransaction(db, (tx) => {
    assertCaseNoFree(tx, fields.caseNo);
    const { relatedCaseNo, ...rest } = fields;
    const relatedCaseId = resolveRelated(tx, relatedCaseNo);
    const handlerId = fields.handlerId ?? actor.id;
    if (handlerId !== actor.id && !canAssignHandler(actor)) {
      throw new ValidationError({ handlerId: ['登记员登记的申请由本人承办；如需交由他人承办，请负责人指派。'] });
    }
    assertHandler(tx, handlerId);
    const published = guardCaseChange(tx, null, reportCaseOf({ ...fields, repliedOn: null, outcome: null }), options.confirmPublished ?? false);
    const now = new Date().toISOString();
    const row = tx
      .insert(cases)
      .values({ ...rest, relatedCaseId, handlerId, registeredOn, clockStartOn: fields.receivedOn, createdAt: now, updatedAt: now, createdBy: actor.id, updatedBy: actor.id })
      .returning({ id: cases.id })
      .get();
    tx.insert(caseEvents).values({ caseId: row.id, kind: 'registered', occurredOn: registeredOn, data: { receivedOn: fields.receivedOn }, createdAt: now, createdBy: actor.id }).run();
    refreshClock(tx, row.id);
    writeAudit(tx, actor, { entityType: 'case', entityId: row.id, action: 'case.create', changes: { ...withHandlerNames(tx, creationChanges({ ...rest, relatedCaseNo, handlerId, registeredOn })), ...published } });
    return row;
  });
}

export function updateCase(actor: Actor, id: number, version: number, fields: CaseFields, options: SaveOptions = {}): void {
  writeTransaction(getDb(), (tx) => {
    const row = loadCase(tx, id);
    if (!canEditCase(actor, caseRef(row))) {
      throw new ForbiddenError(row.repliedOn ? '该申请已办结，不能修改；如需修改请由负责人重新打开。' : '您不是该申请的承办人，不能修改。');
    }
    assertVersion(tx, row, version);
    if (fields.handlerId !== row.handlerId && !canAssignHandler(actor)) {
      throw new ValidationError({ handlerId: ['只有负责人可以更换承办人。'] });
    }
    assertCaseNoFree(tx, fields.caseNo, id);
    // A handler who has since left may stay on the case until a supervisor reassigns it.
    if (fields.handlerId !== row.handlerId) assertHandler(tx, fields.handlerId);
    if (fields.receivedOn !== row.receivedOn) assertReceivedBeforeSteps(tx, id, fields.receivedOn);
    const { relatedCaseNo, ...rest } = fields;
    const relatedCaseId = resolveRelated(tx, relatedCaseNo, id);
    const currentRelatedNo = row.relatedCaseId ? (tx.select({ no: cases.caseNo }).from(cases).where(eq(cases.id, row.relatedCaseId)).get()?.no ?? null) : null;
    const changes = diffFields({ ...row, relatedCaseNo: currentRelatedNo }, fields);
    if (Object.keys(changes).length === 0) return;
    const published = guardCaseChange(tx, reportCaseOf(row), reportCaseOf({ ...row, ...fields }), options.confirmPublished ?? false);
    bumpVersion(tx, row, actor, { ...rest, relatedCaseId });
    if (changes.receivedOn) refreshClock(tx, id);
    writeAudit(tx, actor, { entityType: 'case', entityId: id, action: 'case.update', changes: { ...withHandlerNames(tx, changes), ...published } });
  });
}

export function closeCase(actor: Actor, id: number, input: CloseCaseInput, options: SaveOptions = {}): void {
  writeTransaction(getDb(), (tx) => {
    const row = loadCase(tx, id);
    if (row.repliedOn) throw new ValidationError({}, '该申请已经办结。');
    if (!canCloseCase(actor, caseRef(row))) throw new ForbiddenError('您不是该申请的承办人，不能办结。');
    assertVersion(tx, row, input.version);
    const lastStep = repliedOnConflict(input.repliedOn, recordedDates(tx, id));
    if (lastStep) throw new ValidationError({ repliedOn: [`答复日期不能早于已登记的办理步骤日期（${lastStep.on}）。`] });
    const values = { outcome: input.outcome, repliedOn: input.repliedOn, replyDocNo: input.replyDocNo };
    const published = guardCaseChange(tx, reportCaseOf(row), reportCaseOf({ ...row, ...values }), options.confirmPublished ?? false);
    bumpVersion(tx, row, actor, values);
    const now = new Date().toISOString();
    tx.insert(caseEvents).values({ caseId: id, kind: 'closed', occurredOn: input.repliedOn, data: { outcome: input.outcome, replyDocNo: input.replyDocNo }, createdAt: now, createdBy: actor.id }).run();
    refreshClock(tx, id);
    writeAudit(tx, actor, { entityType: 'case', entityId: id, action: 'case.close', changes: { ...diffFields(row, values), ...published }, note: outcomeLabel(input.outcome) });
  });
}

export function reopenCase(actor: Actor, id: number, input: { reason: string; version: number }, options: SaveOptions = {}): void {
  writeTransaction(getDb(), (tx) => {
    const row = loadCase(tx, id);
    if (!row.repliedOn) throw new ValidationError({}, '该申请尚未办结，无需重新打开。');
    if (!canReopenCase(actor, caseRef(row))) throw new ForbiddenError('只有负责人可以重新打开已办结的申请。');
    assertVersion(tx, row, input.version);
    const values = { outcome: null, repliedOn: null, replyDocNo: null };
    const published = guardCaseChange(tx, reportCaseOf(row), reportCaseOf({ ...row, ...values }), options.confirmPublished ?? false);
    bumpVersion(tx, row, actor, values);
    const now = new Date().toISOString();
    tx.insert(caseEvents)
      .values({ caseId: id, kind: 'reopened', occurredOn: today(), data: { reason: input.reason, previousOutcome: row.outcome, previousRepliedOn: row.repliedOn }, createdAt: now, createdBy: actor.id })
      .run();
    refreshClock(tx, id);
    writeAudit(tx, actor, { entityType: 'case', entityId: id, action: 'case.reopen', changes: { ...diffFields(row, values), ...published }, note: input.reason });
  });
}
