import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/domain/roles';
import { PROJECT_ROOT, caseFields, createTempDatabase, makeStaff } from '../support/temp-db';

const tempDb = createTempDatabase('personal-data');

let detail: typeof import('@/lib/data/case-detail');
let pd: typeof import('@/lib/data/personal-data');
let audit: typeof import('@/lib/data/audit');
let client: import('better-sqlite3').Database;
let handler: Actor, otherClerk: Actor, boss: Actor, admin: Actor, auditor: Actor;
let caseId: number;

const FULL = { idNumber: '330102199001011234', phone: '13812345678', email: 'zhang.san@example.com', address: '示例市西湖区文一路 100 号 3 单元' };

beforeAll(async () => {
  detail = await import('@/lib/data/case-detail');
  pd = await import('@/lib/data/personal-data');
  audit = await import('@/lib/data/audit');
  client = (await import('@/db/client')).getDb().$client;
  handler = await makeStaff('handler', '承办人甲', 'clerk');
  otherClerk = await makeStaff('other', '登记员乙', 'clerk');
  boss = await makeStaff('boss', '负责人丙', 'supervisor');
  admin = await makeStaff('admin', '管理员丁', 'admin');
  auditor = await makeStaff('auditor', '审计员戊', 'auditor');
  const { createCase, updateCase } = await import('@/lib/data/case-commands');
  caseId = createCase(handler, caseFields({ caseNo: 'PD-1', applicantName: '张三', ...FULL })).id;
  updateCase(handler, caseId, 1, caseFields({ caseNo: 'PD-1', applicantName: '张三', ...FULL, idNumber: '330102199001015678', handlerId: handler.id }));
});
afterAll(() => tempDb.remove());

const personalOf = (c: ReturnType<typeof detail.getCaseDetail>) => ({ idNumber: c.idNumber, phone: c.phone, email: c.email, address: c.address });
const reveals = () => client.prepare(`SELECT actor_id AS by, note, client_address AS a FROM audit_log WHERE action = 'case.reveal_personal_data' ORDER BY id`).all();

describe('the case page', () => {
  it('shows the applicant\'s contact data in full to the handler and to supervisors', () => {
    expect(personalOf(detail.getCaseDetail(handler, caseId))).toEqual({ ...FULL, idNumber: '330102199001015678' });
    expect(personalOf(detail.getCaseDetail(boss, caseId))).toEqual({ ...FULL, idNumber: '330102199001015678' });
    expect(detail.getCaseDetail(handler, caseId).can.seePersonalData).toBe(true);
  });

  it('shows it masked to another clerk and to an administrator', () => {
    for (const reader of [otherClerk, admin]) {
      const c = detail.getCaseDetail(reader, caseId);
      expect(c.can.seePersonalData).toBe(false);
      expect(personalOf(c)).toEqual({ idNumber: '3301**********5678', phone: '138****5678', email: 'z***@example.com', address: '示例市西湖区****' });
    }
  });
});

describe('"显示"', () => {
  it('gives the full data to someone who sees it masked, and records who saw whose data and when', () => {
    expect(reveals()).toEqual([]);
    const data = pd.revealPersonalData(otherClerk, caseId, '10.2.3.4');
    expect(data).toEqual({ ...FULL, idNumber: '330102199001015678' });
    expect(reveals()).toEqual([{ by: otherClerk.id, note: '查看了申请人“张三”的证件号码、联系电话、电子邮箱、通信地址', a: '10.2.3.4' }]);
  });

  it('records nothing when the handler or a supervisor looks (they see it anyway)', () => {
    pd.revealPersonalData(handler, caseId, '10.2.3.4');
    pd.revealPersonalData(boss, caseId, '10.2.3.4');
    expect(reveals()).toHaveLength(1);
  });

  it('is refused to the auditor, who reads no cases', () => {
    expect(() => pd.revealPersonalData(auditor, caseId, '10.2.3.4')).toThrow('您没有权限执行此操作。');
    expect(() => detail.getCaseDetail(auditor, caseId)).toThrow('您没有权限执行此操作。');
  });
});

describe('the audit', () => {
  it('stores identity numbers masked, on creation and on change', () => {
    const rows = client.prepare(`SELECT changes FROM audit_log WHERE entity_type = 'case' AND entity_id = ? AND action IN ('case.create', 'case.update') ORDER BY id`).all(String(caseId)) as { changes: string }[];
    expect(JSON.parse(rows[0].changes).idNumber).toEqual({ from: null, to: '3301**********1234' });
    expect(JSON.parse(rows[1].changes).idNumber).toEqual({ from: '3301**********1234', to: '3301**********5678' });
    expect(rows.map((r) => r.changes).join()).not.toMatch(/19900101/);
  });

  it('shows the case history with the contact data masked to an administrator', () => {
    const forAdmin = audit.listAudit(admin, 'case', caseId).find((e) => e.action === 'case.create')!;
    expect(forAdmin.changes.phone).toEqual({ from: null, to: '138****5678' });
    const forBoss = audit.listAudit(boss, 'case', caseId).find((e) => e.action === 'case.create')!;
    expect(forBoss.changes.phone).toEqual({ from: null, to: '13812345678' });
  });
});

describe('the migration that masks identity numbers kept before', () => {
  it('masks them with the same rule, keeps the audit append-only, and records that it did', () => {
    // A record written by an older version, with the number in full.
    client
      .prepare("INSERT INTO audit_log (at, actor_name, entity_type, entity_id, action, changes) VALUES ('2024-01-01T00:00:00.000Z', '旧版本', 'case', ?, 'case.update', ?)")
      .run(String(caseId), JSON.stringify({ idNumber: { from: 'E12345678', to: '11010519491231002X' }, phone: { from: null, to: '13800000000' } }));
    const sql = fs.readFileSync(path.join(PROJECT_ROOT, 'drizzle', '0004_mask_audit_id_numbers.sql'), 'utf8');
    client.transaction(() => {
      for (const statement of sql.split('--> statement-breakpoint')) client.exec(statement);
    })();
    const old = client.prepare("SELECT changes FROM audit_log WHERE actor_name = '旧版本'").get() as { changes: string };
    expect(JSON.parse(old.changes)).toEqual({ idNumber: { from: 'E******78', to: '1101**********002X' }, phone: { from: null, to: '13800000000' } });
    expect(client.prepare("SELECT actor_name AS by, note FROM audit_log WHERE action = 'audit.mask_id_numbers'").all()).toEqual([
      { by: '系统升级', note: '已将 3 条修改记录中的证件号码改为脱敏形式（个人信息保护）' },
    ]);
    expect(() => client.prepare("UPDATE audit_log SET note = 'x'").run()).toThrow('append-only');
  });
});
