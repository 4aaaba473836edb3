import 'server-only';
import { desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { letterTemplates, users } from '@/db/schema';
import { defaultTemplate } from '@/lib/domain/letters/default-templates';
import type { LetterTemplate } from '@/lib/domain/letters/template';

// The template in force for each letter type. Apart from templates.ts (which edits them) so that
// the letter settings can check the templates without the two modules importing each other.

type Reader = Pick<Db, 'select'>;
export type TemplateVersion = LetterTemplate & { version: number; createdAt: string | null; createdByName: string | null };

export function defaultVersion(key: string): TemplateVersion {
  return { ...defaultTemplate(key)!, version: 0, createdAt: null, createdByName: null };
}

/** The saved versions of a letter type's template, newest first (`.get()` for the latest). */
export function savedVersions(tx: Reader, key: string) {
  return tx
    .select({ title: letterTemplates.title, body: letterTemplates.body, version: letterTemplates.version, createdAt: letterTemplates.createdAt, createdByName: users.displayName })
    .from(letterTemplates)
    .leftJoin(users, eq(users.id, letterTemplates.createdBy))
    .where(eq(letterTemplates.typeKey, key))
    .orderBy(desc(letterTemplates.version));
}

/** The template in force for a letter type: the latest saved version, else the default. */
export function currentTemplate(tx: Reader, key: string): TemplateVersion {
  return savedVersions(tx, key).get() ?? defaultVersion(key);
}
