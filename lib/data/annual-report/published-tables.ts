import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { reportVersions } from '@/db/schema';
import { ForbiddenError } from '@/lib/domain/errors';
import { canViewReport } from '@/lib/domain/policy';
import type { Check, TableFour, TableThree } from '@/lib/domain/report';
import type { ReportContent } from '@/lib/domain/report/annual';
import type { Actor } from '@/lib/domain/roles';
import { REPORT_FORBIDDEN } from '../annual-report';

/** The tables of a year's latest published version, for the tables page; null before publishing. */
export function latestPublishedTables(actor: Actor, year: number): { number: number; publishedOn: string; tableThree: TableThree; tableFour: TableFour; checks: Check[] } | null {
  if (!canViewReport(actor)) throw new ForbiddenError(REPORT_FORBIDDEN);
  const row = getDb().select().from(reportVersions).where(eq(reportVersions.year, year)).orderBy(desc(reportVersions.number)).limit(1).get();
  if (!row) return null;
  const content = row.content as unknown as ReportContent;
  const checks = (row.checks as Check[]).filter((c) => !('key' in c) || /^(identity|carried_in|row_totals|results_total)/.test(String((c as { key: string }).key)));
  return { number: row.number, publishedOn: row.publishedOn, tableThree: content.tableThree, tableFour: content.tableFour, checks };
}
