// The paragraph after table 三 (REPORT.md §3): new applications with the applicant split and every
// non-zero organisation type, the change against last year, carried in, the results grouped as the
// table groups them with each non-zero outcome, and carried out.
import { APPLICANT_TYPES, OUTCOME_GROUPS, type ColumnCode, type RowCode } from '../../categories';
import { cellName } from '../names';
import type { TableThree } from '../types';
import { ClaimWriter, type GeneratedText } from './claims';
import { percent } from './facts';

const ref = (row: RowCode, column: ColumnCode = 'total') => ({ table: 'three' as const, row, column });
const source = (row: RowCode, column: ColumnCode = 'total') => `表三“${cellName(ref(row, column))}”`;

/** How an outcome reads in running text: the table's item label without its number. */
export function outcomePhrase(label: string): string {
  return label.replace(/^\d+\./, '').replace(/^\([一二三四五六七]\)/, '').replace(/\(区分处理的.*\)$/, '');
}

const ORG_PHRASE: Record<string, string> = { other_org: '其他组织' };
const ORGANISATIONS = APPLICANT_TYPES.filter((t) => t.group !== null);

function isAllZero(t: TableThree): boolean {
  return Object.values(t).every((cells) => cells.total === 0);
}

/** “同比增加5件（11.1%）”, “与上年持平”, or nothing when last year is unknown or zero. */
export function changeAgainstLastYear(w: ClaimWriter, now: number, previous: number | null, lead = '，'): void {
  if (previous === null || previous === 0) return;
  if (now === previous) {
    w.text(`${lead}与上年持平`);
    return;
  }
  const phrase = now > previous ? '同比增加' : '同比减少';
  const diff = Math.abs(now - previous);
  const what = `上年本年新收 ${previous} 件与本年之差`;
  w.text(`${lead}${phrase}`).num(diff, '件', { phrase, source: what }).text('（');
  w.num(percent(diff, previous), '%', { phrase, nth: 1, source: `按上年 ${previous} 件计算的变化幅度` }).text('）');
}

function applicants(w: ClaimWriter, t: TableThree): void {
  const natural = t.new.natural_person;
  const orgTotal = ORGANISATIONS.reduce((s, o) => s + t.new[o.code], 0);
  if (!natural) w.absent({ phrase: '自然人', source: source('new', 'natural_person') });
  if (!natural && !orgTotal) return;
  w.text('，其中');
  if (natural) w.text('自然人').num(natural, '件', { phrase: '自然人', source: source('new', 'natural_person'), cells: [ref('new', 'natural_person')] });
  if (!orgTotal) return;
  w.text(natural ? '、法人或其他组织' : '法人或其他组织');
  w.num(orgTotal, '件', { phrase: '法人或其他组织', source: '表三“本年新收”五类法人或其他组织之和', cells: ORGANISATIONS.map((o) => ref('new', o.code)) }).text('（');
  ORGANISATIONS.filter((o) => t.new[o.code] > 0).forEach((o, i) => {
    const phrase = ORG_PHRASE[o.code] ?? o.label;
    w.text(`${i ? '、' : ''}${phrase}`).num(t.new[o.code], '件', { phrase, source: source('new', o.code), cells: [ref('new', o.code)] });
  });
  w.text('）');
}

/** An outcome item as the paragraph names it; “其他” alone would be found inside “其他处理”. */
function itemPhrase(item: { code: string; label: string }): string {
  return item.code === 'other.other' ? '其他情形' : outcomePhrase(item.label);
}

function results(w: ClaimWriter, t: TableThree): void {
  w.text('本年度办理结果').num(t.results_total.total, '件', { phrase: '本年度办理结果', source: source('results_total'), cells: [ref('results_total')] });
  let first = true;
  for (const group of OUTCOME_GROUPS) {
    const sum = group.items.reduce((s, i) => s + t[i.code].total, 0);
    const groupPhrase = outcomePhrase(group.label);
    if (!sum) {
      for (const item of group.items) w.absent({ phrase: itemPhrase(item), source: source(item.code) });
      continue;
    }
    w.text(first ? '，其中' : '，');
    first = false;
    if (group.items.length === 1) {
      const item = group.items[0];
      w.text(groupPhrase).num(sum, '件', { phrase: groupPhrase, source: source(item.code), cells: [ref(item.code)] });
      continue;
    }
    w.text(groupPhrase).num(sum, '件', { phrase: groupPhrase, source: `表三“${groupPhrase}”各项之和`, cells: group.items.map((i) => ref(i.code)) });
    const nonZero = group.items.filter((i) => t[i.code].total > 0);
    w.text('（');
    nonZero.forEach((item, i) => {
      const phrase = itemPhrase(item);
      w.text(`${i ? '，' : ''}${phrase}`).num(t[item.code].total, '件', { phrase, source: source(item.code), cells: [ref(item.code)] });
    });
    w.text('）');
    for (const item of group.items.filter((i) => t[i.code].total === 0)) w.absent({ phrase: itemPhrase(item), source: source(item.code) });
  }
}

export function sectionThreeParagraph(year: number, t: TableThree, previousNewTotal: number | null, subject = '本机关'): GeneratedText {
  const w = new ClaimWriter();
  if (isAllZero(t)) {
    w.text(`${year}年，${subject}未收到政府信息公开申请，也没有上年结转和结转下年度继续办理的申请。`);
    return w.done();
  }
  w.text(`${year}年，${subject}共收到政府信息公开申请`).num(t.new.total, '件', { phrase: '共收到政府信息公开申请', source: source('new'), cells: [ref('new')] });
  changeAgainstLastYear(w, t.new.total, previousNewTotal);
  applicants(w, t);
  w.text('；上年结转政府信息公开申请').num(t.carried_in.total, '件', { phrase: '上年结转', source: source('carried_in'), cells: [ref('carried_in')] });
  w.text('。');
  results(w, t);
  w.text('；结转下年度继续办理').num(t.carried_out.total, '件', { phrase: '结转下年度继续办理', source: source('carried_out'), cells: [ref('carried_out')] });
  w.text('。');
  return w.done();
}
