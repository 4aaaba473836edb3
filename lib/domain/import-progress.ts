// The progress of a long import as the command line and the import page show it.

/** Below this many rows an import takes a moment and shows no progress. */
export const PROGRESS_MIN_ROWS = 2000;

/** Whole percent written, never 100 before the last row (nor past it when the counts disagree). */
export function progressPercent(done: number, total: number): number {
  if (total <= 0) return 100;
  const percent = Math.floor((Math.min(done, total) / total) * 100);
  return done < total ? Math.min(percent, 99) : 100;
}

/** 正在导入：12,000 / 100,000 行（12%） */
export function progressText(done: number, total: number): string {
  return `正在导入：${done.toLocaleString('en')} / ${total.toLocaleString('en')} 行（${progressPercent(done, total)}%）`;
}
