// The year-end tables as CSV (`ogi report --format csv`). Layout, chosen to be read by people in
// Excel and by scripts alike (UTF-8 with BOM, CRLF, RFC 4180 quoting):
//
//   年度,表,行代码,项目,natural_person,commercial,research,public_interest,legal_service,other_org,total
//   2023,三,new,一、本年新收政府信息公开申请数量,47,3,0,0,0,0,50
//   … one line per row code of categories.json, in its order (25 lines) …
//   (empty line)
//   年度,表,行代码,项目,upheld,corrected,other,pending,total
//   2023,四,reconsideration,行政复议,7,0,0,0,7
//   2023,四,litigation_direct,行政诉讼（未经复议直接起诉）,1,0,0,1,2
//   2023,四,litigation_after_reconsideration,行政诉讼（复议后起诉）,1,0,0,0,1
//
// Column headers are the codes of categories.json (the project's one vocabulary); 项目 carries the
// official label for people. Every data line names its year, table (三/四) and row code, so a script
// can filter lines by the 表 column without splitting blocks, and several years can be concatenated.
import { COLUMN_CODES, REVIEW_COLUMNS, REVIEW_KIND_CODES, reviewKindName, ROW_CODES } from '@/lib/domain/categories';
import { toCsv, type CsvValue } from '@/lib/domain/register';
import { rowName, type TableFour, type TableThree } from '@/lib/domain/report';

export function reportCsv(year: number, tableThree: TableThree, tableFour: TableFour): string {
  const lines: CsvValue[][] = [['年度', '表', '行代码', '项目', ...COLUMN_CODES]];
  for (const row of ROW_CODES) {
    lines.push([year, '三', row, rowName(row), ...COLUMN_CODES.map((col) => tableThree[row][col])]);
  }
  lines.push([]);
  lines.push(['年度', '表', '行代码', '项目', ...REVIEW_COLUMNS.map((c) => c.code)]);
  for (const kind of REVIEW_KIND_CODES) {
    lines.push([year, '四', kind, reviewKindName(kind), ...REVIEW_COLUMNS.map((c) => tableFour[kind][c.code])]);
  }
  return toCsv(lines);
}
