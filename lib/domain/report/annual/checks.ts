// The checks before publishing (REPORT.md §4), each with what stands behind a failure: the table
// cells (whose lists the page links to) or the form fields to correct.
import { COLUMN_CODES, REVIEW_KINDS, reviewKindName, type ColumnCode } from '../../categories';
import { checkTableThree } from '../check-table-three';
import { columnName } from '../names';
import type { CellRef } from '../table-layout';
import { CONTINUING_ROWS, fieldLabel, TABLE_TWO_FIELDS, TABLE_TWO_ROW_LABELS, type InForceFigures } from '../table-two';
import type { Check, TableThree } from '../types';
import { describeClaimProblem, unsupportedClaims } from './claims';
import type { ReportContent } from './content';
import { GENERATED, generateParagraphs, OVERVIEW_TOPICS, STAFF_TEXTS } from './draft';
import type { ReportFacts } from './facts';

export type CheckTarget = { kind: 'cell'; ref: CellRef } | { kind: 'field'; field: string; label: string };
export type ReportCheck = Check & { key: string; targets: CheckTarget[] };

/** What is known of year Y−1, and from where. */
export type PreviousYear = {
  source: 'published' | 'baseline' | 'register' | 'none';
  /** e.g. “2022年已发布的报告（第1版）”, “2022年导入基线”. */
  label: string;
  tableThree: TableThree | null;
  inForce: InForceFigures | null;
};

const cell = (row: 'new' | 'carried_in' | 'results_total' | 'carried_out', column: ColumnCode): CheckTarget => ({ kind: 'cell', ref: { table: 'three', row, column } });
const field = (name: string, label: string): CheckTarget => ({ kind: 'field', field: name, label });

function tableThreeChecks(c: ReportContent, previous: PreviousYear): ReportCheck[] {
  const checks = checkTableThree(c.tableThree, previous.tableThree);
  return checks.map((check, i) => {
    if (i < COLUMN_CODES.length) {
      const col = COLUMN_CODES[i];
      return { ...check, key: `identity.${col}`, targets: check.ok ? [] : [cell('new', col), cell('carried_in', col), cell('results_total', col), cell('carried_out', col)] };
    }
    if (check.name.includes('上年结转')) {
      const bad = previous.tableThree ? COLUMN_CODES.filter((col) => c.tableThree.carried_in[col] !== previous.tableThree!.carried_out[col]) : [];
      const detail = previous.tableThree ? `${check.detail}（上一年度数据：${previous.label}）` : `没有${c.year - 1}年已发布的报告或导入的基线，无法核对，本项视为通过`;
      return { ...check, detail, key: 'carried_in', targets: bad.map((col) => cell('carried_in', col)) };
    }
    return { ...check, key: i === COLUMN_CODES.length + 1 ? 'row_totals' : 'results_total', targets: [] };
  });
}

function tableTwoChecks(c: ReportContent, previous: PreviousYear): ReportCheck[] {
  const empty = TABLE_TWO_FIELDS.filter(({ field: f }) => c.tableTwo[f] === null || c.tableTwo[f] === undefined);
  const complete: ReportCheck = {
    key: 'table_two_complete',
    name: '表二各项均已填写',
    ok: empty.length === 0,
    detail: empty.length ? `尚未填写：${empty.map((f) => fieldLabel(f.field)).join('、')}（没有的请填 0）` : `表二全部 ${TABLE_TWO_FIELDS.length} 项均已填写`,
    targets: empty.map((f) => field(`t2.${f.field}`, fieldLabel(f.field))),
  };
  const continuity = CONTINUING_ROWS.map((row): ReportCheck => {
    const label = TABLE_TWO_ROW_LABELS[row];
    const name = `表二“${label}”现行有效件数 = 上年现行有效 + 本年制发 − 本年废止`;
    const last = previous.inForce?.[row] ?? null;
    const [issued, repealed, inForce] = (['issued', 'repealed', 'inForce'] as const).map((col) => c.tableTwo[`${row}.${col}`] ?? null);
    if (last === null) return { key: `continuity.${row}`, name, ok: true, detail: `没有${c.year - 1}年的现行有效件数，无法核对，本项视为通过`, targets: [] };
    if (issued === null || repealed === null || inForce === null) return { key: `continuity.${row}`, name, ok: false, detail: '本年制发、废止或现行有效件数尚未填写', targets: [field(`t2.${row}.inForce`, label)] };
    const expected = last + issued - repealed;
    const ok = expected === inForce;
    const detail = `${previous.label}现行有效 ${last} + 本年制发 ${issued} − 本年废止 ${repealed} = ${expected}，表中现行有效 ${inForce}，${ok ? '一致' : `不一致（相差 ${Math.abs(expected - inForce)}）`}`;
    return { key: `continuity.${row}`, name, ok, detail, targets: ok ? [] : (['issued', 'repealed', 'inForce'] as const).map((col) => field(`t2.${row}.${col}`, fieldLabel(`${row}.${col}`))) };
  });
  return [complete, ...continuity];
}

