import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog, caseEvents, cases } from '@/db/schema';
import { chinaDate } from '@/lib/domain/dates';
import { ForbiddenError, StaleVersionError, ValidationError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/roles';
import { caseFields, countRows, createTempDatabase, makeStaff } from '../support/temp-db';

const tempDb = createTempDatabase('case-lifecycle');

let db: Db;
let cmd: typeof import('@/lib/data/case-commands');
let detail: typeof import('@/lib/data/case-detail');
let clerkA: Actor;
let clerkB: Actor;
let boss: Actor;

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  cmd = await import('@/lib/data/case-commands');
  detail = await import('@/lib/data/case-detail');
  const make = makeStaff;
  clerkA = await make('clerk.a', '登记员甲', 'clerk');
  clerkB = await make('clerk.b', '登记员乙', 'clerk');
  boss = await make('boss', '负责人丙', 'supervisor');
});

afterAll(() => tempDb.remove());

const caseRow = (id: number) => db.select().from(cases).where(eq(cases.id, id)).get()!;
const auditOf = (id: number) =>
  db.select().from(auditLog).where(and(eq(auditLog.entityType, 'case'), eq(auditLog.entityId, String(id)))).orderBy(asc(auditLog.id)).all();
const counts = () => ({ cases: countRows(db.$client, 'cases'), events: countRows(db.$client, 'case_events'), audit: countRows(db.$client, 'audit_log') });
const CLOSE = { outcome: 'partial' as const, repliedOn: '2026-03-20', replyDocNo: '依申〔2026〕3号' };

describe('closeCase and reopenCase', () => {
  it('closes, then a supervisor reopens to the open state; both are audited with before and after', () => {
    const { id } = cmd.createCase(clerkA, caseFields({ caseNo: 'L-0001' }));
    cmd.closeCase(clerkA, id, { ...CLOSE, version: 1 });
    expect(caseRow(id)).toMatchObject({ ...CLOSE, clockState: 'closed', version: 2, updatedBy: clerkA.id });

    const dayBefore = chinaDate(new Date());
    cmd.reopenCase(boss, id, { reason: '答复书送达地址有误，需重新答复', version: 2 });
    const dayAfter = chinaDate(new Date());
    expect(caseRow(id)).toMatchObject({ outcome: null, repliedOn: null, replyDocNo: null, clockState: 'running', version: 3, updatedBy: boss.id });

    const audit = auditOf(id);
    expect(audit.map((a) => [a.action, a.actorId])).toEqual([
      ['case.create', clerkA.id],
      ['case.close', clerkA.id],
      ['case.reopen', boss.id],
    ]);
    expect(audit[1].changes).toEqual({
      outcome: { from: null, to: 'partial' },
      repliedOn: { from: null, to: '2026-03-20' },
      replyDocNo: { from: null, to: '依申〔2026〕3号' },
    });
    expect(audit[1].note).toBe('(二)部分公开(区分处理的,只计这一情形,不计其他情形)');
    expect(audit[2].changes).toEqual({
      outcome: { from: 'partial', to: null },
      repliedOn: { from: '2026-03-20', to: null },
      replyDocNo: { from: '依申〔2026〕3号', to: null },
    });
    expect(audit[2].note).toBe('答复书送达地址有误，需重新答复');

    const events = db.select().from(caseEvents).where(eq(caseEvents.caseId, id)).orderBy(asc(caseEvents.id)).all();
    expect(events.map((e) => e.kind)).toEqual(['registered', 'closed', 'reopened']);
    expect(events[1]).toMatchObject({ occurredOn: '2026-03-20', data: { outcome: 'partial', replyDocNo: '依申〔2026〕3号' } });
    expect(events[2].data).toEqual({ reason: '答复书送达地址有误，需重新答复', previousOutcome: 'partial', previousRepliedOn: '2026-03-20' });
    expect([dayBefore, dayAfter]).toContain(events[2].occurredOn);

    // Open again: the handler can edit and close it once more.
    cmd.updateCase(clerkA, id, 3, caseFields({ caseNo: 'L-0001', handlerId: clerkA.id, notes: '重新答复' }));
    cmd.closeCase(clerkA, id, { ...CLOSE, outcome: 'disclosed', version: 4 });
    expect(caseRow(id)).toMatchObject({ outcome: 'disclosed', version: 5 });
  });

  it('does not let a clerk reopen, even the handler, and writes nothing', () => {
    const { id } = cmd.createCase(clerkA, caseFields({ caseNo: 'L-0002' }));
    cmd.closeCase(clerkA, id, { ...CLOSE, version: 1 });
    const before = counts();
    expect(() => cmd.reopenCase(clerkA, id, { reason: '想改', version: 2 })).toThrow(ForbiddenError);
    expect(() => cmd.reopenCase(clerkA, id, { reason: '想改', version: 2 })).toThrow('只有负责人可以重新打开已办结的申请。');
    expect(caseRow(id)).toMatchObject({ outcome: 'partial', version: 2 });
    expect(counts()).toEqual(before);
  });

  it('does not let anyone edit a closed case', () => {
    const { id } = cmd.createCase(clerkA, caseFields({ caseNo: 'L-0003' }));
    cmd.closeCase(clerkA, id, { ...CLOSE, version: 1 });
    for (const actor of [clerkA, boss]) {
      expect(() => cmd.updateCase(actor, id, 2, caseFields({ caseNo: 'L-0003', handlerId: clerkA.id, content: '改' }))).toThrow(
        '该申请已办结，不能修改；如需修改请由负责人重新打开。',
      );
    }
  });

  it('refuses a clerk closing another clerk’s case, closing twice, reopening an open case and stale versions', () => {
    const { id } = cmd.createCase(clerkA, caseFields({ caseNo: 'L-0004' }));
    const before = counts();
    expect(() => cmd.closeCase(clerkB, id, { ...CLOSE, version: 1 })).toThrow(ForbiddenError);
    expect(() => cmd.reopenCase(boss, id, { reason: 'x', version: 1 })).toThrow(ValidationError);
    expect(() => cmd.closeCase(clerkA, id, { ...CLOSE, version: 7 })).toThrow(StaleVersionError);
    expect(counts()).toEqual(before);

    cmd.closeCase(boss, id, { ...CLOSE, version: 1 });
    expect(() => cmd.closeCase(boss, id, { ...CLOSE, version: 2 })).toThrow('该申请已经办结。');
    expect(() => cmd.reopenCase(boss, id, { reason: 'x', version: 1 })).toThrow(/已被“负责人丙”于/);
    expect(caseRow(id).version).toBe(2);
  });
});

