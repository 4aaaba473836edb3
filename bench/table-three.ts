// npm run bench (part 1): table 三 of one year on a register of 1,000,000 cases over ten years.
// Prints, from one run on one file: the data path (tableThreeSql, what getAnnualReport uses), the
// floor (the fastest single hand-written statement computing the same counts, FLOOR_SQL in
// bench/table-three-floor.ts), their ratio, getAnnualReport (what the report page computes), the
// obvious full-scan statement for comparison, and the report page over HTTP when a build exists.
// Each figure is the median of several runs after a warm-up.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { median, ms, timeSync } from './timing';

const TOTAL = Number(process.env.BENCH_CASES ?? 1_000_000);
const FIRST_YEAR = 2016;
const YEARS = 10;
const TODAY = '2026-01-20'; // the register as it stands when last year's report is written
const YEAR = FIRST_YEAR + YEARS - 1;
const RUNS = 15;
const MAX_RATIO = 1.5;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-bench-t3-'));
const file = path.join(dir, 'bench.sqlite');
process.env.DATABASE_PATH = file;
process.env.OGI_ROOT ??= process.cwd();

async function main(): Promise<number> {
  const { getDb } = await import('@/db/client');
  const { generateRegister } = await import('./generate-register');
  const { tableThreeSql } = await import('@/lib/data/report-sql');
  const { getAnnualReport } = await import('@/lib/data/annual-report');
  const { FLOOR_SQL, NAIVE_SQL, floorTotals } = await import('./table-three-floor');
  const { timeReportPage } = await import('./report-http');
  const { firstDayOf, lastDayOf } = await import('@/lib/domain/report');
  const client = getDb().$client;

  process.stderr.write(`[bench] 生成 ${TOTAL.toLocaleString('en')} 件申请（${FIRST_YEAR}–${YEAR}）到 ${file} …\n`);
  const started = performance.now();
  client.pragma('cache_size = -262144'); // 256 MB while bulk loading; indexes stay in memory
  generateRegister(client, { total: TOTAL, firstYear: FIRST_YEAR, years: YEARS, today: TODAY });
  client.prepare(
    `INSERT INTO reviews (kind, filed_on, result, decided_on, created_at, updated_at)
     SELECT CASE id % 3 WHEN 0 THEN 'reconsideration' WHEN 1 THEN 'litigation_direct' ELSE 'litigation_after_reconsideration' END,
            date(replied_on, '+30 days'), CASE WHEN id % 5 = 0 THEN NULL ELSE 'upheld' END,
            CASE WHEN id % 5 = 0 THEN NULL ELSE date(replied_on, '+90 days') END, '2026-01-01', '2026-01-01'
     FROM cases WHERE id % 400 = 0 AND replied_on IS NOT NULL`,
  ).run();
  client.pragma('wal_checkpoint(TRUNCATE)');
  client.pragma('cache_size = -2000'); // back to SQLite's default, which the product runs with
  const open = (client.prepare('SELECT count(*) AS n FROM cases WHERE replied_on IS NULL').get() as { n: number }).n;
  process.stderr.write(`[bench] 生成完毕，用时 ${((performance.now() - started) / 1000).toFixed(1)} s；未办结 ${open} 件\n`);

  const range = { from: firstDayOf(YEAR), to: lastDayOf(YEAR), after: firstDayOf(YEAR + 1) };
  const floor = client.prepare(FLOOR_SQL);
  const naive = client.prepare(NAIVE_SQL);
  const supervisor = { id: null, username: 'bench', displayName: '基准', role: 'supervisor' as const };

  // Same numbers first, or the timings mean nothing.
  const table = tableThreeSql(client, YEAR);
  const totals = floorTotals(floor.all(range) as never);
  const agree =
    totals.new === table.new.total && totals.results === table.results_total.total && totals.carriedOut === table.carried_out.total && totals.carriedIn === table.carried_in.total;
  if (!agree) throw new Error(`floor and data path disagree: ${JSON.stringify({ totals, table: { new: table.new.total, carriedIn: table.carried_in.total } })}`);

  const dataPath = timeSync(() => tableThreeSql(client, YEAR), RUNS);
  const floorMs = timeSync(() => floor.all(range), RUNS);
  const report = timeSync(() => getAnnualReport(supervisor, YEAR), RUNS);
  const naiveMs = timeSync(() => naive.all(range), 3, 1);
  const http = await timeReportPage(client, file, YEAR, 10, median);
  const ratio = dataPath / floorMs;

  const t = table;
  console.log(`\n表三基准：${TOTAL.toLocaleString('en')} 件申请，${FIRST_YEAR}–${YEAR}，统计 ${YEAR} 年（中位数，${RUNS} 次，预热 3 次）`);
  console.log(`  ${YEAR} 年：新收 ${t.new.total}，上年结转 ${t.carried_in.total}，办理结果 ${t.results_total.total}，结转下年 ${t.carried_out.total}`);
  console.log(`  data path  tableThreeSql(year)             ${ms(dataPath)}`);
  console.log(`  floor      one hand-written SQL (FLOOR_SQL) ${ms(floorMs)}`);
  console.log(`  ratio      data path / floor               ${ratio.toFixed(2).padStart(8)}    (must be ≤ ${MAX_RATIO})`);
  console.log(`  report     getAnnualReport(year)           ${ms(report)}    (tables 三 of Y and Y−1, 四, checks, years)`);
  console.log(`  naive      full scan with FILTERs          ${ms(naiveMs)}    (for comparison, 3 runs)`);
  console.log(`  http       GET /reports/${YEAR} (next start)   ${http === null ? '    (skipped: no .next build)' : ms(http)}`);
  getDb().$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return ratio <= MAX_RATIO ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    fs.rmSync(dir, { recursive: true, force: true });
    process.exit(1);
  },
);
