// npm run bench (part 2): the case register stays fast at 100,000 cases. Generates a register over
// ten years into a temporary database, then times the list queries staff run most.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { median } from './timing';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-bench-list-'));
process.env.DATABASE_PATH = path.join(dir, 'bench.sqlite');
process.env.OGI_ROOT ??= process.cwd();

const TOTAL = 100_000;
const TYPES = ['natural_person', 'natural_person', 'natural_person', 'commercial', 'legal_service', 'research', 'public_interest', 'other_org'];
const OUTCOMES = ['disclosed', 'partial', 'unavailable.not_held', 'not_processed.petition', 'withheld.third_party', 'other.other'];
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';

async function main() {
  const { getDb } = await import('@/db/client');
  const { listCases } = await import('@/lib/data/case-list');
  const { addDays } = await import('@/lib/domain/dates');
  const db = getDb();
  const sqlite = db.$client;
  const insertUser = sqlite.prepare("INSERT INTO users (username, display_name, role, password_hash, active, created_at, updated_at) VALUES (?, ?, ?, 'x', 1, '2020-01-01', '2020-01-01')");
  for (let i = 0; i < 10; i++) insertUser.run(`clerk${i}`, `登记员${i}`, 'clerk');
  const insert = sqlite.prepare(`INSERT INTO cases (case_no, received_on, registered_on, channel, applicant_type, applicant_name, content, handler_id, outcome, replied_on, clock_start_on, reply_due_on, clock_state, created_at, updated_at)
    VALUES (?, ?, ?, 'online', ?, ?, ?, ?, ?, ?, ?, ?, ?, '2020-01-01', '2020-01-01')`);
  const started = performance.now();
  sqlite.transaction(() => {
    for (let i = 0; i < TOTAL; i++) {
      const received = addDays('2016-01-04', Math.floor((i * 3650) / TOTAL));
      const open = i % 97 === 0 || i > TOTAL - 400;
      const replied = open ? null : addDays(received, 5 + (i % 30));
      const name = `${SURNAMES[i % SURNAMES.length]}${SURNAMES[(i * 7) % SURNAMES.length]}${i % 1000}`;
      insert.run(`${received.slice(0, 4)}-${String(i).padStart(6, '0')}`, received, received, TYPES[i % TYPES.length], name, `申请公开第${i}号文件及相关会议纪要`, (i % 10) + 1, open ? null : OUTCOMES[i % OUTCOMES.length], replied, received, addDays(received, 28), open ? 'running' : 'closed');
    }
  })();
  sqlite.exec('ANALYZE');
  console.log(`generated ${TOTAL.toLocaleString()} cases in ${((performance.now() - started) / 1000).toFixed(1)} s`);

  const actor = { id: 1, username: 'clerk0', displayName: '登记员0', role: 'supervisor' as const };
  const queries: [string, Parameters<typeof listCases>[1]][] = [
    ['default list (newest first), page 1', {}],
    ['page 1,000 of the default list', { page: 1000 }],
    ['search by case number', { q: '2019-030000' }],
    ['search by applicant name', { q: '王李7' }],
    ['search in request content', { q: '第99999号' }],
    ['open cases, oldest first', { status: 'open', sort: 'received_asc' }],
    ['overdue cases by due date', { status: 'overdue', sort: 'due_asc' }],
    ['year + type + outcome filter', { year: 2020, applicantType: 'commercial', outcome: 'partial' }],
    ['one handler, closed late', { handler: '3', status: 'closed_late' }],
  ];
  console.log('\nquery (100,000 cases)                      median of 7 runs');
  for (const [label, filters] of queries) {
    listCases(actor, filters);
    const times: number[] = [];
    let total = 0;
    for (let run = 0; run < 7; run++) {
      const t = performance.now();
      total = listCases(actor, filters).total;
      times.push(performance.now() - t);
    }
    console.log(`${label.padEnd(42)} ${median(times).toFixed(1).padStart(7)} ms   (${total} found)`);
  }
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
