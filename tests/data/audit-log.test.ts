import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ForbiddenError } from '@/lib/domain/errors';
import { EMPTY_AUDIT_FILTERS, type AuditFilters } from '@/lib/domain/validation/audit-filter';
import type { Actor } from '@/lib/domain/roles';
import { caseFields, createTempDatabase, makeStaff } from '../support/temp-db';

const tempDb = createTempDatabase('audit-log');

let log: typeof import('@/lib/data/audit-log');
let files: typeof import('@/lib/export/audit-log-file');
let client: import('better-sqlite3').Database;
let admin: Actor, clerk: Actor, boss: Actor, auditor: Actor;
let caseId: number;

beforeAll(async () => {
  log = await import('@/lib/data/audit-log');
  files = await import('@/lib/export/audit-log-file');
  client = (await import('@/db/client')).getDb().$client;
  const { createCase, updateCase } = await import('@/lib/data/case-commands');
  const { updateSettings, readSettings } = await import('@/lib/data/settings');
  admin = await makeStaff('admin.x', '管理员戊', 'admin');
  clerk = await makeStaff('clerk.x', '登记员己', 'clerk');
  boss = await makeStaff('boss.x', '负责人庚', 'supervisor');
  auditor = await makeStaff('audit.x', '审计员辛', 'auditor');
  caseId = createCase(clerk, caseFields({ caseNo: 'AUD-1', phone: '13812345678', idNumber: '330102199001011234' })).id;
  updateCase(clerk, caseId, 1, caseFields({ caseNo: 'AUD-1', phone: '13900001111', idNumber: '330102199001011234', handlerId: clerk.id }));
  createCase(clerk, caseFields({ caseNo: 'AUD-2' }));
  updateSettings(admin, { ...readSettings(), agencyName: '审计测试局' });
});
afterAll(() => tempDb.remove());

const filters = (f: Partial<AuditFilters>): AuditFilters => ({ ...EMPTY_AUDIT_FILTERS, ...f });

describe('who reads the audit log', () => {
  it('the auditor reads everything, the administrators\' own actions included', () => {
    const page = log.queryAuditLog(auditor, EMPTY_AUDIT_FILTERS);
    const actions = page.rows.map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['settings.update', 'user.create', 'case.create', 'case.update']));
    expect(page.rows.find((r) => r.action === 'settings.update')).toMatchObject({ actorName: '管理员戊（admin.x）', subject: 'agency' });
  });

  it('a supervisor reads the case records only', () => {
    const page = log.queryAuditLog(boss, EMPTY_AUDIT_FILTERS);
    expect(new Set(page.rows.map((r) => r.entityType))).toEqual(new Set(['case']));
    expect(page.total).toBe(3);
  });

  it('a clerk and an administrator read nothing of it', () => {
    expect(() => log.queryAuditLog(clerk, EMPTY_AUDIT_FILTERS)).toThrow(ForbiddenError);
    expect(() => log.queryAuditLog(admin, EMPTY_AUDIT_FILTERS)).toThrow(ForbiddenError);
    expect(() => log.auditLogForExport(admin, EMPTY_AUDIT_FILTERS, '10.0.0.1')).toThrow(ForbiddenError);
  });

  it('no one can change or remove a record', () => {
    expect(() => client.prepare("UPDATE audit_log SET actor_name = 'x'").run()).toThrow('append-only');
    expect(() => client.prepare('DELETE FROM audit_log').run()).toThrow('append-only');
  });
});

