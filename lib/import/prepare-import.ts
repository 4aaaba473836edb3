import 'server-only';
import type { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { importRegister } from '@/lib/data/register-import';
import { shownPreview } from '@/lib/data/register-import-preview';
import { importReviews, previewReviewImport } from '@/lib/data/review-import';
import { loadWorkCalendar } from '@/lib/data/work-calendar';
import type { RegisterProblem } from '@/lib/domain/register';
import type { Actor } from '@/lib/domain/roles';
import type { ImportKind } from '@/lib/domain/import-kind';
import type { ImportProgress } from '@/lib/data/import-batches';
import { readReviewFile } from './read-import-file';
import { checkRegisterFile } from './stream-register-file';

// One path from a file to the database for both kinds of file and both front ends (the import
// page and `ogi import` / `ogi import-reviews`): read and validate every row first; then preview
// (no writes) or import (checked again against the database, then written in short batches).
// A register is never held as rows (stream-register-file.ts): one pass over the file checks every
// row against the file rules and the database, works out the preview and keeps the valid rows
// compactly (kept-rows.ts); the import writes those, and takes that pass's verdict when nothing was
// written since.

export type ImportCounts = { created: number; updated: number; unchanged: number };
export type ImportSummary = ImportCounts & { warnings: string[] };
/**
 * changes: for updated cases or records, which fields change; deadlines (registers): for cases whose
 * steps the file records, the deadline before and after (each at most 50 lines and a total).
 */
export type ImportPreview = ImportSummary & { problems: RegisterProblem[]; changes: string[]; deadlines?: string[] };

export type PreparedImport =
  | { ok: true; rows: number; warnings: string[]; preview: () => ImportPreview; run: (onProgress?: ImportProgress) => Promise<ImportSummary> }
  | { ok: false; fileError: string | null; problems: RegisterProblem[]; warnings: string[] };

export async function prepareImport(actor: Actor, kind: ImportKind, buffer: Buffer, fileName: string, today: string): Promise<PreparedImport> {
  const fileSha256 = createHash('sha256').update(buffer).digest('hex');
  if (kind === 'register') {
    // Steps are checked on the calendar the clocks are computed on, with an administrator's corrections.
    const read = await checkRegisterFile(actor, buffer, fileName, fileSha256, { today, calendar: loadWorkCalendar() });
    if (!read.ok) return read;
    const { columns, verdict, source } = read;
    return {
      ok: true,
      rows: read.rows,
      warnings: read.warnings,
      preview: () => shownPreview(actor, verdict),
      run: (onProgress) => importRegister(actor, source, { fileName, columns, onProgress, checked: verdict }),
    };
  }
  const read = await readReviewFile(buffer, fileName, today);
  if (!read.ok) return read;
  return {
    ok: true,
    rows: read.rows.length,
    warnings: read.warnings,
    preview: () => previewReviewImport(actor, read.rows),
    run: (onProgress) => importReviews(actor, read.rows, { fileName, fileSha256, onProgress }),
  };
}
