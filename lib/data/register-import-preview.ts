import 'server-only';
import type { Db } from '@/db/client';
import { ForbiddenError } from '@/lib/domain/errors';
import { canImportRegister } from '@/lib/domain/policy';
import { caseChangeLine, changeLineCap, deadlineChangeLine, type RegisterColumnKey, type RegisterProblem, type RegisterRow } from '@/lib/domain/register';
import { casePublishedChanges, publishedChangeLines } from '@/lib/domain/report/annual';
import type { Actor } from '@/lib/domain/roles';
import { withHandlerNames } from './audit-names';
import { publishedYears, reportCaseOf } from './annual-report/published-guard';
import { registerPlanner, type PlannedRow } from './register-import-plan';
import { databaseStamp } from './while-unchanged';

// What importing a register would do, worked out row by row as the file is read, keeping only the
// counts, the first lines of each list and the verdict (register-import-plan.ts): the preview of
// the import page, and the check against the database before the first write.

export const IMPORT_FORBIDDEN = '只有管理员可以导入台账。';

export function assertAllowed(actor: Actor): void {
  if (!canImportRegister(actor)) throw new ForbiddenError(IMPORT_FORBIDDEN);
}

export type RegisterImportSummary = { created: number; updated: number; unchanged: number; warnings: string[] };
/**
 * changes: per updated case, the fields that would change; deadlines: per case whose steps the file
 * records, the steps and the deadline before and after (capChangeLines: at most 50 lines and a total).
 */
export type RegisterImportPreview = RegisterImportSummary & { problems: RegisterProblem[]; changes: string[]; deadlines: string[]; published: string[] };
/** A preview with the state of the database it was worked out in (databaseStamp). */
export type RegisterVerdict = RegisterImportPreview & { stamp: string };

/** The case's report facts before and after a planned row (an import never reopens a case). */
export function plannedFacts(p: PlannedRow): { before: ReturnType<typeof reportCaseOf> | null; after: ReturnType<typeof reportCaseOf> | null } {
  if (p.kind === 'new') return { before: null, after: reportCaseOf(p.values) };
  if (p.kind === 'unchanged') return { before: null, after: null };
  const changed = Object.fromEntries(Object.keys(p.changes).map((k) => [k, p.values[k as keyof typeof p.values]]));
  return { before: reportCaseOf(p.existing), after: reportCaseOf({ ...p.existing, ...changed }) };
}

/** Plans rows one at a time (`add`), for an administrator; `verdict` is the preview of all of them. */
export function registerPreviewer(actor: Actor, db: Db, columns?: readonly RegisterColumnKey[]) {
  assertAllowed(actor);
  const stamp = databaseStamp(db);
  const planner = registerPlanner(db, columns);
  const years = publishedYears(db);
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const changes = changeLineCap('件');
  const deadlines = changeLineCap('件');
  const published = changeLineCap('件');
  return {
    add(row: RegisterRow): void {
      const p = planner.plan(row);
      if (!p) return;
      counts[p.kind === 'new' ? 'created' : p.kind === 'update' ? 'updated' : 'unchanged'] += 1;
      if (p.kind === 'update' && Object.keys(p.changes).length) changes.add(() => caseChangeLine(p.existing.caseNo, withHandlerNames(db, p.changes)));
      if (p.kind !== 'unchanged' && p.deadline) {
        const { steps, deadline } = p;
        deadlines.add(() => deadlineChangeLine(p.row.caseNo, p.kind === 'new', steps, deadline.before, deadline.after));
      }
      if (years.length) {
        const { before, after } = plannedFacts(p);
        const lines = publishedChangeLines(casePublishedChanges(years, before, after));
        if (lines.length) published.add(() => `${p.row.caseNo}：${lines.join('；')}`);
      }
    },
    verdict(): RegisterVerdict {
      const { problems, warnings } = planner.result();
      return { ...counts, problems, warnings, changes: changes.lines(), deadlines: deadlines.lines(), published: published.lines(), stamp };
    },
  };
}

/** The preview of a verdict, for an administrator. */
export function shownPreview(actor: Actor, verdict: RegisterVerdict): RegisterImportPreview {
  assertAllowed(actor);
  const { stamp: _stamp, ...preview } = verdict;
  return preview;
}
