// Problems with the file as a whole (empty, header missing, no data), reported before any row:
// a row-by-row report would be meaningless when the columns cannot be found.
import type { RegisterProblem } from './problems';

export function fileProblems(header: readonly unknown[], dataRows: number, headerProblems: readonly RegisterProblem[]): RegisterProblem[] {
  const headerBlank = header.every((h) => String(h ?? '').trim() === '');
  if (headerBlank && dataRows === 0) {
    return [{ row: 1, column: '', message: '文件是空的。第一行应为列标题，从第二行起每行登记一件' }];
  }
  if (headerProblems.length) return [...headerProblems];
  if (dataRows === 0) return [{ row: 2, column: '', message: '文件只有标题行，没有数据行。从第二行起每行登记一件' }];
  return [];
}
