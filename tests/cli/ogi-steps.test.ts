// `ogi import` and `ogi export` with the step columns of INTERFACES §1, run as users run them: the
// steps go in, the deadline comes out; a bad step is one `row N, column X` line and nothing is written.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/domain/register';
import { ROOT } from '../support/report-db';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-cli-steps-'));
const DB = path.join(dir, 'cli.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function ogi(args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/ogi.mjs', ...args, '--db', DB], { cwd: ROOT, env: { ...process.env, OGI_ROOT: ROOT, OGI_SEED_DEMO: '0' } });
  return { status: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
}
const T = 180_000;
const HEADER = '申请编号,收到日期,申请人类型,申请人,答复日期,办理结果,征求意见日期,征求意见答复日期,延期工作日,延期告知日期';

function exportedRows(): Record<string, string>[] {
  const out = path.join(dir, 'export.csv');
  expect(ogi(['export', '--format', 'csv', '--out', out]).status).toBe(0);
  const [header, ...rows] = parseCsv(fs.readFileSync(out, 'utf8'));
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}

describe('ogi import / export with steps', () => {
  it('imports the steps and exports the deadline they give; a bad step writes nothing', () => {
    const good = path.join(dir, 'steps.csv');
    fs.writeFileSync(good, `${HEADER}\nC-1,2024-03-01,自然人,甲,2024-04-10,予以公开,2024-03-11,2024-03-15,5,2024-03-20\n`);
    const r = ogi(['import', good]);
    expect(r).toMatchObject({ status: 0, err: '' });
    expect(r.out).toBe('已导入“steps.csv”：共 1 行，新增 1 件申请，更新 0 件申请，未变 0 件申请\n');
    // 2024-03-29 + 4 paused + 5 extension working days (清明: 04-04…06 off, 04-07 worked).
    expect(exportedRows()).toEqual([expect.objectContaining({ 申请编号: 'C-1', 征求意见日期: '2024-03-11', 延期工作日: '5', 答复期限: '2024-04-12', 办理状态: '按时办结', 超期工作日: '' })]);

    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, `${HEADER}\nC-2,2024-03-01,自然人,乙,,,,,,\nC-3,2024-03-01,自然人,丙,,,,2024-03-15,21,2024-03-20\n`);
    const refused = ogi(['import', bad]);
    expect(refused.status).toBe(1);
    expect(refused.out).toBe('');
    expect(refused.err.trimEnd().split('\n')).toEqual([
      'ogi: 文件“bad.csv”有 2 处问题，没有导入任何内容（请改正后重新导入整个文件）',
      'row 3, column 征求意见答复日期: 填写了征求意见答复日期，须同时填写征求意见日期',
      'row 3, column 延期工作日: 延期工作日应为 1 至 20 之间的整数（条例第三十三条：延长答复期限最长不超过 20 个工作日），文件中为“21”',
    ]);
    expect(exportedRows().map((row) => row['申请编号'])).toEqual(['C-1']);
  }, T);
});
