import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, caseEvents, cases } from '@/db/schema';
import { chinaDate } from '@/lib/domain/dates';
import { ForbiddenError, StaleVersionError, ValidationError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/roles';
import { CLI_ADMIN, caseFields, countRows, createTempDatabase, makeStaff, caught } from '../support/temp-db';

const tempDb = createTempDatabase('case-commands');

let db: Db;
let cmd: typeof import('@/lib/data/case-commands');
let clerkA: Actor;
let clerkB: Actor;
let boss: Actor;
let admin: Actor;
let gone: Actor;

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  cmd = await import('@/lib/data/case-commands');
  const make = makeStaff;
  clerkA = await make('clerk.a', '登记员甲', 'clerk');
  clerkB = await make('clerk.b', '登记员乙', 'clerk');
  boss = await make('boss', '负责人丙', 'supervisor');
  admin = await make('admin', '管理员丁', 'admin');
  gone = await make('gone', '已离职', 'clerk');
  (await import('@/lib/data/users')).setUserActive(CLI_ADMIN, gone.id!, false);
});

afterAll(() => tempDb.remove());

const caseRow = (id: number) => db.select().from(cases).where(eq(cases.id, id)).get()!;
const auditOf = (id: number) =>
  db.select().from(auditLog).where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, String(id)))).orderBy(asc(auditLog.id)).all();
const counts = () => ({ cases: countRows(db.$client, 'cases'), events: countRows(db.$client, 'case_events'), audit: countRows(db.$client, 'audit_log') });


describe('createCase', () => {
  it('writes the case, a registered event and an audit record of the fields', () => {
    const before = chinaDate(new Date());
    const { id } = cmd.createCase(clerkA, caseFields({ caseNo: 'C-0001', phone: '13800138000' }));
    const after = chinaDate(new Date());

    const row = caseRow(id);
    expect(row).toMatchObject({ caseNo: 'C-0001', receivedOn: '2026-03-02', applicantName: '张三', phone: '13800138000', handlerId: clerkA.id, version: 1 });
    expect(row).toMatchObject({ outcome: null, repliedOn: null, clockStartOn: '2026-03-02', clockState: 'running', createdBy: clerkA.id, updatedBy: clerkA.id });
    expect([before, after]).toContain(row.registeredOn);

    const events = db.select().from(caseEvents).where(eq(caseEvents.caseId, id)).all();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'registered', occurredOn: row.registeredOn, data: { receivedOn: '2026-03-02' }, createdBy: clerkA.id });

    const audit = auditOf(id);
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'case.create', actorId: clerkA.id, actorName: '登记员甲（clerk.a）' });
    expect(audit[0].changes).toMatchObject({
      caseNo: { from: null, to: 'C-0001' },
      receivedOn: { from: null, to: '2026-03-02' },
      applicantName: { from: null, to: '张三' },
      phone: { from: null, to: '13800138000' },
      handlerId: { from: null, to: '登记员甲' },
      registeredOn: { from: null, to: row.registeredOn },
    });
    // Empty fields are not listed as changes.
    expect(audit[0].changes).not.toHaveProperty('email');
    expect(audit[0].changes).not.toHaveProperty('idNumber');
  });

  it('refuses a 申请编号 already in use and writes nothing', () => {
    cmd.createCase(clerkA, caseFields({ caseNo: 'C-0002' }));
    const before = counts();
    const error = caught(() => cmd.createCase(clerkB, caseFields({ caseNo: 'C-0002', applicantName: '另一人' })));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ caseNo: ['申请编号“C-0002”已被使用，请换一个编号。'] });
    expect(counts()).toEqual(before);
  });

  it('refuses an administrator, and an administrator, inactive or unknown user as handler', () => {
    const before = counts();
    expect(() => cmd.createCase(admin, caseFields({ caseNo: 'C-0003' }))).toThrow(ForbiddenError);
    expect(() => cmd.createCase(CLI_ADMIN, caseFields({ caseNo: 'C-0003' }))).toThrow(ForbiddenError);
    const asHandler = (handlerId: number | null) => caught(() => cmd.createCase(boss, caseFields({ caseNo: 'C-0003', handlerId })));
    expect((asHandler(admin.id) as ValidationError).fieldErrors).toEqual({ handlerId: ['请选择在岗的登记员或负责人作为承办人。'] });
    expect((asHandler(gone.id) as ValidationError).fieldErrors).toEqual({ handlerId: ['请选择在岗的登记员或负责人作为承办人。'] });
    expect((asHandler(9999) as ValidationError).fieldErrors).toEqual({ handlerId: ['请选择在岗的登记员或负责人作为承办人。'] });
    expect(counts()).toEqual(before);
  });

  it('does not let a clerk register a case for another handler, and writes nothing', () => {
    const before = counts();
    const error = caught(() => cmd.createCase(clerkA, caseFields({ caseNo: 'C-0005', handlerId: clerkB.id })));
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).fieldErrors).toEqual({ handlerId: ['登记员登记的申请由本人承办；如需交由他人承办，请负责人指派。'] });
    expect(counts()).toEqual(before);
    expect(caseRow(cmd.createCase(clerkA, caseFields({ caseNo: 'C-0006', handlerId: clerkA.id })).id).handlerId).toBe(clerkA.id);
  });

  it('lets a supervisor register a case for another handler', () => {
    const { id } = cmd.createCase(boss, caseFields({ caseNo: 'C-0004', handlerId: clerkB.id }));
    expect(caseRow(id).handlerId).toBe(clerkB.id);
    expect(auditOf(id)[0].changes.handlerId).toEqual({ from: null, to: '登记员乙' });
  });
});

