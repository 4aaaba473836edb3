// An independent check of the register's clock: random registers with steps over 2020–2025 are
// imported through the same path as the import page and the CLI, exported, and every exported
// 答复期限 (and, for a closed case, 办理状态 and 超期工作日) is compared with a computation written
// here from the text of RULES §3 on the shipped official schedules — day by day, without any of the
// product's calendar or clock code.
import { Buffer } from 'node:buffer';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { OFFICIAL_SCHEDULES } from '@/lib/domain/calendar/official-schedules';
import { formatProblem, parseCsv } from '@/lib/domain/register';
import type { Actor } from '@/lib/domain/roles';
import { CLI_ADMIN, createTempDatabase } from '../support/temp-db';

const TODAY = '2026-01-20';
vi.useFakeTimers({ toFake: ['Date'] });
vi.setSystemTime(new Date(`${TODAY}T04:00:00Z`));
const temp = createTempDatabase('deadline-independent');
afterAll(() => {
  vi.useRealTimers();
  return temp.remove();
});
const SUPERVISOR: Actor = { id: null, username: 'boss', displayName: '负责人', role: 'supervisor' };

// ---- RULES §3, written out plainly -------------------------------------------------------------

const OFF = new Set<string>();
const WORK = new Set<string>();
for (const s of OFFICIAL_SCHEDULES) for (const d of s.days) (d.kind === 'off' ? OFF : WORK).add(d.date);

const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
/** Monday–Friday, minus the notice's days off, plus its make-up working days. */
function isWorkingDay(d: string): boolean {
  if (WORK.has(d)) return true;
  if (OFF.has(d)) return false;
  const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
  return dow >= 1 && dow <= 5;
}
/** Day 1 is the first working day after `from`; the Nth is returned. */
function nthWorkingDayAfter(from: string, n: number): string {
  let d = from;
  for (let k = 0; k < n; ) {
    d = nextDay(d);
    if (isWorkingDay(d)) k++;
  }
  return d;
}
/** The working days d with from < d ≤ to. */
function workingDaysIn(from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = nextDay(from); d <= to; d = nextDay(d)) if (isWorkingDay(d)) days.push(d);
  return days;
}
const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

type Row = {
  caseNo: string;
  receivedOn: string;
  repliedOn: string | null;
  correction: { noticeOn: string; receivedOn: string | null } | null;
  consultations: { sentOn: string; answeredOn: string | null }[];
  fee: { noticeOn: string; paidOn: string | null; amount: number | null } | null;
  extension: { days: number; toldOn: string } | null;
};

/** The deadline of RULES §3 for a row, as of its reply date (or today, while open). */
function expectedDeadline(r: Row): string {
  const asOf = r.repliedOn ?? TODAY;
  // Received date, or the corrected application's; while a correction is awaited, as if it arrived today.
  let start = r.receivedOn;
  if (r.correction) start = r.correction.receivedOn ?? later(r.correction.noticeOn, asOf);
  const period = 20 + (r.extension?.days ?? 0);
  // Pauses: a consultation until its answer or the 15th working day after sending, whichever is
  // first; a fee from the notice to payment; open ones up to asOf.
  const pauses: { from: string; to: string }[] = [];
  for (const c of r.consultations) pauses.push({ from: c.sentOn, to: earlier(c.answeredOn ?? asOf, nthWorkingDayAfter(c.sentOn, 15)) });
  if (r.fee) pauses.push({ from: r.fee.noticeOn, to: r.fee.paidOn ?? asOf });
  // Overlapping pauses are one stop, each day counted once; a stop moves the deadline only if it
  // starts on or before the deadline then in force; only days after the start count.
  pauses.sort((a, b) => a.from.localeCompare(b.from));
  const stops: { from: string; to: string }[] = [];
  for (const p of pauses) {
    const last = stops[stops.length - 1];
    if (last && p.from <= last.to) last.to = later(last.to, p.to);
    else stops.push({ ...p });
  }
  let paused = 0;
  for (const s of stops) {
    const from = later(s.from, start);
    if (from > nthWorkingDayAfter(start, period + paused)) continue;
    paused += workingDaysIn(from, s.to).length;
  }
  return nthWorkingDayAfter(start, period + paused);
}

