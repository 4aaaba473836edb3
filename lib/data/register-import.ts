import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { preparedStatement } from './prepared-queries';
import { getDb, type Db } from '@/db/client';
import { cases } from '@/db/schema';
import { ImportInterruptedError, ImportRejectedError } from '@/lib/domain/import-errors';
import { type RegisterColumnKey, type RegisterRow, type StepEvent } from '@/lib/domain/register';
import type { WorkCalendar } from '@/lib/domain/calendar/work-calendar';
import type { Actor } from '@/lib/domain/roles';
import { creationChanges, writeAudit, type Changes } from './audit';
import { withHandlerNames } from './audit-names';
import { clockOf, refreshClock } from './case-clock';
import { insertCaseEvent, storeClockEvent } from './case-steps';
import { planRegister, registerPlanner, type CaseRow, type NewCaseValues, type PlannedRow } from './register-import-plan';
import { assertAllowed, plannedFacts, registerPreviewer, shownPreview, type RegisterImportPreview, type RegisterImportSummary, type RegisterVerdict } from './register-import-preview';
import { databaseStamp } from './while-unchanged';
import { writeInBatches, type ImportProgress } from './import-batches';
import { withCasesIndexedTogether } from './case-search-batch';
import { contentHash, inImportRun } from './import-runs';
import { today } from './today';
import { publishedYears, reportCaseOf } from './annual-report/published-guard';
import { casePublishedChanges, publishedChangeLines } from '@/lib/domain/report/annual';
import { loadWorkCalendar } from './work-calendar';

// Register import (INTERFACES §1): every row is checked against the file rules and the database
// before the first write, so a file with any problem writes nothing; then it is written in short
// batches (import-batches.ts). Idempotent by 申请编号, so importing the same file twice changes nothing
// and an import stopped part-way is completed by importing the file again.

export { IMPORT_FORBIDDEN, type RegisterImportPreview, type RegisterImportSummary, type RegisterVerdict } from './register-import-preview';
type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
type WriteContext = { fileName: string; now: string; day: string; calendar: WorkCalendar; publishedYears: number[] };

/** A register file's valid rows, given anew each time `rows` is called (kept from its check, never all held as objects), and the file's hash. */
export type RegisterRowSource = { total: number; rows: () => AsyncIterable<RegisterRow>; fileSha256: string };

/** columns: the register columns the file has (see planRegister). */
type ImportOptions = { columns?: readonly RegisterColumnKey[] };

/** What the import would do, for the preview; writes nothing. */
export function previewRegisterImport(actor: Actor, rows: readonly RegisterRow[], { columns }: ImportOptions = {}): RegisterImportPreview {
  assertAllowed(actor);
  const previewer = registerPreviewer(actor, getDb(), columns);
  for (const row of rows) previewer.add(row);
  return shownPreview(actor, previewer.verdict());
}

/** The import's preview showed these changes and the administrator confirmed: the audit names them. */
function publishedMark(ctx: WriteContext, before: ReturnType<typeof reportCaseOf> | null, after: ReturnType<typeof reportCaseOf> | null): Changes {
  if (!ctx.publishedYears.length) return {};
  const lines = publishedChangeLines(casePublishedChanges(ctx.publishedYears, before, after));
  return lines.length ? { publishedReport: { from: null, to: lines.join('；') } } : {};
}

function event(tx: Tx, actor: Actor, caseId: number, kind: string, occurredOn: string, data: Record<string, unknown>, now: string): void {
  insertCaseEvent(tx, { caseId, kind, occurredOn, data, createdAt: now, createdBy: actor.id });
}

type Reply = Pick<CaseRow, 'repliedOn' | 'outcome' | 'replyDocNo'>;
const REPLY_FIELDS = ['repliedOn', 'outcome', 'replyDocNo'] as const;

function closedEvent(tx: Tx, actor: Actor, caseId: number, reply: Reply, ctx: WriteContext): void {
  event(tx, actor, caseId, 'closed', reply.repliedOn!, { outcome: reply.outcome, replyDocNo: reply.replyDocNo }, ctx.now);
}

/**
 * As on the case page: the file's steps, each stored as the page stores one (event, clock, audit
 * record), then the reply that closes the case, if the import closes it.
 */
function recordStepsThenClose(tx: Tx, actor: Actor, caseId: number, steps: readonly StepEvent[], reply: Reply | null, ctx: WriteContext): void {
  for (const step of steps) storeClockEvent(tx, actor, caseId, step.event, ctx);
  if (!reply?.repliedOn) return;
  // Only the reply's own columns: setting any other (the case number, the applicant, the request)
  // would make the search index re-index the case (drizzle/0010_case_search.sql).
  tx.update(cases).set({ repliedOn: reply.repliedOn, outcome: reply.outcome, replyDocNo: reply.replyDocNo }).where(eq(cases.id, caseId)).run();
  closedEvent(tx, actor, caseId, reply, ctx);
  refreshClock(tx, caseId, ctx.calendar);
}

