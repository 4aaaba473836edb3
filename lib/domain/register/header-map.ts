// Finds the known columns in a header row. Headers are matched after trimming and folding
// full-width characters; a trailing required-marker ('*', '（必填）', '(选填)') is tolerated because
// templates handed around between offices often carry one.
import type { RegisterProblem } from './problems';

export type ColumnSpec<K extends string> = { key: K; header: string; required: boolean };

export type HeaderMap<K extends string> = {
  index: Partial<Record<K, number>>;
  problems: RegisterProblem[];
  warnings: string[];
};

function normaliseHeader(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/(\*|\((必填|选填)\))$/, '');
}

/** `skipped`: headers known but not read (the export-only columns of a register), with no warning. */
export function mapHeader<K extends string>(header: readonly string[], specs: readonly ColumnSpec<K>[], skipped: readonly string[] = []): HeaderMap<K> {
  const index: Partial<Record<K, number>> = {};
  const problems: RegisterProblem[] = [];
  const unknown: string[] = [];
  header.forEach((raw, i) => {
    const name = normaliseHeader(String(raw ?? ''));
    if (name === '' || skipped.includes(name)) return; // '': formatted but unused columns at the right edge of a sheet
    const spec = specs.find((s) => s.header === name);
    if (!spec) {
      unknown.push(String(raw).trim());
      return;
    }
    if (index[spec.key] !== undefined) {
      problems.push({ row: 1, column: spec.header, message: `这一列出现了两次（第${index[spec.key]! + 1}列和第${i + 1}列），请删除其中一列` });
      return;
    }
    index[spec.key] = i;
  });
  const missing = specs.filter((s) => s.required && index[s.key] === undefined);
  const requiredList = specs.filter((s) => s.required).map((s) => s.header).join('、');
  for (const s of missing) {
    problems.push({ row: 1, column: s.header, message: `缺少必填列“${s.header}”。第一行应为列标题，必须包含：${requiredList}` });
  }
  const warnings = unknown.length
    ? [`已忽略无法识别的列：${unknown.map((u) => `“${u}”`).join('、')}。可识别的列：${specs.map((s) => s.header).join('、')}`]
    : [];
  return { index, problems, warnings };
}
