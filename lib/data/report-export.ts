import 'server-only';
import { Buffer } from 'node:buffer';
import { and, desc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { reportVersions } from '@/db/schema';
import { ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { canDraftAnnualReport } from '@/lib/domain/policy';
import { reportJson, type Check } from '@/lib/domain/report';
import { annualReportTitle, type ReportContent } from '@/lib/domain/report/annual';
import { reportTitle } from '@/lib/domain/report-year';
import type { Actor } from '@/lib/domain/roles';
import { annualReportDocx, annualReportHtml, reportCsv, writeReportXlsx } from '@/lib/export';
import { getAnnualReport, REPORT_FORBIDDEN } from './annual-report';
import { storedDraft } from './annual-report/draft-store';
import { getReportWorkspace } from './annual-report/workspace';
import { CONTENT_TYPES as REGISTER_TYPES, type ExportFile } from './register-export';

// A year's report as a file. The tables (XLSX in the published layout, CSV, the JSON object of
// INTERFACES §2) and the whole annual report (DOCX in the official document format, a standalone
// HTML page). After publishing, every format gives the latest published version unless another
// version or the current data is asked for (REPORT.md §5); before it, the current data, and the
// whole report is the current draft marked 草稿.

export type ReportFormat = 'xlsx' | 'csv' | 'json' | 'docx' | 'html';
export const REPORT_FORMATS: readonly ReportFormat[] = ['xlsx', 'csv', 'json', 'docx', 'html'];
/** latest: the latest published version if any, else the current data; current: the current data and draft. */
export type ReportSource = { kind: 'latest' } | { kind: 'current' } | { kind: 'version'; number: number };

const CONTENT_TYPES: Record<ReportFormat, string> = {
  ...REGISTER_TYPES,
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
};

export const DRAFT_MARKER = '草稿（尚未发布，数字以发布版本为准）';

export function isReportFormat(value: string | null | undefined): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value ?? '');
}

/** JSON as printed: two-space indented, one object, a final newline. */
export function reportJsonText(json: unknown): string {
  return `${JSON.stringify(json, null, 2)}\n`;
}

type Resolved = { content: ReportContent; checks: Check[]; marker: string | null; version: number | null };

function publishedVersion(year: number, number: number | null): Resolved | null {
  const db = getDb();
  const where = number === null ? eq(reportVersions.year, year) : and(eq(reportVersions.year, year), eq(reportVersions.number, number));
  const row = db.select().from(reportVersions).where(where).orderBy(desc(reportVersions.number)).limit(1).get();
  if (!row) return null;
  const checks = (row.checks as Check[]).map(({ name, ok, detail }) => ({ name, ok, detail }));
  return { content: row.content as unknown as ReportContent, checks, marker: null, version: row.number };
}

/**
 * The content of the file: a published version, or the current data (the tables only, for the
 * table formats, so that they cost no more than the report page; the whole draft for DOCX and HTML).
 */
function resolve(actor: Actor, year: number, source: ReportSource, whole: boolean): Resolved {
  if (!canDraftAnnualReport(actor)) throw new ForbiddenError(REPORT_FORBIDDEN);
  if (source.kind !== 'current') {
    const found = publishedVersion(year, source.kind === 'version' ? source.number : null);
    if (found) return found;
    if (source.kind === 'version') throw new NotFoundError(`${year}年度报告没有第${source.number}版。`);
  }
  if (whole) return { content: getReportWorkspace(actor, year).content, checks: [], marker: DRAFT_MARKER, version: null };
  const tables = getAnnualReport(actor, year);
  const content: ReportContent = {
    year,
    agencyName: tables.agencyName,
    texts: {} as ReportContent['texts'],
    paragraphs: {} as ReportContent['paragraphs'],
    tableTwo: storedDraft(getDb(), year)?.draft.tableTwo ?? {},
    tableThree: tables.tableThree,
    tableFour: tables.tableFour,
  };
  return { content, checks: tables.checks, marker: DRAFT_MARKER, version: null };
}

export async function exportAnnualReport(actor: Actor, year: number, format: ReportFormat, source: ReportSource = { kind: 'latest' }): Promise<ExportFile & { asciiName: string }> {
  const whole = format === 'docx' || format === 'html';
  const { content, checks, marker, version } = resolve(actor, year, source, whole);
  const suffix = version ? `（第${version}版）` : '';
  let body: Buffer;
  let stem = `${reportTitle(year)}${suffix}`;
  if (format === 'json') body = Buffer.from(reportJsonText(reportJson(year, content.tableThree, content.tableFour, checks)), 'utf8');
  else if (format === 'csv') body = Buffer.from(reportCsv(year, content.tableThree, content.tableFour), 'utf8');
  else if (format === 'xlsx') body = await writeReportXlsx({ agencyName: content.agencyName, year, tableThree: content.tableThree, tableFour: content.tableFour, tableTwo: content.tableTwo });
  else {
    stem = `${annualReportTitle(content.agencyName, year)}${marker ? '（草稿）' : suffix}`;
    body = format === 'docx' ? await annualReportDocx(content, marker) : Buffer.from(annualReportHtml(content, marker), 'utf8');
  }
  const ascii = `ogi-${format === 'docx' || format === 'html' ? 'annual-report' : 'report'}-${year}${version ? `-v${version}` : marker && (format === 'docx' || format === 'html') ? '-draft' : ''}.${format}`;
  return { fileName: `${stem}.${format}`, asciiName: ascii, contentType: CONTENT_TYPES[format], body };
}
