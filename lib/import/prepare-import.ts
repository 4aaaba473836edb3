import 'server-only';
import type { Buffer } from 'node:buffer';
import { importRegister, previewRegisterImport } from '@/lib/data/register-import';
import { importReviews, previewReviewImport } from '@/lib/data/review-import';
import type { RegisterProblem } from '@/lib/domain/register';
import type { Actor } from '@/lib/domain/roles';
import type { ImportKind } from '@/lib/domain/import-kind';
import { readRegisterFile, readReviewFile } from './read-import-file';

// One path from a file to the database for both kinds of file and both front ends (the import
// page and `ogi import` / `ogi import-reviews`): read and validate every row first; then preview
// (no writes) or import (one transaction, which re-checks against the database).

export type ImportCounts = { created: number; updated: number; unchanged: number };
export type ImportSummary = ImportCounts & { warnings: string[] };
/** changes: for updated cases or records, which fields change (at most 50 lines and a total). */
export type ImportPreview = ImportSummary & { problems: RegisterProblem[]; changes: string[] };

export type PreparedImport =
  | { ok: true; rows: number; warnings: string[]; preview: (actor: Actor) => ImportPreview; run: (actor: Actor) => ImportSummary }
  | { ok: false; fileError: string | null; problems: RegisterProblem[]; warnings: string[] };

export async function prepareImport(kind: ImportKind, buffer: Buffer, fileName: string, today: string): Promise<PreparedImport> {
  if (kind === 'register') {
    const read = await readRegisterFile(buffer, fileName, today);
    if (!read.ok) return read;
    return {
      ok: true,
      rows: read.rows.length,
      warnings: read.warnings,
      preview: (actor) => previewRegisterImport(actor, read.rows, { columns: read.columns }),
      run: (actor) => importRegister(actor, read.rows, { fileName, columns: read.columns }),
    };
  }
  const read = await readReviewFile(buffer, fileName, today);
  if (!read.ok) return read;
  return {
    ok: true,
    rows: read.rows.length,
    warnings: read.warnings,
    preview: (actor) => previewReviewImport(actor, read.rows),
    run: (actor) => importReviews(actor, read.rows, { fileName }),
  };
}
