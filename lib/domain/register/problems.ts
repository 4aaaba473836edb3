// A problem found in an import file, located as the clerk sees it in the spreadsheet.
export type RegisterProblem = {
  /** Spreadsheet row number: the header is row 1, the first data row is row 2. */
  row: number;
  /** The column's header text; '' for a problem with the row or the file as a whole. */
  column: string;
  message: string;
  /** Set on the last line of a capped list (problemList): how many problems it stands for, unlisted. */
  more?: number;
};

export function formatProblem(p: RegisterProblem): string {
  if (p.more) return p.message;
  return p.column ? `第${p.row}行，“${p.column}”列：${p.message}` : `第${p.row}行：${p.message}`;
}

/** How many problems a list reports, the unlisted ones of a capped list included. */
export function problemCount(problems: readonly RegisterProblem[]): number {
  return problems.reduce((n, p) => n + (p.more ?? 1), 0);
}

/**
 * A file with a bad column can have a problem in every one of 200,000 rows: the first
 * PROBLEMS_LISTED are listed (enough to see what is wrong and fix it), the rest only counted, so
 * checking such a file takes no more memory than checking a good one.
 */
export const PROBLEMS_LISTED = 1000;

export function problemList(limit = PROBLEMS_LISTED) {
  const kept: RegisterProblem[] = [];
  let total = 0;
  return {
    add(...found: RegisterProblem[]): void {
      for (const p of found) {
        total += 1;
        if (kept.length < limit) kept.push(p);
      }
    },
    get total(): number {
      return total;
    },
    /** The kept problems ordered by `order`, then a line counting those not kept. */
    list(order?: (a: RegisterProblem, b: RegisterProblem) => number): RegisterProblem[] {
      const listed = order ? [...kept].sort(order) : [...kept];
      const more = total - kept.length;
      if (more > 0) listed.push({ row: listed.at(-1)?.row ?? 0, column: '', message: `此外还有 ${more} 处问题未逐一列出（只列出前 ${kept.length} 处）。请先改正以上问题，再检查整个文件后重新导入。`, more });
      return listed;
    },
  };
}

export type ProblemList = ReturnType<typeof problemList>;

export type ValidationResult<Row, Column extends string = string> =
  /** columns: the known columns the file has (an empty cell there was left empty on purpose). */
  | { ok: true; rows: Row[]; warnings: string[]; columns?: readonly Column[] }
  | { ok: false; problems: RegisterProblem[]; warnings: string[] };
