import 'server-only';
import type { Buffer } from 'node:buffer';
import { discardUpload, loadUpload, saveUpload } from '@/lib/data/import-uploads';
import { today } from '@/lib/data/today';
import { DatabaseBusyError } from '@/lib/domain/errors';
import { ImportInterruptedError, ImportRejectedError } from '@/lib/domain/import-errors';
import { formatProblem, problemCount, type RegisterProblem } from '@/lib/domain/register';
import type { Actor } from '@/lib/domain/roles';
import type { ImportState } from './import-state';
import { prepareImport } from './prepare-import';
import type { ImportKind } from '@/lib/domain/import-kind';

// The steps of the import page: 'preview' (the upload route: read and check every row against the
// file rules and the database, keep the file server-side under a token) and 'confirm' (the server
// action: read and check the kept file again, then import it). Nothing is written before 'confirm'.

const EXPIRED = '上传的文件已失效（已导入、已取消或超过 24 小时），请重新选择文件上传。';

function rejected(kind: ImportKind, fileName: string, problems: readonly RegisterProblem[], warnings: string[]): ImportState {
  return {
    stage: 'error',
    kind,
    fileName,
    message: `“${fileName}”中有 ${problemCount(problems)} 处问题，没有导入任何内容。请在表格中逐一改正后重新上传整个文件。`,
    problems: problems.map(formatProblem),
    warnings,
  };
}

export async function previewImport(user: Actor, kind: ImportKind, fileName: string, buffer: Buffer): Promise<ImportState> {
  const prepared = await prepareImport(user, kind, buffer, fileName, today());
  if (!prepared.ok) {
    if (prepared.fileError) return { stage: 'error', kind, fileName, message: `“${fileName}”无法导入：${prepared.fileError}`, problems: [], warnings: [] };
    return rejected(kind, fileName, prepared.problems, prepared.warnings);
  }
  const preview = prepared.preview();
  const warnings = [...prepared.warnings, ...preview.warnings];
  if (preview.problems.length) return rejected(kind, fileName, preview.problems, warnings);
  const { created, updated, unchanged, changes, deadlines } = preview;
  const published = 'published' in preview ? (preview.published as string[]) : [];
  const token = saveUpload(user, kind, fileName, buffer);
  return { stage: 'preview', kind, fileName, token, rows: prepared.rows, summary: { created, updated, unchanged }, changes, deadlines, published, warnings };
}

export async function confirmImport(user: Actor, kind: ImportKind, token: string): Promise<ImportState> {
  const upload = loadUpload(user, kind, token);
  if (!upload) return { stage: 'error', kind, message: EXPIRED };
  const { fileName, buffer } = upload;
  const prepared = await prepareImport(user, kind, buffer, fileName, today());
  if (!prepared.ok) {
    if (prepared.fileError) return { stage: 'error', kind, fileName, message: `“${fileName}”无法导入：${prepared.fileError}`, problems: [], warnings: [] };
    return rejected(kind, fileName, prepared.problems, prepared.warnings);
  }
  try {
    const done = await prepared.run();
    discardUpload(user, kind, token);
    const { created, updated, unchanged } = done;
    return { stage: 'done', kind, fileName, rows: prepared.rows, summary: { created, updated, unchanged }, warnings: [...prepared.warnings, ...done.warnings] };
  } catch (error) {
    if (error instanceof ImportRejectedError) return rejected(kind, fileName, error.problems, prepared.warnings);
    if (error instanceof ImportInterruptedError) return { stage: 'error', kind, fileName, message: error.message, problems: error.problems.map(formatProblem), warnings: prepared.warnings };
    // The file stays kept under its token: the same confirmation can be sent again.
    if (error instanceof DatabaseBusyError) return { stage: 'preview', kind, fileName, token, rows: prepared.rows, message: error.message, warnings: prepared.warnings };
    throw error;
  }
}
