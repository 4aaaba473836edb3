import 'server-only';
import type { Buffer } from 'node:buffer';
import { createHash } from 'node:crypto';
import { importRegister, previewRegisterImport } from '@/lib/data/register-import';
import { importReviews, previewReviewImport } from '@/lib/data/review-import';
import { loadWorkCalendar } from '@/lib/data/work-calendar';
import type { RegisterProblem } from '@/lib/domain/register';
import type { Actor } from '@/lib/domain/roles';
import type { ImportKind } from '@/lib/domain/import-kind';
import type { ImportProgress } from '@/lib/data/import-batches';
import { readRegisterFile, readReviewFile } from './read-import-file';

// One path from a file to the database for both kinds of file and both front ends (the import
// page and `ogi import` / `ogi import-reviews`): read and validate every row first; then preview
// (no writes) or import (checked again against the database, then written in short batches).

export type ImportCounts = { created: number; updated: number; unchanged: number };
export type ImportSummary = ImportCounts & { warnings: string[] };
/**
 * changes: for updated cases or records, which fields change; deadlines (registers): for cases whose
 * steps the file records, the deadline before and after (each at most 50 lines and a total).
 */
export type ImportPreview = ImportSummary & { problems: RegisterProblem[]; changes: string[]; deadlines?: string[] };

export type PreparedImport =
  | { ok: true; rows: number; warnings: string[]; preview: (actor: Actor) => ImportPreview; run: (actor: Actor, onProgress?: ImportProgress) => Promise<ImportSummary> }
  | { ok: false; fileError: string | null; problems: RegisterProblem[]; warnings: string[] };

export async function prepareImport(kind: ImportKind, buffer: Buffer, fileName: string, today: string): Promise<PreparedImport> {
  const fileSha256 = createHash('sha256').update(buffer).digest('hex');
  if (kind === 'register') {
    // Steps are checked on the calendar the clocks are computed on, with an administrator's corrections.
    const read = await readRegisterFile(buffer, fileName, today, loadWorkCalendar());
    if (!read.ok) return read;
    return {
      ok: true,
      rows: read.rows.length,
      warnings: read.warnings,
      preview: (actor) => previewRegisterImport(actor, read.rows, { columns: read.columns }),
      run: (actor, onProgress) => importRegister(actor, read.rows, { fileName, fileSha256, columns: read.columns, onProgress }),
    };
  }
  const read = await readReviewFile(buffer, fileName, today);
  if (!read.ok) return read;
  return {
    ok: true,
    rows: read.rows.length,
    warnings: read.warnings,
    preview: (actor) => previewReviewImport(actor, read.rows),
    run: (actor, onProgress) => importReviews(actor, read.rows, { fileName, fileSha256, onProgress }),
  };
}
