// Section 一's paragraph on 依申请公开 (REPORT.md §3): new applications by channel, results, and the
// on-time rate = cases replied in Y within their deadline ÷ cases replied in Y.
import { CHANNELS } from '../../categories';
import { ClaimWriter, type GeneratedText } from './claims';
import { percent, type ReportFacts } from './facts';
import { changeAgainstLastYear } from './section-three';

const CHANNEL_PHRASE: Record<string, string> = { other: '其他方式' };

export function overviewRequestsParagraph(f: ReportFacts, subject = '本机关'): GeneratedText {
  const w = new ClaimWriter();
  const t = f.tableThree;
  const newRef = { table: 'three' as const, row: 'new' as const, column: 'total' as const };
  const resultsRef = { table: 'three' as const, row: 'results_total' as const, column: 'total' as const };
  if (t.new.total === 0) w.text(`${f.year}年，${subject}未收到政府信息公开申请`);
  else {
    w.text(`${f.year}年，${subject}共收到政府信息公开申请`).num(t.new.total, '件', { phrase: '共收到政府信息公开申请', source: '表三“本年新收 × 总计”', cells: [newRef] });
    changeAgainstLastYear(w, t.new.total, f.previousNewTotal);
    const used = CHANNELS.filter((c) => f.channels[c.code] > 0);
    if (used.length) {
      w.text('，其中');
      used.forEach((c, i) => {
        const phrase = `${CHANNEL_PHRASE[c.code] ?? c.label}申请`;
        w.text(`${i ? '、' : ''}${phrase}`).num(f.channels[c.code], '件', { phrase, source: `按申请方式统计的${c.label}申请数` });
      });
    }
  }
  w.text('。');
  if (f.closed === 0) {
    w.text('本年度没有办结的申请。');
    return w.done();
  }
  w.text('本年度办理结果').num(t.results_total.total, '件', { phrase: '本年度办理结果', source: '表三“(七)总计 × 总计”', cells: [resultsRef] });
  w.text('，其中在法定期限内答复').num(f.closedOnTime, '件', { phrase: '在法定期限内答复', source: '本年答复且未超过答复期限的申请数' });
  w.text('，按期答复率').num(percent(f.closedOnTime, f.closed), '%', { phrase: '按期答复率', source: `按期答复 ${f.closedOnTime} 件 ÷ 本年答复 ${f.closed} 件` });
  w.text('。');
  return w.done();
}
