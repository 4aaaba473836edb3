// npm run bench (part 3): the whole annual report of one year on a register of 1,000,000 cases
// over ten years (REPORT.md; issue 9): drafting and checking (everything the report workspace
// computes: tables 三 of Y and Y−1 and 四, cases by channel, on-time replies, fees paid, the
// generated paragraphs and every check before publishing) must take under 1 s, the DOCX under 2 s.
// Each figure is the median of several runs after a warm-up.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ms, timeAsync } from './timing';

const TOTAL = Number(process.env.BENCH_CASES ?? 1_000_000);
const FIRST_YEAR = 2016;
const YEARS = 10;
const TODAY = '2026-01-20';
const YEAR = FIRST_YEAR + YEARS - 1;
const RUNS = 7;
const LIMITS = { draft: 1000, docx: 2000 };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-bench-annual-'));
const file = path.join(dir, 'bench.sqlite');
process.env.DATABASE_PATH = file;
process.env.OGI_ROOT ??= process.cwd();

async function main(): Promise<number> {
  const { getDb } = await import('@/db/client');
  const { generateRegister } = await import('./generate-register');
  const { getReportWorkspace } = await import('@/lib/data/annual-report/workspace');
  const { exportAnnualReport } = await import('@/lib/data/report-export');
  const client = getDb().$client;
  process.stderr.write(`[bench] 生成 ${TOTAL.toLocaleString('en')} 件申请（${FIRST_YEAR}–${YEAR}）到 ${file} …\n`);
  client.pragma('cache_size = -262144');
  generateRegister(client, { total: TOTAL, firstYear: FIRST_YEAR, years: YEARS, today: TODAY });
  // Some fee steps, paid in the year, so that the fees sentence has work to do.
  client.exec(`INSERT INTO case_events (case_id, kind, occurred_on, data, created_at)
    SELECT id, 'fee_notified', received_on, json_object('noticeOn', received_on, 'deliveredOn', received_on, 'method', 'per_page', 'quantity', 120, 'amount', 1100), '2026-01-01' FROM cases WHERE id % 500 = 0;
    INSERT INTO case_events (case_id, kind, occurred_on, data, created_at)
    SELECT id, 'fee_paid', date(received_on, '+5 days'), json_object('paidOn', date(received_on, '+5 days')), '2026-01-01' FROM cases WHERE id % 500 = 0;`);
  client.pragma('wal_checkpoint(TRUNCATE)');
  client.pragma('cache_size = -2000');
  const supervisor = { id: null, username: 'bench', displayName: '基准', role: 'supervisor' as const };

  const w = getReportWorkspace(supervisor, YEAR);
  const draft = await timeAsync(() => getReportWorkspace(supervisor, YEAR), RUNS);
  let size = 0;
  const docx = await timeAsync(async () => (size = (await exportAnnualReport(supervisor, YEAR, 'docx')).body.length), 5, 1);
  const html = await timeAsync(async () => exportAnnualReport(supervisor, YEAR, 'html'), 5, 1);

  console.log(`\n年度报告基准：${TOTAL.toLocaleString('en')} 件申请，${FIRST_YEAR}–${YEAR}，${YEAR} 年报告（中位数）`);
  console.log(`  ${YEAR} 年：新收 ${w.content.tableThree.new.total}，办理结果 ${w.content.tableThree.results_total.total}，按期 ${w.facts.closedOnTime}/${w.facts.closed}，缴费 ${w.facts.fees.cases} 件；核对 ${w.checks.length} 项`);
  console.log(`  draft+checks getReportWorkspace(year)   ${ms(draft)}    (must be < ${LIMITS.draft} ms)`);
  console.log(`  docx         exportAnnualReport docx     ${ms(docx)}    (must be < ${LIMITS.docx} ms; ${(size / 1024).toFixed(0)} KB)`);
  console.log(`  html         exportAnnualReport html     ${ms(html)}`);
  getDb().$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return draft < LIMITS.draft && docx < LIMITS.docx ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    fs.rmSync(dir, { recursive: true, force: true });
    process.exit(1);
  },
);
