// The agency setting "程序性告知书也写明救济途径" (LETTERS.md §3) through the drafting path: a
// correction notice drafted, issued and printed as DOCX with the setting off states no remedy and
// leaves no empty paragraph; with it on, it states R1 naming the 复议机关. Turning it on is audited
// and refused while a template of the agency's could not print the statement.
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLog } from '@/db/schema';
import { addDays, chinaDate, formatChineseDate } from '@/lib/domain/dates';
import { ValidationError } from '@/lib/domain/errors';
import type { Actor } from '@/lib/domain/roles';
import { caseFields, CLI_ADMIN, createTempDatabase, makeStaff } from '../support/temp-db';
import { docxText, draftAndIssue, formOf, RECONSIDERATION_BODY, setLetterSettings } from '../support/letters';

const tempDb = createTempDatabase('letters-procedural-remedy');
const TODAY = chinaDate(new Date());
const R1 = `如对本告知书不服，可以自收到本告知书之日起六十日内向${RECONSIDERATION_BODY}申请行政复议，或者自收到本告知书之日起六个月内依法向人民法院提起行政诉讼。`;

let db: Db;
let clerk: Actor;
let boss: Actor;
let n = 0;

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  clerk = await makeStaff('clerk.p', '王芳', 'clerk');
  boss = await makeStaff('boss.p', '李强', 'supervisor');
  await setLetterSettings();
});
afterAll(() => tempDb.remove());

/** The stored text and the DOCX text of an issued correction notice. */
async function issuedCorrection(): Promise<{ body: string; docx: string }> {
  const { createCase } = await import('@/lib/data/case-commands');
  const { letterFile } = await import('@/lib/data/letters/document');
  const { id: caseId } = createCase(clerk, caseFields({ caseNo: `P-${++n}`, receivedOn: addDays(TODAY, -2) }));
  const { id } = await draftAndIssue(clerk, boss, caseId, 'correction', { 补正内容: '请写明所需信息的年份' }, { issuedOn: TODAY });
  const drafts = await import('@/lib/data/letters/drafts');
  return { body: drafts.loadLetter(db, id).body, docx: await docxText((await letterFile(clerk, caseId, id)).body) };
}

describe('procedural notices and the remedy setting', () => {
  it('is off by default: the issued correction notice states no remedy and has no empty paragraph', async () => {
    const { readLetterSettings } = await import('@/lib/data/letter-settings');
    expect(readLetterSettings().proceduralRemedy).toBe(false);
    const { body, docx } = await issuedCorrection();
    for (const text of [body, docx]) expect(text).not.toMatch(/行政复议|行政诉讼|不服/);
    expect(body.split('\n').filter((line) => !line.trim())).toEqual([]);
    const lines = docx.split('\n');
    expect(lines.slice(-5)).toEqual(['本机关收到您补正后的申请之日起20个工作日内作出答复，答复期限自收到补正之日起重新计算。', '联系方式：0571-12345678', '特此告知。', expect.any(String), formatChineseDate(TODAY)]);
    // 成文日期 in Arabic numerals (LETTERS.md §1).
    expect(lines.at(-1)).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
  });

  it('on: the notice states R1 naming the 复议机关, before the contact line; the change is audited', async () => {
    await setLetterSettings({ proceduralRemedy: true });
    const audit = db.select().from(auditLog).where(and(eq(auditLog.action, 'settings.update'), eq(auditLog.entityId, 'letters'))).orderBy(desc(auditLog.id)).get();
    expect(audit?.changes).toMatchObject({ proceduralRemedy: { from: '0', to: '1' } });
    const lines = (await issuedCorrection()).docx.split('\n');
    expect(lines.slice(lines.indexOf(R1))).toEqual([R1, '联系方式：0571-12345678', '特此告知。', expect.any(String), formatChineseDate(TODAY)]);
  });

  it('a draft written before the setting was turned on cannot go to approval until its text is regenerated', async () => {
    const { createCase } = await import('@/lib/data/case-commands');
    const drafts = await import('@/lib/data/letters/drafts');
    await setLetterSettings({ proceduralRemedy: false });
    const { id: caseId } = createCase(clerk, caseFields({ caseNo: `P-${++n}`, receivedOn: addDays(TODAY, -2) }));
    const { id } = drafts.createLetterDraft(clerk, caseId, 'extension');
    let letter = drafts.loadLetter(db, id);
    drafts.saveLetterDraft(clerk, id, { version: letter.version, form: formOf(letter.fields, { 延期天数: '10', 延期理由: '需要调取档案' }), title: '', body: '', regenerate: true });
    await setLetterSettings({ proceduralRemedy: true });
    letter = drafts.loadLetter(db, id);
    const refused = (() => {
      try {
        drafts.submitLetter(clerk, id, letter.version);
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fieldErrors?.body?.join('')).toContain('正文缺少必备内容“救济途径”');
    drafts.saveLetterDraft(clerk, id, { version: letter.version, form: formOf(letter.fields), title: '', body: '', regenerate: true });
    expect(drafts.loadLetter(db, id).body).toContain(R1);
  });

  it('cannot be turned on while an agency template lacks {救济途径}; nothing is saved', async () => {
    const { readLetterSettings } = await import('@/lib/data/letter-settings');
    const { saveTemplate } = await import('@/lib/data/letters/templates');
    const { defaultTemplate } = await import('@/lib/domain/letters/default-templates');
    await setLetterSettings({ proceduralRemedy: false });
    const fee = defaultTemplate('fee')!;
    saveTemplate(CLI_ADMIN, 'fee', { title: fee.title, body: fee.body.replace('{救济途径}\n', '') });
    const before = db.select().from(auditLog).all().length;
    const refused = await setLetterSettings({ proceduralRemedy: true }).then(() => null, (error: unknown) => error);
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).fieldErrors?.proceduralRemedy?.[0]).toMatch(/^以下文书模板的正文中没有 \{救济途径\}，无法写明救济途径：收费通知书。/);
    expect(readLetterSettings().proceduralRemedy).toBe(false);
    expect(db.select().from(auditLog).all().length).toBe(before);
    // While it is on, a procedural template without the field is refused too.
    saveTemplate(CLI_ADMIN, 'fee', fee);
    await setLetterSettings({ proceduralRemedy: true });
    expect(() => saveTemplate(CLI_ADMIN, 'fee', { title: fee.title, body: fee.body.replace('{救济途径}\n', '') })).toThrow(ValidationError);
  });

  it('the settings form posts the checkbox as the setting (absent when unticked)', async () => {
    const { letterSettingsFromForm } = await import('@/lib/data/letter-settings');
    const { letterSettingsSchema } = await import('@/lib/domain/validation/letter-settings');
    const { DEFAULT_DOC_NO_PATTERNS } = await import('@/lib/domain/letters/doc-number');
    const form = { agencyShortName: '示人社', reconsiderationBody: RECONSIDERATION_BODY, correctionPeriodDays: '15', ...Object.fromEntries(Object.entries(DEFAULT_DOC_NO_PATTERNS).map(([k, p]) => [`docNo_${k}`, p])) };
    const parsed = (values: Record<string, string>) => letterSettingsFromForm(letterSettingsSchema.parse(values) as Record<string, unknown>).proceduralRemedy;
    expect(parsed({ ...form, proceduralRemedy: 'on' })).toBe(true);
    expect(parsed(form)).toBe(false);
  });
});
