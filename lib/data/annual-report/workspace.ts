import 'server-only';
import { desc, eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { reportVersions } from '@/db/schema';
import { ForbiddenError } from '@/lib/domain/errors';
import { canCorrectAnnualReport, canDraftAnnualReport, canPublishAnnualReport } from '@/lib/domain/policy';
import { generateParagraphs, newDraft, reportChecks, type GeneratedKey, type PreviousYear, type ReportCheck, type ReportContent, type ReportDraft, type ReportFacts } from '@/lib/domain/report/annual';
import { selectableYears } from '@/lib/domain/report-year';
import type { Actor } from '@/lib/domain/roles';
import { readSettings } from '../settings';
import { today } from '../today';
import { storedDraft } from './draft-store';
import { latestPublished, liveTables, previousYear, reportFacts } from './facts';

export const WORKSPACE_FORBIDDEN = '只有负责人和管理员可以编写和发布年度报告。';

export type VersionSummary = {
  number: number;
  kind: 'publish' | 'correction';
  publishedOn: string;
  publishedAt: string;
  publishedByName: string;
  reason: string | null;
  acknowledgement: string | null;
};

/** Everything about a year's report, computed in one read of the register. */
export type ReportState = {
  year: number;
  agencyName: string;
  draft: ReportDraft;
  /** 0 while the draft has never been saved. */
  draftVersion: number;
  facts: ReportFacts;
  previous: PreviousYear;
  /** The paragraphs as the facts would have them now. */
  fresh: Record<GeneratedKey, string>;
  /** The draft with the live tables: what publishing now would store. */
  content: ReportContent;
  checks: ReportCheck[];
  versions: VersionSummary[];
  published: { number: number; content: ReportContent } | null;
};

export function versionSummaries(db: Pick<Db, 'select'>, year: number): VersionSummary[] {
  return db
    .select({
      number: reportVersions.number,
      kind: reportVersions.kind,
      publishedOn: reportVersions.publishedOn,
      publishedAt: reportVersions.publishedAt,
      publishedByName: reportVersions.publishedByName,
      reason: reportVersions.reason,
      acknowledgement: reportVersions.acknowledgement,
    })
    .from(reportVersions)
    .where(eq(reportVersions.year, year))
    .orderBy(desc(reportVersions.number))
    .all();
}

/** Reads the state of a year's report; call inside a transaction when a write depends on it. */
export function readReportState(db: Db, year: number): ReportState {
  const agencyName = readSettings(db).agencyName;
  const tables = liveTables(db, year);
  const previous = previousYear(db, year, tables.previousTableThree);
  const facts = reportFacts(db, year, tables, previous);
  const stored = storedDraft(db, year);
  const draft = stored?.draft ?? newDraft(agencyName, facts, previous.inForce);
  const generated = generateParagraphs(facts);
  const content: ReportContent = {
    year,
    agencyName,
    texts: draft.texts,
    paragraphs: Object.fromEntries(Object.entries(draft.paragraphs).map(([k, p]) => [k, p.text])) as ReportContent['paragraphs'],
    tableTwo: draft.tableTwo,
    tableThree: tables.tableThree,
    tableFour: tables.tableFour,
  };
  return {
    year,
    agencyName,
    draft,
    draftVersion: stored?.version ?? 0,
    facts,
    previous,
    fresh: Object.fromEntries(Object.entries(generated).map(([k, g]) => [k, g.text])) as Record<GeneratedKey, string>,
    content,
    checks: reportChecks(content, facts, previous),
    versions: versionSummaries(db, year),
    published: latestPublished(db, year),
  };
}

export type ReportWorkspace = ReportState & {
  years: number[];
  today: string;
  can: { edit: boolean; publish: boolean; correct: boolean };
};

export function getReportWorkspace(actor: Actor, year: number): ReportWorkspace {
  if (!canDraftAnnualReport(actor)) throw new ForbiddenError(WORKSPACE_FORBIDDEN);
  const db = getDb();
  // One read-only snapshot: every number of the page from the same state of the register.
  const state = db.$client.transaction(() => readReportState(db, year))();
  const day = today();
  return {
    ...state,
    years: selectableYears(day, null),
    today: day,
    can: { edit: canDraftAnnualReport(actor), publish: canPublishAnnualReport(actor) && state.versions.length === 0, correct: canCorrectAnnualReport(actor) && state.versions.length > 0 },
  };
}
