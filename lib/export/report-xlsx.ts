// The year-end tables as one workbook: sheet 1 table 三, sheet 2 table 四, and table 二 when the
// report has one (after them, so that the sheets other tools read stay where they were); each
// prints on one A4 page.
import { Buffer } from 'node:buffer';
import ExcelJS from 'exceljs';
import { tableFourLayout, tableThreeLayout, tableTwoLayout, type TableFour, type TableThree } from '@/lib/domain/report';
import type { TableTwo } from '@/lib/domain/report/table-two';
import { addTableSheet } from './table-sheet';

export type ReportXlsxInput = { agencyName: string; year: number; tableThree: TableThree; tableFour: TableFour; tableTwo?: TableTwo };

export async function writeReportXlsx({ agencyName, year, tableThree, tableFour, tableTwo }: ReportXlsxInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OGI Desk';
  addTableSheet(workbook, '收到和处理申请情况', tableThreeLayout(year, tableThree), agencyName);
  addTableSheet(workbook, '行政复议和行政诉讼情况', tableFourLayout(year, tableFour), agencyName);
  if (tableTwo) addTableSheet(workbook, '主动公开政府信息情况', tableTwoLayout(year, tableTwo), agencyName);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
