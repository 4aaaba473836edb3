// Tables 三 and 四 read back from the product's own XLSX export (report-xlsx.ts), for a baseline:
// each number is taken from the grid position the layout puts it at, after checking that the
// sheet's title names the year, so that another workbook is refused rather than misread.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { emptyTableFour, emptyTableThree, tableFourLayout, tableThreeLayout, type TableLayout } from '@/lib/domain/report';
import { baselineTables, type BaselineResult } from '@/lib/domain/report/annual';
import { sheetCellFromExcel } from './cell-value';

const FIRST_TABLE_ROW = 3;
const MAX_UNPACKED = 20 * 1024 * 1024;

function read(sheet: ExcelJS.Worksheet | undefined, layout: TableLayout, set: (ref: Extract<TableLayout['cells'][number], { kind: 'value' }>['ref'], v: unknown) => void): string | null {
  if (!sheet) return '缺少工作表';
  const title = sheetCellFromExcel(sheet.getCell(1, 1).value);
  if (title !== layout.title) return `第一行标题应为“${layout.title}”，收到“${String(title ?? '')}”`;
  for (const cell of layout.cells) if (cell.kind === 'value') set(cell.ref, sheetCellFromExcel(sheet.getCell(FIRST_TABLE_ROW + cell.row, 1 + cell.col).value));
  return null;
}

export async function readReportXlsx(buffer: Buffer, year: number): Promise<BaselineResult> {
  let workbook: ExcelJS.Workbook;
  try {
    const zip = await JSZip.loadAsync(buffer);
    const unpacked = Object.values(zip.files).reduce((s, f) => s + ((f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0), 0);
    if (unpacked > MAX_UNPACKED) return { ok: false, message: '文件解压后过大，不是本系统导出的统计表。' };
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, message: '无法读取该 Excel 文件。请导入本系统“导出 Excel（XLSX）”下载的统计表。' };
  }
  const three = emptyTableThree() as Record<string, Record<string, unknown>>;
  const four = emptyTableFour() as Record<string, Record<string, unknown>>;
  const [s3, s4] = workbook.worksheets;
  const p3 = read(s3, tableThreeLayout(year, emptyTableThree()), (ref, v) => ref.table === 'three' && (three[ref.row][ref.column] = v));
  if (p3) return { ok: false, message: `不是本系统导出的${year}年统计表（表三：${p3}）。` };
  const p4 = read(s4, tableFourLayout(year, emptyTableFour()), (ref, v) => ref.table === 'four' && (four[ref.kind][ref.column] = v));
  if (p4) return { ok: false, message: `不是本系统导出的${year}年统计表（表四：${p4}）。` };
  return baselineTables(three, four);
}
