import 'server-only';
import type { Buffer } from 'node:buffer';
import { getDb } from '@/db/client';
import { registerPreviewer, type RegisterVerdict } from '@/lib/data/register-import-preview';
import type { RegisterRowSource } from '@/lib/data/register-import';
import type { Actor } from '@/lib/domain/roles';
import type { WorkCalendar } from '@/lib/domain/calendar/work-calendar';
import { registerChecker, type RegisterColumnKey, type RegisterProblem } from '@/lib/domain/register';
import { SpreadsheetReadError, streamSpreadsheet } from '@/lib/export';

// A register file checked as it is read, never held as rows (ARCHITECTURE §5): one pass reads each
// row, checks it against the file rules (registerChecker) and, while the file has no problem,
// against the database (registerPreviewer), keeping only the verdict, the counts and the first
// lines of the preview. The rows are then read again from the file, as the import writes them.

export type CheckedRegisterFile =
  | { ok: true; rows: number; warnings: string[]; columns: RegisterColumnKey[]; verdict: RegisterVerdict; source: RegisterRowSource }
  | { ok: false; fileError: string | null; problems: RegisterProblem[]; warnings: string[] };

type Options = { today: string; calendar: WorkCalendar };

/** Each valid row of the file in turn (`onHeader` is given the checker that sees every row). Spreadsheet errors are thrown as they are met. */
async function* validRows(buffer: Buffer, fileName: string, { today, calendar }: Options, onHeader: (checker: ReturnType<typeof registerChecker>) => void, again = false) {
  const { header, rows } = await streamSpreadsheet(buffer, fileName);
  const checker = registerChecker(header, today, calendar, { duplicates: !again });
  onHeader(checker);
  for await (const row of rows) {
    const valid = checker.row(row);
    if (valid) yield valid;
  }
}

export async function checkRegisterFile(actor: Actor, buffer: Buffer, fileName: string, options: Options): Promise<CheckedRegisterFile> {
  let checker: ReturnType<typeof registerChecker> | undefined;
  let previewer: ReturnType<typeof registerPreviewer> | undefined;
  try {
    for await (const row of validRows(buffer, fileName, options, (c) => {
      checker = c;
      previewer = registerPreviewer(actor, getDb(), c.columns);
    })) {
      // Checked against the database only while the file itself is fit: otherwise only its own problems are reported.
      if (checker!.fit()) previewer!.add(row);
    }
  } catch (error) {
    if (error instanceof SpreadsheetReadError) return { ok: false, fileError: error.message, problems: [], warnings: [] };
    throw error;
  }
  const result = checker!.result();
  if (!result.ok) return { ok: false, fileError: null, problems: result.problems, warnings: result.warnings };
  const source: RegisterRowSource = {
    total: result.rows,
    // The same rows again: the file had no duplicate numbers the first time.
    rows: () => validRows(buffer, fileName, options, () => {}, true),
  };
  return { ...result, verdict: previewer!.verdict(), source };
}
