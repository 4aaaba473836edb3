import 'server-only';
import { inArray } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { settings } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canManageSettings } from '@/lib/domain/policy';
import { ForbiddenError } from '@/lib/domain/errors';
import { DEFAULT_PASSWORD_POLICY, PASSWORD_POLICY_BOUNDS, type PasswordPolicy } from '@/lib/domain/password-rules';
import { DEFAULT_IDLE_MINUTES, IDLE_MINUTES_BOUNDS } from '@/lib/domain/session-rules';
import type { SecuritySettingsInput } from '@/lib/domain/validation/security-settings';
import { diffFields, writeAudit } from './audit';
import { prepared } from './prepared-queries';
import { whileUnchanged } from './while-unchanged';

export type SecuritySettings = { password: PasswordPolicy; idleMinutes: number };

const KEYS = { minLength: 'passwordMinLength', minClasses: 'passwordMinClasses', maxAgeDays: 'passwordMaxAgeDays', historyCount: 'passwordHistoryCount', idleMinutes: 'idleTimeoutMinutes' } as const;
type Field = keyof typeof KEYS;

function bounded(raw: string | undefined, { min, max }: { min: number; max: number }, fallback: number): number {
  const n = Number(raw);
  return raw !== undefined && Number.isInteger(n) && n >= min && n <= max ? n : fallback;
}

/**
 * Read on every sign-in and request (twice: the proxy and the page), so kept while the database is
 * unchanged: the administrator's change is a write and applies at once.
 */
export function readSecuritySettings(db: Db = getDb()): SecuritySettings {
  return whileUnchanged(db, 'settings.security', () => readFresh(db));
}

function readFresh(db: Db): SecuritySettings {
  const rows = prepared(db, 'settings.security', () => db.select().from(settings).where(inArray(settings.key, Object.values(KEYS))).prepare()).all();
  const map = new Map(rows.map((r) => [r.key, r.value]));
  const get = (field: Exclude<Field, 'idleMinutes'>) => bounded(map.get(KEYS[field]), PASSWORD_POLICY_BOUNDS[field], DEFAULT_PASSWORD_POLICY[field]);
  return {
    password: { minLength: get('minLength'), minClasses: get('minClasses'), maxAgeDays: get('maxAgeDays'), historyCount: get('historyCount') },
    idleMinutes: bounded(map.get(KEYS.idleMinutes), IDLE_MINUTES_BOUNDS, DEFAULT_IDLE_MINUTES),
  };
}

export function flatSecuritySettings(s: SecuritySettings): SecuritySettingsInput {
  return { ...s.password, idleMinutes: s.idleMinutes };
}

export function updateSecuritySettings(actor: Actor, next: SecuritySettingsInput): void {
  if (!canManageSettings(actor)) throw new ForbiddenError('只有管理员可以修改安全设置。');
  const db = getDb();
  const changes = diffFields(flatSecuritySettings(readSecuritySettings(db)), next);
  if (Object.keys(changes).length === 0) return;
  writeTransaction(db, (tx) => {
    for (const field of Object.keys(changes) as Field[]) {
      const value = String(next[field]);
      tx.insert(settings).values({ key: KEYS[field], value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
    }
    writeAudit(tx, actor, { entityType: 'settings', entityId: 'security', action: 'settings.update_security', changes });
  });
}
