import 'server-only';
import type { Db } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { caseEvents, cases, reviews, settings, users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { writeAudit } from './audit';
import { refreshClock } from './case-clock';
import { chinaDate } from '@/lib/domain/dates';
import type { Actor } from '@/lib/domain/roles';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@/lib/domain/demo-accounts';
import { demoCases } from './demo-cases';

// The demo agency that `npm start` seeds on a fresh database: one account per role (and a second
// clerk so workloads can be compared) and about 60 cases over this year and last year. The demo
// accounts share the published password (lib/domain/demo-accounts.ts): they work only on the
// server's own machine, and are not asked to change it or to enrol a second factor there.

export { DEMO_LOGINS, DEMO_PASSWORD };

const SEED_ACTOR: Actor = { id: null, username: 'seed', displayName: '演示数据', role: 'admin' };

export async function seedDemo(db: Db, now = new Date()): Promise<{ users: number; cases: number }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const today = chinaDate(now);
  const specs = demoCases(today);
  return writeTransaction(db, (tx) => {
    const stamp = now.toISOString();
    const ids = new Map<string, number>();
    for (const login of DEMO_LOGINS) {
      const row = tx
        .insert(users)
        .values({ username: login.username, displayName: login.displayName, role: login.role, passwordHash, active: true, createdAt: stamp, updatedAt: stamp })
        .returning({ id: users.id })
        .get();
      ids.set(login.username, row.id);
      writeAudit(tx, SEED_ACTOR, { entityType: 'user', entityId: row.id, action: 'user.create', changes: { username: { from: null, to: login.username }, role: { from: null, to: login.role } } }, now);
    }
    tx.insert(settings).values({ key: 'agencyName', value: '示例市人力资源和社会保障局' }).onConflictDoNothing().run();
    const letterSettings = { agencyShortName: '示人社', reconsiderationBody: '示例市人民政府', agencyContact: '联系电话：0571-12345678（工作日 9:00—17:00）；地址：示例市人民路1号' };
    for (const [key, value] of Object.entries(letterSettings)) tx.insert(settings).values({ key, value }).onConflictDoNothing().run();
    for (const spec of specs) {
      const handlerId = ids.get(spec.handler) ?? null;
      const { events, handler: _h, ...fields } = spec;
      const row = tx
        .insert(cases)
        .values({ ...fields, handlerId, clockStartOn: spec.receivedOn, createdAt: stamp, updatedAt: stamp, createdBy: handlerId, updatedBy: handlerId })
        .returning({ id: cases.id })
        .get();
      const all = [{ kind: 'registered', occurredOn: spec.registeredOn, data: { receivedOn: spec.receivedOn } }, ...events];
      if (spec.repliedOn) all.push({ kind: 'closed', occurredOn: spec.repliedOn, data: { outcome: spec.outcome, replyDocNo: spec.replyDocNo } });
      for (const e of all) {
        tx.insert(caseEvents).values({ caseId: row.id, kind: e.kind, occurredOn: e.occurredOn, data: e.data, createdAt: stamp, createdBy: handlerId }).run();
      }
      refreshClock(tx, row.id);
      writeAudit(tx, SEED_ACTOR, { entityType: 'case', entityId: row.id, action: 'case.create', note: '演示数据' }, now);
    }
    // A few 行政复议/行政诉讼 records so that table 四 is not empty in the demo.
    const year = Number(today.slice(0, 4));
    const demoReviews = [
      { kind: 'reconsideration', filedOn: `${year - 1}-04-14`, result: 'upheld', decidedOn: `${year - 1}-06-10` },
      { kind: 'reconsideration', filedOn: `${year - 1}-09-08`, result: 'corrected', decidedOn: `${year - 1}-11-20` },
      { kind: 'litigation_direct', filedOn: `${year - 1}-11-03`, result: 'upheld', decidedOn: `${year}-03-18` },
      { kind: 'litigation_after_reconsideration', filedOn: `${year}-02-16`, result: null, decidedOn: null },
    ];
    for (const r of demoReviews) {
      const row = tx.insert(reviews).values({ ...r, createdAt: stamp, updatedAt: stamp }).returning({ id: reviews.id }).get();
      writeAudit(tx, SEED_ACTOR, { entityType: 'review', entityId: row.id, action: 'review.create', note: '演示数据' }, now);
    }
    return { users: DEMO_LOGINS.length, cases: specs.length };
  });
}
