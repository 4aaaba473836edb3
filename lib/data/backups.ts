import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { settings } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canManageSettings } from '@/lib/domain/policy';
import { ForbiddenError } from '@/lib/domain/errors';
import { writeAudit } from './audit';

// The last backup `ogi backup` made (README, "Backups"): recorded in the database it copied, after
// the copy was checked, so the administrator's home page can say when the data was last saved.

export type BackupRecord = { at: string; file: string; cases: number; files: number | null };

const KEY = 'lastBackup';

export function recordBackup(actor: Actor, backup: BackupRecord): void {
  if (!canManageSettings(actor)) throw new ForbiddenError();
  const value = JSON.stringify(backup);
  writeTransaction(getDb(), (tx) => {
    tx.insert(settings).values({ key: KEY, value }).onConflictDoUpdate({ target: settings.key, set: { value } }).run();
    writeAudit(tx, actor, { entityType: 'settings', entityId: 'backup', action: 'system.backup', note: `${backup.file}（${backup.cases} 件申请）` });
  });
}

export function lastBackup(actor: Actor): BackupRecord | null {
  if (!canManageSettings(actor)) throw new ForbiddenError();
  const raw = getDb().select({ value: settings.value }).from(settings).where(eq(settings.key, KEY)).get()?.value;
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as Partial<BackupRecord>;
    return typeof v.at === 'string' && typeof v.file === 'string' ? { at: v.at, file: v.file, cases: Number(v.cases ?? 0), files: v.files ?? null } : null;
  } catch {
    return null;
  }
}
