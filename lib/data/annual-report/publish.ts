import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { reportVersions } from '@/db/schema';
import { ForbiddenError, StaleVersionError, ValidationError } from '@/lib/domain/errors';
import { canCorrectAnnualReport, canPublishAnnualReport } from '@/lib/domain/policy';
import { firstDayOf, lastDayOf } from '@/lib/domain/report';
import { failedChecks, publishRefusal } from '@/lib/domain/report/annual';
import type { Actor } from '@/lib/domain/roles';
import { actorName, writeAudit } from '../audit';
import { today } from '../today';
import { readReportState } from './workspace';

// Publishing (发布) and correcting (更正) a year's report: the saved draft with the tables of the
// register now, stored as an immutable version together with the checks, any acknowledgement, and
// the facts of every case and review record its tables count (for the "current data" comparison).

export type PublishInput = { kind: 'publish' | 'correction'; publishedOn: string; draftVersion: number; acknowledgement: string | null; reason: string | null };

export function publishAnnualReport(actor: Actor, year: number, input: PublishInput): { number: number } {
  if (input.kind === 'publish' && !canPublishAnnualReport(actor)) throw new ForbiddenError('只有负责人和管理员可以发布年度报告。');
  if (input.kind === 'correction' && !canCorrectAnnualReport(actor)) throw new ForbiddenError('已发布的年度报告只能由管理员发布更正。');
  const db = getDb();
  return writeTransaction(db, (tx) => {
    const state = readReportState(db, year);
    const failed = failedChecks(state.checks);
    const refusal = publishRefusal({ year, today: today(), kind: input.kind, publishedOn: input.publishedOn, existing: state.versions.length, failed, acknowledgement: input.acknowledgement, reason: input.reason });
    if (refusal) throw new ValidationError(refusal.fieldErrors, refusal.message);
    if (state.draftVersion !== input.draftVersion) {
      throw new StaleVersionError('没有发布：报告草稿在您打开页面后已被修改。请刷新页面，查看最新的草稿和核对结果后再发布。');
    }
    const number = state.versions.length + 1;
    const row = tx
      .insert(reportVersions)
      .values({
        year,
        number,
        kind: input.kind,
        publishedOn: input.publishedOn,
        publishedAt: new Date().toISOString(),
        publishedBy: actor.id,
        publishedByName: actorName(actor),
        reason: input.kind === 'correction' ? input.reason!.trim() : null,
        acknowledgement: failed.length ? input.acknowledgement!.trim() : null,
        content: state.content as unknown as Record<string, unknown>,
        checks: state.checks,
      })
      .returning({ id: reportVersions.id })
      .get();
    const range = { id: row.id, from: firstDayOf(year), to: lastDayOf(year) };
    // The cases of any cell of table 三 of Y: received by its end and not replied before it began.
    tx.run(sql`INSERT INTO report_version_cases (version_id, case_id, case_no, received_on, replied_on, applicant_type, outcome)
      SELECT ${range.id}, id, case_no, received_on, replied_on, applicant_type, outcome FROM cases
      WHERE received_on <= ${range.to} AND (replied_on IS NULL OR replied_on >= ${range.from})`);
    tx.run(sql`INSERT INTO report_version_reviews (version_id, review_id, kind, filed_on, result, decided_on)
      SELECT ${range.id}, id, kind, filed_on, result, decided_on FROM reviews WHERE filed_on BETWEEN ${range.from} AND ${range.to}`);
    writeAudit(tx, actor, {
      entityType: 'report',
      entityId: year,
      action: input.kind === 'publish' ? 'report.publish' : 'report.correct',
      changes: { version: { from: null, to: number }, publishedOn: { from: null, to: input.publishedOn } },
      note: [input.kind === 'correction' ? `更正理由：${input.reason!.trim()}` : null, failed.length ? `${failed.length} 项核对未通过，发布理由：${input.acknowledgement!.trim()}` : null].filter(Boolean).join('；') || null,
    });
    return { number };
  });
}
