import 'server-only';
import type { Buffer } from 'node:buffer';
import { validateRegisterRows, validateReviewRows, type RegisterColumnKey, type RegisterProblem, type RegisterRow, type ReviewRow, type SheetTable, type ValidationResult } from '@/lib/domain/register';
import type { WorkCalendar } from '@/lib/domain/calendar/work-calendar';
import { readSpreadsheet } from '@/lib/export/read-spreadsheet';
import { SpreadsheetReadError } from '@/lib/export/spreadsheet-error';

// An uploaded or named register / review file → valid rows, or everything that is wrong with it:
// a file that is not a spreadsheet at all (fileError), or the problems of every bad row.

export type ReadFileResult<Row, Column extends string = string> =
  | { ok: true; rows: Row[]; warnings: string[]; columns?: readonly Column[] }
  | { ok: false; fileError: string | null; problems: RegisterProblem[]; warnings: string[] };

async function read<Row, Column extends string>(
  buffer: Buffer,
  fileName: string,
  validate: (t: SheetTable) => ValidationResult<Row, Column>,
): Promise<ReadFileResult<Row, Column>> {
  let table: SheetTable;
  try {
    table = await readSpreadsheet(buffer, fileName);
  } catch (error) {
    if (error instanceof SpreadsheetReadError) return { ok: false, fileError: error.message, problems: [], warnings: [] };
    throw error;
  }
  const result = validate(table);
  return result.ok ? result : { ok: false, fileError: null, problems: result.problems, warnings: result.warnings };
}

/** calendar: the one a row's steps are checked on (the shipped calendar when not given). */
export function readRegisterFile(buffer: Buffer, fileName: string, today: string, calendar?: WorkCalendar): Promise<ReadFileResult<RegisterRow, RegisterColumnKey>> {
  return read(buffer, fileName, (t) => validateRegisterRows(t, today, calendar));
}

export function readReviewFile(buffer: Buffer, fileName: string, today: string): Promise<ReadFileResult<ReviewRow>> {
  return read(buffer, fileName, (t) => validateReviewRows(t, today));
}
