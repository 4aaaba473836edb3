import path from 'node:path';
import { callActionById, formActionId, request, signIn, type Reply } from '../e2e/access/http';
import { formFields } from '../e2e/access/html-form';
import { formData, todayInChina } from '../e2e/access/values';
import { count } from './support/database';
import { writeRegisterCsv } from './support/register-file';
import { latencies, Scenario, within, type Outcome } from './support/report';
import { freshDatabase, ogi, removeScratch, Server } from './support/server';

// Two writers: the server under 16 users who keep saving their case (open the edit page, change
// the content, save, as a browser does) while `ogi import` writes a 20,000-row register into the
// same database. Every save must succeed (no "系统繁忙", no error page) and the import complete.

const USERS = 16;
const ROWS = 20_000;
const MAX_SAVES_PER_USER = 1_000;
const ACCOUNTS = ['clerk', 'clerk2', 'supervisor'];

const isErrorPage = (r: Reply) => r.status >= 500 || r.text.includes('data-testid="error-page"');

export async function twoWriters(): Promise<Outcome> {
  const s = new Scenario(`two writers: ${USERS} users saving cases while \`ogi import\` writes ${ROWS.toLocaleString('en')} rows`);
  const database = freshDatabase('writers');
  const file = path.join(path.dirname(database), 'register-20000.csv');
  const prefix = `TW${Date.now().toString(36).toUpperCase()}`;
  writeRegisterCsv(file, ROWS, prefix);
  const server = await Server.start(database);
  try {
    s.say(`server pid ${server.pid} on ${server.base}; register file ${file}`);
    // One after another: sign-ins of one account in flight together count as failures until their
    // passwords are verified (the lockout's guard against parallel guessing).
    const cookies: string[] = [];
    for (let i = 0; i < USERS; i++) cookies.push(await signIn(server.base, ACCOUNTS[i % ACCOUNTS.length], 'Demo-2024'));
    const newForm = await request(server.base, '/cases/new', cookies[0]);
    const createId = formActionId(newForm.text, 'caseNo');
    const cases = await Promise.all(
      cookies.map(async (cookie, i) => {
        const fields = { caseNo: `${prefix}-USER-${i}`, receivedOn: todayInChina(), channel: 'online', applicantType: 'natural_person', applicantName: `并发用户${i}`, content: '初稿' };
        const reply = await callActionById(server.base, createId, '/cases/new', [{}, formData(fields)], cookie);
        const id = Number(/^\/cases\/(\d+)\?saved=created/.exec(reply.location ?? '')?.[1]);
        if (!id) throw new Error(`could not register the case of user ${i}: ${JSON.stringify(reply.result)}`);
        return { id };
      }),
    );
    s.say(`${USERS} users signed in, each with a case of their own`);

    const saveLatency: number[] = [];
    const pageLatency: number[] = [];
    const failures: string[] = [];
    let errorPages = 0;
    let saves = 0;
    let savesDuringImport = 0;
    let importing = false;
    let stop = false;

    const user = async (i: number) => {
      const { id } = cases[i];
      for (let n = 1; n <= MAX_SAVES_PER_USER && !stop; n++) {
        let started = Date.now();
        const edit = await request(server.base, `/cases/${id}/edit`, cookies[i]);
        pageLatency.push(Date.now() - started);
        if (isErrorPage(edit) || edit.status !== 200) {
          errorPages += 1;
          failures.push(`user ${i}: edit page ${edit.status}`);
          continue;
        }
        // The form as the page has it, with one change, sent as the browser sends it.
        const fields = formFields(edit.text, 'applicantName');
        const actionId = formActionId(edit.text, 'applicantName');
        started = Date.now();
        const reply = await callActionById(server.base, actionId, `/cases/${id}/edit`, [id, {}, formData({ ...fields, content: `第${n}次保存` })], cookies[i]);
        saveLatency.push(Date.now() - started);
        saves += 1;
        if (importing) savesDuringImport += 1;
        if (isErrorPage(reply)) errorPages += 1;
        if (!/^\/cases\/\d+\?saved=updated/.test(reply.location ?? '')) failures.push(`user ${i}, save ${n}: ${reply.status} ${JSON.stringify((reply.result as { message?: string } | undefined)?.message ?? reply.text.slice(0, 100))}`);
      }
    };

    const before = count(database, 'SELECT count(*) FROM cases');
    const users = Array.from({ length: USERS }, (_, i) => user(i));
    await new Promise((r) => setTimeout(r, 1_000)); // the users are saving before the import starts
    importing = true;
    const imported = await within(600_000, 'the import', ogi(['import', file], database));
    importing = false;
    stop = true;
    await within(60_000, 'the users’ last saves', Promise.all(users));
    const after = count(database, 'SELECT count(*) FROM cases');
    const importedRows = count(database, 'SELECT count(*) FROM cases WHERE case_no LIKE ? AND case_no NOT LIKE ?', `${prefix}-%`, `${prefix}-USER-%`);

    s.say(`ogi import exited ${imported.code} after ${(imported.ms / 1000).toFixed(1)} s: ${(imported.stdout.trim().split('\n').pop() ?? '').slice(0, 200)}`);
    if (imported.code !== 0) s.say(imported.stderr.slice(0, 500));
    s.figure('saves', saves);
    s.figure('saves while the import ran', savesDuringImport);
    s.figure('failed saves', failures.length);
    s.figure('error pages', errorPages);
    s.figure('save latency', latencies(saveLatency));
    s.figure('edit page latency', latencies(pageLatency));
    s.figure('import', `${importedRows.toLocaleString('en')} of ${ROWS.toLocaleString('en')} rows in ${(imported.ms / 1000).toFixed(1)} s (exit ${imported.code})`);
    s.check(failures.length === 0, `every save succeeded${failures.length ? `: ${failures.slice(0, 5).join(' | ')}` : ''}`);
    s.check(errorPages === 0, 'no error page');
    s.check(savesDuringImport > 0, 'the users saved while the import was writing');
    s.check(imported.code === 0 && importedRows === ROWS && after - before === ROWS, `the import completed: ${after - before} cases added`);
  } finally {
    await server.stop();
  }
  const outcome = s.done();
  removeScratch(outcome, path.dirname(database));
  return outcome;
}
