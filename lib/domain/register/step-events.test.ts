import { describe, expect, it } from 'vitest';
import { ev } from '@/tests/support/clock-events';
import { NO_STEPS, type RegisterSteps } from './register-steps';
import { NOT_IN_REGISTER, stepEventsFor } from './step-events';

const steps = (over: Partial<RegisterSteps>): RegisterSteps => ({ ...NO_STEPS, ...over });
const kinds = (s: RegisterSteps, recorded = [] as Parameters<typeof stepEventsFor>[1]) => stepEventsFor(s, recorded).steps.map((x) => `${x.event.kind}@${x.on}`);

describe('stepEventsFor: a new case', () => {
  it('builds the events the case page records, with what a register does not say marked as such', () => {
    const { steps: out, conflicts } = stepEventsFor(
      steps({
        correction: { noticeOn: '2024-03-04', receivedOn: '2024-03-06' },
        consultations: [{ sentOn: '2024-03-07', answeredOn: '2024-03-08' }],
        fees: [{ noticeOn: '2024-03-11', paidOn: '2024-03-12', amount: 100 }],
        extension: { days: 10, notifiedOn: '2024-03-13' },
      }),
      [],
    );
    expect(conflicts).toEqual([]);
    expect(out.map((s) => s.event)).toEqual([
      { kind: 'correction_requested', noticeOn: '2024-03-04', missing: NOT_IN_REGISTER, periodDays: 15 },
      { kind: 'correction_received', receivedOn: '2024-03-06' },
      { kind: 'consultation_sent', sentOn: '2024-03-07', party: NOT_IN_REGISTER, partyKind: 'third_party' },
      { kind: 'consultation_answered', answeredOn: '2024-03-08' },
      { kind: 'fee_notified', noticeOn: '2024-03-11', deliveredOn: '2024-03-11', method: null, quantity: null, amount: 100 },
      { kind: 'fee_paid', paidOn: '2024-03-12' },
      { kind: 'extension_requested', requestedOn: '2024-03-13', days: 10, reason: NOT_IN_REGISTER, requestedBy: NOT_IN_REGISTER },
      { kind: 'extension_decided', decidedOn: '2024-03-13', approved: true, approverName: NOT_IN_REGISTER, notifiedOn: '2024-03-13', comment: '' },
    ]);
  });

  it('orders steps of one day as they must have happened: answers to earlier steps, the extension, new steps each with its same-day answer', () => {
    expect(
      kinds(
        steps({
          correction: { noticeOn: '2024-03-08', receivedOn: '2024-03-08' },
          consultations: [
            { sentOn: '2024-03-08', answeredOn: '2024-03-11' },
            { sentOn: '2024-03-11', answeredOn: '2024-03-11' },
          ],
          extension: { days: 5, notifiedOn: '2024-03-11' },
        }),
      ),
    ).toEqual([
      'correction_requested@2024-03-08',
      'correction_received@2024-03-08',
      'consultation_sent@2024-03-08',
      'consultation_answered@2024-03-11',
      'extension_requested@2024-03-11',
      'extension_decided@2024-03-11',
      'consultation_sent@2024-03-11',
      'consultation_answered@2024-03-11',
    ]);
  });

  it('keeps an answer dated before its request after the request, so that the check names the two dates', () => {
    expect(kinds(steps({ fees: [{ noticeOn: '2024-03-11', paidOn: '2024-03-05', amount: null }] }))).toEqual(['fee_notified@2024-03-11', 'fee_paid@2024-03-11']);
  });
});

describe('stepEventsFor: a case with recorded steps', () => {
  const recorded = [ev.consultationSent('2024-03-07'), ev.feeNotified('2024-03-11'), ev.extensionRequested('2024-03-12', 10)];

  it('adds only what the case does not have; what it has and an empty cell change nothing', () => {
    expect(kinds(steps({ consultations: [{ sentOn: '2024-03-07', answeredOn: '2024-03-08' }] }), recorded)).toEqual(['consultation_answered@2024-03-08']);
    expect(kinds(steps({ fees: [{ noticeOn: '2024-03-11', paidOn: null, amount: 4700 }] }), recorded)).toEqual([]);
    expect(kinds(NO_STEPS, recorded)).toEqual([]);
  });

  it('approves a pending request of the same length with the decision alone', () => {
    expect(kinds(steps({ extension: { days: 10, notifiedOn: '2024-03-13' } }), recorded)).toEqual(['extension_decided@2024-03-13']);
    expect(stepEventsFor(steps({ extension: { days: 12, notifiedOn: '2024-03-13' } }), recorded).conflicts).toEqual([
      { column: 'extensionDays', message: '系统中已有待审批的延期申请（延长 10 个工作日），与文件中的 12 个工作日不同，请核对' },
    ]);
  });

  it('never changes a recorded step: another date or amount is a conflict on its column', () => {
    const { steps: out, conflicts } = stepEventsFor(
      steps({ consultations: [{ sentOn: '2024-03-06', answeredOn: null }], fees: [{ noticeOn: '2024-03-11', paidOn: null, amount: 100 }] }),
      recorded,
    );
    expect(out).toEqual([]);
    expect(conflicts).toEqual([
      {
        column: 'consultationSentOn',
        message: '系统中已登记的征求意见日期为 2024-03-07，与文件中的 2024-03-06 不同。导入不会修改或删除已登记的办理步骤，请按系统中的记录填写或留空',
      },
      { column: 'feeAmount', message: '系统中已登记的收费金额为 4700，与文件中的 100 不同。导入不会修改或删除已登记的办理步骤，请按系统中的记录填写或留空' },
    ]);
  });

  it('lists the recorded steps of a cell when a later one is missing from the file', () => {
    const two = [ev.consultationSent('2024-03-04'), ev.consultationAnswered('2024-03-05'), ev.consultationSent('2024-03-07')];
    expect(kinds(steps({ consultations: [{ sentOn: '2024-03-04', answeredOn: '2024-03-05' }] }), two)).toEqual([]);
    expect(stepEventsFor(steps({ consultations: [{ sentOn: '2024-03-07', answeredOn: null }] }), two).conflicts[0].message).toContain(
      '征求意见日期为 2024-03-04；2024-03-07，与文件中的 2024-03-07 不同',
    );
  });
});
