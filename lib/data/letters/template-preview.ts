import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { cases } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { ValidationError } from '@/lib/domain/errors';
import { renderTemplate, validateTemplate, type LetterTemplate } from '@/lib/domain/letters/template';
import { readLetterSettings } from '../letter-settings';
import { loadCaseRow, prefillFor, valuesFor } from './context';
import { assertAdmin, typeOrThrow } from './templates';

/**
 * A template as it would read on a real case, with what the case already records filled in;
 * fields still empty are marked 【待填写：…】. Nothing is saved.
 */
export function previewTemplate(actor: Actor, key: string, template: LetterTemplate, caseNo: string) {
  assertAdmin(actor);
  const type = typeOrThrow(key);
  const db = getDb();
  const found = db.select({ id: cases.id }).from(cases).where(eq(cases.caseNo, caseNo.trim())).get();
  if (!found) throw new ValidationError({ previewCaseNo: [`找不到申请编号为“${caseNo.trim()}”的申请，请核对。`] });
  const row = loadCaseRow(db, found.id);
  const setting = readLetterSettings(db);
  const errors = validateTemplate(type, template, setting);
  return { errors, ...renderTemplate(type, template, valuesFor(db, type, row, prefillFor(db, type, row)), setting) };
}
