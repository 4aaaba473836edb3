import 'server-only';
import { getDb, type Db } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { settings } from '@/db/schema';
import { DEFAULT_CASE_NO_PATTERN } from '@/lib/domain/case-number';
import { DEFAULT_DUE_SOON_DAYS } from '@/lib/domain/clock';
import type { Actor } from '@/lib/domain/roles';
import { canManageSettings } from '@/lib/domain/policy';
import { ForbiddenError } from '@/lib/domain/errors';
import { diffFields, writeAudit } from './audit';
import { prepared } from './prepared-queries';

export type AgencySettings = { agencyName: string; caseNoPattern: string; dueSoonDays: number };

const DEFAULT_SETTINGS: AgencySettings = {
  agencyName: '本机关',
  caseNoPattern: DEFAULT_CASE_NO_PATTERN,
  dueSoonDays: DEFAULT_DUE_SOON_DAYS,
};

/** Settings are not secret: every signed-in role reads them (titles, numbering, badges). */
export function readSettings(db: Db = getDb()): AgencySettings {
  const rows = prepared(db, 'settings.all', () => db.select().from(settings).prepare()).all();
  const map = new Map(rows.map((r) => [r.key, r.value]));
  const dueSoon = Number(map.get('dueSoonDays'));
  return {
    agencyName: map.get('agencyName') || DEFAULT_SETTINGS.agencyName,
    caseNoPattern: map.get('caseNoPattern') || DEFAULT_SETTINGS.caseNoPattern,
    dueSoonDays: Number.isInteger(dueSoon) && dueSoon >= 0 ? dueSoon : DEFAULT_SETTINGS.dueSoonDays,
  };
}

export function updateSettings(actor: Actor, next: AgencySettings): void {
  if (!canManageSettings(actor)) throw new ForbiddenError('只有管理员可以修改机关设置。');
  const db = getDb();
  const before = readSettings(db);
  const changes = diffFields(before, next);
  if (Object.keys(changes).length === 0) return;
  writeTransaction(db, (tx) => {
    for (const key of Object.keys(changes) as (keyof AgencySettings)[]) {
      const value = String(next[key]);
      tx.insert(settings).values({ key, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
    }
    writeAudit(tx, actor, { entityType: 'settings', entityId: 'agency', action: 'settings.update', changes });
  });
}
