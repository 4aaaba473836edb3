// Helpers for the report tests: a temporary database file (temp-db.ts), raw bulk inserts of cases
// and review records, and random registers for property tests.
import fc from 'fast-check';
import type Database from 'better-sqlite3';
import { APPLICANT_TYPE_CODES, OUTCOME_CODES, REVIEW_KINDS, REVIEW_RESULTS } from '@/lib/domain/categories';
import { addDays } from '@/lib/domain/dates';
import type { ReportCase, ReviewRecord } from '@/lib/domain/report';
import type { Actor } from '@/lib/domain/roles';
import { CLI_ADMIN, createTempDatabase, PROJECT_ROOT } from './temp-db';

export const ROOT = PROJECT_ROOT;
export const SUPERVISOR: Actor = { id: null, username: 'boss', displayName: '负责人', role: 'supervisor' };
export const ADMIN: Actor = CLI_ADMIN;
export const CLERK: Actor = { id: null, username: 'clerk', displayName: '登记员', role: 'clerk' };

/** A fresh database file for one test file (see temp-db.ts). */
export const tempDatabase = createTempDatabase;

/** Empties the register (reviews first: they reference cases). The audit log is append-only. */
export function clearRegister(client: Database.Database): void {
  client.exec('DELETE FROM reviews; DELETE FROM case_events; DELETE FROM cases;');
}

export function insertCases(client: Database.Database, list: readonly ReportCase[]): void {
  const insert = client.prepare(
    `INSERT INTO cases (case_no, received_on, registered_on, channel, applicant_type, applicant_name, outcome, replied_on,
       clock_start_on, clock_state, created_at, updated_at)
     VALUES (?, ?, ?, 'online', ?, '测试申请人', ?, ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
  );
  client.transaction(() => {
    list.forEach((c, i) => {
      insert.run(c.caseNo ?? `P-${i + 1}`, c.receivedOn, c.receivedOn, c.applicantType, c.outcome, c.repliedOn, c.receivedOn, c.repliedOn ? 'closed' : 'running');
    });
  })();
}

export function insertReviews(client: Database.Database, list: readonly ReviewRecord[]): void {
  const insert = client.prepare(
    `INSERT INTO reviews (kind, filed_on, result, decided_on, created_at, updated_at) VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
  );
  client.transaction(() => list.forEach((r) => insert.run(r.kind, r.filedOn, r.result, r.decidedOn)))();
}

export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2024;
/** The years a property test checks: one before the first receipt to two after the last. */
export const YEARS = Array.from({ length: LAST_YEAR - FIRST_YEAR + 4 }, (_, i) => FIRST_YEAR - 1 + i);

const dayArb = fc.integer({ min: 0, max: (LAST_YEAR - FIRST_YEAR + 1) * 365 }).map((n) => addDays(`${FIRST_YEAR}-01-01`, n));
/** 31 Dec or 1 Jan of some year, where off-by-one mistakes in year bounds show. */
const edgeDayArb = fc.tuple(fc.integer({ min: FIRST_YEAR, max: LAST_YEAR + 1 }), fc.boolean()).map(([y, end]) => (end ? `${y}-12-31` : `${y}-01-01`));
const anyDayArb = fc.oneof({ arbitrary: dayArb, weight: 3 }, { arbitrary: edgeDayArb, weight: 1 });

/** A case received 2019–2024, closed 0–600 days later, on a year edge, or never. */
export const caseArb: fc.Arbitrary<ReportCase> = fc
  .record({
    receivedOn: anyDayArb,
    reply: fc.oneof(
      { arbitrary: fc.constant<null>(null), weight: 1 },
      { arbitrary: fc.integer({ min: 0, max: 600 }), weight: 3 },
      { arbitrary: edgeDayArb, weight: 1 },
    ),
    applicantType: fc.constantFrom(...APPLICANT_TYPE_CODES),
    outcome: fc.constantFrom(...OUTCOME_CODES),
  })
  .map(({ receivedOn, reply, applicantType, outcome }) => {
    let repliedOn: string | null = null;
    if (typeof reply === 'number') repliedOn = addDays(receivedOn, reply);
    else if (typeof reply === 'string') repliedOn = reply >= receivedOn ? reply : receivedOn;
    return { receivedOn, repliedOn, applicantType, outcome: repliedOn ? outcome : null };
  });

export const registerArb = fc.array(caseArb, { maxLength: 120 });

/** Review records, including inconsistent ones (a date without a result) the table must still sum. */
export const reviewArb: fc.Arbitrary<ReviewRecord> = fc
  .record({
    kind: fc.constantFrom(...REVIEW_KINDS.map((k) => k.code)),
    filedOn: anyDayArb,
    wait: fc.option(fc.oneof(fc.integer({ min: 0, max: 500 }), edgeDayArb), { nil: null }),
    result: fc.option(fc.constantFrom(...REVIEW_RESULTS.map((r) => r.code)), { nil: null, freq: 5 }),
  })
  .map(({ kind, filedOn, wait, result }) => {
    const decidedOn = wait === null ? null : typeof wait === 'number' ? addDays(filedOn, wait) : wait >= filedOn ? wait : filedOn;
    return { kind, filedOn, decidedOn, result };
  });

export const reviewsArb = fc.array(reviewArb, { maxLength: 40 });
