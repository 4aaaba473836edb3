import 'server-only';
import { Buffer } from 'node:buffer';
import { count, eq, inArray } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db/client';
import { cases, users } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canViewCases } from '@/lib/domain/policy';
import { ForbiddenError, ValidationError } from '@/lib/domain/errors';
import { applicantTypeLabel, outcomeLabel } from '@/lib/domain/categories';
import { STATUS_LABELS, clockStatusOf } from '@/lib/domain/clock';
import { sortOf } from '@/lib/domain/case-list/sorts';
import { LIST_EXPORT_MAX, exportNotice, type ExportNoticeCode } from '@/lib/domain/case-list/export-notices';
import { writeRegisterXlsx } from '@/lib/export';
import { caseListWhere, type CaseListFilters } from './case-list';
import { orderBy } from './case-list-order';
import { statusDayToday } from './clock-status-sql';
import { CONTENT_TYPES, type ExportFile } from './register-export';
import { today } from './today';

// The case list as an Excel file: every case the current filters select (all pages, in the list's
// order), or the cases ticked on a page. The columns are the list's, in Chinese, with the full
// request; identity numbers and contact details are not exported. Text goes into text cells,
// which a spreadsheet never evaluates, as in the register export (lib/export/register-xlsx.ts).

export { LIST_EXPORT_MAX };
export const LIST_EXPORT_HEADERS = ['申请编号', '收到日期', '申请人', '申请人类型', '申请内容', '承办人', '答复期限', '状态', '办理结果', '答复日期'] as const;

export type ListExportSource = { filters: CaseListFilters } | { ids: readonly number[]; sort?: string };

const handler = alias(users, 'handler');

/** An export that cannot be made; `code` names it for the list the user is sent back to. */
export class ListExportRefused extends ValidationError {
  readonly code: ExportNoticeCode;
  constructor(code: ExportNoticeCode, message = exportNotice(code) ?? undefined) {
    super({}, message);
    this.code = code;
  }
}

export async function exportCaseList(actor: Actor, source: ListExportSource, max = LIST_EXPORT_MAX): Promise<ExportFile & { count: number }> {
  if (!canViewCases(actor)) throw new ForbiddenError();
  const db = getDb();
  const day = statusDayToday(db);
  const where = 'ids' in source ? inArray(cases.id, source.ids.length ? [...source.ids] : [0]) : caseListWhere(db, actor, source.filters, day);
  const sort = sortOf('ids' in source ? source.sort : source.filters.sort);
  const total = db.select({ n: count() }).from(cases).where(where).get()?.n ?? 0;
  // A ticked case that is gone is named, not silently left out of the file.
  if ('ids' in source && source.ids.length > 0 && total < new Set(source.ids).size) throw new ListExportRefused('missing');
  if (total === 0) throw new ListExportRefused('empty');
  if (total > max) {
    throw new ListExportRefused('too_many', `符合条件的申请有 ${total} 件，超过一次导出的上限 ${max} 件。请缩小筛选范围后分批导出，或由负责人在“导出台账”中导出整个台账。`);
  }
  const rows = db
    .select({
      caseNo: cases.caseNo,
      receivedOn: cases.receivedOn,
      applicantName: cases.applicantName,
      applicantType: cases.applicantType,
      content: cases.content,
      handlerName: handler.displayName,
      replyDueOn: cases.replyDueOn,
      clockState: cases.clockState,
      outcome: cases.outcome,
      repliedOn: cases.repliedOn,
    })
    .from(cases)
    .leftJoin(handler, eq(handler.id, cases.handlerId))
    .where(where)
    .orderBy(...orderBy(sort))
    .all()
    .map((r) => [
      r.caseNo,
      r.receivedOn,
      r.applicantName,
      applicantTypeLabel(r.applicantType),
      r.content,
      r.handlerName ?? '未指定',
      r.replyDueOn,
      STATUS_LABELS[clockStatusOf(r, day)],
      r.outcome ? outcomeLabel(r.outcome) : null,
      r.repliedOn,
    ]);
  const body = Buffer.from(await writeRegisterXlsx(LIST_EXPORT_HEADERS, rows, '申请列表'));
  const what = 'ids' in source ? '所选申请' : '申请列表';
  return { fileName: `${what}（${today()}导出）.xlsx`, contentType: CONTENT_TYPES.xlsx, body, count: rows.length };
}