// ---- Random registers --------------------------------------------------------------------------

const FIRST = '2020-01-01';
const LAST = '2025-12-31';
const dayIn = (from: string, to: string) => fc.integer({ min: 0, max: Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) }).map((n) => plusDays(from, n));
const gap = (max: number) => fc.integer({ min: 0, max });
/** `arb` with probability p, else null. */
const maybe = <T>(arb: fc.Arbitrary<T>, p: number): fc.Arbitrary<T | null> =>
  fc.oneof({ arbitrary: fc.constant(null), weight: Math.round((1 - p) * 20) }, { arbitrary: arb, weight: Math.round(p * 20) });

const rowArb = fc
  .record({
    receivedOn: dayIn(FIRST, '2025-10-31'),
    correction: maybe(fc.record({ notice: gap(10), corrected: maybe(gap(20), 0.8) }), 0.25),
    consultation: maybe(fc.record({ sent: gap(35), answer: maybe(gap(40), 0.8), again: maybe(fc.record({ after: gap(10), answer: maybe(gap(20), 0.7) }), 0.15) }), 0.45),
    fee: maybe(fc.record({ notice: gap(35), paid: maybe(gap(40), 0.8), amount: maybe(fc.integer({ min: 1, max: 5000 }), 0.5) }), 0.35),
    extension: maybe(fc.record({ told: gap(20), days: fc.integer({ min: 1, max: 20 }) }), 0.3),
    reply: maybe(gap(40), 0.75),
  })
  .map((g): Row => {
    const r: Row = { caseNo: '', receivedOn: g.receivedOn, repliedOn: null, correction: null, consultations: [], fee: null, extension: null };
    let start = g.receivedOn;
    if (g.correction) {
      const noticeOn = plusDays(g.receivedOn, g.correction.notice);
      const receivedOn = g.correction.corrected === null ? null : plusDays(noticeOn, g.correction.corrected);
      r.correction = { noticeOn, receivedOn };
      if (receivedOn) start = receivedOn;
    }
    // While a correction is awaited the case page allows no other step.
    const awaiting = r.correction !== null && r.correction.receivedOn === null;
    if (!awaiting && g.consultation) {
      const sentOn = plusDays(start, g.consultation.sent);
      const answeredOn = g.consultation.answer === null ? null : plusDays(sentOn, g.consultation.answer);
      r.consultations.push({ sentOn, answeredOn });
      if (answeredOn && g.consultation.again) {
        const again = plusDays(answeredOn, g.consultation.again.after);
        r.consultations.push({ sentOn: again, answeredOn: g.consultation.again.answer === null ? null : plusDays(again, g.consultation.again.answer) });
      }
    }
    if (!awaiting && g.fee) {
      const noticeOn = plusDays(start, g.fee.notice);
      r.fee = { noticeOn, paidOn: g.fee.paid === null ? null : plusDays(noticeOn, g.fee.paid), amount: g.fee.amount };
    }
    // Told within 20 calendar days of the start: never after the deadline in force.
    if (!awaiting && g.extension) r.extension = { days: g.extension.days, toldOn: plusDays(start, g.extension.told) };
    const dates = [r.receivedOn, r.correction?.noticeOn, r.correction?.receivedOn, ...r.consultations.flatMap((c) => [c.sentOn, c.answeredOn]), r.fee?.noticeOn, r.fee?.paidOn, r.extension?.toldOn];
    const lastStep = dates.filter((d): d is string => !!d).sort().at(-1)!;
    if (g.reply !== null) r.repliedOn = plusDays(lastStep, g.reply);
    // Nothing after the last day of 2025.
    if (lastStep > LAST) return { ...r, correction: null, consultations: [], fee: null, extension: null, repliedOn: null };
    if (r.repliedOn && r.repliedOn > LAST) r.repliedOn = null;
    return r;
  });

