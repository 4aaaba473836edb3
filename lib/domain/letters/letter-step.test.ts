import { describe, expect, it } from 'vitest';
import { letterType } from './letter-types';
import { letterStep } from './letter-step';
import { prefillClerkValues } from './prefill';
import type { ClockEvent } from '../clock/types';

const facts = { issuedOn: '2026-03-05', feeDeliveredOn: '2026-03-06', docNo: '示人社依延〔2026〕1号', requestedOn: '2026-03-04', requestedBy: '王芳', approvedOn: '2026-03-05' };

describe('the clock step an issued letter records', () => {
  it('is the step form’s event, dated by the letter', () => {
    expect(letterStep(letterType('correction')!, { 补正内容: '请写明年份', 补正期限: '15' }, facts)).toEqual({
      kind: 'event',
      event: { kind: 'correction_requested', noticeOn: '2026-03-05', missing: '请写明年份', periodDays: 15 },
    });
    expect(letterStep(letterType('consultation.agency')!, { 征求意见对象: '示例市财政局', 征求意见事项: 'x' }, facts)).toEqual({
      kind: 'event',
      event: { kind: 'consultation_sent', sentOn: '2026-03-05', party: '示例市财政局', partyKind: 'agency' },
    });
    expect(letterStep(letterType('fee')!, { 计收方式: '按量计收', 计收数量: '45', 缴费方式: '银行转账' }, facts)).toEqual({
      kind: 'event',
      event: { kind: 'fee_notified', noticeOn: '2026-03-05', deliveredOn: '2026-03-06', method: 'per_page', quantity: 45, amount: 150 },
    });
  });

  it('for an extension: the request (when sent for approval) and the decision (when approved, told on issue)', () => {
    expect(letterStep(letterType('extension')!, { 延期天数: '10', 延期理由: '需调取档案' }, facts)).toEqual({
      kind: 'extension',
      days: 10,
      reason: '需调取档案',
      requestedOn: '2026-03-04',
      requestedBy: '王芳',
      decidedOn: '2026-03-05',
      notifiedOn: '2026-03-05',
      comment: '延长答复期限告知书（示人社依延〔2026〕1号）',
    });
  });

  it('is none for a receipt, the notice of consultation to the applicant, or a reply (a reply closes the case instead)', () => {
    expect(letterStep(letterType('receipt')!, {}, facts)).toBeNull();
    expect(letterStep(letterType('consultation.applicant')!, {}, facts)).toBeNull();
    expect(letterStep(letterType('reply.disclosed')!, {}, facts)).toBeNull();
  });
});

describe('a new draft starts from the case’s records', () => {
  const events: ClockEvent[] = [
    { kind: 'correction_requested', noticeOn: '2026-03-03', missing: '请写明年份', periodDays: 10 },
    { kind: 'fee_notified', noticeOn: '2026-03-10', deliveredOn: '2026-03-11', method: 'per_application', quantity: 12, amount: 100 },
    { kind: 'extension_requested', requestedOn: '2026-03-12', days: 15, reason: '需调取档案', requestedBy: '王芳' },
  ];
  const src = { events, correctionPeriodDays: 15, correctionLetterNo: '示人社依补〔2026〕4号', relatedReply: { docNo: '示人社依复〔2025〕9号', repliedOn: '2025-11-02' } };

  it('fills what the steps recorded', () => {
    expect(prefillClerkValues(letterType('correction')!, { ...src, events: [] })).toEqual({ 补正期限: '15' });
    expect(prefillClerkValues(letterType('extension')!, src)).toEqual({ 延期天数: '15', 延期理由: '需调取档案' });
    expect(prefillClerkValues(letterType('fee')!, src)).toEqual({ 计收方式: '按件计收', 计收数量: '12' });
    expect(prefillClerkValues(letterType('reply.unavailable.still_unclear')!, src)).toEqual({ 补正告知日期: '2026-03-03', 补正告知书文号: '示人社依补〔2026〕4号' });
    expect(prefillClerkValues(letterType('reply.other.fee_unpaid')!, src)).toEqual({ 收费通知日期: '2026-03-10' });
    expect(prefillClerkValues(letterType('reply.not_processed.duplicate')!, src)).toEqual({ 原答复日期: '2025-11-02', 原答复文号: '示人社依复〔2025〕9号' });
  });
});
