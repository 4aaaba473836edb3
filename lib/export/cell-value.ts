// exceljs cell values → the plain cells the register validators read. Clerks' sheets contain
// formulas (=A2+1 for dates), rich text (a bold name) and hyperlinks; what counts is what the
// sheet shows, i.e. the cached result or the plain text.
import type { CellValue } from 'exceljs';
import type { SheetCell } from '@/lib/domain/register';

export function sheetCellFromExcel(value: CellValue): SheetCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    return sheetCellFromExcel((value as { result?: CellValue }).result ?? null);
  }
  if ('hyperlink' in value) return sheetCellFromExcel(value.text as CellValue);
  if ('error' in value) return String(value.error);
  return null;
}
