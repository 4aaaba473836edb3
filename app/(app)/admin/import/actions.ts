'use server';

import { Buffer } from 'node:buffer';
import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/current-user';
import { discardUpload, loadUpload, saveUpload } from '@/lib/data/import-uploads';
import { IMPORT_FORBIDDEN } from '@/lib/data/register-import';
import { today } from '@/lib/data/today';
import { ImportRejectedError } from '@/lib/domain/import-errors';
import { canImportRegister } from '@/lib/domain/policy';
import { formatProblem, type RegisterProblem } from '@/lib/domain/register';
import type { ImportState } from '@/lib/import/import-state';
import { prepareImport } from '@/lib/import/prepare-import';
import { IMPORT_KINDS, type ImportKind } from '@/lib/domain/import-kind';
import { cleanUploadFileName } from '@/lib/import/upload-file-name';

// The import page's one action, in steps: 'preview' (upload, check every row against the file
// rules and the database, keep the file server-side under a token), 'confirm' (read and check the
// kept file again, import it in one transaction), 'cancel'. Nothing is written before 'confirm'.

const EXPIRED = '上传的文件已失效（已导入、已取消或超过 24 小时），请重新选择文件上传。';

function rejected(kind: ImportKind, fileName: string, problems: readonly RegisterProblem[], warnings: string[]): ImportState {
  return {
    stage: 'error',
    kind,
    fileName,
    message: `“${fileName}”中有 ${problems.length} 处问题，没有导入任何内容。请在表格中逐一改正后重新上传整个文件。`,
    problems: problems.map(formatProblem),
    warnings,
  };
}

export async function importStepAction(kind: ImportKind, _prev: ImportState, form: FormData): Promise<ImportState> {
  const user = await requireUser();
  if (!canImportRegister(user) || !IMPORT_KINDS.includes(kind)) return { stage: 'error', kind, message: IMPORT_FORBIDDEN };
  const step = form.get('step');
  const token = String(form.get('token') ?? '');

  if (step === 'cancel') {
    discardUpload(user, kind, token);
    return { stage: 'idle', kind };
  }

  let fileName: string;
  let buffer: Buffer;
  if (step === 'confirm') {
    const upload = loadUpload(user, kind, token);
    if (!upload) return { stage: 'error', kind, message: EXPIRED };
    ({ fileName, buffer } = upload);
  } else {
    const file = form.get('file');
    // A browser sends an unnamed empty part when no file was chosen; an empty file is read and
    // refused by the validators like any other bad file.
    if (!(file instanceof File) || !file.name) return { stage: 'error', kind, message: '请先选择要导入的文件（.xlsx 或 .csv）。' };
    // The name goes into case events and the audit trail: never trust it as sent.
    fileName = cleanUploadFileName(file.name, file.type);
    buffer = Buffer.from(await file.arrayBuffer());
  }

  const prepared = await prepareImport(kind, buffer, fileName, today());
  if (!prepared.ok) {
    if (prepared.fileError) return { stage: 'error', kind, fileName, message: `“${fileName}”无法导入：${prepared.fileError}`, problems: [], warnings: [] };
    return rejected(kind, fileName, prepared.problems, prepared.warnings);
  }

  if (step !== 'confirm') {
    const preview = prepared.preview(user);
    const warnings = [...prepared.warnings, ...preview.warnings];
    if (preview.problems.length) return rejected(kind, fileName, preview.problems, warnings);
    const { created, updated, unchanged, changes } = preview;
    const token = saveUpload(user, kind, fileName, buffer);
    return { stage: 'preview', kind, fileName, token, rows: prepared.rows, summary: { created, updated, unchanged }, changes, warnings };
  }

  try {
    const done = prepared.run(user);
    discardUpload(user, kind, token);
    revalidatePath('/', 'layout');
    const { created, updated, unchanged } = done;
    return { stage: 'done', kind, fileName, rows: prepared.rows, summary: { created, updated, unchanged }, warnings: [...prepared.warnings, ...done.warnings] };
  } catch (error) {
    if (error instanceof ImportRejectedError) return rejected(kind, fileName, error.problems, prepared.warnings);
    throw error;
  }
}
