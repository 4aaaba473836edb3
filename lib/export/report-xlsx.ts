// The year-end tables as one workbook: sheet 1 table 三, sheet 2 table 四, ready to print on A4.
import { Buffer } from 'node:buffer';
import ExcelJS from 'exceljs';
import type { TableFour, TableThree } from '@/lib/domain/report';
import { addTableFourSheet } from './table-four-sheet';
import { addTableThreeSheet } from './table-three-sheet';

export type ReportXlsxInput = { agencyName: string; year: number; tableThree: TableThree; tableFour: TableFour };

export async function writeReportXlsx({ agencyName, year, tableThree, tableFour }: ReportXlsxInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OGI Desk';
  addTableThreeSheet(workbook, agencyName, year, tableThree);
  addTableFourSheet(workbook, agencyName, year, tableFour);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