const PLAN_SLICE = 250;

const CLOCK_COLUMNS = ['clockStartOn', 'replyDueOn', 'dueProvisional', 'clockState'] as const;
const NEW_CASE_COLUMNS = ['caseNo', 'receivedOn', 'registeredOn', 'applicantType', 'applicantName', 'channel', 'content', 'repliedOn', 'outcome', 'replyDocNo', 'handlerId'] as const satisfies readonly (keyof NewCaseValues)[];

function insertCase(tx: Tx, actor: Actor, p: Extract<PlannedRow, { kind: 'new' }>, ctx: WriteContext): void {
  const v = p.values;
  // A case with steps is registered open and takes them before the reply closes it, as on the case
  // page (each step's audit records how it moved the deadline). One without steps is registered as
  // the file has it: the same end state, with its 'closed' event, one write fewer per case.
  const stepsFirst = p.steps.length > 0;
  const registered = stepsFirst ? { ...v, repliedOn: null, outcome: null, replyDocNo: null } : v;
  const insert = preparedStatement(tx, 'register-import.insertCase', () => {
    const columns = [...NEW_CASE_COLUMNS, ...CLOCK_COLUMNS, 'createdAt', 'updatedAt', 'createdBy', 'updatedBy'] as const;
    const values = Object.fromEntries(columns.map((c) => [c, sql.placeholder(c)])) as unknown as typeof cases.$inferInsert;
    return tx.insert(cases).values(values);
  });
  // The case is registered with the clock refreshClock would store for it: neither the 'imported'
  // nor the 'closed' event moves a clock, so it is the clock of its dates alone (one read and one
  // update of the case fewer per row; register-import-clock.test.ts checks the two agree).
  const clock = clockOf(registered, [], { calendar: ctx.calendar, today: ctx.day });
  // Named one by one rather than spread from the row: an object of one fixed shape per row, which
  // the 100,000-row import builds several times faster (ARCHITECTURE §5).
  const id = insert.insert({
    caseNo: registered.caseNo,
    receivedOn: registered.receivedOn,
    registeredOn: registered.registeredOn,
    applicantType: registered.applicantType,
    applicantName: registered.applicantName,
    channel: registered.channel,
    content: registered.content,
    repliedOn: registered.repliedOn,
    outcome: registered.outcome,
    replyDocNo: registered.replyDocNo,
    handlerId: registered.handlerId,
    clockStartOn: clock.startOn,
    replyDueOn: clock.replyDueOn,
    dueProvisional: clock.provisional ? 1 : 0,
    clockState: clock.storedState,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    createdBy: actor.id,
    updatedBy: actor.id,
  });
  event(tx, actor, id, 'imported', v.registeredOn, { file: ctx.fileName, row: p.row.rowNumber, receivedOn: v.receivedOn }, ctx.now);
  if (!stepsFirst && v.repliedOn) closedEvent(tx, actor, id, v, ctx);
  const changes = withHandlerNames(tx, creationChanges(v)); // a fresh object, added to only when a year is published
  if (ctx.publishedYears.length) Object.assign(changes, publishedMark(ctx, null, plannedFacts(p).after));
  writeAudit(tx, actor, { entityType: 'case', entityId: id, action: 'case.import', changes, note: `文件：${ctx.fileName}` });
  if (stepsFirst) recordStepsThenClose(tx, actor, id, p.steps, v, ctx);
}

function updateCase(tx: Tx, actor: Actor, p: Extract<PlannedRow, { kind: 'update' }>, ctx: WriteContext): void {
  const { existing, values, changes, steps } = p;
  const set = Object.fromEntries(Object.keys(changes).map((key) => [key, values[key as keyof typeof values]])) as Partial<CaseRow>;
  // A case the file closes takes its new steps while still open, as on the case page.
  const closes = existing.repliedOn === null && Boolean(values.repliedOn);
  const reply: Reply | null = closes ? { repliedOn: values.repliedOn!, outcome: values.outcome ?? null, replyDocNo: values.replyDocNo ?? existing.replyDocNo } : null;
  if (closes) for (const key of REPLY_FIELDS) delete set[key];
  const result = tx
    .update(cases)
    .set({ ...set, version: existing.version + 1, updatedAt: ctx.now, updatedBy: actor.id })
    .where(and(eq(cases.id, existing.id), eq(cases.version, existing.version)))
    .run();
  // The plan read the case in this same transaction, so this is a safeguard: refuse the whole file.
  if (result.changes !== 1) {
    throw new ImportRejectedError([
      { row: p.row.rowNumber, column: '申请编号', message: `申请“${existing.caseNo}”在导入过程中被他人修改，没有导入任何内容，请重新检查文件后再导入` },
    ]);
  }
  const fields = Object.keys(changes);
  event(tx, actor, existing.id, 'imported', ctx.day, { file: ctx.fileName, row: p.row.rowNumber, fields, ...(steps.length ? { steps: steps.length } : {}) }, ctx.now);
  if (changes.receivedOn || changes.repliedOn) refreshClock(tx, existing.id, ctx.calendar);
  const { before, after } = plannedFacts(p);
  const published = publishedMark(ctx, before, after);
  if (fields.length) writeAudit(tx, actor, { entityType: 'case', entityId: existing.id, action: 'case.import', changes: { ...withHandlerNames(tx, changes), ...published }, note: `文件：${ctx.fileName}` });
  recordStepsThenClose(tx, actor, existing.id, steps, reply, ctx);
  // The timeline shows each reply the register records: a corrected one of a closed case too.
  // An import never reopens a case (the plan keeps a stored reply when the file has none).
  if (!closes && values.repliedOn && (changes.repliedOn || changes.outcome)) {
    event(tx, actor, existing.id, 'closed', values.repliedOn, { outcome: values.outcome, replyDocNo: values.replyDocNo ?? existing.replyDocNo }, ctx.now);
  }
}

