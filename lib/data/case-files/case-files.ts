import 'server-only';
import { createHash } from 'node:crypto';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { getDb } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { caseFiles, letters, users } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canAddCaseFile, canRemoveCaseFile, canViewCases } from '@/lib/domain/policy';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import { CASE_FILE_CATEGORY_CODES, CASE_FILE_TYPES, caseFileCategoryLabel, caseFileProblem, isZip, MAX_CASE_FILE_BYTES, sniffCaseFileType, type CaseFileCategory, type CaseFileType } from '@/lib/domain/case-file-types';
import { cleanUploadFileName } from '@/lib/domain/upload-file-name';
import { writeAudit } from '../audit';
import { loadCaseRow } from '../letters/context';
import { prepared } from '../prepared-queries';
import { newStoredName, readStoredFile, removeStoredFile, writeStoredFile } from './storage';

// The files kept with a case: upload (type read from the content, size limited), list, download
// (the route handler serves them as attachments), and removal as a soft delete kept in the audit.

export type CaseFileRow = { id: number; fileName: string; category: string; categoryLabel: string; size: number; fileType: string; uploadedAt: string; uploadedByName: string | null; letterId: number | null; letterTitle: string | null };

const refOf = (row: { handlerId: number | null; repliedOn: string | null }) => ({ handlerId: row.handlerId, closed: row.repliedOn !== null });

async function fileType(data: Buffer): Promise<CaseFileType | null> {
  if (!isZip(data)) return sniffCaseFileType(data);
  try {
    const zip = await JSZip.loadAsync(data);
    return sniffCaseFileType(data, Object.keys(zip.files));
  } catch {
    return null;
  }
}

export type NewCaseFile = { fileName: string; data: Buffer; category: string; letterId: number | null };

export async function addCaseFile(actor: Actor, caseId: number, input: NewCaseFile): Promise<{ id: number }> {
  const db = getDb();
  const row = loadCaseRow(db, caseId);
  if (!canAddCaseFile(actor, refOf(row))) throw new ForbiddenError('您不是该申请的承办人，不能上传材料。');
  if (!(CASE_FILE_CATEGORY_CODES as string[]).includes(input.category)) throw new ValidationError({ category: ['请选择材料类别。'] });
  const fileName = cleanUploadFileName(input.fileName).slice(0, 200);
  // The size first: a file over the limit is not opened at all.
  const sizeProblem = input.data.length > MAX_CASE_FILE_BYTES ? caseFileProblem({ fileName, size: input.data.length, type: 'pdf' }) : null;
  const type = sizeProblem ? null : await fileType(input.data);
  const problem = sizeProblem ?? caseFileProblem({ fileName, size: input.data.length, type });
  if (problem || !type) throw new ValidationError({ file: [problem ?? '无法识别的文件。'] }, `没有上传：${problem}`);
  if (input.letterId !== null) {
    const letter = db.select({ caseId: letters.caseId }).from(letters).where(eq(letters.id, input.letterId)).get();
    if (!letter || letter.caseId !== caseId) throw new ValidationError({ letterId: ['所选文书不属于本申请。'] });
  }
  const storedName = newStoredName();
  writeStoredFile(storedName, input.data);
  try {
    return writeTransaction(db, (tx) => {
      const created = tx
        .insert(caseFiles)
        .values({
          caseId,
          letterId: input.letterId,
          category: input.category,
          fileName,
          storedName,
          fileType: type,
          size: input.data.length,
          sha256: createHash('sha256').update(input.data).digest('hex'),
          uploadedAt: new Date().toISOString(),
          uploadedBy: actor.id,
        })
        .returning({ id: caseFiles.id })
        .get();
      writeAudit(tx, actor, { entityType: 'case', entityId: caseId, action: 'file.add', changes: { file: { from: null, to: `${caseFileCategoryLabel(input.category)}：${fileName}` } }, note: fileName });
      return created;
    });
  } catch (error) {
    removeStoredFile(storedName);
    throw error;
  }
}

export function listCaseFiles(actor: Actor, caseId: number): CaseFileRow[] {
  if (!canViewCases(actor)) throw new ForbiddenError();
  const db = getDb();
  // On every case page: built once per connection.
  return prepared(db, 'case-files.of-case', () =>
    db
      .select({ f: caseFiles, uploadedByName: users.displayName, letterTitle: letters.title })
      .from(caseFiles)
      .leftJoin(users, eq(users.id, caseFiles.uploadedBy))
      .leftJoin(letters, eq(letters.id, caseFiles.letterId))
      .where(and(eq(caseFiles.caseId, sql.placeholder('caseId')), isNull(caseFiles.deletedAt)))
      .orderBy(asc(caseFiles.id))
      .prepare(),
  )
    .all({ caseId })
    .map(({ f, uploadedByName, letterTitle }) => ({
      id: f.id,
      fileName: f.fileName,
      category: f.category,
      categoryLabel: caseFileCategoryLabel(f.category),
      size: f.size,
      fileType: f.fileType,
      uploadedAt: f.uploadedAt,
      uploadedByName,
      letterId: f.letterId,
      letterTitle,
    }));
}

/** A file for download, with the content type its content was recognised as. */
export function readCaseFile(actor: Actor, caseId: number, fileId: number): { fileName: string; mime: string; data: Buffer } {
  if (!canViewCases(actor)) throw new ForbiddenError();
  const f = getDb().select().from(caseFiles).where(eq(caseFiles.id, fileId)).get();
  if (!f || f.caseId !== caseId || f.deletedAt) throw new NotFoundError('该材料不存在或已删除。');
  return { fileName: f.fileName, mime: CASE_FILE_TYPES[f.fileType as CaseFileType]?.mime ?? 'application/octet-stream', data: readStoredFile(f.storedName) };
}

/** Soft delete: the record and the stored file stay; the list no longer shows it; the audit says who and why. */
export function removeCaseFile(actor: Actor, caseId: number, fileId: number, reason: string): void {
  writeTransaction(getDb(), (tx) => {
    const row = loadCaseRow(tx, caseId);
    if (!canRemoveCaseFile(actor, refOf(row))) throw new ForbiddenError('您不是该申请的承办人，不能删除材料。');
    const f = tx.select().from(caseFiles).where(eq(caseFiles.id, fileId)).get();
    if (!f || f.caseId !== caseId || f.deletedAt) throw new NotFoundError('该材料不存在或已删除。');
    const why = reason.trim();
    if (!why) throw new ValidationError({ reason: ['请填写删除的理由。'] });
    if (why.length > 500) throw new ValidationError({ reason: ['删除理由不能超过 500 个字符。'] });
    tx.update(caseFiles).set({ deletedAt: new Date().toISOString(), deletedBy: actor.id, deleteReason: why }).where(eq(caseFiles.id, fileId)).run();
    writeAudit(tx, actor, { entityType: 'case', entityId: caseId, action: 'file.remove', changes: { file: { from: `${caseFileCategoryLabel(f.category)}：${f.fileName}`, to: null } }, note: why });
  });
}

export type { CaseFileCategory };