describe('updateCase', () => {
  it('records only the fields that changed, with before and after values', () => {
    const { id } = cmd.createCase(clerkA, caseFields({ caseNo: 'U-0001' }));
    cmd.updateCase(clerkA, id, 1, caseFields({ caseNo: 'U-0001', handlerId: clerkA.id, applicantName: '张三丰', email: 'z@example.com' }));
    const row = caseRow(id);
    expect(row).toMatchObject({ applicantName: '张三丰', email: 'z@example.com', version: 2, updatedBy: clerkA.id });
    const audit = auditOf(id);
    expect(audit.map((a) => a.action)).toEqual(['case.create', 'case.update']);
    expect(audit[1].changes).toEqual({ applicantName: { from: '张三', to: '张三丰' }, email: { from: null, to: 'z@example.com' } });
  });

  it('writes nothing and keeps the version when nothing changed', () => {
    const { id } = cmd.createCase(clerkA, caseFields({ caseNo: 'U-0002' }));
    const before = counts();
    cmd.updateCase(clerkA, id, 1, caseFields({ caseNo: 'U-0002', handlerId: clerkA.id }));
    expect(caseRow(id).version).toBe(1);
    expect(counts()).toEqual(before);
  });

  it('refuses a stale version, naming who changed the case, and writes nothing', () => {
    const { id } = cmd.createCase(clerkA, caseFields({ caseNo: 'U-0003' }));
    cmd.updateCase(boss, id, 1, caseFields({ caseNo: 'U-0003', handlerId: clerkA.id, content: '负责人改过的内容' }));
    const before = counts();
    const error = caught(() => cmd.updateCase(clerkA, id, 1, caseFields({ caseNo: 'U-0003', handlerId: clerkA.id, content: '登记员的旧稿' })));
    expect(error).toBeInstanceOf(StaleVersionError);
    expect((error as Error).message).toMatch(/^保存失败：该申请已被“负责人丙”于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 修改。/);
    expect((error as Error).message).toContain('您的内容未保存');
    expect(caseRow(id)).toMatchObject({ content: '负责人改过的内容', version: 2, updatedBy: boss.id });
    expect(counts()).toEqual(before);
  });

  it('refuses a clerk editing a case assigned to another clerk, and writes nothing', () => {
    const { id } = cmd.createCase(clerkA, caseFields({ caseNo: 'U-0004' }));
    const before = counts();
    const error = caught(() => cmd.updateCase(clerkB, id, 1, caseFields({ caseNo: 'U-0004', handlerId: clerkA.id, content: '改' })));
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as Error).message).toBe('您不是该申请的承办人，不能修改。');
    expect(caseRow(id)).toMatchObject({ content: caseFields().content, version: 1 });
    expect(counts()).toEqual(before);
  });

  it('does not let a clerk reassign their own case; a supervisor may, and the audit names both handlers', () => {
    const { id } = cmd.createCase(clerkA, caseFields({ caseNo: 'U-0005' }));
    const error = caught(() => cmd.updateCase(clerkA, id, 1, caseFields({ caseNo: 'U-0005', handlerId: clerkB.id })));
    expect((error as ValidationError).fieldErrors).toEqual({ handlerId: ['只有负责人可以更换承办人。'] });
    cmd.updateCase(boss, id, 1, caseFields({ caseNo: 'U-0005', handlerId: clerkB.id }));
    expect(caseRow(id).handlerId).toBe(clerkB.id);
    expect(auditOf(id).at(-1)!.changes).toEqual({ handlerId: { from: '登记员甲', to: '登记员乙' } });
  });

  it('lets any clerk work on an unassigned case', () => {
    const { id } = cmd.createCase(boss, caseFields({ caseNo: 'U-0006' }));
    cmd.updateCase(boss, id, 1, caseFields({ caseNo: 'U-0006', handlerId: null }));
    cmd.updateCase(clerkB, id, 2, caseFields({ caseNo: 'U-0006', handlerId: null, notes: '已电话联系申请人' }));
    expect(caseRow(id)).toMatchObject({ handlerId: null, notes: '已电话联系申请人', version: 3, updatedBy: clerkB.id });
  });

  it('refuses renumbering a case to a number already in use', () => {
    const { id } = cmd.createCase(clerkA, caseFields({ caseNo: 'U-0007' }));
    const error = caught(() => cmd.updateCase(clerkA, id, 1, caseFields({ caseNo: 'U-0001', handlerId: clerkA.id })));
    expect((error as ValidationError).fieldErrors).toEqual({ caseNo: ['申请编号“U-0001”已被使用，请换一个编号。'] });
    expect(caseRow(id)).toMatchObject({ caseNo: 'U-0007', version: 1 });
  });
});

