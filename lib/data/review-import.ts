import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import type { Tx } from '@/db/write-transaction';
import { cases, reviews } from '@/db/schema';
import { ForbiddenError } from '@/lib/domain/errors';
import { ImportInterruptedError, ImportRejectedError } from '@/lib/domain/import-errors';
import { canImportRegister } from '@/lib/domain/policy';
import { capChangeLines, reviewChangeLine, type RegisterProblem, type ReviewRow } from '@/lib/domain/register';
import { reviewResultShort } from '@/lib/domain/categories';
import type { Actor } from '@/lib/domain/roles';
import { creationChanges, diffFields, writeAudit, type Changes } from './audit';
import { IMPORT_FORBIDDEN } from './register-import';
import { writeInBatches, type ImportProgress } from './import-batches';
import { contentHash, inImportRun } from './import-runs';

// The review file (INTERFACES §1, table 四 records). A record has no number of its own, so each row
// gets a key from what identifies it in the file — linked case, kind, filed date, and which of
// several identical rows it is — stored in reviews.import_key (unique). Importing the same file
// again finds every key and changes nothing; a later file with a decision filled in updates it.
// A record typed in on a page has no key; a file row that matches it (same case, kind and filed
// date) takes it over rather than duplicating it, so an exported review file re-imports cleanly.
// A file never clears a decision already recorded: an empty 结果 / 审结日期 for a decided record keeps
// the decision, with a warning; a file that brings a different decision updates it, audited.

type Reader = Pick<Db, 'select'>;
type ReviewRecordRow = typeof reviews.$inferSelect;
type Planned =
  | { kind: 'new'; row: ReviewRow; key: string; caseId: number | null; notes: string | null }
  | { kind: 'update'; row: ReviewRow; key: string; existing: ReviewRecordRow; changes: Changes }
  | { kind: 'unchanged'; row: ReviewRow };

export type ReviewImportSummary = { created: number; updated: number; unchanged: number; warnings: string[] };
/** changes: per updated record, the fields that would change (capChangeLines: at most 50 lines and a total). */
export type ReviewImportPreview = ReviewImportSummary & { problems: RegisterProblem[]; changes: string[] };

