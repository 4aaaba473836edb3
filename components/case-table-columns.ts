import type { HeaderColumn } from '@/lib/domain/case-list/sorts';

/**
 * The case table's columns, in order. On a phone each row is a card whose cells carry their
 * column's name; app/globals.css (case-table) writes those names, counted from the row's end so
 * that the checkbox column may come or go (tests/lint/case-table-labels.test.ts keeps the two alike).
 * `card`: the name shown before the cell on a card (none for the case number, the card's title, and
 * the status badge, which speaks for itself).
 */
export const CASE_TABLE_COLUMNS: { label: string; sortable?: HeaderColumn; card: boolean }[] = [
  { label: '申请编号', sortable: 'caseNo', card: false },
  { label: '收到日期', sortable: 'receivedOn', card: true },
  { label: '申请人', sortable: 'applicantName', card: true },
  { label: '类型', card: true },
  { label: '申请内容', card: true },
  { label: '承办人', card: true },
  { label: '答复期限', sortable: 'replyDueOn', card: true },
  { label: '状态 / 结果', card: false },
];
