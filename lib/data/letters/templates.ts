import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { letterTemplates } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canManageLetterTemplates } from '@/lib/domain/policy';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import { LETTER_TYPES, letterType, type LetterType } from '@/lib/domain/letters/letter-types';
import { validateTemplate, type LetterTemplate } from '@/lib/domain/letters/template';
import { writeAudit } from '../audit';
import { readLetterSettings } from '../letter-settings';
import { currentTemplate, defaultVersion, savedVersions, type TemplateVersion } from './current-template';

// The agency's letter templates, one row per saved version; version 0 is the product's default.

export { currentTemplate, type TemplateVersion } from './current-template';

export function typeOrThrow(key: string): LetterType {
  const type = letterType(key);
  if (!type) throw new NotFoundError('没有这种文书模板。');
  return type;
}

export function assertAdmin(actor: Actor): void {
  if (!canManageLetterTemplates(actor)) throw new ForbiddenError('只有管理员可以修改文书模板。');
}

export function listTemplates(actor: Actor) {
  assertAdmin(actor);
  const db = getDb();
  return LETTER_TYPES.map((t) => ({ key: t.key, kind: t.kind, label: t.label, current: currentTemplate(db, t.key) }));
}

export function templateHistory(actor: Actor, key: string): { type: LetterType; versions: TemplateVersion[] } {
  assertAdmin(actor);
  const type = typeOrThrow(key);
  const saved = savedVersions(getDb(), key).all();
  return { type, versions: [...saved, defaultVersion(key)] };
}

/** Saves a new version after checking every field it names; nothing is written when it is refused. */
export function saveTemplate(actor: Actor, key: string, template: LetterTemplate, note?: string): { version: number } {
  assertAdmin(actor);
  const type = typeOrThrow(key);
  const clean = { title: template.title.trim(), body: template.body.replace(/\r\n?/g, '\n').trim() };
  return writeTransaction(getDb(), (tx) => {
    // Checked inside the write: the agency's remedy setting decides what a template must contain.
    const errors = validateTemplate(type, clean, readLetterSettings(tx));
    if (Object.keys(errors).length) throw new ValidationError(errors, '模板有误，没有保存。请按提示修改。');
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