// Dates written the ways clerks write them.
const FORMATS = [(d: string) => d, (d: string) => d.replace(/-0?/g, '/'), (d: string) => `${+d.slice(0, 4)}年${+d.slice(5, 7)}月${+d.slice(8, 10)}日`];
function csvOf(rows: readonly Row[]): string {
  const header = '申请编号,收到日期,申请人类型,申请人,答复日期,办理结果,补正告知日期,补正收到日期,征求意见日期,征求意见答复日期,收费通知日期,缴费日期,收费金额,延期工作日,延期告知日期';
  const lines = rows.map((r, i) => {
    const f = (d: string | null | undefined) => (d ? FORMATS[i % FORMATS.length](d) : '');
    const list = (ds: (string | null)[]) => ds.filter((d): d is string => d !== null).map(f).join('；');
    return [
      r.caseNo,
      f(r.receivedOn),
      '自然人',
      `申请人${i}`,
      f(r.repliedOn),
      r.repliedOn ? '予以公开' : '',
      f(r.correction?.noticeOn),
      f(r.correction?.receivedOn),
      list(r.consultations.map((c) => c.sentOn)),
      list(r.consultations.map((c) => c.answeredOn)),
      f(r.fee?.noticeOn),
      f(r.fee?.paidOn),
      r.fee?.amount ?? '',
      r.extension?.days ?? '',
      f(r.extension?.toldOn),
    ].join(',');
  });
  return [header, ...lines].join('\r\n');
}

describe('exported deadlines against an independent computation of RULES §3', () => {
  it.each([1, 2, 3])('random register %i: every 答复期限, and every closed case’s status and lateness, agree', async (seed) => {
    process.env.DATABASE_PATH = path.join(temp.dir, `register-${seed}.sqlite`);
    const rows = fc.sample(fc.array(rowArb, { minLength: 150, maxLength: 150 }), { numRuns: 1, seed })[0].map((r, i) => ({ ...r, caseNo: `IND-${seed}-${i}` }));
    const { prepareImport } = await import('@/lib/import/prepare-import');
    const prepared = await prepareImport(CLI_ADMIN, 'register', Buffer.from(csvOf(rows), 'utf8'), 'random.csv', TODAY);
    if (!prepared.ok) throw new Error(prepared.fileError ?? prepared.problems.map(formatProblem).join('\n'));
    expect((await prepared.run()).created).toBe(rows.length);

    const { exportRegister } = await import('@/lib/data/register-export');
    const [header, ...lines] = parseCsv((await exportRegister(SUPERVISOR, 'csv')).body.toString('utf8'));
    const col = (name: string) => header.indexOf(name);
    const exported = new Map(lines.map((l) => [l[0], l]));
    for (const r of rows) {
      const line = exported.get(r.caseNo)!;
      const due = expectedDeadline(r);
      const got = { caseNo: r.caseNo, due: line[col('答复期限')], provisional: line[col('期限暂定')] };
      expect(got).toEqual({ caseNo: r.caseNo, due, provisional: '' });
      if (r.repliedOn) {
        const late = r.repliedOn > due;
        expect([line[col('办理状态')], line[col('超期工作日')]]).toEqual(late ? ['超期办结', String(Math.max(1, workingDaysIn(due, r.repliedOn).length))] : ['按时办结', '']);
      }
    }
    // The registers do exercise the rules: restarts, caps, overlaps, pauses after the deadline, extensions.
    const capped = rows.filter((r) => r.consultations.some((c) => !c.answeredOn || c.answeredOn > nthWorkingDayAfter(c.sentOn, 15)));
    const overlapping = rows.filter((r) => r.fee && r.consultations.some((c) => c.sentOn <= (r.fee!.paidOn ?? TODAY) && r.fee!.noticeOn <= (c.answeredOn ?? TODAY)));
    expect({ capped: capped.length > 5, overlapping: overlapping.length > 3, corrected: rows.filter((r) => r.correction?.receivedOn).length > 5, extended: rows.filter((r) => r.extension).length > 10 }).toEqual({
      capped: true,
      overlapping: true,
      corrected: true,
      extended: true,
    });
  }, 120_000);
});
