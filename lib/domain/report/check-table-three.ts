// The identities of RULES §4, checked on a finished table and shown with the report so that a
// supervisor can see why a table is (or is not) internally consistent before it is published.
import { COLUMN_CODES, OUTCOME_CODES, ROW_CODES, type ColumnCode } from '../categories';
import { columnName, rowName } from './names';
import { sumOfTypes } from './table-three';
import type { Check, TableThree } from './types';

function gap(a: number, b: number): string {
  return `相差 ${Math.abs(a - b)}`;
}

function identityCheck(t: TableThree, col: ColumnCode): Check {
  const left = t.new[col] + t.carried_in[col];
  const right = t.results_total[col] + t.carried_out[col];
  const ok = left === right;
  const detail =
    `${columnName(col)}列：本年新收 ${t.new[col]} + 上年结转 ${t.carried_in[col]} = ${left}，` +
    `办理结果总计 ${t.results_total[col]} + 结转下年度 ${t.carried_out[col]} = ${right}，` +
    (ok ? '一致' : `不一致（${gap(left, right)}）`);
  return { name: `勾稽关系（${columnName(col)}列）`, ok, detail };
}

function carriedInCheck(t: TableThree, previous: TableThree | null): Check {
  const name = '本年“上年结转”等于上一年度“结转下年度继续办理”';
  if (!previous) {
    return { name, ok: true, detail: '没有上一年度的统计数据，无法核对，本项视为通过' };
  }
  const bad = COLUMN_CODES.filter((col) => t.carried_in[col] !== previous.carried_out[col]);
  if (bad.length === 0) {
    const list = COLUMN_CODES.map((col) => `${columnName(col)} ${t.carried_in[col]}`).join('，');
    return { name, ok: true, detail: `各列一致：${list}` };
  }
  const list = bad.map(
    (col) =>
      `${columnName(col)}列本年上年结转 ${t.carried_in[col]}，上一年度结转下年度 ${previous.carried_out[col]}，` +
      gap(t.carried_in[col], previous.carried_out[col]),
  );
  return { name, ok: false, detail: `不一致：${list.join('；')}` };
}

function rowTotalsCheck(t: TableThree): Check {
  const name = '每行“总计”等于六类申请人之和';
  const bad = ROW_CODES.filter((row) => sumOfTypes(t, row) !== t[row].total);
  if (bad.length === 0) return { name, ok: true, detail: `全部 ${ROW_CODES.length} 行的总计均等于六类申请人之和` };
  const list = bad.map(
    (row) => `“${rowName(row)}”行：六类申请人之和 ${sumOfTypes(t, row)}，总计 ${t[row].total}，${gap(sumOfTypes(t, row), t[row].total)}`,
  );
  return { name, ok: false, detail: `不一致：${list.join('；')}` };
}

function resultsTotalCheck(t: TableThree): Check {
  const name = '“(七)总计”等于各项办理结果之和';
  const sum = (col: ColumnCode) => OUTCOME_CODES.reduce((s, row) => s + t[row][col], 0);
  const bad = COLUMN_CODES.filter((col) => sum(col) !== t.results_total[col]);
  if (bad.length === 0) {
    return { name, ok: true, detail: `各列办理结果总计均等于 ${OUTCOME_CODES.length} 项办理结果之和（总计列 ${t.results_total.total}）` };
  }
  const list = bad.map(
    (col) => `${columnName(col)}列：各项办理结果之和 ${sum(col)}，办理结果总计 ${t.results_total[col]}，${gap(sum(col), t.results_total[col])}`,
  );
  return { name, ok: false, detail: `不一致：${list.join('；')}` };
}

export function checkTableThree(table: TableThree, previousYearTable: TableThree | null): Check[] {
  return [
    ...COLUMN_CODES.map((col) => identityCheck(table, col)),
    carriedInCheck(table, previousYearTable),
    rowTotalsCheck(table),
    resultsTotalCheck(table),
  ];
}
