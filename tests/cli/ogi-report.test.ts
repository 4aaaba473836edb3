// The ogi commands of INTERFACES §2 run as a user runs them: a child process against a temporary
// --db, checking standard output, standard error and the exit status.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { COLUMN_CODES, REVIEW_COLUMNS, REVIEW_KINDS, ROW_CODES } from '@/lib/domain/categories';
import { fixturePath, hangzhouExpected } from '../fixtures/hangzhou-2023';
import { ROOT } from '../support/report-db';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-cli-report-'));
const DB = path.join(dir, 'cli.sqlite');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function ogi(args: string[], db = DB) {
  const r = spawnSync(process.execPath, ['scripts/ogi.mjs', ...args, '--db', db], {
    cwd: ROOT,
    env: { ...process.env, OGI_ROOT: ROOT, OGI_SEED_DEMO: '0' },
    maxBuffer: 20 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
}
const reportJson = (db = DB, year = 2023) => JSON.parse(ogi(['report', '--year', String(year), '--format', 'json'], db).out);
const expected = hangzhouExpected();
const T = 180_000;

describe('ogi import, import-reviews and report', () => {
  it('imports the Hangzhou files and reports the published tables as INTERFACES §2 JSON', () => {
    const reg = ogi(['import', fixturePath('hangzhou-2023-register.csv')]);
    expect(reg).toMatchObject({ status: 0, err: '' });
    expect(reg.out).toBe('已导入“hangzhou-2023-register.csv”：共 50 行，新增 50 件申请，更新 0 件申请，未变 0 件申请\n');
    expect(ogi(['import-reviews', fixturePath('hangzhou-2023-reviews.csv')]).status).toBe(0);
    const json = reportJson();
    expect(Object.keys(json)).toEqual(['year', 'applications', 'review', 'checks']);
    expect(json.year).toBe(2023);
    expect(json.applications).toEqual(expected.applications);
    expect(json.review).toEqual(expected.review);
    expect(json.checks.length).toBeGreaterThan(0);
    expect(json.checks.filter((c: { ok: boolean }) => !c.ok)).toEqual([]);
  }, T);

  it('changes nothing when the same files are imported again', () => {
    expect(ogi(['import', fixturePath('hangzhou-2023-register.csv')]).out).toContain('新增 0 件申请，更新 0 件申请，未变 50 件申请');
    expect(ogi(['import-reviews', fixturePath('hangzhou-2023-reviews.csv')]).out).toContain('新增 0 条复议诉讼记录，更新 0 条复议诉讼记录，未变 10 条复议诉讼记录');
    expect(reportJson().applications).toEqual(expected.applications);
  }, T);

  it('prints CSV, and XLSX to a pipe or a file, with the same numbers', async () => {
    const csv = ogi(['report', '--year', '2023', '--format', 'csv']);
    expect(csv.status).toBe(0);
    expect(csv.out.split('\r\n')[1]).toBe('2023,三,new,一、本年新收政府信息公开申请数量,47,3,0,0,0,0,50');
    const piped = ogi(['report', '--year', '2023', '--format', 'xlsx']);
    expect(piped.status).toBe(0);
    expect(piped.stdout.subarray(0, 2).toString()).toBe('PK');
    const file = path.join(dir, '2023.xlsx');
    expect(ogi(['report', '--year', '2023', '--format', 'xlsx', '--out', file]).status).toBe(0);
    for (const buffer of [piped.stdout, fs.readFileSync(file)]) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
      const [three, four] = wb.worksheets;
      ROW_CODES.forEach((row, r) => COLUMN_CODES.forEach((col, c) => expect(three.getCell(6 + r, 4 + c).value).toBe(expected.applications[row][col])));
      REVIEW_KINDS.forEach((k, i) => REVIEW_COLUMNS.forEach((col, j) => expect(four.getCell(6, 5 * i + j + 1).value).toBe(expected.review[k.code][col.code])));
    }
  }, T);

  it('lists every bad row on standard error, exits 1 and writes nothing', () => {
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, '申请编号,收到日期,申请人类型,申请人,答复日期,办理结果\nN-1,2023-02-30,自然人,张三,,\nN-2,2023-03-01,外星人,李四,2023-02-01,予以公开\n');
    const r = ogi(['import', bad]);
    expect(r.status).toBe(1);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toEqual([
      'ogi: 文件“bad.csv”有 3 处问题，没有导入任何内容（请改正后重新导入整个文件）',
      'row 2, column 收到日期: 日期“2023-02-30”不存在（2023年2月没有30日），请核对月份和日期',
      expect.stringMatching(/^row 3, column 申请人类型: 无法识别的申请人类型“外星人”/),
      'row 3, column 答复日期: 答复日期 2023-02-01 早于收到日期 2023-03-01，请核对',
      '',
    ]);
    const reviews = path.join(dir, 'reviews.csv');
    fs.writeFileSync(reviews, '申请编号,类型,收到日期,结果,审结日期\n,行政仲裁,2023-05-01,,\n');
    const rr = ogi(['import-reviews', reviews]);
    expect(rr.status).toBe(1);
    expect(rr.err).toContain('row 2, column 类型:');
    expect(reportJson().applications).toEqual(expected.applications);
    expect(reportJson().review).toEqual(expected.review);
  }, T);

  it('imports a review whose case the register does not hold as a standalone record, with a warning', () => {
    const db = path.join(dir, 'standalone.sqlite');
    const file = path.join(dir, 'standalone.csv');
    fs.writeFileSync(file, '申请编号,类型,收到日期,结果,审结日期\nOLD-2019-7,行政复议,2023-05-01,维持,2023-07-01\n');
    const r = ogi(['import-reviews', file], db);
    expect(r.status).toBe(0);
    expect(r.err).toContain('系统中没有申请编号为“OLD-2019-7”的申请，该记录按不关联申请的记录导入');
    expect(reportJson(db).review.reconsideration).toEqual({ upheld: 1, corrected: 0, other: 0, pending: 0, total: 1 });
    expect(ogi(['import-reviews', file], db).out).toContain('新增 0 条');
  }, T);

  it('refuses bad arguments (exit 2) and unreadable files (exit 1) with one line', () => {
    for (const args of [['report', '--year', '23', '--format', 'json'], ['report', '--year', '2023', '--format', 'pdf'], ['report', '--format', 'json'], ['import'], ['export', '--format', 'csv']]) {
      const r = ogi(args);
      expect(r.status).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
    }
    const missing = ogi(['import', path.join(dir, 'missing.csv')]);
    expect(missing).toMatchObject({ status: 1, err: `ogi: 无法读取文件“${path.join(dir, 'missing.csv')}”：文件不存在\n` });
    const pdf = path.join(dir, 'x.pdf');
    fs.writeFileSync(pdf, '%PDF-1.4');
    expect(ogi(['import', pdf]).err).toBe('ogi: 文件不是有效的 Excel（.xlsx）或 CSV 文件：不支持“.pdf”文件，请上传 .xlsx 或 .csv 文件\n');
  }, T);

  it('exports the register and reviews; importing them into an empty database gives the same tables', () => {
    for (const format of ['xlsx', 'csv']) {
      const out = path.join(dir, `register.${format}`);
      const reviewsOut = path.join(dir, `reviews.${format}`);
      const r = ogi(['export', '--format', format, '--out', out, '--reviews-out', reviewsOut]);
      expect(r.status).toBe(0);
      expect(r.out).toBe(`已导出 50 件申请到 ${out}，10 条复议诉讼记录到 ${reviewsOut}\n`);
      const empty = path.join(dir, `empty-${format}.sqlite`);
      expect(ogi(['import', out], empty).status).toBe(0);
      expect(ogi(['import-reviews', reviewsOut], empty).status).toBe(0);
      for (const year of [2022, 2023, 2024]) expect(reportJson(empty, year)).toEqual(reportJson(DB, year));
    }
  }, T);
});