describe('related cases and received dates', () => {
  it('links a split case to its sibling by number and refuses unknown numbers or itself', () => {
    const first = cmd.createCase(boss, caseFields({ caseNo: 'R-0001' }));
    const second = cmd.createCase(boss, caseFields({ caseNo: 'R-0002', relatedCaseNo: 'R-0001' }));
    expect(caseRow(second.id).relatedCaseId).toBe(first.id);
    expect(auditOf(second.id)[0].changes.relatedCaseNo).toEqual({ from: null, to: 'R-0001' });
    const before = counts();
    const unknown = caught(() => cmd.createCase(boss, caseFields({ caseNo: 'R-0003', relatedCaseNo: 'NOPE' }))) as ValidationError;
    expect(unknown.fieldErrors).toEqual({ relatedCaseNo: ['找不到申请编号为“NOPE”的申请，请核对。'] });
    const self = caught(() => cmd.updateCase(boss, first.id, 1, caseFields({ caseNo: 'R-0001', relatedCaseNo: 'R-0001' }))) as ValidationError;
    expect(self.fieldErrors).toEqual({ relatedCaseNo: ['不能关联申请本身。'] });
    expect(counts()).toEqual(before);
  });

  it('refuses a received date later than a step already recorded', async () => {
    const { recordClockEvent } = await import('@/lib/data/case-steps');
    const { id } = cmd.createCase(boss, caseFields({ caseNo: 'R-0010', receivedOn: '2026-03-02' }));
    recordClockEvent(boss, id, 1, { kind: 'consultation_sent', sentOn: '2026-03-04', party: '某公司', partyKind: 'third_party' });
    const version = caseRow(id).version;
    const error = caught(() => cmd.updateCase(boss, id, version, caseFields({ caseNo: 'R-0010', receivedOn: '2026-03-05' }))) as ValidationError;
    expect(error.fieldErrors).toEqual({ receivedOn: ['收到日期不能晚于已登记的办理步骤日期（2026-03-04）。'] });
    cmd.updateCase(boss, id, version, caseFields({ caseNo: 'R-0010', receivedOn: '2026-03-03' }));
    expect(caseRow(id).receivedOn).toBe('2026-03-03');
  });
});

describe('dates kept consistent with recorded steps and reviews', () => {
  it('refuses a reply dated before the last step, and a received date after a linked review', async () => {
    const { recordClockEvent } = await import('@/lib/data/case-steps');
    const { createReview } = await import('@/lib/data/reviews');
    const { id } = cmd.createCase(boss, caseFields({ caseNo: 'S-0001', receivedOn: '2026-03-02' }));
    recordClockEvent(boss, id, 1, { kind: 'consultation_sent', sentOn: '2026-03-10', party: '某公司', partyKind: 'third_party' });
    const before = counts();
    const early = caught(() => cmd.closeCase(boss, id, { outcome: 'disclosed', repliedOn: '2026-03-05', replyDocNo: null, version: 2 })) as ValidationError;
    expect(early.fieldErrors).toEqual({ repliedOn: ['答复日期不能早于已登记的办理步骤日期（2026-03-10）。'] });
    expect(counts()).toEqual(before);

    const other = cmd.createCase(boss, caseFields({ caseNo: 'S-0002', receivedOn: '2026-03-02' }));
    createReview(boss, { caseNo: 'S-0002', kind: 'reconsideration', filedOn: '2026-03-06', result: null, decidedOn: null, notes: null });
    const late = caught(() => cmd.updateCase(boss, other.id, 1, caseFields({ caseNo: 'S-0002', receivedOn: '2026-03-09' }))) as ValidationError;
    expect(late.fieldErrors).toEqual({ receivedOn: ['收到日期不能晚于关联的复议诉讼收到日期（2026-03-06）。'] });
  });
});
