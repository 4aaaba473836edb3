// `ogi letter` (INTERFACES §2) run as a user runs it: the issued letter if there is one, else a
// draft from the template (reply: for the recorded outcome; an error without one).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chinaDate } from '@/lib/domain/dates';
import { fixturePath } from '../fixtures/hangzhou-2023';
import { caseFields, createTempDatabase, makeStaff, PROJECT_ROOT } from '../support/temp-db';
import { docxText, draftAndIssue, RECONSIDERATION_BODY, setLetterSettings } from '../support/letters';

const tempDb = createTempDatabase('cli-letter');
const TODAY = chinaDate(new Date());
const T = 180_000;
let issuedNo: string;

function ogi(args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/ogi.mjs', ...args, '--db', tempDb.file], { cwd: PROJECT_ROOT, env: { ...process.env, OGI_ROOT: PROJECT_ROOT, OGI_SEED_DEMO: '0' } });
  return { status: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
}
const out = (name: string) => path.join(tempDb.dir, name);

beforeAll(async () => {
  const clerk = await makeStaff('clerk.cli', '王芳', 'clerk');
  const boss = await makeStaff('boss.cli', '李强', 'supervisor');
  const { createCase } = await import('@/lib/data/case-commands');
  createCase(clerk, caseFields({ caseNo: 'OPEN-1', receivedOn: TODAY }));
  const closed = createCase(clerk, caseFields({ caseNo: 'ISSUED-1', receivedOn: TODAY }));
  await setLetterSettings();
  issuedNo = (await draftAndIssue(clerk, boss, closed.id, 'reply.withheld.process_info', { 过程性信息类别: '请示报告' }, { issuedOn: TODAY })).docNo;
  const { getDb } = await import('@/db/client');
  getDb().$client.pragma('wal_checkpoint(TRUNCATE)');
}, T);
afterAll(() => tempDb.remove());

describe('ogi letter', () => {
  it('writes the issued letter with its 文号, basis and remedy', async () => {
    const r = ogi(['letter', '--case', 'ISSUED-1', '--kind', 'reply', '--out', out('issued.docx')]);
    expect(r).toMatchObject({ status: 0, err: '' });
    expect(r.out).toBe(`已将申请 ISSUED-1 的已发出文书写入 ${out('issued.docx')}\n`);
    const text = await docxText(fs.readFileSync(out('issued.docx')));
    expect(text.split('\n')[0]).toBe(issuedNo);
    expect(text).toContain('第十六条第二款');
    expect(text).toContain(`应当先自收到本答复之日起六十日内向${RECONSIDERATION_BODY}申请行政复议`);
    expect(text).not.toContain('草稿');
  }, T);

  it('drafts a reply for an imported case from its recorded outcome, citing the basis and the remedy', async () => {
    expect(ogi(['import', fixturePath('hangzhou-2023-register.csv')]).status).toBe(0);
    const r = ogi(['letter', '--case', 'HZRS-2023-001', '--kind', 'reply', '--out', out('hz.docx')]);
    expect(r).toMatchObject({ status: 0, err: '' });
    const lines = (await docxText(fs.readFileSync(out('hz.docx')))).split('\n');
    expect(lines[0]).toBe('草稿（未发文，不作为正式文书使用）');
    expect(lines).toContain('王晓燕：');
    const text = lines.join('\n');
    expect(text).toContain('《中华人民共和国政府信息公开条例》第三十六条第（四）项');
    expect(text).toContain(`如对本答复不服，可以自收到本答复之日起六十日内向${RECONSIDERATION_BODY}申请行政复议，或者自收到本答复之日起六个月内依法向人民法院提起行政诉讼。`);

    expect(ogi(['letter', '--case', 'HZRS-2023-002', '--kind', 'reply', '--out', out('hz2.docx')]).status).toBe(0);
    const petition = await docxText(fs.readFileSync(out('hz2.docx')));
    expect(petition).toContain('第三十九条第一款');
    expect(petition).toContain('【待填写：处理渠道】');
  }, T);

  it('drafts a procedural notice from the template, marking what the case does not record', async () => {
    const r = ogi(['letter', '--case', 'OPEN-1', '--kind', 'correction', '--out', out('corr.docx')]);
    expect(r.status).toBe(0);
    const text = await docxText(fs.readFileSync(out('corr.docx')));
    expect(text).toContain('政府信息公开申请补正告知书');
    expect(text).toContain('《中华人民共和国政府信息公开条例》第三十条');
    expect(text).toContain('【待填写：补正内容】');
    expect(text).toContain('15个工作日');
  }, T);

  it('refuses a reply for an open case, an unknown case and an unknown kind, writing nothing', () => {
    const r = ogi(['letter', '--case', 'OPEN-1', '--kind', 'reply', '--out', out('none.docx')]);
    expect(r).toMatchObject({ status: 1, out: '', err: 'ogi: 申请“OPEN-1”尚未办结，没有办理结果，无法生成答复书（reply）。\n' });
    expect(ogi(['letter', '--case', 'NO-SUCH', '--kind', 'receipt', '--out', out('none.docx')])).toMatchObject({ status: 1, err: 'ogi: 找不到申请编号为“NO-SUCH”的申请。\n' });
    const bad = ogi(['letter', '--case', 'OPEN-1', '--kind', 'notice', '--out', out('none.docx')]);
    expect(bad).toMatchObject({ status: 2, err: 'ogi: --kind 只能是 receipt、correction、consultation、extension、fee、reply，收到“notice”\n' });
    expect(ogi(['letter', '--case', 'OPEN-1', '--kind', 'receipt']).status).toBe(2);
    expect(fs.existsSync(out('none.docx'))).toBe(false);
  }, T);
});
