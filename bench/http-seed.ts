// The office the HTTP benchmark serves: ten years of register (bench/generate-register.ts, with
// real-looking names and requests) ending today, spread over ten handlers, every case with its
// registration event and audit record; the open ones with pauses, corrections and pending
// extension requests, their clocks computed by the product itself (refreshClock).
import type Database from 'better-sqlite3';
import type { Db } from '@/db/client';
import { hashPassword } from '@/lib/auth/password';
import { refreshClock } from '@/lib/data/case-clock';
import { loadWorkCalendar } from '@/lib/data/work-calendar';
import { addDays, daysBetween } from '@/lib/domain/dates';
import { generateRegister } from './generate-register';

export const BENCH_USER = 'bench-supervisor';
export const BENCH_PASSWORD = 'Bench-2024-http';

export type SeededOffice = { cases: number; open: number; caseId: number; caseNo: string; name: string };

const GENERATED_TODAY = '2025-12-31';

export async function seedOffice(db: Db, total: number, today: string): Promise<SeededOffice> {
  const client: Database.Database = db.$client;
  const now = new Date().toISOString();
  const addUser = client.prepare(
    `INSERT INTO users (username, display_name, role, password_hash, active, password_changed_at, created_at, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?)`,
  );
  const staffHash = await hashPassword('Staff-2024-unused');
  const handlerIds: number[] = [];
  const SURNAMES = '赵钱孙李周吴郑王冯陈';
  for (let i = 0; i < 10; i++) {
    const role = i < 8 ? 'clerk' : 'supervisor';
    handlerIds.push(Number(addUser.run(`staff${i}`, `${SURNAMES[i]}办理${i}`, role, staffHash, now, now, now).lastInsertRowid));
  }
  addUser.run(BENCH_USER, '基准负责人', 'supervisor', await hashPassword(BENCH_PASSWORD), now, now, now);

  // Generated as if today were the last day of 2025, then moved so that that day is today.
  client.pragma('cache_size = -262144');
  const cases = generateRegister(client, { total, firstYear: 2016, years: 10, today: GENERATED_TODAY, text: true, handlerIds });
  const shift = `+${daysBetween(GENERATED_TODAY, today)} days`;
  client.exec('BEGIN');
  client
    .prepare(
      `UPDATE cases SET received_on = date(received_on, @shift), registered_on = date(registered_on, @shift), clock_start_on = date(clock_start_on, @shift),
         replied_on = date(replied_on, @shift), reply_due_on = date(clock_start_on, @shift, '+28 days')`,
    )
    .run({ shift });
  client.exec(`INSERT INTO case_events (case_id, kind, occurred_on, data, created_at, created_by)
    SELECT id, 'registered', registered_on, json_object('receivedOn', received_on), created_at, handler_id FROM cases`);
  client.exec(`INSERT INTO case_events (case_id, kind, occurred_on, data, created_at, created_by)
    SELECT id, 'closed', replied_on, json_object('outcome', outcome, 'replyDocNo', NULL), created_at, handler_id FROM cases WHERE replied_on IS NOT NULL`);
  client.exec(`INSERT INTO audit_log (at, actor_id, actor_name, entity_type, entity_id, action, changes)
    SELECT created_at, handler_id, '登记员', 'case', CAST(id AS TEXT), 'case.create', json_object('caseNo', json_object('from', NULL, 'to', case_no)) FROM cases`);

  // The open cases: some wait for a third party's opinion or a correction, some ask for more time.
  const open = client.prepare('SELECT id, received_on AS receivedOn FROM cases WHERE replied_on IS NULL ORDER BY id').all() as { id: number; receivedOn: string }[];
  const addEvent = client.prepare(`INSERT INTO case_events (case_id, kind, occurred_on, data, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)`);
  let extensions = 0;
  open.forEach((c, i) => {
    const on = addDays(c.receivedOn, 3) > today ? c.receivedOn : addDays(c.receivedOn, 3);
    const by = handlerIds[i % handlerIds.length];
    if (i % 10 === 1) addEvent.run(c.id, 'consultation_sent', on, JSON.stringify({ sentOn: on, party: '第三方企业', partyKind: 'third_party' }), now, by);
    else if (i % 20 === 2) addEvent.run(c.id, 'correction_requested', on, JSON.stringify({ noticeOn: on, missing: '申请内容描述不明确', periodDays: 15 }), now, by);
    else if (i % 40 === 3 && c.receivedOn >= addDays(today, -25) && extensions < 20) {
      extensions += 1;
      addEvent.run(c.id, 'extension_requested', on, JSON.stringify({ requestedOn: on, days: 20, reason: '涉及多个部门，需协调', requestedBy: '办理人' }), now, by);
    }
  });
  client.exec('COMMIT');
  client.pragma('cache_size = -2000');

  const calendar = loadWorkCalendar(db);
  client.exec('BEGIN');
  for (const c of open) refreshClock(db, c.id, calendar);
  client.exec('COMMIT');
  client.pragma('wal_checkpoint(TRUNCATE)');

  // The case page of the benchmark: an open case with an extension request, so the page is full.
  const sample = client
    .prepare(`SELECT c.id, c.case_no AS caseNo, c.applicant_name AS name FROM cases c JOIN case_events e ON e.case_id = c.id AND e.kind = 'extension_requested' ORDER BY c.id LIMIT 1`)
    .get() as { id: number; caseNo: string; name: string } | undefined;
  const fallback = client.prepare(`SELECT id, case_no AS caseNo, applicant_name AS name FROM cases WHERE replied_on IS NULL ORDER BY id DESC LIMIT 1`).get() as { id: number; caseNo: string; name: string };
  const pick = sample ?? fallback;
  return { cases, open: open.length, caseId: pick.id, caseNo: pick.caseNo, name: pick.name };
}
