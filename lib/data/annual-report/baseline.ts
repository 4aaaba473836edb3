import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { reportBaselines } from '@/db/schema';
import { ForbiddenError, ValidationError } from '@/lib/domain/errors';
import { canDraftAnnualReport } from '@/lib/domain/policy';
import { parseBaselineJson, type BaselineTables } from '@/lib/domain/report/annual';
import type { InForceFigures } from '@/lib/domain/report/table-two';
import type { Actor } from '@/lib/domain/roles';
import { readReportXlsx } from '@/lib/export';
import { actorName, writeAudit } from '../audit';
import { latestPublished } from './facts';
import { WORKSPACE_FORBIDDEN } from './workspace';

// The baseline of the year before the first report in the system (REPORT.md §5): its published
// tables 三 and 四 from a file (JSON of INTERFACES §2, or the product's XLSX export) and table 二's
// 现行有效 figures typed in. Labelled 导入基线 wherever it is used; a published year needs none.

export type BaselineView = { year: number; source: string; updatedAt: string; updatedByName: string; hasTables: boolean; inForce: InForceFigures | null };

export function getBaseline(actor: Actor, year: number): BaselineView | null {
  if (!canDraftAnnualReport(actor)) throw new ForbiddenError(WORKSPACE_FORBIDDEN);
  const row = getDb().select().from(reportBaselines).where(eq(reportBaselines.year, year)).get();
  return row ? { year, source: row.source, updatedAt: row.updatedAt, updatedByName: row.updatedByName, hasTables: row.tableThree !== null, inForce: (row.inForce as InForceFigures | null) ?? null } : null;
}

/** Reads the tables from an uploaded file: nothing is stored when a single cell is wrong. */
export async function baselineFromFile(year: number, fileName: string, buffer: Buffer): Promise<BaselineTables> {
  const lower = fileName.toLowerCase();
  const result = lower.endsWith('.json') ? parseBaselineJson(buffer.toString('utf8'), year) : lower.endsWith('.xlsx') ? await readReportXlsx(buffer, year) : null;
  if (!result) throw new ValidationError({ file: ['请选择 .json 或 .xlsx 文件（本系统导出的年度统计表）。'] });
  if (!result.ok) throw new ValidationError({ file: [result.message] }, '没有导入：文件有误，请改正后重新选择。');
  return result.tables;
}

export function saveBaseline(actor: Actor, year: number, input: { tables: BaselineTables | null; inForce: InForceFigures; source: string }): void {
  if (!canDraftAnnualReport(actor)) throw new ForbiddenError(WORKSPACE_FORBIDDEN);
  const db = getDb();
  writeTransaction(db, (tx) => {
    if (latestPublished(db, year)) throw new ValidationError({}, `${year}年度报告已在本系统发布，以发布版本为准，不需要导入基线。`);
    const current = tx.select().from(reportBaselines).where(eq(reportBaselines.year, year)).get();
    const values = {
      tableThree: (input.tables?.tableThree ?? current?.tableThree ?? null) as Record<string, Record<string, number>> | null,
      tableFour: (input.tables?.tableFour ?? current?.tableFour ?? null) as Record<string, Record<string, number>> | null,
      inForce: input.inForce,
      source: input.tables ? input.source : (current?.source ?? input.source),
      updatedAt: new Date().toISOString(),
      updatedBy: actor.id,
      updatedByName: actorName(actor),
    };
    tx.insert(reportBaselines).values({ year, ...values }).onConflictDoUpdate({ target: reportBaselines.year, set: values }).run();
    writeAudit(tx, actor, { entityType: 'report', entityId: year, action: 'report.baseline', changes: { baseline: { from: current ? '已有基线' : null, to: input.tables ? `表三、表四（${input.source}）` : '表二现行有效件数' }, inForce: { from: current?.inForce ?? null, to: input.inForce } } });
  });
}
