// Server-side XLSX/CSV readers and writers for registers and the year-end report.
export { readSpreadsheet, streamSpreadsheet } from './read-spreadsheet';
export type { SheetRows } from './sheet-rows';
export { SpreadsheetReadError, NOT_A_SPREADSHEET, type SpreadsheetErrorReason } from './spreadsheet-error';
export { writeReportXlsx, type ReportXlsxInput } from './report-xlsx';
export { writeRegisterXlsx } from './register-xlsx';
export { reportCsv } from './report-csv';
export { annualReportHtml } from './annual-report-html';
export { annualReportDocx } from './docx/annual-report-docx';
export { readReportXlsx } from './read-report-xlsx';
