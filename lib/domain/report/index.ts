// The year-end report (tables 三 and 四): pure functions over plain case and review records, and
// the tables' published layouts (table-layout.ts) that every renderer draws.
export type { Check, ReportCase, ReviewRecord, TableFour, TableThree } from './types';
export { cellPredicate, matchesRow, rowPredicate, type RowPredicate } from './row-predicate';
export { buildTableThree, emptyTableThree, sumOfTypes } from './table-three';
export { checkTableThree } from './check-table-three';
export { buildTableFour, emptyTableFour, matchesReview, reviewPredicate, type ReviewPredicate } from './table-four';
export { describeReviewPredicate, describeRowPredicate } from './describe-predicate';
export { reportJson, type ReportJson } from './report-json';
export { cellName, columnName, rowName } from './names';
export { headingsOf, layoutRows, type CellBox, type CellRef, type LabelCell, type LayoutCell, type LayoutColumn, type TableLayout, type ValueCell } from './table-layout';
export { tableThreeLayout } from './table-three-layout';
export { tableFourLayout } from './table-four-layout';
export { tableTwoLayout } from './table-two-layout';
export { firstDayOf, lastDayOf } from './year-bounds';
