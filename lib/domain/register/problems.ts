// A problem found in an import file, located as the clerk sees it in the spreadsheet.
export type RegisterProblem = {
  /** Spreadsheet row number: the header is row 1, the first data row is row 2. */
  row: number;
  /** The column's header text; '' for a problem with the row or the file as a whole. */
  column: string;
  message: string;
};

export function formatProblem(p: RegisterProblem): string {
  return p.column ? `第${p.row}行，“${p.column}”列：${p.message}` : `第${p.row}行：${p.message}`;
}

export type ValidationResult<Row, Column extends string = string> =
  /** columns: the known columns the file has (an empty cell there was left empty on purpose). */
  | { ok: true; rows: Row[]; warnings: string[]; columns?: readonly Column[] }
  | { ok: false; problems: RegisterProblem[]; warnings: string[] };
