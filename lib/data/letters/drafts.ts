import 'server-only';
import { and, eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { letters } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canApproveLetter, canDraftLetter } from '@/lib/domain/policy';
import { ForbiddenError, NotFoundError, StaleVersionError, ValidationError, type FieldErrors } from '@/lib/domain/errors';
import { missingRequired, readClerkForm } from '@/lib/domain/letters/clerk-fields';
import { letterType, statesRemedy, type LetterType } from '@/lib/domain/letters/letter-types';
import { draftProblems } from '@/lib/domain/letters/template';
import type { ClerkValues } from '@/lib/domain/letters/values';
import { fixedParts } from '@/lib/domain/letters/values';
import { approvalRequired, decisionBlocker, isEditable, submitBlocker, type LetterStatus } from '@/lib/domain/letters/workflow';
import { writeAudit } from '../audit';
import { readLetterSettings } from '../letter-settings';
import { today } from '../today';
import { draftFromTemplate, loadCaseRow, prefillFor, valuesFor, type CaseRow } from './context';

// Drafting: create from the template, edit, send for approval, approve or return, discard.

type Reader = Pick<Db, 'select'>;
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type LetterRow = typeof letters.$inferSelect;

export const TITLE_MAX = 100;
export const BODY_MAX = 20000;

export function loadLetter(tx: Reader, letterId: number): LetterRow {
  const row = tx.select().from(letters).where(eq(letters.id, letterId)).get();
  if (!row) throw new NotFoundError('该文书不存在。');
  return row;
}

export function typeOfLetter(letter: LetterRow): LetterType {
  const type = letterType(letter.typeKey);
  if (!type) throw new NotFoundError('该文书的类型已不存在。');
  return type;
}

export const caseRef = (row: CaseRow) => ({ handlerId: row.handlerId, closed: row.repliedOn !== null });

export const CLOSED_CASE = '该申请已办结，不能再起草、修改或发出文书。如需重新答复，请负责人先重新打开申请。';

function assertMayDraft(actor: Actor, row: CaseRow): void {
  if (canDraftLetter(actor, caseRef(row))) return;
  if (row.repliedOn) throw new ValidationError({}, CLOSED_CASE);
  throw new ForbiddenError('您不是该申请的承办人，不能起草或修改文书。');
}

export function assertLetterVersion(letter: LetterRow, version: number): void {
  if (letter.version !== version) throw new StaleVersionError('该文书已被他人修改（或已审批、已发出），您的操作未执行。请刷新页面后重试。');
}

/** Moves the letter on, guarded by its version so that two hands cannot both act on one state. */
export function updateLetter(tx: Tx, letter: LetterRow, actor: Actor, values: Partial<LetterRow>): void {
  const result = tx
    .update(letters)
    .set({ ...values, version: letter.version + 1, updatedAt: new Date().toISOString(), updatedBy: actor.id })
    .where(and(eq(letters.id, letter.id), eq(letters.version, letter.version)))
    .run();
  if (result.changes !== 1) throw new StaleVersionError('该文书刚被他人修改，您的操作未执行。请刷新页面后重试。');
}

export function clerkValuesOf(letter: LetterRow): ClerkValues {
  return letter.fields as ClerkValues;
}

/** What keeps a letter from going to approval or out: empty required fields, a damaged text. */
export function letterProblems(tx: Reader, type: LetterType, row: CaseRow, letter: Pick<LetterRow, 'title' | 'body' | 'fields'>): FieldErrors {
  const clerk = letter.fields as ClerkValues;
  const errors: FieldErrors = missingRequired(type, clerk);
  const body = draftProblems(letter, fixedParts(type, valuesFor(tx, type, row, clerk)));
  const ls = readLetterSettings(tx);
  if (statesRemedy(type, ls) && !ls.reconsiderationBody) body.unshift('机关设置中尚未填写行政复议机关，文书无法写明救济途径。请管理员在“机关设置 → 公文设置”中填写后，按模板重新生成正文。');
  if (body.length) errors.body = body;
  return errors;
}

export function createLetterDraft(actor: Actor, caseId: number, typeKey: string): { id: number } {
  return writeTransaction(getDb(), (tx) => {
    const row = loadCaseRow(tx, caseId);
    assertMayDraft(actor, row);
    const type = letterType(typeKey);
    if (!type) throw new ValidationError({ typeKey: ['请选择要起草的文书类型。'] });
    const ls = readLetterSettings(tx);
    if ((type.optionalNotice === 'noCorrection' && !ls.closingNoticeNoCorrection) || (type.optionalNotice === 'feeUnpaid' && !ls.closingNoticeFeeUnpaid)) {
      throw new ValidationError({ typeKey: ['本机关设置为不发出此类终止处理告知书：请直接在申请页的“办结”中选择办理结果。'] });
    }
    const clerk = prefillFor(tx, type, row);
    const draft = draftFromTemplate(tx, type, row, clerk);
    const now = new Date().toISOString();
    const created = tx
      .insert(letters)
      .values({ caseId, kind: type.kind, typeKey: type.key, status: 'draft', title: draft.title, body: draft.body, fields: clerk, templateVersion: draft.templateVersion, createdAt: now, createdBy: actor.id, updatedAt: now, updatedBy: actor.id })
      .returning({ id: letters.id })
      .get();
    writeAudit(tx, actor, { entityType: 'case', entityId: caseId, action: 'letter.create', changes: { letter: { from: null, to: `${type.label}（草稿）` } }, note: type.label });
    return created;
  });
}

export type DraftInput = { version: number; form: Record<string, string>; title: string; body: string; regenerate: boolean };

