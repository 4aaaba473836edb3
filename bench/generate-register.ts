// A synthetic register for the benchmark: N cases over ten years, written through the real schema
// (openDatabase applies the migrations, so every index the product has is maintained during the
// insert). Deterministic, so runs are comparable.
//
// Shape, modelled on published annual reports of municipal bureaus: volume grows year on year;
// ~80% of applicants are natural persons; most cases are answered within 20–40 days, some wait
// months (consultation, fee, correction), a few are never closed (withdrawn without a record);
// cases received in the last weeks before "today" are still open. So every year has carry-over
// in and out, and some cases close on 31 Dec or 1 Jan.
import type Database from 'better-sqlite3';
import { APPLICANT_TYPE_CODES, OUTCOME_CODES } from '@/lib/domain/categories';
import { addDays } from '@/lib/domain/dates';
import { sampleApplicantName, sampleContent } from './sample-text';

/**
 * text: realistic names and requests (bench/sample-text.ts) instead of numbered placeholders, for
 * searches; handlerIds: handlers the cases are spread over (none: unassigned).
 */
export type RegisterShape = { total: number; firstYear: number; years: number; today: string; seed?: number; text?: boolean; handlerIds?: readonly number[] };

/** mulberry32: small, fast, good enough for test data. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function weighted<T>(items: readonly (readonly [T, number])[]): (r: number) => T {
  const sum = items.reduce((s, [, w]) => s + w, 0);
  return (r) => {
    let x = r * sum;
    for (const [item, w] of items) {
      x -= w;
      if (x < 0) return item;
    }
    return items[items.length - 1][0];
  };
}

const TYPE_WEIGHTS = [80, 12, 1, 1, 3, 3];
const pickType = weighted(APPLICANT_TYPE_CODES.map((c, i) => [c, TYPE_WEIGHTS[i]] as const));
// disclosed, partial, the withheld items, unavailable, not processed, other (categories order).
const OUTCOME_WEIGHTS = [35, 10, 0.2, 0.5, 0.3, 2, 1, 2, 1, 0.5, 22, 3, 1, 9, 2, 1, 0.5, 0.5, 2, 0.5, 6];
const pickOutcome = weighted(OUTCOME_CODES.map((c, i) => [c, OUTCOME_WEIGHTS[i]] as const));
const pickWait = weighted<[number, number] | null>([
  [[1, 30], 78],
  [[30, 60], 15],
  [[60, 240], 5],
  [null, 2], // never closed
]);

/** Inserts the register in one transaction with one prepared statement; returns the case count. */
export function generateRegister(client: Database.Database, shape: RegisterShape): number {
  const random = rng(shape.seed ?? 20240119);
  // Year weights grow linearly from 1 to 2: later years have about twice the first year's volume.
  const weights = Array.from({ length: shape.years }, (_, i) => 1 + i / Math.max(1, shape.years - 1));
  const weightSum = weights.reduce((s, w) => s + w, 0);
  const insert = client.prepare(
    `INSERT INTO cases (case_no, received_on, registered_on, channel, applicant_type, applicant_name, content,
       outcome, replied_on, clock_start_on, clock_state, handler_id, created_at, updated_at)
     VALUES (?, ?, ?, 'online', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const stamp = new Date().toISOString();
  let n = 0;
  client.transaction(() => {
    for (let y = 0; y < shape.years; y++) {
      const year = shape.firstYear + y;
      const count = y === shape.years - 1 ? shape.total - n : Math.round((shape.total * weights[y]) / weightSum);
      const start = `${year}-01-01`;
      const days = year % 4 === 0 ? 366 : 365;
      // Received dates in order, so the rowid order follows time as in a real register.
      const offsets = Array.from({ length: count }, () => Math.floor(random() * days)).sort((a, b) => a - b);
      for (const offset of offsets) {
        n += 1;
        const receivedOn = addDays(start, offset);
        const wait = pickWait(random());
        let repliedOn: string | null = wait ? addDays(receivedOn, wait[0] + Math.floor(random() * (wait[1] - wait[0]))) : null;
        if (repliedOn !== null && repliedOn > shape.today) repliedOn = null;
        const type = pickType(random());
        const outcome = repliedOn ? pickOutcome(random()) : null;
        const name = shape.text ? sampleApplicantName(random) : `申请人${n % 997}`;
        const content = shape.text ? sampleContent(random, year) : '';
        const handlerId = shape.handlerIds?.length ? shape.handlerIds[n % shape.handlerIds.length] : null;
        insert.run(`B${year}-${String(n).padStart(7, '0')}`, receivedOn, receivedOn, type, name, content, outcome, repliedOn, receivedOn, repliedOn ? 'closed' : 'running', handlerId, stamp, stamp);
      }
    }
  })();
  return n;
}
