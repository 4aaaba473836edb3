import path from 'node:path';
import { callActionById, formActionId, request, signIn } from '../e2e/access/http';
import { formData, todayInChina } from '../e2e/access/values';
import { count, integrityCheck, withDatabase } from './support/database';
import { Scenario, within, type Outcome } from './support/report';
import { freshDatabase, removeScratch, Server } from './support/server';

// kill -9 under load: 500 registrations sent at once through the registration form's server
// action (the id read from the form, the request as the browser sends it), the server killed with
// SIGKILL once half of them are acknowledged, then restarted on the same database. Every
// registration that was acknowledged must be there, with its audit record; every registration that
// is there (acknowledged or not: the reply may have been cut) must be whole, with its audit record;
// the file must pass integrity_check.

const TOTAL = 500;
const KILL_AFTER = 250;
const SESSIONS = ['clerk', 'clerk2', 'supervisor'];

export async function killNine(): Promise<Outcome> {
  const s = new Scenario(`kill -9 under load: ${TOTAL} concurrent registrations, SIGKILL after ${KILL_AFTER} acknowledgements, restart`);
  const database = freshDatabase('kill9');
  let server = await Server.start(database);
  try {
    s.say(`server pid ${server.pid} on ${server.base}, database ${database}`);
    const cookies = await Promise.all(SESSIONS.map((u) => signIn(server.base, u, 'Demo-2024')));
    const form = await request(server.base, '/cases/new', cookies[0]);
    const actionId = formActionId(form.text, 'caseNo');
    s.say(`registration form (GET /cases/new): server action ${actionId}`);

    const run = Date.now().toString(36).toUpperCase();
    const acknowledged: { caseNo: string; id: number }[] = [];
    const otherAnswers: string[] = [];
    let connectionErrors = 0;
    let killedAtMs = 0;
    let killedBy = '';
    const started = Date.now();
    const kill = (why: string) => {
      if (killedBy) return;
      killedBy = why;
      server.kill('SIGKILL');
      killedAtMs = Date.now() - started;
    };
    const register = async (i: number) => {
      const caseNo = `K9-${run}-${String(i).padStart(3, '0')}`;
      const fields = { caseNo, receivedOn: todayInChina(), channel: 'online', applicantType: 'natural_person', applicantName: `断电测试${i}`, content: `kill -9 测试申请 ${i}` };
      try {
        const reply = await callActionById(server.base, actionId, '/cases/new', [{}, formData(fields)], cookies[i % cookies.length]);
        const created = /^\/cases\/(\d+)\?saved=created/.exec(reply.location ?? '');
        if (!created) {
          otherAnswers.push(`${reply.status} ${JSON.stringify(reply.result ?? reply.text.slice(0, 120))}`);
          return;
        }
        acknowledged.push({ caseNo, id: Number(created[1]) });
        if (acknowledged.length === KILL_AFTER) kill(`${KILL_AFTER} registrations acknowledged`);
      } catch {
        connectionErrors += 1; // the connection died with the server
      }
    };
    try {
      await within(180_000, `${TOTAL} registrations`, Promise.all(Array.from({ length: TOTAL }, (_, i) => register(i))));
    } finally {
      if (!killedBy) server.kill('SIGKILL');
    }
    await server.exited();
    s.say(`killed pid ${server.pid} with SIGKILL ${killedAtMs} ms after the first request (${killedBy || 'never: every request finished first'})`);

    const restartStarted = Date.now();
    server = await Server.start(database);
    s.say(`restarted on the same database: pid ${server.pid}, answering after ${Date.now() - restartStarted} ms`);

    const found = withDatabase(database, (db) => {
      const byNo = db.prepare('SELECT id FROM cases WHERE case_no = ?').pluck();
      const audited = db.prepare("SELECT count(*) FROM audit_log WHERE entity_type = 'case' AND entity_id = ? AND action = 'case.create'").pluck();
      let present = 0;
      let withAudit = 0;
      const lost: string[] = [];
      for (const a of acknowledged) {
        const id = byNo.get(a.caseNo) as number | undefined;
        if (id === a.id) present += 1;
        else lost.push(a.caseNo);
        if (Number(audited.get(String(a.id))) === 1) withAudit += 1;
      }
      // Whatever is there is whole: each stored registration has exactly one creation record.
      const unaudited = db
        .prepare("SELECT count(*) FROM cases c WHERE c.case_no LIKE ? AND (SELECT count(*) FROM audit_log a WHERE a.entity_type = 'case' AND a.entity_id = CAST(c.id AS TEXT) AND a.action = 'case.create') <> 1")
        .pluck()
        .get(`K9-${run}-%`) as number;
      return { present, withAudit, lost, unaudited };
    });
    const stored = count(database, 'SELECT count(*) FROM cases WHERE case_no LIKE ?', `K9-${run}-%`);
    const integrity = integrityCheck(database);
    const sample = acknowledged.slice(0, 20);
    const pages = await Promise.all(sample.map((a) => request(server.base, `/cases/${a.id}`, cookies[0]).then((r) => r.status)));

    s.figure('sent', TOTAL);
    s.figure('acknowledged', acknowledged.length);
    s.figure('connection errors (in flight at the kill)', connectionErrors);
    s.figure('other answers', otherAnswers.length);
    s.figure('acknowledged and found after restart', `${found.present}/${acknowledged.length}`);
    s.figure('lost', found.lost.length);
    s.figure('with their audit record', `${found.withAudit}/${acknowledged.length}`);
    s.figure('stored without acknowledgement (committed, reply cut by the kill)', stored - found.present);
    s.figure('stored without exactly one audit record', found.unaudited);
    s.figure('PRAGMA integrity_check', integrity);
    s.check(killedBy !== '' && connectionErrors > 0 && acknowledged.length > 0, 'the kill came midway: some registrations were acknowledged, the rest cut off');
    s.check(found.lost.length === 0, `every acknowledged registration is in the database${found.lost.length ? ` (lost: ${found.lost.slice(0, 5).join(', ')})` : ''}`);
    s.check(found.withAudit === acknowledged.length, 'each with its audit record');
    s.check(found.unaudited === 0, 'every stored registration, acknowledged or not, is whole (case and audit record together)');
    s.check(integrity === 'ok', 'the database file is whole');
    s.check(otherAnswers.length === 0, `no registration was refused or failed with an answer${otherAnswers.length ? `: ${otherAnswers.slice(0, 3).join(' | ')}` : ''}`);
    s.check(pages.every((p) => p === 200), `the restarted server shows acknowledged cases (${pages.filter((p) => p === 200).length}/${pages.length} pages 200)`);
  } finally {
    await server.stop();
  }
  const outcome = s.done();
  removeScratch(outcome, path.dirname(database));
  return outcome;
}
