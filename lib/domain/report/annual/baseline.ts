// The first year in the system (REPORT.md §5): the previous year's published tables 三 and 四,
// entered or imported as JSON in the report format of INTERFACES §2 or read from the product's own
// XLSX export, checked to be whole numbers ≥ 0 in every cell before anything is stored.
import { COLUMN_CODES, REVIEW_COLUMNS, REVIEW_KIND_CODES, ROW_CODES } from '../../categories';
import { columnName, rowName } from '../names';
import type { TableFour, TableThree } from '../types';

export type BaselineTables = { tableThree: TableThree; tableFour: TableFour };
export type BaselineResult = { ok: true; tables: BaselineTables } | { ok: false; message: string };

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** Both tables from plain objects keyed by the codes of categories.json; the first bad cell named. */
export function baselineTables(applications: unknown, review: unknown): BaselineResult {
  if (!applications || typeof applications !== 'object') return { ok: false, message: '缺少表三（applications）。' };
  if (!review || typeof review !== 'object') return { ok: false, message: '缺少表四（review）。' };
  const three = {} as TableThree;
  for (const row of ROW_CODES) {
    const cells = (applications as Record<string, Record<string, unknown> | undefined>)[row];
    three[row] = {} as TableThree[typeof row];
    for (const col of COLUMN_CODES) {
      const v = cells?.[col];
      if (!isCount(v)) return { ok: false, message: `表三“${rowName(row)} × ${columnName(col)}”应为 0 或正整数，收到“${v === undefined ? '（缺少）' : String(v)}”。` };
      three[row][col] = v;
    }
  }
  const four = {} as TableFour;
  for (const kind of REVIEW_KIND_CODES) {
    const cells = (review as Record<string, Record<string, unknown> | undefined>)[kind];
    four[kind] = {} as TableFour[typeof kind];
    for (const { code, label } of REVIEW_COLUMNS) {
      const v = cells?.[code];
      if (!isCount(v)) return { ok: false, message: `表四“${kind} × ${label}”应为 0 或正整数，收到“${v === undefined ? '（缺少）' : String(v)}”。` };
      four[kind][code] = v;
    }
  }
  return { ok: true, tables: { tableThree: three, tableFour: four } };
}

/** `ogi report --format json` output (INTERFACES §2) of the given year. */
export function parseBaselineJson(text: string, year: number): BaselineResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, message: '文件不是有效的 JSON。请导入本系统（或其他系统）按接口说明导出的年度报告 JSON 文件。' };
  }
  const o = (json ?? {}) as { year?: unknown; applications?: unknown; review?: unknown };
  if (o.year !== year) return { ok: false, message: `文件中的年度是“${String(o.year)}”，这里需要 ${year} 年的数据。` };
  return baselineTables(o.applications, o.review);
}


