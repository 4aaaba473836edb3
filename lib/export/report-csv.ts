// The year-end tables as CSV (`ogi report --format csv`, the report page's 导出 CSV). Layout
// (docs/INTERFACES.md §2), chosen to be read by people in Excel and by scripts alike (UTF-8 with
// BOM, CRLF, RFC 4180 quoting):
//
//   年度,表,行代码,项目,自然人,法人或其他组织/商业企业,…,法人或其他组织/其他,总计
//   2023,三,new,一、本年新收政府信息公开申请数量,47,3,0,0,0,0,50
//   … one line per row code of categories.json, in its order (25 lines) …
//   (empty line)
//   年度,表,行代码,项目,结果维持,结果纠正,其他结果,尚未审结,总计
//   2023,四,reconsideration,行政复议,7,0,0,0,7
//   2023,四,litigation_direct,行政诉讼（未经复议直接起诉）,1,0,0,1,2
//   2023,四,litigation_after_reconsideration,行政诉讼（复议后起诉）,1,0,0,0,1
//
// Headers are the labels people know from the published table; the number columns keep the order
// of categories.json's applicant types (then 总计) and of table 四's results, which is what a
// script relies on. 行代码 keeps each row's code (the codes themselves, with English column keys,
// are in the JSON export). Every data line names its year, table (三/四) and row code, so a script
// can filter lines by the 表 column without splitting blocks, and several years can be concatenated.
import { APPLICANT_TYPES, COLUMN_CODES, REVIEW_COLUMNS, REVIEW_KIND_CODES, reviewKindName, ROW_CODES, TOTAL_COLUMN } from '@/lib/domain/categories';
import { toCsv, type CsvValue } from '@/lib/domain/register';
import { rowName, type TableFour, type TableThree } from '@/lib/domain/report';

/** Table 三's number columns as people name them: 自然人, 法人或其他组织/商业企业 …, 总计. */
export const TABLE_THREE_CSV_HEADERS: string[] = [...APPLICANT_TYPES.map((t) => (t.group ? `${t.group}/${t.label}` : t.label)), TOTAL_COLUMN.label];

export function reportCsv(year: number, tableThree: TableThree, tableFour: TableFour): string {
  const lines: CsvValue[][] = [['年度', '表', '行代码', '项目', ...TABLE_THREE_CSV_HEADERS]];
  for (const row of ROW_CODES) {
    lines.push([year, '三', row, rowName(row), ...COLUMN_CODES.map((col) => tableThree[row][col])]);
  }
  lines.push([]);
  lines.push(['年度', '表', '行代码', '项目', ...REVIEW_COLUMNS.map((c) => c.label)]);
  for (const kind of REVIEW_KIND_CODES) {
    lines.push([year, '四', kind, reviewKindName(kind), ...REVIEW_COLUMNS.map((c) => tableFour[kind][c.code])]);
  }
  return toCsv(lines);
}
