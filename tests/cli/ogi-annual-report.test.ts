// `ogi report --format docx|html` (INTERFACES §2) run as a child process against a temporary --db:
// the whole annual report of the Hangzhou register, as a draft marked 草稿 since nothing is published.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tableFourLayout, tableThreeLayout, type ValueCell } from '@/lib/domain/report';
import { fixturePath, hangzhouExpected } from '../fixtures/hangzhou-2023';
import { docxDocumentXml, grid, parseTables } from '../support/docx-tables';
import { ROOT } from '../support/report-db';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-cli-annual-'));
const DB = path.join(dir, 'cli.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const T = 180_000;

function ogi(args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/ogi.mjs', ...args, '--db', DB], { cwd: ROOT, env: { ...process.env, OGI_ROOT: ROOT, OGI_SEED_DEMO: '0' } });
  return { status: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
}
const values = (cells: ReturnType<typeof tableThreeLayout>['cells']) => cells.filter((c): c is ValueCell => c.kind === 'value');

describe('ogi report --format docx|html', () => {
  it('writes the drafted Hangzhou report as DOCX with tables 三 and 四 equal to the published ones', async () => {
    expect(ogi(['import', fixturePath('hangzhou-2023-register.csv')]).status).toBe(0);
    expect(ogi(['import-reviews', fixturePath('hangzhou-2023-reviews.csv')]).status).toBe(0);
    const file = path.join(dir, 'report.docx');
    const r = ogi(['report', '--year', '2023', '--format', 'docx', '--out', file]);
    expect(r).toMatchObject({ status: 0, err: '' });
    expect(r.out).toBe(`已将“本机关2023年政府信息公开工作年度报告（草稿）.docx”写入 ${file}\n`);
    const xml = await docxDocumentXml(fs.readFileSync(file));
    expect(xml).toContain('草稿');
    const [, three, four] = parseTables(xml).map(grid);
    const expected = hangzhouExpected();
    for (const c of values(tableThreeLayout(2023, expected.applications).cells)) expect(three[c.row][c.col], c.name).toBe(String(c.value));
    for (const c of values(tableFourLayout(2023, expected.review).cells)) expect(four[c.row][c.col], c.name).toBe(String(c.value));
  }, T);

  it('writes the HTML page, and refuses docx without --out or a year out of range', () => {
    const file = path.join(dir, 'report.html');
    expect(ogi(['report', '--year', '2023', '--format', 'html', '--out', file]).status).toBe(0);
    const html = fs.readFileSync(file, 'utf8');
    expect(html).toContain('共收到政府信息公开申请50件，其中自然人47件、法人或其他组织3件（商业企业3件）');
    expect(html).toMatch(/<td headers="[^"]+">16<\/td>/);
    const noOut = ogi(['report', '--year', '2023', '--format', 'docx']);
    expect(noOut.status).toBe(2);
    expect(noOut.err).toBe('ogi: --format docx 须用 --out 指定输出文件\n');
    expect(ogi(['report', '--year', '3023', '--format', 'html', '--out', file]).status).toBe(2);
  }, T);
});
