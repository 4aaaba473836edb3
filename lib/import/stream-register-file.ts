import 'server-only';
import type { Buffer } from 'node:buffer';
import { getDb } from '@/db/client';
import { registerPreviewer, type RegisterVerdict } from '@/lib/data/register-import-preview';
import type { RegisterRowSource } from '@/lib/data/register-import';
import type { Actor } from '@/lib/domain/roles';
import type { WorkCalendar } from '@/lib/domain/calendar/work-calendar';
import { registerChecker, type RegisterColumnKey, type RegisterProblem, type RegisterRow } from '@/lib/domain/register';
import { streamSpreadsheet } from '@/lib/export/read-spreadsheet';
import { SpreadsheetReadError } from '@/lib/export/spreadsheet-error';
import { rowKeeper } from './kept-rows';

// A register file checked as it is read, never held as rows (ARCHITECTURE §5): one pass reads each
// row, checks it against the file rules (registerChecker) and, while the file has no problem,
// against the database (registerPreviewer), keeping the verdict, the counts, the first lines of the
// preview and the valid rows themselves, compactly (kept-rows.ts), for the import to write without
// reading the file again.

export type CheckedRegisterFile =
  | { ok: true; rows: number; warnings: string[]; columns: RegisterColumnKey[]; verdict: RegisterVerdict; source: RegisterRowSource }
  | { ok: false; fileError: string | null; problems: RegisterProblem[]; warnings: string[] };

type Options = { today: string; calendar: WorkCalendar };

/** Rows are checked against the database this many at a time, each group in one read transaction. */
const CHECKED_TOGETHER = 500;

export async function checkRegisterFile(actor: Actor, buffer: Buffer, fileName: string, fileSha256: string, { today, calendar }: Options): Promise<CheckedRegisterFile> {
  const db = getDb();
  const kept = rowKeeper<RegisterRow>();
  let checker: ReturnType<typeof registerChecker>;
  let previewer: ReturnType<typeof registerPreviewer>;
  let waiting: RegisterRow[] = [];
  // A statement outside a transaction opens and closes a read of its own, which cost more than the
  // lookups themselves: a group of rows is checked in one, between two reads of the file.
  // read-only snapshot (the previewer only reads), never held across an await.
  const checkWaiting = db.$client.transaction(() => {
    for (const row of waiting) previewer.add(row);
    waiting = [];
  });
  try {
    const { header, rows } = await streamSpreadsheet(buffer, fileName);
    checker = registerChecker(header, today, calendar);
    previewer = registerPreviewer(actor, db, checker.columns);
    for await (const row of rows) {
      const valid = checker.row(row);
      if (!valid) continue;
      // Checked against the database and kept only while the file itself is fit: otherwise only its own problems are reported.
      if (!checker.fit()) continue;
      kept.add(valid);
      waiting.push(valid);
      if (waiting.length === CHECKED_TOGETHER) checkWaiting();
    }
  } catch (error) {
    if (error instanceof SpreadsheetReadError) return { ok: false, fileError: error.message, problems: [], warnings: [] };
    throw error;
  }
  const result = checker.result();
  if (!result.ok) return { ok: false, fileError: null, problems: result.problems, warnings: result.warnings };
  checkWaiting();
  const { count, rows } = kept.keep();
  return { ...result, verdict: previewer.verdict(), source: { total: count, rows, fileSha256 } };
}