/** The verdict on every row against the database as it is now: `checked`, if nothing was written since it was worked out. */
async function verdictNow(db: Db, rows: readonly RegisterRow[] | RegisterRowSource, columns: ImportOptions['columns'], checked: RegisterVerdict | undefined) {
  if (checked && checked.stamp === databaseStamp(db)) return checked;
  // Only the verdict is kept: the planned rows of a large file would stay in memory for the whole
  // import, and each batch plans its rows again anyway.
  if (isRowList(rows)) return planRegister(db, rows, columns, { keepRows: false });
  const planner = registerPlanner(db, columns);
  for await (const row of rows.rows()) planner.plan(row);
  return planner.result();
}

const isRowList = (rows: readonly RegisterRow[] | RegisterRowSource): rows is readonly RegisterRow[] => Array.isArray(rows);

/**
 * Imports valid rows (validateRegisterRows), given as a list or as a source that gives them one at
 * a time (so that a large file is never held as rows): refuses the whole file, writing
 * nothing, on any row that conflicts with the database; then writes it in short batches
 * (import-batches.ts). checked: the preview of the same rows (registerPreviewer), which stands as the
 * verdict when nothing was written since.
 */
export async function importRegister(
  actor: Actor,
  rows: readonly RegisterRow[] | RegisterRowSource,
  { fileName, columns, onProgress, checked }: ImportOptions & { fileName: string; onProgress?: ImportProgress; checked?: RegisterVerdict },
): Promise<RegisterImportSummary> {
  assertAllowed(actor);
  const db = getDb();
  const total = isRowList(rows) ? rows.length : rows.total;
  const sha256 = isRowList(rows) ? contentHash(rows) : rows.fileSha256;
  const { problems, warnings } = await verdictNow(db, rows, columns, checked);
  if (problems.length) throw new ImportRejectedError(problems);
  const ctx: WriteContext = { fileName, now: new Date().toISOString(), day: today(), calendar: loadWorkCalendar(db), publishedYears: publishedYears(db) };
  const totals = { created: 0, updated: 0, unchanged: 0 };
  await inImportRun(
    db,
    actor,
    { kind: 'register', fileName, fileSha256: sha256, rowsTotal: total },
    (run) =>
      writeInBatches(
        db,
        isRowList(rows) ? rows : { total, items: rows.rows() },
        (tx, chunk, deadline) =>
          withCasesIndexedTogether(tx, () => {
            let applied = 0;
            // Planned again under the lock, a slice at a time so that the time spent planning rows
            // the batch has no time left to write stays small: a row may no longer fit what others
            // saved meanwhile.
            for (let from = 0; from < chunk.length; from += PLAN_SLICE) {
              const batch = planRegister(tx, chunk.slice(from, from + PLAN_SLICE), columns);
              if (batch.problems.length) throw new ImportInterruptedError(batch.problems, run.rowsDone, total);
              for (const p of batch.rows) {
                if (p.kind === 'new') insertCase(tx, actor, p, ctx);
                else if (p.kind === 'update') updateCase(tx, actor, p, ctx);
                totals[p.kind === 'new' ? 'created' : p.kind === 'update' ? 'updated' : 'unchanged'] += 1;
                applied += 1;
                if (Date.now() > deadline) return applied;
              }
            }
            return applied;
          }),
        run.advance,
        onProgress,
      ),
    () => ({
      action: 'case.import',
      note: `导入台账文件“${fileName}”：共 ${total} 行，新增 ${totals.created} 件，更新 ${totals.updated} 件，未变 ${totals.unchanged} 件`,
    }),
  );
  return { ...totals, warnings };
}
