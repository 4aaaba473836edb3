// `ogi backup` and `ogi restore` as an operator runs them (INTERFACES §2): an online backup while a
// "server" keeps the database open and writes, checked and owner-only, with the case-files folder;
// a restore that refuses while the database is in use, refuses a damaged or newer backup, and keeps
// what it replaces. And every command refuses a database migrated by a newer version.
import Database from 'better-sqlite3';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePath } from '../fixtures/hangzhou-2023';
import { ROOT } from '../support/report-db';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-cli-backup-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function ogi(args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/ogi.mjs', ...args], { cwd: ROOT, env: { ...process.env, OGI_ROOT: ROOT, OGI_SEED_DEMO: '0' } });
  return { status: r.status, out: r.stdout.toString('utf8'), err: r.stderr.toString('utf8') };
}
const mode = (f: string) => fs.statSync(f).mode & 0o777;
const cases = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
  } finally {
    db.close();
  }
};

/** A second process with the database open, as a running server has it, writing now and then. */
function server(file: string): Promise<{ stop: () => Promise<void> }> {
  const code = `
    const db = new (require('better-sqlite3'))(process.argv[1]);
    db.pragma('busy_timeout = 5000');
    db.prepare('SELECT count(*) FROM cases').get();
    const tick = setInterval(() => db.prepare("INSERT INTO settings (key, value) VALUES ('tick', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value").run(String(Date.now())), 10);
    process.stdin.on('data', () => { clearInterval(tick); db.close(); process.exit(0); });
    process.stdout.write('open\\n');`;
  const child = spawn(process.execPath, ['-e', code, file], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return new Promise((resolve) =>
    child.stdout.once('data', () =>
      resolve({
        stop: async () => {
          child.stdin.end('stop\n');
          await exited;
        },
      }),
    ),
  );
}

const T = 180_000;
const DB = path.join(dir, 'data', 'ogi.sqlite');

describe('ogi backup and restore', () => {
  it('backup while the server writes: a checked, self-contained, owner-only copy, with the files folder', async () => {
    expect(ogi(['import', fixturePath('hangzhou-2023-register.csv'), '--db', DB]).status).toBe(0);
    // The data folder the command created, and the database in it, are the owner's only.
    expect([mode(path.join(dir, 'data')), mode(DB)]).toEqual([0o700, 0o600]);
    fs.mkdirSync(path.join(dir, 'data', 'files', '2023'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'data', 'files', '2023', '答复书.docx'), 'letter');
    const running = await server(DB);
    try {
      const out = path.join(dir, 'nightly.sqlite');
      const r = ogi(['backup', '--out', out, '--db', DB]);
      expect(r).toMatchObject({ status: 0, err: '' });
      expect(r.out).toBe(`已备份数据库 ${DB} 到 ${out}（50 件申请，完整性检查通过）；案卷文件 1 个已复制到 ${out}.files\n`);
      expect(mode(out)).toBe(0o600);
      // The live database remembers the backup, for the administrator's home page.
      const live = new Database(DB, { readonly: true });
      const recorded = JSON.parse((live.prepare("SELECT value FROM settings WHERE key = 'lastBackup'").get() as { value: string }).value);
      const audited = live.prepare("SELECT actor_name AS who FROM audit_log WHERE action = 'system.backup'").all();
      live.close();
      expect(recorded).toMatchObject({ file: out, cases: 50, files: 1 });
      expect(audited).toEqual([{ who: '系统管理员（命令行）' }]);
      expect(fs.existsSync(`${out}-wal`)).toBe(false);
      const copy = new Database(out, { readonly: true });
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      copy.close();
      expect(cases(out)).toBe(50);
      expect(mode(`${out}.files`)).toBe(0o700);
      expect(fs.readFileSync(path.join(`${out}.files`, '2023', '答复书.docx'), 'utf8')).toBe('letter');
      expect(mode(path.join(`${out}.files`, '2023', '答复书.docx'))).toBe(0o600);
      expect(fs.readdirSync(dir).filter((n) => n.includes('.tmp'))).toEqual([]);
    } finally {
      await running.stop();
    }
  }, T);

  it('backup refuses a missing database and a missing --out, writing nothing', () => {
    expect(ogi(['backup', '--db', DB])).toMatchObject({ status: 2, out: '' });
    const r = ogi(['backup', '--out', path.join(dir, 'x.sqlite'), '--db', path.join(dir, 'none.sqlite')]);
    expect(r).toMatchObject({ status: 1, out: '' });
    expect(r.err).toBe(`ogi: 数据库文件“${path.join(dir, 'none.sqlite')}”不存在，请检查 --db 参数或 DATABASE_PATH\n`);
    expect(fs.existsSync(path.join(dir, 'none.sqlite'))).toBe(false);
  }, T);

  it('restore refuses while the server has the database open, and changes nothing', async () => {
    const running = await server(DB);
    let r;
    try {
      r = ogi(['restore', path.join(dir, 'nightly.sqlite'), '--db', DB]);
    } finally {
      await running.stop();
    }
    expect(r).toMatchObject({ status: 1, out: '' });
    expect(r.err).toMatch(/^ogi: 数据库“.*ogi\.sqlite”正在被使用（服务器正在运行，或另一个命令正在使用它）。请先停止服务器/);
    expect(cases(DB)).toBe(50);
    expect(fs.readdirSync(path.join(dir, 'data')).filter((n) => n.includes('restore'))).toEqual([]);
  }, T);

  it('restore refuses a damaged backup and one from a newer version', () => {
    const damaged = path.join(dir, 'damaged.sqlite');
    fs.writeFileSync(damaged, fs.readFileSync(path.join(dir, 'nightly.sqlite')).subarray(0, 8192));
    const r = ogi(['restore', damaged, '--db', DB]);
    expect(r.status).toBe(1);
    expect(r.err).toMatch(/^ogi: “.*damaged\.sqlite”(不是有效的数据库文件|未通过完整性检查)/);
    const newer = path.join(dir, 'newer-backup.sqlite');
    fs.copyFileSync(path.join(dir, 'nightly.sqlite'), newer);
    const db = new Database(newer);
    db.prepare(`INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('later', 4102444800000)`).run();
    db.close();
    expect(ogi(['restore', newer, '--db', DB]).err).toMatch(/已由较新版本的 OGI Desk 升级/);
    expect(cases(DB)).toBe(50);
  }, T);

  it('restore puts the backup in place, keeps the replaced database and files folder', () => {
    const extra = path.join(dir, 'extra.csv');
    fs.writeFileSync(extra, '申请编号,收到日期,申请人类型,申请人\nLATER-1,2024-01-05,自然人,后来登记\n');
    expect(ogi(['import', extra, '--db', DB]).status).toBe(0);
    fs.writeFileSync(path.join(dir, 'data', 'files', 'later.docx'), 'later');
    expect(cases(DB)).toBe(51);

    const r = ogi(['restore', path.join(dir, 'nightly.sqlite'), '--db', DB]);
    expect(r).toMatchObject({ status: 0, err: '' });
    const lines = r.out.trimEnd().split('\n');
    expect(lines[0]).toBe(`已从 ${path.join(dir, 'nightly.sqlite')} 恢复数据库 ${DB}（50 件申请）`);
    expect(lines[1]).toMatch(/^原数据库已保留为 .*ogi\.sqlite\.before-restore-\d{8}-\d{6}$/);
    expect(lines[2]).toMatch(/^案卷文件 1 个已恢复到 .*files，原文件夹保留为 .*files\.before-restore-/);
    expect(cases(DB)).toBe(50);
    expect(mode(DB)).toBe(0o600);
    const kept = lines[1].replace('原数据库已保留为 ', '');
    expect(cases(kept)).toBe(51);
    expect(fs.existsSync(path.join(dir, 'data', 'files', 'later.docx'))).toBe(false);
    expect(fs.existsSync(path.join(lines[2].split('原文件夹保留为 ')[1], 'later.docx'))).toBe(true);
    // The restored database is in use as before.
    expect(ogi(['export', '--format', 'csv', '--out', path.join(dir, 'after.csv'), '--db', DB])).toMatchObject({ status: 0 });
  }, T);

  it('restore into a new path, to test a backup without touching the live database', () => {
    const scratch = path.join(dir, 'restore-test', 'ogi.sqlite');
    const r = ogi(['restore', path.join(dir, 'nightly.sqlite'), '--db', scratch]);
    expect(r).toMatchObject({ status: 0, err: '' });
    expect(r.out.split('\n')[1]).toBe('（原来没有数据库文件）');
    expect(cases(scratch)).toBe(50);
    expect([mode(path.dirname(scratch)), mode(scratch)]).toEqual([0o700, 0o600]);
    expect(ogi(['report', '--year', '2023', '--format', 'json', '--db', scratch]).status).toBe(0);
  }, T);

  it('every command refuses a database migrated by a newer version, with a clear message', () => {
    const newer = path.join(dir, 'newer.sqlite');
    fs.copyFileSync(DB, newer);
    const db = new Database(newer);
    db.prepare(`INSERT INTO __drizzle_migrations (hash, created_at) VALUES ('later', 4102444800000)`).run();
    db.close();
    for (const args of [['setup'], ['export', '--format', 'csv', '--out', path.join(dir, 'n.csv')], ['import', fixturePath('hangzhou-2023-register.csv')]]) {
      const r = ogi([...args, '--db', newer]);
      expect(r).toMatchObject({ status: 1, out: '' });
      expect(r.err).toBe(
        `ogi: 数据库“${newer}”已由较新版本的 OGI Desk 升级（含本程序不认识的 1 项数据库变更），当前程序不能安全使用它。请把程序更新到与数据库相同或更新的版本后再启动（git pull 后重新运行 npm start）；不要用旧版本打开新数据库。\n`,
      );
    }
  }, T);
});
