// 文号: 200 letters issued at once by four users in four processes on one database file get 200
// distinct, consecutive numbers; nothing is numbered twice and no number is skipped.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { chinaDate } from '@/lib/domain/dates';
import type { Actor } from '@/lib/domain/roles';
import { caseFields, createTempDatabase, makeStaff, PROJECT_ROOT } from '../support/temp-db';
import { setLetterSettings } from '../support/letters';

const tempDb = createTempDatabase('letters-numbering');
const TODAY = chinaDate(new Date());
const WORKERS = 4;
const PER_WORKER = 50;

let db: Db;
let users: Actor[];
const jobs: { actor: Actor; letterIds: number[] }[] = [];

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  const { createCase } = await import('@/lib/data/case-commands');
  const { createLetterDraft } = await import('@/lib/data/letters/drafts');
  users = [await makeStaff('c1', '登记员一', 'clerk'), await makeStaff('c2', '登记员二', 'clerk'), await makeStaff('c3', '登记员三', 'clerk'), await makeStaff('s1', '负责人', 'supervisor')];
  await setLetterSettings();
  users.forEach((actor, w) => {
    const letterIds: number[] = [];
    for (let i = 0; i < PER_WORKER; i++) {
      const caseId = createCase(actor, caseFields({ caseNo: `N-${w}-${i}`, receivedOn: TODAY })).id;
      letterIds.push(createLetterDraft(actor, caseId, 'receipt').id);
    }
    jobs.push({ actor, letterIds });
  });
  // The workers open the file themselves; this process lets go of it meanwhile.
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
});
afterAll(() => tempDb.remove());

type Worker = { ready: Promise<void>; go: () => void; done: Promise<{ code: number | null; out: string; err: string }> };

function start(job: { actor: Actor; letterIds: number[] }): Worker {
  let ready!: () => void;
  const readyP = new Promise<void>((r) => (ready = r));
  let child!: ReturnType<typeof spawn>;
  const done = new Promise<{ code: number | null; out: string; err: string }>((resolve) => {
    child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(PROJECT_ROOT, 'tests/support/issue-letters-worker.ts'), JSON.stringify({ ...job, issuedOn: TODAY })], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, DATABASE_PATH: tempDb.file, OGI_ROOT: PROJECT_ROOT },
    });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => {
      out += d;
      if (out.startsWith('ready\n')) ready();
    });
    child.stderr!.on('data', (d) => (err += d));
    child.on('close', (code) => {
      ready();
      resolve({ code, out: out.replace(/^ready\n/, ''), err });
    });
  });
  return { ready: readyP, go: () => child.stdin!.write('go\n'), done };
}

describe('文号 under concurrency', () => {
  it('gives 200 letters issued at once 200 distinct consecutive numbers', async () => {
    expect(jobs.flatMap((j) => j.letterIds)).toHaveLength(WORKERS * PER_WORKER);
    const workers = jobs.map(start);
    await Promise.all(workers.map((w) => w.ready));
    for (const w of workers) w.go();
    const results = await Promise.all(workers.map((w) => w.done));
    for (const r of results) expect({ code: r.code, err: r.err }).toEqual({ code: 0, err: '' });

    const printed = results.flatMap((r) => r.out.trim().split('\n'));
    expect(new Set(printed).size).toBe(200);
    const rows = db.$client.prepare("SELECT doc_no AS docNo, doc_seq AS seq FROM letters WHERE kind = 'receipt' AND status = 'issued' ORDER BY doc_seq").all() as { docNo: string; seq: number }[];
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    expect(rows.map((r) => r.docNo)).toEqual(rows.map((r) => `示人社依申收〔${TODAY.slice(0, 4)}〕${r.seq}号`));
    expect(new Set(rows.map((r) => r.docNo))).toEqual(new Set(printed));
    const audits = db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'letter.issue'").get() as { n: number };
    expect(audits.n).toBe(200);
  }, 120_000);

  it('the database itself refuses a second letter with the same number', () => {
    const [a, b] = db.$client.prepare("SELECT id FROM letters WHERE status = 'issued' ORDER BY id LIMIT 2").all() as { id: number }[];
    const taken = db.$client.prepare('SELECT doc_no FROM letters WHERE id = ?').get(a.id) as { doc_no: string };
    expect(() => db.$client.prepare('UPDATE letters SET doc_no = ? WHERE id = ?').run(taken.doc_no, b.id)).toThrow(/UNIQUE constraint failed: letters.doc_no/);
    expect(() => db.$client.prepare('UPDATE letters SET doc_seq = 1 WHERE id = ?').run(b.id)).toThrow(/UNIQUE constraint failed/);
  });
});
