import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { letterTemplates, users } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canManageLetterTemplates } from '@/lib/domain/policy';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import { defaultTemplate } from '@/lib/domain/letters/default-templates';
import { LETTER_TYPES, letterType, type LetterType } from '@/lib/domain/letters/letter-types';
import { validateTemplate, type LetterTemplate } from '@/lib/domain/letters/template';
import { writeAudit } from '../audit';

// The agency's letter templates, one row per saved version; version 0 is the product's default.

type Reader = Pick<Db, 'select'>;
export type TemplateVersion = LetterTemplate & { version: number; createdAt: string | null; createdByName: string | null };

export function typeOrThrow(key: string): LetterType {
  const type = letterType(key);
  if (!type) throw new NotFoundError('没有这种文书模板。');
  return type;
}

export function assertAdmin(actor: Actor): void {
  if (!canManageLetterTemplates(actor)) throw new ForbiddenError('只有管理员可以修改文书模板。');
}

function defaultVersion(key: string): TemplateVersion {
  return { ...defaultTemplate(key)!, version: 0, createdAt: null, createdByName: null };
}

/** The template in force for a letter type: the latest saved version, else the default. */
export function currentTemplate(tx: Reader, key: string): TemplateVersion {
  const row = tx
    .select({ title: letterTemplates.title, body: letterTemplates.body, version: letterTemplates.version, createdAt: letterTemplates.createdAt, createdByName: users.displayName })
    .from(letterTemplates)
    .leftJoin(users, eq(users.id, letterTemplates.createdBy))
    .where(eq(letterTemplates.typeKey, key))
    .orderBy(desc(letterTemplates.version))
    .get();
  return row ?? defaultVersion(key);
}

export function listTemplates(actor: Actor) {
  assertAdmin(actor);
  const db = getDb();
  return LETTER_TYPES.map((t) => ({ key: t.key, kind: t.kind, label: t.label, current: currentTemplate(db, t.key) }));
}

export function templateHistory(actor: Actor, key: string): { type: LetterType; versions: TemplateVersion[] } {
  assertAdmin(actor);
  const type = typeOrThrow(key);
  const saved = getDb()
    .select({ title: letterTemplates.title, body: letterTemplates.body, version: letterTemplates.version, createdAt: letterTemplates.createdAt, createdByName: users.displayName })
    .from(letterTemplates)
    .leftJoin(users, eq(users.id, letterTemplates.createdBy))
    .where(eq(letterTemplates.typeKey, key))
    .orderBy(desc(letterTemplates.version))
    .all();
  return { type, versions: [...saved, defaultVersion(key)] };
}

/** Saves a new version after checking every field it names; nothing is written when it is refused. */
export function saveTemplate(actor: Actor, key: string, template: LetterTemplate, note?: string): { version: number } {
  assertAdmin(actor);
  const type = typeOrThrow(key);
  const clean = { title: template.title.trim(), body: template.body.replace(/\r\n?/g, '\n').trim() };
  const errors = validateTemplate(type, clean);
  if (Object.keys(errors).length) throw new ValidationError(errors, '模板有误，没有保存。请按提示修改。');
  return writeTransaction(getDb(), (tx) => {
    const current = currentTemplate(tx, key);
    if (current.title === clean.title && current.body === clean.body) return { version: current.version };
    const version = (tx.select({ v: letterTemplates.version }).from(letterTemplates).where(eq(letterTemplates.typeKey, key)).orderBy(desc(letterTemplates.version)).get()?.v ?? 0) + 1;
    tx.insert(letterTemplates).values({ typeKey: key, version, ...clean, createdAt: new Date().toISOString(), createdBy: actor.id }).run();
    writeAudit(tx, actor, {
      entityType: 'settings',
      entityId: `template:${key}`,
      action: 'letter_template.save',
      changes: { title: { from: current.title, to: clean.title }, body: { from: current.body, to: clean.body } },
      note: note ?? `${type.label} 第${version}版`,
    });
    return { version };
  });
}

/** An earlier version (0: the default) becomes the newest one; history is never rewritten. */
export function restoreTemplate(actor: Actor, key: string, version: number): { version: number } {
  const found = templateHistory(actor, key).versions.find((v) => v.version === version);
  if (!found) throw new NotFoundError('没有这个模板版本。');
  return saveTemplate(actor, key, found, `恢复为${version === 0 ? '系统默认模板' : `第${version}版`}`);
}
