// The year-end tables as one workbook: sheet 1 table 三, sheet 2 table 四, ready to print on A4.
import { Buffer } from 'node:buffer';
import ExcelJS from 'exceljs';
import { tableFourLayout, tableThreeLayout, type TableFour, type TableThree } from '@/lib/domain/report';
import { addTableSheet } from './table-sheet';

export type ReportXlsxInput = { agencyName: string; year: number; tableThree: TableThree; tableFour: TableFour };

export async function writeReportXlsx({ agencyName, year, tableThree, tableFour }: ReportXlsxInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OGI Desk';
  addTableSheet(workbook, '收到和处理申请情况', tableThreeLayout(year, tableThree), agencyName);
  addTableSheet(workbook, '行政复议和行政诉讼情况', tableFourLayout(year, tableFour), agencyName);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