/** Saves the clerk's edits; any edit after approval sends the letter back to draft. */
export function saveLetterDraft(actor: Actor, letterId: number, input: DraftInput): { status: LetterStatus } {
  return writeTransaction(getDb(), (tx) => {
    const letter = loadLetter(tx, letterId);
    const row = loadCaseRow(tx, letter.caseId);
    assertMayDraft(actor, row);
    if (!isEditable(letter.status as LetterStatus)) throw new ValidationError({}, '该文书已发出或已作废，不能再修改。');
    assertLetterVersion(letter, input.version);
    const type = typeOfLetter(letter);
    const { clerk, errors } = readClerkForm(type, input.form);
    const title = input.title.trim();
    const body = input.body.replace(/\r\n?/g, '\n').trim();
    if (!input.regenerate) {
      if (!title) errors.title = ['请填写文书标题。'];
      else if (title.length > TITLE_MAX) errors.title = [`文书标题不能超过 ${TITLE_MAX} 个字符。`];
      if (!body) errors.body = ['正文不能为空；如需恢复，请按“按模板重新生成正文”。'];
      else if (body.length > BODY_MAX) errors.body = [`正文不能超过 ${BODY_MAX} 个字符。`];
    }
    if (Object.keys(errors).length) throw new ValidationError(errors, '填写有误，文书没有保存。请按提示修改。');
    const text = input.regenerate ? draftFromTemplate(tx, type, row, clerk) : { title, body, templateVersion: letter.templateVersion };
    const status: LetterStatus = 'draft';
    const values = { title: text.title, body: text.body, fields: clerk, templateVersion: text.templateVersion, status, submittedAt: null, submittedBy: null, approvedBy: null, approvedOn: null };
    updateLetter(tx, letter, actor, values);
    const changed = ['title', 'body', 'fields', 'status'].filter((k) => JSON.stringify(letter[k as keyof LetterRow]) !== JSON.stringify(values[k as keyof typeof values]));
    if (changed.length) {
      const wasApproved = letter.status !== 'draft' ? `（原${letter.status === 'approved' ? '审批' : '送审'}作废，须重新送审）` : '';
      writeAudit(tx, actor, { entityType: 'case', entityId: row.id, action: 'letter.update', changes: Object.fromEntries(changed.map((k) => [k, { from: letter[k as keyof LetterRow], to: values[k as keyof typeof values] }])), note: `${type.label}${wasApproved}` });
    }
    return { status };
  });
}

export function submitLetter(actor: Actor, letterId: number, version: number): void {
  writeTransaction(getDb(), (tx) => {
    const letter = loadLetter(tx, letterId);
    const row = loadCaseRow(tx, letter.caseId);
    assertMayDraft(actor, row);
    assertLetterVersion(letter, version);
    const type = typeOfLetter(letter);
    const blocker = submitBlocker(letter.status as LetterStatus, approvalRequired(type.kind, readLetterSettings(tx).approval));
    if (blocker) throw new ValidationError({}, blocker);
    const problems = letterProblems(tx, type, row, letter);
    if (Object.keys(problems).length) throw new ValidationError(problems, '文书还不完整，不能送审。请按提示补充后再送审。');
    updateLetter(tx, letter, actor, { status: 'submitted', submittedBy: actor.id, submittedAt: new Date().toISOString(), reviewComment: null });
    writeAudit(tx, actor, { entityType: 'case', entityId: row.id, action: 'letter.submit', changes: { status: { from: letter.status, to: 'submitted' } }, note: type.label });
  });
}

export function decideLetter(actor: Actor, letterId: number, input: { version: number; approve: boolean; comment: string }): void {
  if (!canApproveLetter(actor)) throw new ForbiddenError('只有负责人可以审批文书。');
  writeTransaction(getDb(), (tx) => {
    const letter = loadLetter(tx, letterId);
    const row = loadCaseRow(tx, letter.caseId);
    if (row.repliedOn) throw new ValidationError({}, CLOSED_CASE);
    assertLetterVersion(letter, input.version);
    const blocker = decisionBlocker(letter.status as LetterStatus);
    if (blocker) throw new ValidationError({}, blocker);
    const comment = input.comment.trim();
    if (!input.approve && !comment) throw new ValidationError({ comment: ['退回时请写明修改意见。'] });
    if (comment.length > 1000) throw new ValidationError({ comment: ['审批意见不能超过 1000 个字符。'] });
    const type = typeOfLetter(letter);
    const status = input.approve ? 'approved' : 'draft';
    updateLetter(tx, letter, actor, input.approve ? { status, approvedBy: actor.id, approvedOn: today(), reviewComment: comment || null } : { status, reviewComment: comment });
    writeAudit(tx, actor, {
      entityType: 'case',
      entityId: row.id,
      action: input.approve ? 'letter.approve' : 'letter.return',
      changes: { status: { from: letter.status, to: status } },
      note: `${type.label}${comment ? `：${comment}` : ''}`,
    });
  });
}

export function discardLetter(actor: Actor, letterId: number, version: number): void {
  writeTransaction(getDb(), (tx) => {
    const letter = loadLetter(tx, letterId);
    const row = loadCaseRow(tx, letter.caseId);
    if (!canDraftLetter(actor, { handlerId: row.handlerId, closed: false })) throw new ForbiddenError('您不是该申请的承办人，不能删除文书草稿。');
    if (!isEditable(letter.status as LetterStatus)) throw new ValidationError({}, '已发出的文书不能删除；如需作废，请负责人作废。');
    assertLetterVersion(letter, version);
    updateLetter(tx, letter, actor, { status: 'discarded' });
    writeAudit(tx, actor, { entityType: 'case', entityId: row.id, action: 'letter.discard', changes: { status: { from: letter.status, to: 'discarded' } }, note: typeOfLetter(letter).label });
  });
}
