import { z } from 'zod';
import { REVIEW_KIND_CODES, REVIEW_RESULTS, type ReviewResult } from '../categories';
import { CASE_NO_MAX_LENGTH } from '../case-number';
import { formatChineseDate, type IsoDate } from '../dates';
import type { FieldErrors } from '../errors';
import { choice, isoDate, optionalChoice, optionalIsoDate, optionalText } from './form-values';
import { versionSchema } from './case';

// A 行政复议 / 行政诉讼 record (RULES §5). The form checks formats here; the rules that relate the
// dates to each other and to the linked case are in reviewDateProblems, which the data layer runs
// with the case's received date, so the same rules hold for the form, the case page and imports.

const RESULT_CODES = REVIEW_RESULTS.map((r) => r.code) as ReviewResult[];

export const REVIEW_NOTES_MAX = 1000;

const decisionFields = {
  result: optionalChoice(RESULT_CODES, '请选择有效的结果（结果维持、结果纠正或其他结果）。'),
  decidedOn: optionalIsoDate('审结日期'),
  notes: optionalText(REVIEW_NOTES_MAX, '备注'),
};

export const reviewFieldsSchema = z.object({
  caseNo: optionalText(CASE_NO_MAX_LENGTH, '申请编号'),
  kind: choice(REVIEW_KIND_CODES, '请选择类型：行政复议、未经复议直接起诉或复议后起诉。'),
  filedOn: isoDate('收到日期'),
  ...decisionFields,
});
export type ReviewFields = z.infer<typeof reviewFieldsSchema>;

export const reviewDecisionSchema = z.object({ ...decisionFields, version: versionSchema });
export type ReviewDecision = z.infer<typeof reviewDecisionSchema>;

export type ReviewDates = {
  filedOn: IsoDate;
  decidedOn: IsoDate | null;
  result: ReviewResult | null;
  /** The linked case's received date; null for a record that stands alone. */
  caseReceivedOn: IsoDate | null;
  today: IsoDate;
};

/** Per-field messages for the date and result rules; empty when the record is consistent. */
export function reviewDateProblems(r: ReviewDates): FieldErrors {
  const errors: FieldErrors = {};
  const add = (field: string, message: string) => (errors[field] = [...(errors[field] ?? []), message]);
  if (r.filedOn > r.today) add('filedOn', `收到日期不能晚于今天（${formatChineseDate(r.today)}）。`);
  else if (r.caseReceivedOn && r.filedOn < r.caseReceivedOn) {
    add('filedOn', `收到日期不能早于所关联申请的收到日期（${formatChineseDate(r.caseReceivedOn)}）。`);
  }
  if (r.decidedOn !== null) {
    if (r.decidedOn > r.today) add('decidedOn', `审结日期不能晚于今天（${formatChineseDate(r.today)}）。`);
    else if (r.decidedOn < r.filedOn) add('decidedOn', `审结日期不能早于收到日期（${formatChineseDate(r.filedOn)}）。`);
  }
  if (r.decidedOn !== null && r.result === null) add('result', '填写了审结日期，请同时选择结果；尚未审结的请把审结日期留空。');
  if (r.result !== null && r.decidedOn === null) add('decidedOn', '选择了结果，请同时填写审结日期；尚未审结的请把结果留空。');
  return errors;
}
