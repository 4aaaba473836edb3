// npm run bench:import — the import of a large register with the command line, as an administrator
// runs it: `ogi import FILE --db PATH` on a generated register of BENCH_ROWS rows (default 100,000:
// ten years of names, requests and replies, exported by the product itself), into an empty
// database. Prints the wall time and the peak memory (resident set) of the import process, as
// /usr/bin/time -v measures them (read from /proc when it is missing), and checks every row arrived.
// The file is generated once into bench/out/ and reused.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const root = process.env.OGI_ROOT ?? process.cwd();
const outDir = path.join(root, 'bench', 'out');
const registerFile = path.join(outDir, `register-${ROWS}.xlsx`);

async function generate(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-bench-gen-'));
  process.env.DATABASE_PATH = path.join(dir, 'source.sqlite');
  process.env.OGI_ROOT ??= root;
  const { getDb } = await import('@/db/client');
  const { generateRegister } = await import('./generate-register');
  const { exportRegister } = await import('@/lib/data/register-export');
  const { CLI_ACTOR } = await import('@/cli/actor');
  const db = getDb();
  process.stderr.write(`[bench] 生成 ${ROWS.toLocaleString('en')} 行的台账文件 ${path.relative(root, registerFile)} …\n`);
  generateRegister(db.$client, { total: ROWS, firstYear: 2016, years: 10, today: '2025-12-31', text: true });
  const file = await exportRegister(CLI_ACTOR, 'xlsx');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(registerFile, file.body);
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

type Measured = { seconds: number; peakMb: number; cpuSeconds: number | null; code: number };

/** Runs the import, measured by /usr/bin/time -v (or by polling /proc for the peak). */
function runImport(dbFile: string): Promise<Measured> {
  const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const command = [process.execPath, path.join(root, 'scripts', 'ogi.mjs'), 'import', registerFile, '--db', dbFile];
  const started = performance.now();
  const child = spawn(timeBin ?? command[0], timeBin ? ['-v', ...command] : command.slice(1), { cwd: root, env: { ...process.env, OGI_ROOT: root }, stdio: ['ignore', 'inherit', 'pipe'] });
  let report = '';
  let polledPeak = 0;
  const poll = timeBin
    ? null
    : setInterval(() => {
        const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
        polledPeak = Math.max(polledPeak, Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0));
      }, 50);
  let partial = '';
  child.stderr.on('data', (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    report += text;
    // The import's own progress and messages go on to the terminal; /usr/bin/time's report does not.
    // Judged by whole lines: a chunk may end in the middle of one. The progress line is rewritten in
    // place (\r), so a piece without a newline goes straight on unless it is the timer's.
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    const own = lines.filter((l) => !/^\t|^\s*Command being timed|^\s*$/.test(l));
    if (own.length) process.stderr.write(own.join('\n') + '\n');
    if (partial.includes('\r')) {
      process.stderr.write(partial);
      partial = '';
    }
  });
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      if (poll) clearInterval(poll);
      const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(report)?.[1] ?? polledPeak);
      // The processor time beside the wall time: it tells an import that waited (on the disk, on
      // other processes) from one that worked; more than the wall time means collector threads.
      const user = /User time \(seconds\): ([\d.]+)/.exec(report)?.[1];
      const system = /System time \(seconds\): ([\d.]+)/.exec(report)?.[1];
      const cpuSeconds = user && system ? Number(user) + Number(system) : null;
      resolve({ seconds: (performance.now() - started) / 1000, peakMb: peakKb / 1024, cpuSeconds, code: code ?? 1 });
    });
  });
}

async function main(): Promise<number> {
  if (!fs.existsSync(registerFile)) await generate();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-bench-import-'));
  const dbFile = path.join(dir, 'import.sqlite');
  try {
    const { seconds, peakMb, cpuSeconds, code } = await runImport(dbFile);
    if (code !== 0) throw new Error(`ogi import exited with ${code}`);
    const db = new Database(dbFile, { readonly: true });
    const cases = (db.prepare('SELECT count(*) AS n FROM cases').get() as { n: number }).n;
    db.close();
    if (cases !== ROWS) throw new Error(`expected ${ROWS} cases, found ${cases}`);
    const size = (fs.statSync(registerFile).size / 1024 / 1024).toFixed(1);
    console.log(`\n台账导入基准：${ROWS.toLocaleString('en')} 行（.xlsx，${size} MB），ogi import 导入空数据库`);
    console.log(`  用时      ${seconds.toFixed(1).padStart(7)} s     (目标 < 15 s)`);
    if (cpuSeconds !== null) console.log(`  处理器时间 ${cpuSeconds.toFixed(1).padStart(6)} s     (用户态加内核态)`);
    console.log(`  峰值内存  ${peakMb.toFixed(0).padStart(7)} MB    (目标 < 200 MB，进程的最大常驻内存)`);
    return 0;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
