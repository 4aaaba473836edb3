import 'server-only';
import { Buffer } from 'node:buffer';
import { asc, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb, type Db } from '@/db/client';
import { caseEvents, cases, reviews, users } from '@/db/schema';
import { CLOCK_EVENT_KINDS, type ClockEvent } from '@/lib/domain/clock';
import type { ApplicantType, OutcomeCode, ReviewKind, ReviewResult } from '@/lib/domain/categories';
import { ForbiddenError } from '@/lib/domain/errors';
import { canExportRegister } from '@/lib/domain/policy';
import { REGISTER_HEADERS, REVIEW_HEADERS, registerRowFromCase, registerStepsOf, reviewRowFromRecord, toCsv } from '@/lib/domain/register';
import type { Actor } from '@/lib/domain/roles';
import { writeRegisterXlsx } from '@/lib/export';
import { clockOf } from './case-clock';
import { readSettings } from './settings';
import { today } from './today';
import { loadWorkCalendar } from './work-calendar';

// The register and the review file as the product exports them (INTERFACES §1), in the notations
// the importer reads back: export → import into an empty database gives the same tables.
// toCsv and writeRegisterXlsx neutralise every text cell against formula injection.

export type ExportFormat = 'xlsx' | 'csv';
export type ExportFile = { fileName: string; contentType: string; body: Buffer };

export const CONTENT_TYPES: Record<ExportFormat | 'json', string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

function assertAllowed(actor: Actor): void {
  if (!canExportRegister(actor)) throw new ForbiddenError('只有负责人和管理员可以导出台账。');
}

async function file(stem: string, format: ExportFormat, headers: readonly string[], rows: (string | number | null)[][], sheet: string): Promise<ExportFile> {
  const body = format === 'csv' ? Buffer.from(toCsv([headers as string[], ...rows]), 'utf8') : await writeRegisterXlsx(headers, rows, sheet);
  return { fileName: `${stem}（${today()}导出）.${format}`, contentType: CONTENT_TYPES[format], body };
}

/** Every case's clock events, in recorded order, by case id: one query for the whole register. */
function clockEventsByCase(db: Db): Map<number, ClockEvent[]> {
  const byCase = new Map<number, ClockEvent[]>();
  const rows = db
    .select({ caseId: caseEvents.caseId, kind: caseEvents.kind, data: caseEvents.data })
    .from(caseEvents)
    .where(inArray(caseEvents.kind, [...CLOCK_EVENT_KINDS]))
    .orderBy(asc(caseEvents.id))
    .all();
  for (const e of rows) {
    const list = byCase.get(e.caseId) ?? [];
    list.push({ ...e.data, kind: e.kind } as ClockEvent);
    byCase.set(e.caseId, list);
  }
  return byCase;
}

export async function exportRegister(actor: Actor, format: ExportFormat): Promise<ExportFile & { count: number }> {
  assertAllowed(actor);
  const db = getDb();
  const handler = alias(users, 'handler');
  const events = clockEventsByCase(db);
  // The deadline and status as of today, as the case page shows them (not the stored columns,
  // which a paused case refreshes only once a day).
  const clockOptions = { calendar: loadWorkCalendar(db), today: today(), dueSoonDays: readSettings(db).dueSoonDays };
  const rows = db
    .select({ c: cases, handler: handler.displayName })
    .from(cases)
    .leftJoin(handler, eq(handler.id, cases.handlerId))
    .orderBy(asc(cases.receivedOn), asc(cases.caseNo))
    .all()
    .map(({ c, handler: name }) => {
      const recorded = events.get(c.id) ?? [];
      return registerRowFromCase({
        ...c,
        applicantType: c.applicantType as ApplicantType,
        outcome: c.outcome as OutcomeCode | null,
        handler: name,
        steps: registerStepsOf(recorded),
        clock: clockOf(c, recorded, clockOptions),
      });
    });
  return { ...(await file('政府信息公开申请台账', format, REGISTER_HEADERS, rows, '台账')), count: rows.length };
}

export async function exportReviewFile(actor: Actor, format: ExportFormat): Promise<ExportFile & { count: number }> {
  assertAllowed(actor);
  const rows = getDb()
    .select({ r: reviews, caseNo: cases.caseNo })
    .from(reviews)
    .leftJoin(cases, eq(cases.id, reviews.caseId))
    .orderBy(asc(reviews.filedOn), asc(reviews.id))
    .all()
    .map(({ r, caseNo }) =>
      reviewRowFromRecord({ caseNo, kind: r.kind as ReviewKind, filedOn: r.filedOn, result: r.result as ReviewResult | null, decidedOn: r.decidedOn }),
    );
  return { ...(await file('行政复议行政诉讼记录', format, REVIEW_HEADERS, rows, '复议诉讼')), count: rows.length };
}
