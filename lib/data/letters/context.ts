import 'server-only';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { cases, letters } from '@/db/schema';
import { NotFoundError } from '@/lib/domain/errors';
import { addWorkingDays } from '@/lib/domain/calendar/work-calendar';
import type { LetterType } from '@/lib/domain/letters/letter-types';
import { prefillClerkValues } from '@/lib/domain/letters/prefill';
import { renderTemplate } from '@/lib/domain/letters/template';
import { fixedParts, letterValues, type ClerkValues, type LetterAgencyFacts } from '@/lib/domain/letters/values';
import { clockEventsOf, clockOf } from '../case-clock';
import { readLetterSettings, type LetterSettings } from '../letter-settings';
import { readSettings } from '../settings';
import { loadWorkCalendar } from '../work-calendar';
import { today } from '../today';
import { currentTemplate } from './current-template';

// Everything a letter is written from: the case, the agency's settings, the case's recorded steps.

type Reader = Pick<Db, 'select'>;
export type CaseRow = typeof cases.$inferSelect;

export function loadCaseRow(tx: Reader, caseId: number): CaseRow {
  const row = tx.select().from(cases).where(eq(cases.id, caseId)).get();
  if (!row) throw new NotFoundError('该申请不存在。');
  return row;
}

export function agencyFacts(tx: Reader, ls: LetterSettings = readLetterSettings(tx)): LetterAgencyFacts {
  return {
    agencyName: readSettings(tx as Db).agencyName,
    agencyShortName: ls.agencyShortName,
    reconsiderationBody: ls.reconsiderationBody,
    courtName: ls.courtName,
    contact: ls.agencyContact,
    proceduralRemedy: ls.proceduralRemedy,
  };
}

/** The deadline once an extension of `days` is approved; the approved one if it already is. */
function extendedDueOn(tx: Reader, row: CaseRow, clerk: ClerkValues): string | null {
  const calendar = loadWorkCalendar(tx);
  const clock = clockOf(row, clockEventsOf(tx, row.id), { calendar, today: today() });
  if (clock.extension.state === 'approved') return clock.statutoryDueOn;
  const days = Number(clerk['延期天数']);
  return Number.isInteger(days) && days > 0 ? addWorkingDays(calendar, clock.statutoryDueOn, days).date : null;
}

export function valuesFor(tx: Reader, type: LetterType, row: CaseRow, clerk: ClerkValues): Record<string, string> {
  const extra = type.kind === 'extension' ? { extendedDueOn: extendedDueOn(tx, row, clerk) } : {};
  return letterValues(type, row, agencyFacts(tx), clerk, extra);
}

export function prefillFor(tx: Reader, type: LetterType, row: CaseRow): ClerkValues {
  const correctionLetterNo =
    tx
      .select({ docNo: letters.docNo })
      .from(letters)
      .where(and(eq(letters.caseId, row.id), eq(letters.kind, 'correction'), eq(letters.status, 'issued')))
      .orderBy(desc(letters.id))
      .get()?.docNo ?? null;
  const related = row.relatedCaseId ? tx.select({ docNo: cases.replyDocNo, repliedOn: cases.repliedOn }).from(cases).where(eq(cases.id, row.relatedCaseId)).get() : undefined;
  return prefillClerkValues(type, {
    events: clockEventsOf(tx, row.id),
    correctionPeriodDays: readLetterSettings(tx).correctionPeriodDays,
    correctionLetterNo,
    relatedReply: related?.repliedOn ? { docNo: related.docNo, repliedOn: related.repliedOn } : null,
  });
}

/** A letter written afresh from the agency's current template. */
export function draftFromTemplate(tx: Reader, type: LetterType, row: CaseRow, clerk: ClerkValues) {
  const template = currentTemplate(tx, type.key);
  const values = valuesFor(tx, type, row, clerk);
  const rendered = renderTemplate(type, template, values, readLetterSettings(tx));
  return { ...rendered, templateVersion: template.version, fixed: fixedParts(type, values) };
}
