// npm run bench:http — the pages an office uses all day, served by the production build from a
// register of 100,000 cases (BENCH_CASES), on 127.0.0.1 only, signed in as a supervisor. Per page:
//   one request   median and p90 of BENCH_RUNS sequential requests after BENCH_WARMUP rounds over
//                 every page, all pages before any load, and the server's processor time per
//                 request over them (all its threads; Linux only);
//   16 users      each requesting about once a second, independently of one another and of the
//                 answers (an open model: 16 requests a second in all, arriving at random, a Poisson
//                 process) for BENCH_SECONDS: p50 and p95, timed from when each request was due;
//   closed loop   16 connections requesting without pause for BENCH_SECONDS (autocannon):
//                 requests per second and p95.
// Why not autocannon for the open model: its rate (connectionRate, or overallRate split over the
// connections) is kept per connection, each sending its next request only after the last answer,
// and all 16 connections start together, so every second brought a burst of 16 simultaneous
// requests — a queue no office of independent users makes — and a slow answer delayed the next.
// Targets (issue 11): one request ≤ 20 ms for the list, search, case and review pages; p95 < 100 ms
// at 16 users × 1 request/s. Every run is bounded in requests and time and stops by itself.
// While working on one page: BENCH_PAGES=list,review measures only those pages (keys: list, list50,
// list100, next, jump, name, number, word, char, case, review, report) and BENCH_SECONDS=0 only one
// request each.
// The HTML column is the size of the page as served (markup and the inlined RSC payload).
import autocannon from 'autocannon';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { hasBuild, signIn, startServer } from './http-server';
import type { SeededOffice } from './http-seed';
import { median, percentile } from './timing';

const TOTAL = Number(process.env.BENCH_CASES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 30);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const USERS = 16;
const root = process.env.OGI_ROOT ?? process.cwd();
// BENCH_DB=file keeps the seeded database there (and what was seeded beside it, file.json) and
// reuses it on the next run with the same BENCH_CASES, to skip the seeding while working on a page.
const kept = process.env.BENCH_DB ? path.resolve(process.env.BENCH_DB) : null;
const dir = kept ? path.dirname(kept) : fs.mkdtempSync(path.join(os.tmpdir(), 'ogi-bench-http-'));
const file = kept ?? path.join(dir, 'bench.sqlite');
const removeTemporary = () => {
  if (!kept) fs.rmSync(dir, { recursive: true, force: true });
};
process.env.DATABASE_PATH = file;
process.env.OGI_ROOT ??= root;

type Page = { key: string; label: string; path: string; expect: string; target?: number };

const ONLY = process.env.BENCH_PAGES ? new Set(process.env.BENCH_PAGES.split(',').map((k) => k.trim())) : null;


async function fetchPage(base: string, cookie: string, page: Page): Promise<{ ms: number; html: string }> {
  const started = performance.now();
  const response = await fetch(base + page.path, { headers: { cookie }, redirect: 'manual' });
  const html = await response.text();
  const ms = performance.now() - started;
  if (response.status !== 200 || !html.includes(page.expect)) throw new Error(`${page.label}: ${page.path} answered ${response.status} without “${page.expect}”`);
  return { ms, html };
}

/** Closed loop: USERS connections, each sending its next request as soon as the last is answered. */
function closedLoop(base: string, cookie: string, page: Page): Promise<{ latencies: number[]; rps: number; errors: number }> {
  return new Promise((resolve, reject) => {
    const latencies: number[] = [];
    let errors = 0;
    const instance = autocannon({ url: base + page.path, connections: USERS, duration: SECONDS, headers: { cookie } }, (error, result) =>
      error ? reject(error) : resolve({ latencies, rps: result.requests.total / SECONDS, errors: errors + result.errors + result.timeouts }),
    );
    instance.on('response', (_client, status, _body, ms) => {
      if (status !== 200) errors += 1;
      latencies.push(ms);
    });
  });
}

/** mulberry32: the same arrivals on every run, so that runs compare. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Open model: requests arriving at `rate` a second at random (exponential gaps), each sent when it
 * is due whatever the earlier ones are doing; latency counts from when it was due, so time spent
 * queued behind earlier requests is included. At most rate × SECONDS requests, each given 10 s.
 */