describe('the audit trail', () => {
  it('refuses UPDATE and DELETE at the database, leaving every record as it was', () => {
    cmd.createCase(clerkA, caseFields({ caseNo: 'A-0001' }));
    const snapshot = db.$client.prepare('SELECT * FROM audit_log ORDER BY id').all();
    expect(snapshot.length).toBeGreaterThan(0);
    expect(() => db.$client.prepare("UPDATE audit_log SET note = 'forged'").run()).toThrow(/audit_log is append-only/);
    expect(() => db.$client.prepare('UPDATE audit_log SET actor_name = ? WHERE id = 1').run('someone else')).toThrow(/append-only/);
    expect(() => db.$client.prepare('DELETE FROM audit_log WHERE id = 1').run()).toThrow(/audit_log is append-only/);
    expect(() => db.$client.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(() => db.update(auditLog).set({ note: 'forged' }).run()).toThrow(/append-only/);
    expect(() => db.delete(auditLog).run()).toThrow(/append-only/);
    expect(db.$client.prepare('SELECT * FROM audit_log ORDER BY id').all()).toEqual(snapshot);
  });

  it('still accepts new records', () => {
    const before = countRows(db.$client, 'audit_log');
    cmd.createCase(clerkA, caseFields({ caseNo: 'A-0002' }));
    expect(countRows(db.$client, 'audit_log')).toBe(before + 1);
  });
});

describe('hostile text', () => {
  const SCRIPT = '<script>alert(1)</script>';
  const SQL = "'; DROP TABLE cases; --";
  const QUOTES = `"双引号" 'single' “中文引号” \\ %_`;

  it('is stored, audited and read back literally', () => {
    const { id } = cmd.createCase(clerkA, caseFields({ caseNo: 'X-0001', applicantName: SCRIPT, content: `${SQL} ${QUOTES}`, address: SQL, notes: QUOTES }));
    const raw = db.$client.prepare('SELECT applicant_name, content, address, notes FROM cases WHERE id = ?').get(id);
    expect(raw).toEqual({ applicant_name: SCRIPT, content: `${SQL} ${QUOTES}`, address: SQL, notes: QUOTES });
    expect(detail.getCaseDetail(boss, id)).toMatchObject({ applicantName: SCRIPT, content: `${SQL} ${QUOTES}`, address: SQL, notes: QUOTES });
    expect(auditOf(id)[0].changes).toMatchObject({ applicantName: { to: SCRIPT }, address: { to: SQL }, notes: { to: QUOTES } });

    cmd.updateCase(clerkA, id, 1, caseFields({ caseNo: 'X-0001', handlerId: clerkA.id, applicantName: SQL, content: SCRIPT }));
    expect(caseRow(id)).toMatchObject({ applicantName: SQL, content: SCRIPT });
    expect(auditOf(id)[1].changes.applicantName).toEqual({ from: SCRIPT, to: SQL });
    // The table is still there and whole.
    expect(countRows(db.$client, 'cases')).toBeGreaterThan(1);
  });

  it('is found by search as plain text', async () => {
    const { listCases } = await import('@/lib/data/case-list');
    const found = listCases(boss, { q: SQL });
    expect(found.rows.map((r) => r.caseNo)).toEqual(['X-0001']);
    expect(found.rows[0].applicantName).toBe(SQL);
  });
});
