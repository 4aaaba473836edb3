import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { auditLog } from '@/db/schema';
import { createTempDatabase } from '../support/temp-db';

// preparedStatement runs drizzle's own SQL straight on better-sqlite3: what it stores must read back
// through drizzle exactly as drizzle's own insert would have stored it (JSON columns encoded).

const temp = createTempDatabase('prepared-statement');
let db: import('@/db/client').Db;
let preparedStatement: typeof import('@/lib/data/prepared-queries').preparedStatement;

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  ({ preparedStatement } = await import('@/lib/data/prepared-queries'));
});
afterAll(() => temp.remove());

const build = () =>
  db.insert(auditLog).values({
    at: sql.placeholder('at'),
    actorName: sql.placeholder('actorName'),
    entityType: 'test',
    entityId: sql.placeholder('entityId'),
    action: 'prepared',
    changes: sql.placeholder('changes'),
  });

describe('preparedStatement', () => {
  it('stores what drizzle stores: placeholders, constants and JSON read back alike', () => {
    const changes = { 状态: { from: '办理中', to: '已办结' }, 份数: { from: 1, to: null } };
    const id = preparedStatement(db, 'test.audit', build).insert({ at: '2026-12-01T00:00:00.000Z', actorName: '测试', entityId: 'x-1', changes });
    db.insert(auditLog).values({ at: '2026-12-01T00:00:00.000Z', actorName: '测试', entityType: 'test', entityId: 'x-2', action: 'prepared', changes }).run();
    const rows = db.select().from(auditLog).where(sql`${auditLog.entityType} = 'test'`).orderBy(auditLog.id).all();
    expect(rows.map((r) => r.id)[0]).toBe(id);
    const [raw, viaDrizzle] = rows.map(({ id: _id, entityId: _e, ...r }) => r);
    expect(raw).toEqual(viaDrizzle);
    expect(raw.changes).toEqual(changes);
  });

  it('refuses a run without a value for one of its placeholders', () => {
    expect(() => preparedStatement(db, 'test.audit', build).run({ at: 'x', actorName: 'y', entityId: 'z' })).toThrow('No value for placeholder "changes"');
  });
});