function tableFourChecks(c: ReportContent): ReportCheck[] {
  return REVIEW_KINDS.map(({ code: kind }) => {
    const t = c.tableFour[kind];
    const sum = t.upheld + t.corrected + t.other + t.pending;
    const ok = sum === t.total;
    return {
      key: `table_four.${kind}`,
      name: `表四“${reviewKindName(kind)}”总计 = 维持 + 纠正 + 其他 + 尚未审结`,
      ok,
      detail: `${t.upheld} + ${t.corrected} + ${t.other} + ${t.pending} = ${sum}，总计 ${t.total}，${ok ? '一致' : '不一致'}`,
      targets: ok ? [] : [{ kind: 'cell', ref: { table: 'four', kind, column: 'total' } }],
    };
  });
}

function textChecks(c: ReportContent, facts: ReportFacts): ReportCheck[] {
  const fresh = generateParagraphs(facts);
  const numbers = GENERATED.map(({ key, label }): ReportCheck => {
    const problems = unsupportedClaims(c.paragraphs[key], fresh[key].claims);
    const name = `“${label.replace('（系统生成）', '')}”中的数字与统计一致`;
    if (!problems.length) return { key: `numbers.${key}`, name, ok: true, detail: `文中 ${fresh[key].claims.filter((x) => !x.optional).length} 个数字均与统计一致`, targets: [] };
    const cells = problems.flatMap((p) => p.claim.cells.map((ref): CheckTarget => ({ kind: 'cell', ref })));
    return { key: `numbers.${key}`, name, ok: false, detail: `${problems.map(describeClaimProblem).join('；')}。可点击“按当前数据重新生成”，或改正文字`, targets: [field(`p.${key}`, label), ...cells] };
  });
  const label = (k: string) => STAFF_TEXTS.find((t) => t.key === k)!.label;
  const overview = OVERVIEW_TOPICS.some((k) => c.texts[k].trim());
  const problems = Boolean(c.texts.problems.trim());
  return [
    ...numbers,
    {
      key: 'section_one',
      name: '“一、总体情况”已填写',
      ok: overview,
      detail: overview ? '已填写' : `请至少填写${OVERVIEW_TOPICS.map(label).join('、')}之一`,
      targets: overview ? [] : OVERVIEW_TOPICS.map((k) => field(`text.${k}`, label(k))),
    },
    { key: 'section_five', name: '“五、存在的主要问题及改进情况”已填写', ok: problems, detail: problems ? '已填写' : '本部分为必填内容', targets: problems ? [] : [field('text.problems', label('problems'))] },
  ];
}

/** Every check of REPORT.md §4 on a report's content, against the facts of the register now. */
export function reportChecks(c: ReportContent, facts: ReportFacts, previous: PreviousYear): ReportCheck[] {
  return [...tableThreeChecks(c, previous), ...tableTwoChecks(c, previous), ...tableFourChecks(c), ...textChecks(c, facts)];
}

export function failedChecks(checks: readonly Check[]): Check[] {
  return checks.filter((c) => !c.ok);
}

export { columnName };
