import 'server-only';
import { Buffer } from 'node:buffer';
import { reportTitle } from '@/lib/domain/report-year';
import type { Actor } from '@/lib/domain/roles';
import { reportCsv, writeReportXlsx } from '@/lib/export';
import { getAnnualReport } from './annual-report';
import { CONTENT_TYPES, type ExportFile } from './register-export';

// The year-end tables as a file: XLSX in the published layout (lib/export), CSV (lib/export's
// documented layout) or the JSON object of INTERFACES §2, exactly as `ogi report` prints it.

export type ReportFormat = 'xlsx' | 'csv' | 'json';
export const REPORT_FORMATS: readonly ReportFormat[] = ['xlsx', 'csv', 'json'];

export function isReportFormat(value: string | null | undefined): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value ?? '');
}

/** JSON as printed: two-space indented, one object, a final newline. */
export function reportJsonText(json: unknown): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}

export async function exportAnnualReport(actor: Actor, year: number, format: ReportFormat): Promise<ExportFile & { asciiName: string }> {
  const report = getAnnualReport(actor, year);
  let body: Buffer;
  if (format === 'json') body = Buffer.from(reportJsonText(report.json), 'utf8');
  else if (format === 'csv') body = Buffer.from(reportCsv(year, report.tableThree, report.tableFour), 'utf8');
  else body = await writeReportXlsx({ agencyName: report.agencyName, year, tableThree: report.tableThree, tableFour: report.tableFour });
  return { fileName: `${reportTitle(year)}.${format}`, asciiName: `ogi-report-${year}.${format}`, contentType: CONTENT_TYPES[format], body };
}
