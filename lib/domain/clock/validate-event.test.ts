import { describe, expect, it } from 'vitest';
import { ev } from '@/tests/support/clock-events';
import type { ClockEvent } from './types';
import { validateClockEvent } from './validate-event';

const receivedOn = '2024-09-27';
const today = '2024-10-20';
const check = (event: ClockEvent, events: ClockEvent[] = [], repliedOn: string | null = null, t = today) =>
  validateClockEvent(event, { receivedOn, events, repliedOn, today: t });

describe('validateClockEvent: dates', () => {
  it('accepts a plain valid event', () => {
    expect(check(ev.consultationSent('2024-10-08'))).toEqual({});
  });
  it('rejects a date before receipt', () => {
    expect(check(ev.consultationSent('2024-09-26'))).toEqual({ sentOn: ['日期不能早于收到申请日期（2024-09-27）'] });
  });
  it('rejects a date in the future', () => {
    expect(check(ev.consultationSent('2024-10-21'))).toEqual({ sentOn: ['日期不能晚于今天（2024-10-20）'] });
  });
  it('rejects a malformed date', () => {
    expect(check(ev.consultationSent('2024-02-30'))).toEqual({ sentOn: ['请填写有效日期（YYYY-MM-DD）'] });
  });
  it('rejects any event on a closed case', () => {
    expect(check(ev.consultationSent('2024-10-08'), [], '2024-10-10')).toEqual({ sentOn: ['本申请已办结，不能再登记计时事项'] });
  });
});

describe('validateClockEvent: correction', () => {
  it('allows one correction request, with content and a positive period', () => {
    expect(check(ev.correctionRequested('2024-09-30'))).toEqual({});
    expect(check(ev.correctionRequested('2024-10-08'), [ev.correctionRequested('2024-09-30'), ev.correctionReceived('2024-10-08')])).toEqual({
      noticeOn: ['补正只能要求一次（应一次性告知需要补正的内容）'],
    });
    expect(check({ ...ev.correctionRequested('2024-09-30'), missing: ' ', periodDays: 0 })).toEqual({
      missing: ['请填写需要补正的内容'],
      periodDays: ['补正期限必须是正整数（工作日）'],
    });
  });
  it('refuses a correction received with no request or before the notice', () => {
    expect(check(ev.correctionReceived('2024-10-08'))).toEqual({ receivedOn: ['没有待补正的补正通知'] });
    expect(check(ev.correctionReceived('2024-09-29'), [ev.correctionRequested('2024-09-30')])).toEqual({
      receivedOn: ['收到补正日期不能早于补正通知日期（2024-09-30）'],
    });
  });
  it('refuses consultation, fee notice and extension while the correction is awaited', () => {
    const events = [ev.correctionRequested('2024-09-30')];
    expect(check(ev.consultationSent('2024-10-08'), events).sentOn).toEqual(['申请人补正前不能征求意见']);
    expect(check(ev.feeNotified('2024-10-08'), events).noticeOn).toEqual(['申请人补正前不能发出收费通知']);
    expect(check(ev.extensionRequested('2024-10-08'), events).requestedOn).toEqual(['申请人补正前期限尚未重新起算，不能申请延期']);
  });
});

describe('validateClockEvent: consultation', () => {
  it('refuses an answer with none open or before sending', () => {
    expect(check(ev.consultationAnswered('2024-10-08'))).toEqual({ answeredOn: ['没有未答复的征求意见'] });
    expect(check(ev.consultationAnswered('2024-10-07'), [ev.consultationSent('2024-10-08')])).toEqual({
      answeredOn: ['收到意见日期不能早于发出征求意见日期（2024-10-08）'],
    });
    expect(check(ev.consultationAnswered('2024-10-08'), [ev.consultationSent('2024-10-08')])).toEqual({});
  });
  it('refuses a second consultation while one is open, allows one after the answer', () => {
    expect(check(ev.consultationSent('2024-10-10'), [ev.consultationSent('2024-10-08')])).toEqual({
      sentOn: ['已有未答复的征求意见（2024-10-08发出），请先登记收到意见'],
    });
    const answered = [ev.consultationSent('2024-10-08'), ev.consultationAnswered('2024-10-10')];
    expect(check(ev.consultationSent('2024-10-10'), answered)).toEqual({});
    expect(check(ev.consultationSent('2024-10-09'), answered)).toEqual({ sentOn: ['不能早于上一次征求意见的答复日期（2024-10-10）'] });
  });
  it('requires the party and its kind', () => {
    expect(check({ kind: 'consultation_sent', sentOn: '2024-10-08', party: '', partyKind: 'x' as never })).toEqual({
      party: ['请填写征求意见的对象'],
      partyKind: ['请选择第三方或其他机关'],
    });
  });
});

describe('validateClockEvent: fee', () => {
  it('checks the amount against 国办函〔2020〕109号', () => {
    expect(check(ev.feeNotified('2024-10-08'))).toEqual({});
    expect(check({ ...ev.feeNotified('2024-10-08'), amount: 4000 }).amount).toEqual([
      '金额应为4700元（1–30页：免费；31–100页：70页×10元=700元；101–200页：100页×20元=2000元；201–250页：50页×40元=2000元；合计4700元）',
    ]);
    expect(check({ ...ev.feeNotified('2024-10-08'), quantity: 20, amount: 0 }).amount).toEqual(['按此数量不收费（1–20页：免费；合计0元），无需发出收费通知']);
    expect(check({ ...ev.feeNotified('2024-10-08'), quantity: -3 }).quantity).toEqual(['页数必须大于0']);
    expect(check({ ...ev.feeNotified('2024-10-08'), method: 'per_word' as never }).method).toEqual(['请选择按件计收或按量计收']);
  });
  it('refuses delivery before the notice', () => {
    expect(check(ev.feeNotified('2024-10-08', '2024-10-07'))).toEqual({ deliveredOn: ['送达日期不能早于收费通知日期（2024-10-08）'] });
  });
  it('refuses a payment with no notice or before it, and a second notice while unpaid', () => {
    expect(check(ev.feePaid('2024-10-08'))).toEqual({ paidOn: ['没有待缴费的收费通知'] });
    expect(check(ev.feePaid('2024-10-07'), [ev.feeNotified('2024-10-08')])).toEqual({ paidOn: ['缴费日期不能早于收费通知日期（2024-10-08）'] });
    expect(check(ev.feeNotified('2024-10-09'), [ev.feeNotified('2024-10-08')]).noticeOn).toEqual(['已有未缴费的收费通知（2024-10-08发出）']);
  });
});

