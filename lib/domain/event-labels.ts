import { outcomeLabel } from './categories';
import { deliveryMethodLabel } from './letters/delivery';

// How each kind of case event reads on the timeline.

type Data = Record<string, unknown>;
const s = (v: unknown) => (v === null || v === undefined ? '' : String(v));

const DESCRIBE: Record<string, (d: Data) => { title: string; details: string[] }> = {
  registered: (d) => ({ title: '登记申请', details: [`收到日期：${s(d.receivedOn)}`] }),
  imported: (d) => ({ title: '从台账导入', details: d.file ? [`文件：${s(d.file)}`] : [] }),
  closed: (d) => ({ title: '办结答复', details: [`办理结果：${outcomeLabel(s(d.outcome))}`, ...(d.replyDocNo ? [`答复文号：${s(d.replyDocNo)}`] : [])] }),
  reopened: (d) => ({ title: '重新打开', details: [`理由：${s(d.reason)}`, ...(d.previousOutcome ? [`原办理结果：${outcomeLabel(s(d.previousOutcome))}（${s(d.previousRepliedOn)}答复）`] : [])] }),
  correction_requested: (d) => ({ title: '发出补正通知', details: [`需补正：${s(d.missing)}`, `补正期限：${s(d.periodDays)} 个工作日`] }),
  correction_received: (d) => ({ title: '收到补正后的申请', details: [`答复期限自 ${s(d.receivedOn)} 起重新计算`] }),
  consultation_sent: (d) => ({ title: '发出征求意见函', details: [`征求对象：${s(d.party)}（${d.partyKind === 'agency' ? '其他机关' : '第三方'}）`] }),
  consultation_answered: () => ({ title: '收到征求意见答复', details: [] }),
  fee_notified: (d) =>
    d.method === null
      ? { title: '发出收费通知', details: [d.amount === null ? '金额：台账未载明' : `金额：${s(d.amount)} 元（据台账）`] }
      : { title: '发出收费通知', details: [`金额：${s(d.amount)} 元（${d.method === 'per_page' ? '按量计收' : '按件计收'}，${s(d.quantity)}）`, `申请人收到通知：${s(d.deliveredOn)}`] },
  fee_paid: () => ({ title: '申请人缴费', details: [] }),
  extension_requested: (d) => ({ title: '申请延期答复', details: [`延长 ${s(d.days)} 个工作日`, `理由：${s(d.reason)}`] }),
  extension_decided: (d) => ({
    title: d.approved ? '批准延期' : '不批准延期',
    details: [`审批人：${s(d.approverName)}`, ...(d.notifiedOn ? [`告知申请人：${s(d.notifiedOn)}`] : []), ...(d.comment ? [`意见：${s(d.comment)}`] : [])],
  }),
  letter_issued: (d) => ({ title: '发出文书', details: [`${s(d.title)}（${s(d.docNo)}）`] }),
  letter_delivered: (d) => ({
    title: '文书送出',
    details: [`${s(d.title)}（${s(d.docNo)}）`, `送达方式：${deliveryMethodLabel(s(d.method))}${d.trackingNo ? `，运单号 ${s(d.trackingNo)}` : ''}`, ...(d.receivedOn ? [`签收日期：${s(d.receivedOn)}`] : [])],
  }),
  letter_received: (d) => ({ title: '文书已签收', details: [`${s(d.title)}（${s(d.docNo)}）`] }),
  letter_cancelled: (d) => ({ title: '文书作废', details: [`${s(d.title)}（${s(d.docNo)}）`, `理由：${s(d.reason)}`] }),
  art35_set: (d) => ({ title: '确定合理的答复期限（条例第三十五条）', details: [`答复期限：${s(d.dueOn)}`, `理由：${s(d.reason)}`] }),
};

export function describeEvent(kind: string, data: Data): { title: string; details: string[] } {
  return DESCRIBE[kind]?.(data) ?? { title: kind, details: [] };
}
