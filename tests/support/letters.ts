// Helpers for the letter tests: the agency's letter settings, a DOCX read back as text, and a
// letter taken from draft to issue through the data layer as the web pages do.
import JSZip from 'jszip';
import type { Actor } from '@/lib/domain/roles';
import { CLI_ADMIN } from './temp-db';

export const RECONSIDERATION_BODY = '示例市人民政府';

/** The paragraphs of a DOCX's main document, as text (one line per paragraph). */
export async function docxText(buffer: Buffer | Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .map((t) => t.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'"))
    .filter((t) => t.length > 0)
    .join('\n');
}

export async function setLetterSettings(overrides: Record<string, unknown> = {}): Promise<void> {
  const { readLetterSettings, updateLetterSettings } = await import('@/lib/data/letter-settings');
  updateLetterSettings(CLI_ADMIN, { ...readLetterSettings(), agencyShortName: '示人社', reconsiderationBody: RECONSIDERATION_BODY, agencyContact: '0571-12345678', ...overrides });
}

/** Form values of a letter's fields (what its page would post), the case's prefill kept. */
export function formOf(fields: Record<string, unknown>, extra: Record<string, string> = {}): Record<string, string> {
  const form: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) if (typeof v === 'string') form[k] = v;
  const parts = fields['不予提供的内容'];
  if (Array.isArray(parts)) parts.forEach((p: { content: string; ground: string; reason: string }, i) => Object.assign(form, { [`part.${i}.content`]: p.content, [`part.${i}.ground`]: p.ground, [`part.${i}.reason`]: p.reason }));
  return { ...form, ...extra };
}

/** Draft → fields filled and text regenerated → (approval) → issued; returns the letter's id and 文号. */
export async function draftAndIssue(
  clerk: Actor,
  supervisor: Actor,
  caseId: number,
  typeKey: string,
  fields: Record<string, string>,
  options: { issuedOn: string; feeDeliveredOn?: string; approve?: boolean },
): Promise<{ id: number; docNo: string }> {
  const drafts = await import('@/lib/data/letters/drafts');
  const { issueLetter } = await import('@/lib/data/letters/issue');
  const { getDb } = await import('@/db/client');
  const { id } = drafts.createLetterDraft(clerk, caseId, typeKey);
  let letter = drafts.loadLetter(getDb(), id);
  drafts.saveLetterDraft(clerk, id, { version: letter.version, form: formOf(letter.fields, fields), title: '', body: '', regenerate: true });
  if (options.approve !== false) {
    letter = drafts.loadLetter(getDb(), id);
    drafts.submitLetter(clerk, id, letter.version);
    drafts.decideLetter(supervisor, id, { version: letter.version + 1, approve: true, comment: '' });
  }
  letter = drafts.loadLetter(getDb(), id);
  const { docNo } = issueLetter(clerk, id, { version: letter.version, issuedOn: options.issuedOn, feeDeliveredOn: options.feeDeliveredOn });
  return { id, docNo };
}