export function reviewImportKeys(rows: readonly ReviewRow[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const base = `${r.caseNo ?? ''}|${r.kind}|${r.filedOn}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return `${base}|${n}`;
  });
}

function unkeyedMatch(db: Reader, row: ReviewRow, caseId: number | null, adopted: ReadonlySet<number>): ReviewRecordRow | undefined {
  return db
    .select()
    .from(reviews)
    .where(and(isNull(reviews.importKey), eq(reviews.kind, row.kind), eq(reviews.filedOn, row.filedOn), caseId === null ? isNull(reviews.caseId) : eq(reviews.caseId, caseId)))
    .orderBy(asc(reviews.id))
    .all()
    .find((r) => !adopted.has(r.id));
}

function keptDecisionWarning(row: ReviewRow, existing: ReviewRecordRow): string {
  const result = existing.result ? reviewResultShort(existing.result) : '未填';
  return (
    `第${row.rowNumber}行：该记录在系统中已审结（结果“${result}”，审结日期 ${existing.decidedOn ?? '未填'}），文件中“结果”“审结日期”为空。` +
    '导入不会清除已记录的结果，保留系统中的结果。'
  );
}

/** keys: the rows' import keys, worked out over the whole file (a batch plans a slice of it). */
function plan(db: Reader, rows: readonly ReviewRow[], keys: readonly string[] = reviewImportKeys(rows)): { planned: Planned[]; problems: RegisterProblem[]; warnings: string[] } {
  const problems: RegisterProblem[] = [];
  const warnings: string[] = [];
  const planned: Planned[] = [];
  const adopted = new Set<number>();
  rows.forEach((row, i) => {
    let caseId: number | null = null;
    let notes: string | null = null;
    const c = row.caseNo ? db.select({ id: cases.id, receivedOn: cases.receivedOn }).from(cases).where(eq(cases.caseNo, row.caseNo)).get() : undefined;
    // The link is optional (INTERFACES §1): a case the register does not hold (one from before the
    // agency started using OGI Desk, say) still counts in table 四, as a standalone record.
    if (row.caseNo && !c) {
      warnings.push(`第${row.rowNumber}行：系统中没有申请编号为“${row.caseNo}”的申请，该记录按不关联申请的记录导入。`);
      notes = `申请编号：${row.caseNo}（导入时系统中无此申请）`;
    }
    if (row.caseNo && c) {
      if (row.filedOn < c.receivedOn) {
        problems.push({ row: row.rowNumber, column: '收到日期', message: `收到日期 ${row.filedOn} 早于所关联申请“${row.caseNo}”的收到日期 ${c.receivedOn}，请核对` });
        return;
      }
      caseId = c.id;
    }
    const key = keys[i];
    const existing = db.select().from(reviews).where(eq(reviews.importKey, key)).get() ?? unkeyedMatch(db, row, caseId, adopted);
    if (!existing) {
      planned.push({ kind: 'new', row, key, caseId, notes });
      return;
    }
    const keepDecision = row.result === null && (existing.result !== null || existing.decidedOn !== null);
    if (keepDecision) warnings.push(keptDecisionWarning(row, existing));
    const incoming = keepDecision ? { importKey: key } : { result: row.result, decidedOn: row.decidedOn, importKey: key };
    const changes = diffFields(existing, incoming);
    if (changes.importKey) adopted.add(existing.id);
    planned.push(Object.keys(changes).length ? { kind: 'update', row, key, existing, changes } : { kind: 'unchanged', row });
  });
  return { planned, problems, warnings };
}

const summary = (planned: readonly Planned[], warnings: string[]) => ({
  created: planned.filter((p) => p.kind === 'new').length,
  updated: planned.filter((p) => p.kind === 'update').length,
  unchanged: planned.filter((p) => p.kind === 'unchanged').length,
  warnings,
});

export function previewReviewImport(actor: Actor, rows: readonly ReviewRow[]): ReviewImportPreview {
  if (!canImportRegister(actor)) throw new ForbiddenError(IMPORT_FORBIDDEN);
  const { planned, problems, warnings } = plan(getDb(), rows);
  const lines = planned.flatMap((p) => (p.kind === 'update' ? [reviewChangeLine(p.row, p.changes)] : []));
  return { ...summary(planned, warnings), problems, changes: capChangeLines(lines, '条') };
}

function writeRow(tx: Tx, actor: Actor, p: Planned, fileName: string, now: string): void {
  if (p.kind === 'new') {
    const values = { caseId: p.caseId, kind: p.row.kind, filedOn: p.row.filedOn, result: p.row.result, decidedOn: p.row.decidedOn, notes: p.notes };
    const { id } = tx.insert(reviews).values({ ...values, importKey: p.key, createdAt: now, updatedAt: now }).returning({ id: reviews.id }).get();
    writeAudit(tx, actor, { entityType: 'review', entityId: id, action: 'review.import', changes: creationChanges(values), note: `文件：${fileName}` });
  } else if (p.kind === 'update') {
    const { existing, row, changes, key } = p;
    // Only what changes: a decision the file leaves empty stays as recorded.
    const decision = changes.result || changes.decidedOn ? { result: row.result, decidedOn: row.decidedOn } : {};
    const updated = tx
      .update(reviews)
      .set({ ...decision, importKey: key, version: existing.version + 1, updatedAt: now })
      .where(and(eq(reviews.id, existing.id), eq(reviews.version, existing.version)))
      .run();
    if (updated.changes !== 1) {
      throw new ImportRejectedError([{ row: row.rowNumber, column: '', message: '该记录在导入过程中被他人修改，没有导入任何内容，请重新检查文件后再导入' }]);
    }
    writeAudit(tx, actor, { entityType: 'review', entityId: existing.id, action: 'review.import', changes, note: `文件：${fileName}` });
  }
}

/**
 * Imports valid rows (validateReviewRows): refuses the whole file, writing nothing, on any row that
 * conflicts with the database; then writes it in short batches (import-batches.ts).
 */
export async function importReviews(
  actor: Actor,
  rows: readonly ReviewRow[],
  { fileName, fileSha256 = contentHash(rows), onProgress }: { fileName: string; fileSha256?: string; onProgress?: ImportProgress },
): Promise<ReviewImportSummary> {
  if (!canImportRegister(actor)) throw new ForbiddenError(IMPORT_FORBIDDEN);
  const db = getDb();
  const keys = reviewImportKeys(rows);
  const first = plan(db, rows, keys);
  if (first.problems.length) throw new ImportRejectedError(first.problems);
  const now = new Date().toISOString();
  const totals = { created: 0, updated: 0, unchanged: 0 };
  await inImportRun(
    db,
    actor,
    { kind: 'reviews', fileName, fileSha256, rowsTotal: rows.length },
    (run) =>
      writeInBatches(
        db,
        rows.map((row, i) => ({ row, key: keys[i] })),
        (tx, chunk, deadline) => {
          const batch = plan(
            tx,
            chunk.map((c) => c.row),
            chunk.map((c) => c.key),
          );
          if (batch.problems.length) throw new ImportInterruptedError(batch.problems, run.rowsDone, rows.length);
          let applied = 0;
          for (const p of batch.planned) {
            writeRow(tx, actor, p, fileName, now);
            totals[p.kind === 'new' ? 'created' : p.kind === 'update' ? 'updated' : 'unchanged'] += 1;
            applied += 1;
            if (Date.now() > deadline) break;
          }
          return applied;
        },
        run.advance,
        onProgress,
      ),
    () => ({
      action: 'review.import',
      note: `导入复议诉讼文件“${fileName}”：共 ${rows.length} 行，新增 ${totals.created} 条，更新 ${totals.updated} 条，未变 ${totals.unchanged} 条`,
    }),
  );
  return { ...totals, warnings: first.warnings };
}