async function openModel(base: string, cookie: string, page: Page, rate: number): Promise<{ latencies: number[]; errors: number }> {
  const next = random(11);
  const latencies: number[] = [];
  const requests: Promise<void>[] = [];
  let errors = 0;
  const start = performance.now();
  for (let due = 0; requests.length < rate * SECONDS; ) {
    due += (-Math.log(1 - next()) * 1000) / rate;
    if (due >= SECONDS * 1000) break;
    const wait = start + due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const dueAt = start + due;
    requests.push(
      fetch(base + page.path, { headers: { cookie }, redirect: 'manual', signal: AbortSignal.timeout(10_000) })
        .then(async (response) => {
          await response.text();
          if (response.status !== 200) errors += 1;
          latencies.push(performance.now() - dueAt);
        })
        .catch(() => {
          errors += 1;
        }),
    );
  }
  await Promise.all(requests);
  return { latencies, errors };
}

/** Milliseconds as people read them: 0.1 ms below 10 ms, whole milliseconds above. */
const msText = (x: number | undefined) => (x === undefined ? '—' : `${x < 10 ? x.toFixed(1) : x.toFixed(0)} ms`);

/** The link behind 下一页 on a list page, as a browser would follow it. */
function nextLink(html: string): string | null {
  const m = /<a[^>]*href="([^"]+)"[^>]*rel="next"|<a[^>]*rel="next"[^>]*href="([^"]+)"/.exec(html);
  const href = m?.[1] ?? m?.[2];
  return href ? href.replace(/&amp;/g, '&') : null;
}

async function main(): Promise<void> {
  if (!hasBuild(root)) throw new Error('没有生产构建：请先运行 npx next build');
  const { getDb } = await import('@/db/client');
  const { seedOffice, BENCH_USER, BENCH_PASSWORD } = await import('./http-seed');
  const { today } = await import('@/lib/data/today');
  const started = performance.now();
  const reused = kept && fs.existsSync(`${kept}.json`) ? (JSON.parse(fs.readFileSync(`${kept}.json`, 'utf8')) as SeededOffice) : null;
  let office: SeededOffice;
  if (reused?.cases === TOTAL) office = reused;
  else {
    if (kept) for (const suffix of ['', '-wal', '-shm', '.json']) fs.rmSync(kept + suffix, { force: true });
    const db = getDb();
    office = await seedOffice(db, TOTAL, today());
    db.$client.close();
    if (kept) fs.writeFileSync(`${kept}.json`, JSON.stringify(office));
  }
  process.stderr.write(`[bench] ${office.cases.toLocaleString('en')} 件申请（未办结 ${office.open} 件），用时 ${((performance.now() - started) / 1000).toFixed(1)} s\n`);

  const server = await startServer(root, file);
  try {
    const cookie = await signIn(server.base, BENCH_USER, BENCH_PASSWORD);
    const year = Number(today().slice(0, 4)) - 1;
    const list: Page = { key: 'list', label: 'list, page 1', path: '/cases', expect: 'case-table', target: 20 };
    // Page 1,000 as reached by 下一页 from page 999 (the jump to a page number is measured too).
    const jump: Page = { key: 'jump', label: 'list, jump to page 1,000', path: '/cases?page=1000', expect: 'case-table' };
    const page999 = await fetchPage(server.base, cookie, { ...jump, path: '/cases?page=999' });
    const next = nextLink(page999.html);
    const pages: Page[] = [
      list,
      // 每页: page 1 at the other sizes the list offers (lib/domain/case-list/page-sizes.ts).
      { key: 'list50', label: 'list, page 1, 50 a page', path: '/cases?size=50', expect: 'case-table' },
      { key: 'list100', label: 'list, page 1, 100 a page', path: '/cases?size=100', expect: 'case-table' },
      ...(next ? [{ key: 'next', label: 'list, page 1,000 (下一页)', path: next, expect: 'case-table', target: 20 }] : []),
      jump,
      { key: 'name', label: `search a name (${office.name})`, path: `/cases?q=${encodeURIComponent(office.name)}`, expect: 'case-table', target: 20 },
      { key: 'number', label: `search a number (${office.caseNo})`, path: `/cases?q=${encodeURIComponent(office.caseNo)}`, expect: 'case-table', target: 20 },
      { key: 'word', label: 'search a two-character word (拆迁)', path: `/cases?q=${encodeURIComponent('拆迁')}`, expect: 'case-table', target: 20 },
      { key: 'char', label: 'search one character (王)', path: `/cases?q=${encodeURIComponent('王')}`, expect: 'case-table' },
      { key: 'case', label: 'a case page', path: `/cases/${office.caseId}`, expect: office.caseNo, target: 20 },
      { key: 'review', label: '/review', path: '/review', expect: 'review-overdue', target: 20 },
      { key: 'report', label: `the report (${year})`, path: `/reports/${year}`, expect: 't3-new-total' },
    ].filter((page) => !ONLY || ONLY.has(page.key));

    console.log(`\nHTTP 基准：${office.cases.toLocaleString('en')} 件申请，生产构建，127.0.0.1，负责人已登录`);
    console.log(`  one request: median and p90 of ${RUNS} after ${WARMUP} warm-up rounds, every page before any load; ${USERS} users × 1 req/s (open model, random arrivals) and closed loop (${USERS} connections): ${SECONDS} s each\n`);
    console.log(`${'page'.padEnd(46)} ${'one req'.padStart(9)}   ${'p90'.padStart(8)} ${'CPU/req'.padStart(9)} ${'p50@16/s'.padStart(9)} ${'p95@16/s'.padStart(9)} ${'closed req/s'.padStart(13)} ${'closed p95'.padStart(11)} ${'HTML'.padStart(8)}`);
    // Warm-up: WARMUP rounds over every page before any is timed. A server that has run all morning
    // has its code compiled by V8's optimising tiers; with ten rounds the first pages measured were
    // still paying for that (the list's page 1 then read 18–22 ms, and 14–16 ms once warm).
    for (let i = 0; i < WARMUP; i++) for (const page of pages) await fetchPage(server.base, cookie, page);
    // One user alone: every page's single requests first, before any load, so that no page's figure
    // carries the garbage and queues left behind by the load test of the page before it.
    const alone = new Map<string, { one: number; p90: number; cpu?: number; bytes: number }>();
    for (const page of pages) {
      const single: number[] = [];
      let bytes = 0;
      const cpuBefore = server.cpuMs();
      for (let i = 0; i < RUNS; i++) {
        const { ms, html } = await fetchPage(server.base, cookie, page);
        single.push(ms);
        bytes = Buffer.byteLength(html);
      }
      const cpuAfter = server.cpuMs();
      const cpu = cpuBefore === null || cpuAfter === null ? undefined : (cpuAfter - cpuBefore) / RUNS;
      alone.set(page.key, { one: median(single), p90: percentile(single, 90), cpu, bytes });
    }
    for (const page of pages) {
      const { one, p90, cpu, bytes } = alone.get(page.key)!;
      const open = SECONDS > 0 ? await openModel(server.base, cookie, page, USERS) : { latencies: [], errors: 0 };
      const closed = SECONDS > 0 ? await closedLoop(server.base, cookie, page) : { latencies: [], rps: NaN, errors: 0 };
      const flag = page.target !== undefined && one > page.target ? ' *' : '  ';
      console.log(
        `${page.label.padEnd(46)} ${`${one.toFixed(1)} ms`.padStart(9)}${flag} ${msText(p90).padStart(8)} ${msText(cpu).padStart(9)} ${msText(percentile(open.latencies, 50)).padStart(9)} ${msText(percentile(open.latencies, 95)).padStart(9)} ${(Number.isNaN(closed.rps) ? '—' : closed.rps.toFixed(0)).padStart(13)} ${msText(percentile(closed.latencies, 95)).padStart(11)} ${`${(bytes / 1024).toFixed(0)} KB`.padStart(8)}` +
          (open.errors + closed.errors ? `   (${open.errors + closed.errors} errors)` : ''),
      );
    }
    console.log(`\n  * over the 20 ms target for one request`);
  } finally {
    await server.stop();
    removeTemporary();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    removeTemporary();
    process.exit(1);
  },
);
