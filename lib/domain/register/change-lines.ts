// What an import would change in the cases and review records it updates, one line per case or
// record, in the words of the file (its column headers and notations), for the preview: the
// administrator confirms knowing which stored values a file overwrites.
import { applicantTypeLabel, channelLabel, reviewKindLabel, reviewResultShort, type OutcomeCode } from '../categories';
import { fileOutcomeLabel } from './case-labels';
import { REGISTER_COLUMNS } from './register-columns';
import { REVIEW_FILE_COLUMNS } from './review-columns';

import type { Changes as FieldChanges } from '../audit-record';

export type { FieldChanges };

/** How many changed cases or records the preview lists before summing up the rest. */
export const CHANGE_LINES_SHOWN = 50;
const TEXT_SHOWN = 30;

// Case fields by the register column that carries them (handlerId is the 办理人 column).
const CASE_FIELD_HEADERS: Record<string, string> = {
  ...Object.fromEntries(REGISTER_COLUMNS.map((c) => [c.key, c.header])),
  handlerId: REGISTER_COLUMNS.find((c) => c.key === 'handler')!.header,
};
const CASE_FIELD_ORDER = [...REGISTER_COLUMNS.map((c) => c.key as string), 'handlerId'];
const REVIEW_FIELD_HEADERS: Record<string, string> = Object.fromEntries(REVIEW_FILE_COLUMNS.map((c) => [c.key, c.header]));

function shortText(value: string): string {
  const chars = [...value.replace(/\s+/g, ' ')];
  return chars.length > TEXT_SHOWN ? `${chars.slice(0, TEXT_SHOWN).join('')}…` : chars.join('');
}

function caseValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return field === 'handlerId' ? '未指定' : '（空）';
  const v = String(value);
  if (field === 'applicantType') return applicantTypeLabel(v);
  if (field === 'channel') return channelLabel(v);
  if (field === 'outcome') return fileOutcomeLabel(v as OutcomeCode);
  return shortText(v);
}

function reviewValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return field === 'result' ? '尚未审结' : '（空）';
  const v = String(value);
  return field === 'result' ? reviewResultShort(v) : v;
}

function describe(changes: FieldChanges, order: readonly string[], header: (f: string) => string | undefined, value: (f: string, v: unknown) => string): string[] {
  return order.filter((f) => f in changes && header(f)).map((f) => `${header(f)} ${value(f, changes[f].from)} → ${value(f, changes[f].to)}`);
}

/** `申请编号 X：答复日期 2023-03-01 → 2023-03-05；办理结果 予以公开 → 部分公开` (handler changes carry names). */
export function caseChangeLine(caseNo: string, changes: FieldChanges): string {
  const parts = describe(changes, CASE_FIELD_ORDER, (f) => CASE_FIELD_HEADERS[f], caseValue);
  return `申请编号 ${caseNo}：${parts.join('；')}`;
}

/** `第5行（行政复议，收到日期 2023-05-01，申请编号 X）：结果 尚未审结 → 纠正；审结日期 （空） → 2024-04-01`. */
export function reviewChangeLine(
  record: { rowNumber: number; caseNo: string | null; kind: string; filedOn: string },
  changes: FieldChanges,
): string {
  const kind = reviewKindLabel(record.kind);
  const where = `第${record.rowNumber}行（${kind}，收到日期 ${record.filedOn}${record.caseNo ? `，申请编号 ${record.caseNo}` : ''}）`;
  const parts = describe(changes, ['result', 'decidedOn'], (f) => REVIEW_FIELD_HEADERS[f], reviewValue);
  // A record typed in on a page that a file row takes over without changing it.
  return `${where}：${parts.length ? parts.join('；') : '对应系统中手工登记的同一记录，内容不变'}`;
}

/**
 * Change lines given one at a time (`add`), as a large file is read: the first `shown` kept, each
 * worked out only if it is kept, and for the rest one line `…及其他 N 件`.
 */
export function changeLineCap(unit: string, shown = CHANGE_LINES_SHOWN) {
  const kept: string[] = [];
  let count = 0;
  return {
    add(line: () => string): void {
      count += 1;
      if (kept.length < shown) kept.push(line());
    },
    lines: (): string[] => (count > kept.length ? [...kept, `…及其他 ${count - kept.length} ${unit}`] : [...kept]),
  };
}

/** The first lines, and for the rest one line `…及其他 N 件`. */
export function capChangeLines(lines: readonly string[], unit: string, shown = CHANGE_LINES_SHOWN): string[] {
  const cap = changeLineCap(unit, shown);
  for (const line of lines) cap.add(() => line);
  return cap.lines();
}