describe('the filters', () => {
  it('by who, what, which case or user, and from–to', () => {
    expect(log.queryAuditLog(auditor, filters({ who: String(admin.id) })).rows.map((r) => r.action)).toEqual(['settings.update']);
    expect(log.queryAuditLog(auditor, filters({ who: 'system' })).rows.every((r) => r.actorName === '系统管理员（命令行）')).toBe(true);
    expect(log.queryAuditLog(auditor, filters({ action: 'case.update' })).rows.map((r) => r.subject)).toEqual(['AUD-1']);
    expect(log.queryAuditLog(auditor, filters({ subject: 'AUD-1' })).rows.map((r) => r.action)).toEqual(['case.update', 'case.create']);
    expect(log.queryAuditLog(auditor, filters({ subject: 'clerk.x' })).rows.map((r) => r.action)).toEqual(['user.create']);
    expect(log.queryAuditLog(auditor, filters({ subject: 'nobody' }))).toMatchObject({ total: 0, subjectFound: false });
    // A supervisor cannot reach user records by naming a user.
    expect(log.queryAuditLog(boss, filters({ subject: 'clerk.x' }))).toMatchObject({ total: 0, subjectFound: false });
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect(log.queryAuditLog(auditor, filters({ from: today, to: today })).total).toBe(log.queryAuditLog(auditor, EMPTY_AUDIT_FILTERS).total);
    expect(log.queryAuditLog(auditor, filters({ to: '2020-01-01' })).total).toBe(0);
  });

  it('pages through many records', () => {
    const page2 = log.queryAuditLog(auditor, EMPTY_AUDIT_FILTERS, 2, 3);
    expect(page2.page).toBe(2);
    expect(page2.rows).toHaveLength(3);
    expect(log.queryAuditLog(auditor, EMPTY_AUDIT_FILTERS, 999, 3).page).toBe(page2.pageCount);
  });
});

describe('personal data in the audit log', () => {
  it('keeps identity numbers masked, and shows the auditor phone numbers masked too', () => {
    const stored = client.prepare(`SELECT changes FROM audit_log WHERE action = 'case.create' AND entity_id = ?`).get(String(caseId)) as { changes: string };
    expect(stored.changes).toContain('3301**********1234');
    expect(stored.changes).not.toContain('199001011234');
    const forAuditor = log.queryAuditLog(auditor, filters({ subject: 'AUD-1', action: 'case.update' })).rows[0];
    expect(forAuditor.changes.phone).toEqual({ from: '138****5678', to: '139****1111' });
    const forSupervisor = log.queryAuditLog(boss, filters({ subject: 'AUD-1', action: 'case.update' })).rows[0];
    expect(forSupervisor.changes.phone).toEqual({ from: '13812345678', to: '13900001111' });
  });
});

describe('the export', () => {
  it('writes Chinese headers and the filtered rows, and is itself recorded', async () => {
    const rows = log.auditLogForExport(auditor, filters({ subject: 'AUD-1' }), '10.0.0.3');
    expect(rows.map((r) => r.action)).toEqual(['case.update', 'case.create']);
    const csv = files.auditLogCsv(rows).toString('utf8');
    expect(csv.startsWith('\uFEFF时间,操作人,操作,对象类型,对象,修改内容,说明,网络地址,记录编号\r\n')).toBe(true);
    expect(csv).toContain('修改申请');
    expect(csv).toContain('联系电话：138****5678 → 139****1111');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await files.auditLogXlsx(rows)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('审计日志');
    expect(sheet.getRow(1).values).toEqual([undefined, ...files.AUDIT_LOG_HEADERS]);
    expect(sheet.rowCount).toBe(3);
    const recorded = log.queryAuditLog(auditor, filters({ action: 'audit.export' })).rows[0];
    expect(recorded).toMatchObject({ actorName: '审计员辛（audit.x）', clientAddress: '10.0.0.3', note: '导出 2 条记录（条件：subject=AUD-1）' });
  });

  it('refuses more rows than one export may hold, with a Chinese message', () => {
    const insert = client.prepare("INSERT INTO audit_log (at, actor_name, entity_type, entity_id, action, changes) VALUES (?, 'x', 'case', '1', 'case.update', '{}')");
    for (let i = 0; i < 11; i++) insert.run('2020-05-01T00:00:00.000Z');
    expect(log.AUDIT_EXPORT_MAX_ROWS).toBe(100_000);
    expect(() => log.auditLogForExport(auditor, filters({ to: '2020-12-31' }), '10.0.0.3', new Date(), 10)).toThrow('符合条件的记录有 11 条，超过一次导出的上限 10 条。请缩小日期范围后分批导出。');
    expect(log.auditLogForExport(auditor, filters({ to: '2020-12-31' }), '10.0.0.3', new Date(), 11)).toHaveLength(11);
  });
});

