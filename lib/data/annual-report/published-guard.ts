import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { reportVersions } from '@/db/schema';
import { PublishedReportChangeError } from '@/lib/domain/errors';
import type { ReportCase, ReviewRecord } from '@/lib/domain/report';
import { casePublishedChanges, publishedChangeLines, publishedChangeWarning, reviewPublishedChanges, type PublishedChange } from '@/lib/domain/report/annual';
import type { Changes } from '../audit';

// Before a case or a review record is saved: would the save move a number of a published year's
// report? Unconfirmed, the save is refused with what it would change (the form asks to confirm);
// confirmed, the audit record of the save names the year and the cells.

type Reader = Pick<Db, 'select' | 'selectDistinct'>;

export function publishedYears(db: Reader): number[] {
  return db.selectDistinct({ year: reportVersions.year }).from(reportVersions).all().map((r) => r.year);
}

/** A case's facts as the report sees them, from a case row. */
export function reportCaseOf(row: { caseNo: string; receivedOn: string; repliedOn: string | null; applicantType: string; outcome: string | null }): ReportCase {
  return { caseNo: row.caseNo, receivedOn: row.receivedOn, repliedOn: row.repliedOn, applicantType: row.applicantType as ReportCase['applicantType'], outcome: row.outcome as ReportCase['outcome'] };
}

function guard(changes: PublishedChange[], confirmed: boolean): Changes {
  if (!changes.length) return {};
  const lines = publishedChangeLines(changes);
  if (!confirmed) throw new PublishedReportChangeError(publishedChangeWarning(changes), lines);
  return { publishedReport: { from: null, to: lines.join('；') } };
}

/** Refuses an unconfirmed save that moves published numbers; else the audit changes to add. */
export function guardCaseChange(db: Reader, before: ReportCase | null, after: ReportCase | null, confirmed: boolean): Changes {
  const years = publishedYears(db);
  return years.length ? guard(casePublishedChanges(years, before, after), confirmed) : {};
}

export function guardReviewChange(db: Reader, before: ReviewRecord | null, after: ReviewRecord | null, confirmed: boolean): Changes {
  const years = publishedYears(db);
  return years.length ? guard(reviewPublishedChanges(years, before, after), confirmed) : {};
}

/** Whether any year is published (cheap: callers skip the work otherwise). */
export function anyPublished(db: Reader): boolean {
  return db.select({ n: sql<number>`count(*)` }).from(reportVersions).get()!.n > 0;
}
