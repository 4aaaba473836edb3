import ExcelJS from 'exceljs';
import { actionLabel, describeChanges, entityTypeLabel } from '@/lib/domain/audit-labels';
import { formatChinaDateTime } from '@/lib/domain/dates';
import { toCsv } from '@/lib/domain/register/csv-write';
import type { AuditLogRow } from '@/lib/domain/audit-record';

// The audit log as a file for the auditor: one row per record, Chinese headers.

export type { AuditLogRow };

export const AUDIT_LOG_HEADERS = ['时间', '操作人', '操作', '对象类型', '对象', '修改内容', '说明', '网络地址', '记录编号'];

function cells(r: AuditLogRow): string[] {
  return [formatChinaDateTime(r.at), r.actorName, actionLabel(r.action), entityTypeLabel(r.entityType), r.subject, describeChanges(r.changes), r.note ?? '', r.clientAddress ?? '', String(r.id)];
}

export function auditLogCsv(rows: AuditLogRow[]): Buffer {
  return Buffer.from(toCsv([AUDIT_LOG_HEADERS, ...rows.map(cells)]), 'utf8');
}

export async function auditLogXlsx(rows: AuditLogRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('审计日志');
  sheet.columns = [18, 22, 18, 10, 22, 60, 30, 16, 10].map((width) => ({ width }));
  // Text cells of an XLSX file are never formulas: written as they are.
  sheet.addRow(AUDIT_LOG_HEADERS).font = { bold: true };
  for (const r of rows) sheet.addRow(cells(r)).alignment = { wrapText: true, vertical: 'top' };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
