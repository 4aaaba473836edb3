import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Fixtures } from '../e2e/access/fixtures';
import { callAction, type Reply } from '../e2e/access/http';
import { prepareMatrix } from '../e2e/access/prepare';
import { formData } from '../e2e/access/values';
import { withDatabase } from './support/database';
import { Scenario, type Outcome } from './support/report';
import { freshDatabase, ogi, removeScratch, Server } from './support/server';
import { upload } from './support/upload';
import { hostileInBrowser } from './hostile/browser';
import { hasChinese, HOSTILE_VALUES } from './hostile/corpus';
import { caseFileUploads, registerFiles, reviewFiles, writeCorpusFile, type HostileFile } from './hostile/files';
import { hostileForms } from './hostile/forms';

// The hostile input corpus (fault/hostile/corpus.ts, files.ts) through every form, through both
// import paths (the import page's upload and confirmation, and the command line) for register and
// review files, and through the case-file upload; then the pages that show what was stored,
// opened in Chromium. For each: a message in Chinese or literal storage, never a 500, no script
// run, and nothing written by anything refused.

const IMPORT_STEP = 'app/(app)/admin/import/actions.ts#importStepAction';
const TABLES = ['cases', 'case_events', 'reviews', 'letters', 'case_files', 'users'];

function rowCounts(database: string): Record<string, number> {
  return withDatabase(database, (db) => Object.fromEntries(TABLES.map((t) => [t, Number(db.prepare(`SELECT count(*) FROM ${t}`).pluck().get())])));
}

const same = (a: Record<string, number>, b: Record<string, number>) => TABLES.every((t) => a[t] === b[t]);
const grew = (a: Record<string, number>, b: Record<string, number>) => TABLES.filter((t) => b[t] !== a[t]).map((t) => `${t} ${a[t]}→${b[t]}`).join(', ');

function storedValues(database: string, kind: 'register' | 'reviews', values: string[]): number {
  if (kind === 'reviews') return values.length;
  return withDatabase(database, (db) => values.filter((v) => db.prepare('SELECT 1 FROM cases WHERE applicant_name = ? OR content = ? OR content = ?').get(v, v, `内容：${v}`) !== undefined).length);
}

type ImportPath = 'page' | 'command line';

/** One file through one import path: what it came to, checked against what the file expects. */
async function importOnce(s: Scenario, fx: Fixtures, kind: 'register' | 'reviews', via: ImportPath, f: HostileFile, dir: string): Promise<void> {
  const database = fx.state.database;
  const before = rowCounts(database);
  const started = Date.now();
  let message = '';
  let imported = false;
  let serverError = false;
  if (via === 'page') {
    const sent = await upload(fx.base, `/admin/import/upload?kind=${kind}`, fx.state.cookies.admin, { name: f.fileName, body: f.body });
    serverError = sent.status >= 500;
    const state = (() => {
      try {
        return JSON.parse(sent.text) as { stage?: string; message?: string; token?: string; problems?: string[] };
      } catch {
        return { message: sent.text.slice(0, 200) };
      }
    })();
    message = [state.message ?? '', ...(state.problems ?? [])].join(' ');
    if (state.stage === 'preview' && state.token) {
      const confirm: Reply = await callAction(fx.base, IMPORT_STEP, '/admin/import', [kind, state, formData({ step: 'confirm', token: state.token })], fx.state.cookies.admin);
      serverError ||= confirm.status >= 500;
      const done = confirm.result as { stage?: string; message?: string; problems?: string[] } | undefined;
      imported = done?.stage === 'done';
      message = [done?.message ?? '', ...(done?.problems ?? [])].join(' ');
    }
  } else {
    const result = await ogi([kind === 'register' ? 'import' : 'import-reviews', writeCorpusFile(dir, f)], database);
    imported = result.code === 0;
    serverError = result.code > 2 || /at .*\.(m?js|ts):\d+/.test(result.stderr);
    message = (imported ? result.stdout : result.stderr).trim().split('\n')[0] ?? '';
  }
  const ms = Date.now() - started;
  const after = rowCounts(database);
  const label = `${kind} ${via}: ${f.name}`;
  if (serverError) s.problem(`${label}: server error`);
  else if (imported) {
    const stored = f.stored ? storedValues(database, kind, f.stored) : 0;
    const literal = !f.stored || stored === f.stored.length;
    s.check(f.expect !== 'refused' && !same(before, after) && literal, `${label}: imported (${grew(before, after)})${f.stored ? `, ${stored}/${f.stored.length} values stored literally` : ''}`);
  } else {
    s.check(f.expect !== 'imported' && hasChinese(message) && same(before, after), `${label}: refused in ${ms} ms, nothing written — “${message.slice(0, 90)}”`);
  }
}

