// 改派: a supervisor reassigns several cases at once. A deactivated or unsuitable handler is refused
// with nothing changed; a case changed since the list was shown (stale version) or closed is
// refused on its own and named; each reassigned case gets its own audit record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, ValidationError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/roles';
import { caseFields, caught, CLI_ADMIN, createTempDatabase, makeStaff } from '../support/temp-db';

const temp = createTempDatabase('case-reassign');
let reassign: typeof import('@/lib/data/case-reassign');
let cmd: typeof import('@/lib/data/case-commands');
let client: import('better-sqlite3').Database;
let clerkA: Actor;
let clerkB: Actor;
let boss: Actor;
let leaver: Actor;
const ids: number[] = [];

beforeAll(async () => {
  reassign = await import('@/lib/data/case-reassign');
  cmd = await import('@/lib/data/case-commands');
  client = (await import('@/db/client')).getDb().$client;
  clerkA = await makeStaff('clerk.a', '登记员甲', 'clerk');
  clerkB = await makeStaff('clerk.b', '登记员乙', 'clerk');
  boss = await makeStaff('boss', '负责人丙', 'supervisor');
  leaver = await makeStaff('leaver', '已离职丁', 'clerk');
  const { setUserActive } = await import('@/lib/data/users');
  setUserActive(CLI_ADMIN, leaver.id!, false);
  for (let i = 1; i <= 4; i++) ids.push(cmd.createCase(clerkA, caseFields({ caseNo: `RA-${i}`, applicantName: `申请人${i}` })).id);
});
afterAll(() => temp.remove());

const row = (id: number) => client.prepare(`SELECT handler_id AS handlerId, version FROM cases WHERE id = ?`).get(id) as { handlerId: number; version: number };
const audits = (id: number) => client.prepare(`SELECT action, changes FROM audit_log WHERE entity_type = 'case' AND entity_id = ? AND action = 'case.reassign'`).all(String(id)) as { action: string; changes: string }[];

describe('reassigning several cases', () => {
  it('is a supervisor’s decision', () => {
    expect(caught(() => reassign.reassignCases(clerkA, [{ id: ids[0], version: 1 }], clerkB.id!))).toBeInstanceOf(ForbiddenError);
  });

  it('refuses a deactivated handler, changing nothing', () => {
    const error = caught(() => reassign.reassignCases(boss, ids.map((id) => ({ id, version: 1 })), leaver.id!)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe('没有改派任何申请。');
    expect(error.fieldErrors.handlerId).toEqual(['“已离职丁”的账号已停用，不能承办申请。请选择在岗的登记员或负责人。']);
    for (const id of ids) expect(row(id)).toEqual({ handlerId: clerkA.id, version: 1 });
    expect(caught(() => reassign.reassignCases(boss, [{ id: ids[0], version: 1 }], CLI_ADMIN.id ?? 999_999))).toBeInstanceOf(ValidationError);
  });

  it('reassigns the others, refusing and naming a case changed meanwhile and a closed one', () => {
    // Someone edits RA-2 after the list was shown; RA-3 is closed.
    cmd.updateCase(clerkA, ids[1], 1, caseFields({ caseNo: 'RA-2', applicantName: '改过的申请人', handlerId: clerkA.id }));
    cmd.closeCase(clerkA, ids[2], { outcome: 'disclosed', repliedOn: '2026-03-10', replyDocNo: null, version: 1 });
    // The list was shown after RA-3 was closed (version 2), before RA-2 was edited (version 1).
    const shown = ids.map((id, i) => ({ id, version: i === 2 ? 2 : 1 }));
    const result = reassign.reassignCases(boss, shown, clerkB.id!);
    expect(result.reassigned).toEqual(['RA-1', 'RA-4']);
    expect(result.refused).toEqual([
      { caseNo: 'RA-2', reason: expect.stringMatching(/^已被“登记员甲”于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}.* 修改，未改派；请刷新列表后重试$/) },
      { caseNo: 'RA-3', reason: '已办结，不能改派；如需改派请先由负责人重新打开' },
    ]);
    expect(row(ids[0])).toEqual({ handlerId: clerkB.id, version: 2 });
    expect(row(ids[1])).toEqual({ handlerId: clerkA.id, version: 2 });
    expect(row(ids[3])).toEqual({ handlerId: clerkB.id, version: 2 });
  });

  it('writes one audit record per reassigned case, naming both handlers', () => {
    expect(audits(ids[0])).toHaveLength(1);
    expect(JSON.parse(audits(ids[0])[0].changes)).toEqual({ handlerId: { from: '登记员甲', to: '登记员乙' } });
    expect(audits(ids[1])).toEqual([]);
    expect(audits(ids[2])).toEqual([]);
  });

  it('leaves a case already with that handler as it is', () => {
    const result = reassign.reassignCases(boss, [{ id: ids[0], version: 2 }], clerkB.id!);
    expect(result).toMatchObject({ reassigned: [], unchanged: ['RA-1'], refused: [] });
    expect(row(ids[0]).version).toBe(2);
    expect(audits(ids[0])).toHaveLength(1);
  });

  it('counts a case named twice once: one update, one audit record, named once', () => {
    const before = audits(ids[3]).length;
    const { version } = row(ids[3]);
    const result = reassign.reassignCases(boss, [{ id: ids[3], version }, { id: ids[3], version }], clerkA.id!);
    expect(result).toMatchObject({ reassigned: ['RA-4'], unchanged: [], refused: [] });
    expect(row(ids[3])).toEqual({ handlerId: clerkA.id, version: version + 1 });
    expect(audits(ids[3])).toHaveLength(before + 1);
    expect(reassign.distinctItems([{ id: 1, version: 1 }, { id: 2, version: 1 }, { id: 1, version: 2 }])).toEqual([{ id: 1, version: 1 }, { id: 2, version: 1 }]);
  });

  it('refuses and names a case whose update changed no row, writing no audit record', () => {
    // A trigger that silently skips the update stands in for a write that did not take.
    client.exec(`CREATE TEMP TRIGGER skip_reassign BEFORE UPDATE ON cases WHEN OLD.id = ${ids[3]} BEGIN SELECT RAISE(IGNORE); END`);
    try {
      const before = audits(ids[3]).length;
      const { version } = row(ids[3]);
      const result = reassign.reassignCases(boss, [{ id: ids[3], version }], clerkB.id!);
      expect(result.reassigned).toEqual([]);
      expect(result.refused).toEqual([{ caseNo: 'RA-4', reason: '未能改派（该申请刚被他人修改）；请刷新列表后重试' }]);
      expect(row(ids[3])).toEqual({ handlerId: clerkA.id, version });
      expect(audits(ids[3])).toHaveLength(before);
    } finally {
      client.exec('DROP TRIGGER skip_reassign');
    }
  });
});
