// INTERFACES §2 details of the ogi command line, run as users run it: no command is a usage error
// (reason on standard error, nothing on standard output), the reason comes before the problems and
// the warnings, and an export with --reviews-out writes both files or neither.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../fixtures/hangzhou-2023';
import { ROOT } from '../support/report-db';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-cli-contract-'));
const DB = path.join(dir, 'cli.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function ogiRaw(args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/ogi.mjs', ...args], { cwd: ROOT, env: { ...process.env, OGI_ROOT: ROOT, OGI_SEED_DEMO: '0' } });
  return { status: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
}
const ogi = (args: string[]) => ogiRaw([...args, '--db', DB]);
const T = 180_000;

describe('ogi command line contract', () => {
  it('without a command: exit 2, the reason first on standard error, nothing on standard output', () => {
    const r = ogiRaw([]);
    expect(r.status).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')[0]).toMatch(/^ogi: 缺少命令。可用命令：import、import-reviews、report、export/);
    expect(r.err).toContain('用法：npm run --silent ogi -- <命令> [参数]');
  }, T);

  it('help: the usage on standard output, exit 0', () => {
    const r = ogiRaw(['help']);
    expect(r).toMatchObject({ status: 0, err: '' });
    expect(r.out.split('\n')[0]).toBe('用法：npm run --silent ogi -- <命令> [参数]');
  }, T);

  it('a file with unknown columns and bad rows: the reason, then every row, then the warnings', () => {
    const file = path.join(dir, 'mixed.csv');
    fs.writeFileSync(file, '申请编号,收到日期,申请人类型,申请人,备注\nB-1,2023-02-30,自然人,张三,x\nB-2,2023-03-01,外星人,李四,y\n');
    const r = ogi(['import', file]);
    expect(r.status).toBe(1);
    expect(r.out).toBe('');
    const lines = r.err.trimEnd().split('\n');
    expect(lines[0]).toBe('ogi: 文件“mixed.csv”有 2 处问题，没有导入任何内容（请改正后重新导入整个文件）');
    expect(lines[1]).toMatch(/^row 2, column 收到日期: /);
    expect(lines[2]).toMatch(/^row 3, column 申请人类型: /);
    expect(lines[3]).toMatch(/^ogi: 提示：已忽略无法识别的列：“备注”/);
    expect(lines).toHaveLength(4);
  }, T);

  it('a file refused against the database: the reason first too, and nothing written', () => {
    expect(ogi(['import', fixturePath('hangzhou-2023-register.csv')]).status).toBe(0);
    const file = path.join(dir, 'late.csv');
    // HZRS-2023-001 was replied to on 2023-02-01; this row moves its receipt after that.
    fs.writeFileSync(file, '申请编号,收到日期,申请人类型,申请人,备注\nHZRS-2023-001,2023-02-05,自然人,王晓燕,x\n');
    const r = ogi(['import', file]);
    expect(r.status).toBe(1);
    const lines = r.err.trimEnd().split('\n');
    expect(lines[0]).toBe('ogi: 文件“late.csv”有 1 处问题，没有导入任何内容（请改正后重新导入整个文件）');
    expect(lines[1]).toBe('row 2, column 收到日期: 收到日期 2023-02-05 晚于系统中记录的答复日期 2023-02-01，请核对（答复日期有误的，请同时填写正确的答复日期和办理结果）');
    expect(lines[2]).toMatch(/^ogi: 提示：已忽略无法识别的列：“备注”/);
    expect(ogi(['import', fixturePath('hangzhou-2023-register.csv')]).out).toContain('更新 0 件申请，未变 50 件申请');
  }, T);

  it('export --reviews-out into a missing directory writes neither file and leaves an old one alone', () => {
    const out = path.join(dir, 'register.csv');
    const reviewsOut = path.join(dir, 'no-such-dir', 'reviews.csv');
    const r = ogi(['export', '--format', 'csv', '--out', out, '--reviews-out', reviewsOut]);
    expect(r).toMatchObject({ status: 1, out: '' });
    expect(r.err).toBe(`ogi: 无法写入文件“${reviewsOut}”：所在目录不存在\n`);
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);

    fs.writeFileSync(out, 'old');
    expect(ogi(['export', '--format', 'xlsx', '--out', out, '--reviews-out', reviewsOut]).status).toBe(1);
    expect(fs.readFileSync(out, 'utf8')).toBe('old');

    const ok = ogi(['export', '--format', 'csv', '--out', out, '--reviews-out', path.join(dir, 'reviews.csv')]);
    expect(ok.status).toBe(0);
    expect(fs.readFileSync(out, 'utf8')).toContain('HZRS-2023-001');
    expect(fs.readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);
  }, T);
});