export async function hostileInput(): Promise<Outcome> {
  const s = new Scenario('hostile input: every form, both import paths, the case-file upload, the pages in a browser');
  const database = freshDatabase('hostile');
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ogi-fault-corpus-'));
  const server = await Server.start(database);
  try {
    s.say(`server pid ${server.pid} on ${server.base}`);
    const fx = new Fixtures(await prepareMatrix(server.base, database));

    s.say('— forms: each field of each form in turn, with each hostile value');
    const forms = await hostileForms(fx, s);
    s.figure('form requests', forms.calls);
    s.figure('refused with a message in Chinese (nothing written)', forms.refused);
    s.figure('stored literally', forms.literal);
    s.figure('stored, normalised (trimmed, a choice or number kept as such)', forms.normalised.length);
    const byField = new Map<string, string[]>();
    for (const n of forms.normalised) {
      const [field, value] = n.split(' ← ');
      byField.set(field, [...(byField.get(field) ?? []), value.replace(/ \(.*\)$/, '')]);
    }
    for (const [field, values] of byField) s.say(`   normalised: ${field} ← ${values.length === HOSTILE_VALUES.length ? 'every value' : values.join(', ')}`);
    for (const p of forms.problems) s.problem(p);

    s.say('— register and review files, through the import page and the command line');
    let files = 0;
    for (const via of ['page', 'command line'] as ImportPath[]) {
      const prefix = via === 'page' ? 'HP' : 'HC';
      for (const f of await registerFiles(prefix)) {
        await importOnce(s, fx, 'register', via, f, dir);
        files += 1;
      }
      for (const f of await reviewFiles(prefix)) {
        await importOnce(s, fx, 'reviews', via, f, dir);
        files += 1;
      }
    }
    s.figure('import attempts', files);

    s.say('— the case-file upload');
    for (const u of caseFileUploads()) {
      const before = rowCounts(database);
      const reply = await upload(fx.base, `/cases/${fx.records.case}/files/upload`, fx.state.cookies.clerk, u.file, { category: 'application' });
      const after = rowCounts(database);
      const message = (JSON.parse(reply.text) as { message?: string }).message ?? '';
      if (u.expect === 'stored') s.check(reply.status === 200 && after.case_files === before.case_files + 1, `${u.name}: kept (${reply.status})`);
      else s.check(reply.status >= 400 && reply.status < 500 && hasChinese(message) && same(before, after), `${u.name}: refused ${reply.status} — “${message.slice(0, 80)}”`);
    }

    s.say('— the pages that show the stored values, in Chromium');
    const seen = await hostileInBrowser(fx, (line) => s.say(line));
    for (const d of seen.details) s.say(`   ${d}`);
    s.figure('pages opened in the browser', seen.pages);
    s.figure('scripts run in the browser', seen.scriptsRun);
    s.figure('CSP violations', seen.cspViolations);
    s.check(seen.scriptsRun === 0 && seen.cspViolations === 0, 'no script of the corpus ran, and the CSP had nothing to block');

    const errors = server.errors();
    s.figure('server errors logged', errors.length);
    for (const e of errors.slice(0, 10)) s.say(`   server: ${e.slice(0, 200)}`);
  } finally {
    await server.stop();
  }
  const outcome = s.done();
  removeScratch(outcome, path.dirname(database), dir);
  return outcome;
}
