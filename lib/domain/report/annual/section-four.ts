// The paragraph after table 四 (REPORT.md §3): 行政复议 with its results, then 行政诉讼 (直接起诉 and
// 复议后起诉 together, split when both occur) with theirs; 纠正 is always named, zero or not, since
// it is what readers look for.
import { REVIEW_COLUMNS, reviewKindName, type ReviewColumn, type ReviewKind } from '../../categories';
import { cellName } from '../names';
import type { TableFour } from '../types';
import { ClaimWriter, type GeneratedText } from './claims';

const RESULT_COLUMNS: ReviewColumn[] = ['upheld', 'corrected', 'other', 'pending'];
const label = (c: ReviewColumn) => REVIEW_COLUMNS.find((x) => x.code === c)!.label;
const ref = (kind: ReviewKind, column: ReviewColumn) => ({ table: 'four' as const, kind, column });

function results(w: ClaimWriter, kinds: ReviewKind[], t: TableFour): void {
  const sum = (c: ReviewColumn) => kinds.reduce((s, k) => s + t[k][c], 0);
  const source = (c: ReviewColumn) => (kinds.length === 1 ? `表四“${cellName(ref(kinds[0], c))}”` : `表四行政诉讼两类“${label(c)}”之和`);
  const nonZero = RESULT_COLUMNS.filter((c) => sum(c) > 0);
  w.text('，其中');
  nonZero.forEach((c, i) => w.text(`${i ? '、' : ''}${label(c)}`).num(sum(c), '件', { phrase: label(c), source: source(c), cells: kinds.map((k) => ref(k, c)) }));
  if (sum('corrected') === 0) w.text('，没有被纠正的案件');
  for (const c of RESULT_COLUMNS.filter((x) => sum(x) === 0 && x !== 'corrected')) w.absent({ phrase: label(c), source: source(c) });
}

export function sectionFourParagraph(year: number, t: TableFour, subject = '本机关'): GeneratedText {
  const w = new ClaimWriter();
  const reconsideration = t.reconsideration.total;
  const direct = t.litigation_direct.total;
  const after = t.litigation_after_reconsideration.total;
  if (reconsideration + direct + after === 0) {
    w.text(`${year}年，${subject}未发生政府信息公开行政复议、行政诉讼案件。`);
    return w.done();
  }
  w.text(`${year}年，${subject}`);
  if (reconsideration) {
    w.text('发生政府信息公开行政复议案件').num(reconsideration, '件', { phrase: '行政复议案件', source: `表四“${cellName(ref('reconsideration', 'total'))}”`, cells: [ref('reconsideration', 'total')] });
    results(w, ['reconsideration'], t);
  } else {
    w.text('未发生政府信息公开行政复议案件');
  }
  w.text('；');
  if (direct + after) {
    const kinds: ReviewKind[] = ['litigation_direct', 'litigation_after_reconsideration'];
    w.text('发生政府信息公开行政诉讼案件').num(direct + after, '件', { phrase: '行政诉讼案件', source: '表四行政诉讼两类“总计”之和', cells: kinds.map((k) => ref(k, 'total')) });
    if (direct && after) {
      w.text('（');
      kinds.forEach((k, i) => {
        const name = reviewKindName(k).replace(/^行政诉讼（(.*)）$/, '$1');
        w.text(`${i ? '、' : ''}${name}`).num(t[k].total, '件', { phrase: name, source: `表四“${cellName(ref(k, 'total'))}”`, cells: [ref(k, 'total')] });
      });
      w.text('）');
    }
    results(w, kinds, t);
  } else {
    w.text('未发生政府信息公开行政诉讼案件');
  }
  w.text('。');
  return w.done();
}