describe('validateClockEvent: extension', () => {
  it('accepts 1–20 working days, refuses more or non-positive', () => {
    expect(check(ev.extensionRequested('2024-10-15', 20))).toEqual({});
    expect(check(ev.extensionRequested('2024-10-15', 21))).toEqual({ days: ['延期不能超过20个工作日'] });
    expect(check(ev.extensionRequested('2024-10-15', 0))).toEqual({ days: ['延期天数必须是正整数（工作日）'] });
    expect(check(ev.extensionRequested('2024-10-15', 2.5))).toEqual({ days: ['延期天数必须是正整数（工作日）'] });
  });
  it('requires a reason and the requester', () => {
    expect(check({ ...ev.extensionRequested('2024-10-15'), reason: '', requestedBy: '' })).toEqual({
      reason: ['请填写延期理由'],
      requestedBy: ['请填写提出延期的人员'],
    });
  });
  it('only one extension per case: refuses a second while pending or after approval, allows one after rejection', () => {
    const pending = [ev.extensionRequested('2024-10-15')];
    expect(check(ev.extensionRequested('2024-10-16'), pending)).toEqual({ requestedOn: ['已有待审批的延期申请，不能重复申请'] });
    const approved = [...pending, ev.extensionDecided('2024-10-16', true)];
    expect(check(ev.extensionRequested('2024-10-17'), approved)).toEqual({ requestedOn: ['每件申请只能延期一次'] });
    const rejected = [...pending, ev.extensionDecided('2024-10-16', false)];
    expect(check(ev.extensionRequested('2024-10-17'), rejected)).toEqual({});
  });
  it('refuses a request after the deadline', () => {
    expect(check(ev.extensionRequested('2024-10-31'), [], null, '2024-11-05')).toEqual({
      requestedOn: ['答复期限（2024-10-30）已届满，不能再申请延期'],
    });
  });
  it('refuses a decision with no pending request or before it', () => {
    expect(check(ev.extensionDecided('2024-10-16', true))).toEqual({ decidedOn: ['没有待审批的延期申请'] });
    expect(check(ev.extensionDecided('2024-10-14', true), [ev.extensionRequested('2024-10-15')])).toEqual({
      decidedOn: ['审批日期不能早于延期申请日期（2024-10-15）'],
    });
  });
  it('an approval needs the approver and the date the applicant was told, not before the decision', () => {
    const pending = [ev.extensionRequested('2024-10-15')];
    expect(check({ ...ev.extensionDecided('2024-10-16', true, null), approverName: '' }, pending)).toEqual({
      approverName: ['请填写审批人'],
      notifiedOn: ['批准延期的，须填写告知申请人的日期'],
    });
    expect(check(ev.extensionDecided('2024-10-16', true, '2024-10-15'), pending)).toEqual({ notifiedOn: ['告知日期不能早于审批日期（2024-10-16）'] });
    expect(check(ev.extensionDecided('2024-10-16', false, null), pending)).toEqual({});
  });
  it('an approval after the deadline is refused, a rejection is not', () => {
    const pending = [ev.extensionRequested('2024-10-29')];
    expect(check(ev.extensionDecided('2024-10-31', true), pending, null, '2024-11-05')).toEqual({
      decidedOn: ['延期须在答复期限（2024-10-30）届满前批准'],
    });
    expect(check(ev.extensionDecided('2024-10-31', false), pending, null, '2024-11-05')).toEqual({});
  });
});

describe('validateClockEvent: Art. 35', () => {
  it('accepts a future date later than the statutory deadline', () => {
    expect(check(ev.art35('2024-12-31'))).toEqual({});
  });
  it('refuses a date before receipt or not after the statutory deadline, and a missing reason', () => {
    expect(check(ev.art35('2024-09-01'))).toEqual({ dueOn: ['日期不能早于收到申请日期（2024-09-27）'] });
    expect(check({ ...ev.art35('2024-10-30'), reason: '' })).toEqual({
      dueOn: ['延迟答复日期应晚于按规定计算的答复期限（2024-10-30）'],
      reason: ['请填写延迟答复的理由'],
    });
  });
  it('is decided while the statutory period runs, once, and within a year of receipt', () => {
    expect(check(ev.art35('2024-12-31'), [], null, '2024-10-31')).toEqual({ dueOn: ['答复期限（2024-10-30）已届满，不能再确定延迟答复日期'] });
    expect(check(ev.art35('2025-01-31'), [ev.art35('2024-12-31')])).toEqual({ dueOn: ['已确定延迟答复日期（2024-12-31），不能重复确定'] });
    expect(check(ev.art35('2025-09-28'))).toEqual({ dueOn: ['延迟答复日期不能晚于收到申请后一年（2025-09-27）'] });
    expect(check(ev.art35('2025-09-27'))).toEqual({});
  });
});
