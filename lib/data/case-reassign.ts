import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { cases, users } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canAssignHandler } from '@/lib/domain/policy';
import { ForbiddenError, ValidationError } from '@/lib/domain/errors';
import { formatChinaDateTime } from '@/lib/domain/dates';
import { writeAudit } from './audit';
import { withHandlerNames } from './audit-names';

// 改派: a supervisor gives several cases of the list to another handler at once. The new handler is
// checked first, and one who has left (deactivated) or cannot handle cases is refused with nothing
// changed. Then, in one transaction, each case is checked on its own: one changed by someone since
// the list was shown (its version moved on) or closed meanwhile is left as it is and named in the
// answer, with who changed it and when; every other case is reassigned with its own audit record.
// A case named twice (a forged or repeated post) counts once; an update that changed no row is
// refused and named, never audited.

export type ReassignItem = { id: number; version: number };
export type ReassignRefusal = { caseNo: string; reason: string };
export type ReassignResult = { handlerName: string; reassigned: string[]; unchanged: string[]; refused: ReassignRefusal[] };

export const MAX_REASSIGN = 200;

/** Each case once, as first named. */
export function distinctItems(items: readonly ReassignItem[]): ReassignItem[] {
  const seen = new Set<number>();
  return items.filter((i) => !seen.has(i.id) && seen.add(i.id));
}

export function reassignCases(actor: Actor, named: readonly ReassignItem[], handlerId: number): ReassignResult {
  const items = distinctItems(named);
  if (!canAssignHandler(actor)) throw new ForbiddenError('只有负责人可以改派承办人。');
  if (items.length === 0) throw new ValidationError({ cases: ['请先勾选要改派的申请。'] });
  if (items.length > MAX_REASSIGN) throw new ValidationError({ cases: [`一次最多改派 ${MAX_REASSIGN} 件申请。`] });
  return writeTransaction(getDb(), (tx) => {
    const handler = tx.select({ name: users.displayName, active: users.active, role: users.role }).from(users).where(eq(users.id, handlerId)).get();
    if (!handler || handler.role === 'admin' || handler.role === 'auditor') {
      throw new ValidationError({ handlerId: ['请选择在岗的登记员或负责人作为承办人。'] }, '没有改派任何申请。');
    }
    if (!handler.active) {
      throw new ValidationError({ handlerId: [`“${handler.name}”的账号已停用，不能承办申请。请选择在岗的登记员或负责人。`] }, '没有改派任何申请。');
    }
    const rows = tx
      .select({ id: cases.id, caseNo: cases.caseNo, version: cases.version, handlerId: cases.handlerId, repliedOn: cases.repliedOn, updatedAt: cases.updatedAt, updatedBy: users.displayName })
      .from(cases)
      .leftJoin(users, eq(users.id, cases.updatedBy))
      .where(inArray(cases.id, items.map((i) => i.id)))
      .all();
    const byId = new Map(rows.map((r) => [r.id, r]));
    const result: ReassignResult = { handlerName: handler.name, reassigned: [], unchanged: [], refused: [] };
    const now = new Date().toISOString();
    for (const item of items) {
      const row = byId.get(item.id);
      if (!row) {
        result.refused.push({ caseNo: `#${item.id}`, reason: '该申请不存在或已被删除' });
      } else if (row.version !== item.version) {
        const who = row.updatedBy ? `“${row.updatedBy}”` : '他人';
        result.refused.push({ caseNo: row.caseNo, reason: `已被${who}于 ${formatChinaDateTime(row.updatedAt)} 修改，未改派；请刷新列表后重试` });
      } else if (row.repliedOn !== null) {
        result.refused.push({ caseNo: row.caseNo, reason: '已办结，不能改派；如需改派请先由负责人重新打开' });
      } else if (row.handlerId === handlerId) {
        result.unchanged.push(row.caseNo);
      } else {
        const { changes: updated } = tx
          .update(cases)
          .set({ handlerId, version: row.version + 1, updatedAt: now, updatedBy: actor.id })
          .where(and(eq(cases.id, row.id), eq(cases.version, row.version)))
          .run();
        if (updated !== 1) {
          result.refused.push({ caseNo: row.caseNo, reason: '未能改派（该申请刚被他人修改）；请刷新列表后重试' });
          continue;
        }
        const changes = withHandlerNames(tx, { handlerId: { from: row.handlerId, to: handlerId } });
        writeAudit(tx, actor, { entityType: 'case', entityId: row.id, action: 'case.reassign', changes, note: `批量改派（共 ${items.length} 件）` });
        result.reassigned.push(row.caseNo);
      }
    }
    return result;
  });
}
