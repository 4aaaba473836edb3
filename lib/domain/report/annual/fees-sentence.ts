// Section 六's fees sentence (REPORT.md §3): fees count in the year they were paid.
import { ClaimWriter, type GeneratedText } from './claims';
import type { ReportFacts } from './facts';

export function feesSentence(fees: ReportFacts['fees']): GeneratedText {
  const w = new ClaimWriter();
  if (fees.cases === 0) return w.text('本年度未收取信息处理费。').done();
  w.text('本年度共对').num(fees.cases, '件', { phrase: '本年度共对', source: '本年缴费的申请数' });
  w.text('政府信息公开申请收取信息处理费，共计').num(fees.amountYuan, '元', { phrase: '共计', source: '本年缴纳的信息处理费合计' });
  if (fees.unknownAmounts) w.text('（其中').num(fees.unknownAmounts, '件', { phrase: '其中', source: '未登记收费金额的申请数' }).text('未登记收费金额）');
  return w.text('。').done();
}
