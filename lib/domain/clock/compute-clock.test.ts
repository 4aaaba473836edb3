import { describe, expect, it } from 'vitest';
import { closeSuggestions } from './close-suggestions';
import { clockOf, ev } from '@/tests/support/clock-events';

describe('RULES §3 worked examples through computeClock', () => {
  it.each([
    ['2024-09-27', '2024-10-30'],
    ['2024-12-20', '2025-01-20'],
    ['2025-01-20', '2025-02-21'],
  ])('received %s → due %s', (receivedOn, due) => {
    const c = clockOf(receivedOn, [], receivedOn);
    expect(c).toMatchObject({
      startOn: receivedOn,
      baseDueOn: due,
      statutoryDueOn: due,
      replyDueOn: due,
      provisional: false,
      workingDaysLeft: 20,
      status: 'on_track',
      storedState: 'running',
      pause: null,
      pausedWorkingDays: 0,
      restarted: false,
      art35: null,
      correction: null,
      correctionNoticeLate: null,
      fee: null,
      lateByWorkingDays: null,
    });
    expect(c.extension.state).toBe('none');
  });

  it('the correction notice is due 7 working days after receipt (2024-09-27 → 2024-10-12, a make-up Saturday)', () => {
    expect(clockOf('2024-09-27', [], '2024-09-27').correctionNoticeDueOn).toBe('2024-10-12');
  });

  it('a 2027 deadline is provisional', () => {
    const c = clockOf('2026-12-20', [], '2026-12-21');
    expect(c.replyDueOn).toBe('2027-01-15');
    expect(c.provisional).toBe(true);
  });
});

describe('status and working days left', () => {
  it.each([
    ['2024-10-22', 6, 'on_track'],
    ['2024-10-23', 5, 'due_soon'],
    ['2024-10-30', 0, 'due_soon'],
    ['2024-10-31', -1, 'overdue'],
    ['2024-11-01', -2, 'overdue'],
    ['2024-11-02', -2, 'overdue'], // a Saturday: no working day has passed since Friday
    ['2024-11-04', -3, 'overdue'],
  ])('received 2024-09-27, today %s → %i left, %s', (today, left, status) => {
    const c = clockOf('2024-09-27', [], today);
    expect(c.workingDaysLeft).toBe(left);
    expect(c.status).toBe(status);
  });

  it('the due-soon threshold is configurable', () => {
    expect(clockOf('2024-09-27', [], '2024-10-22', null, 6).status).toBe('due_soon');
    expect(clockOf('2024-09-27', [], '2024-10-23', null, 4).status).toBe('on_track');
  });

  it('a weekend the day after a Friday deadline is one working day overdue', () => {
    // 2024-11-29 (Friday) is the deadline of 2024-11-01.
    expect(clockOf('2024-11-01', [], '2024-11-30').workingDaysLeft).toBe(-1);
  });
});

describe('closing', () => {
  it('on the due date is on time', () => {
    const c = clockOf('2024-09-27', [], '2024-12-01', '2024-10-30');
    expect(c).toMatchObject({ status: 'closed_on_time', storedState: 'closed', workingDaysLeft: null, lateByWorkingDays: null });
  });
  it('closed late by N working days', () => {
    const c = clockOf('2024-09-27', [], '2024-12-01', '2024-11-05');
    expect(c).toMatchObject({ status: 'closed_late', lateByWorkingDays: 4 });
  });
  it('a reply on the Saturday after a Friday deadline is 1 working day late', () => {
    expect(clockOf('2024-11-01', [], '2024-12-02', '2024-11-30').lateByWorkingDays).toBe(1);
  });
  it('offers no close suggestions once closed', () => {
    const c = clockOf('2025-01-10', [ev.correctionRequested('2025-01-14')], '2025-03-01', '2025-03-01');
    expect(c.correctionExpired).toBe(false);
    expect(closeSuggestions(c)).toEqual([]);
  });
});

describe('correction (restart)', () => {
  const request = ev.correctionRequested('2025-01-14', 10);

  it('restarts the 20 days from the corrected application, across Spring Festival', () => {
    const c = clockOf('2025-01-10', [request, ev.correctionReceived('2025-01-24')], '2025-02-05');
    expect(c).toMatchObject({
      startOn: '2025-01-24',
      restarted: true,
      baseDueOn: '2025-02-27',
      replyDueOn: '2025-02-27',
      correctionNoticeDueOn: '2025-01-21',
      correctionNoticeLate: false,
      awaitingCorrection: false,
      correctionDueOn: '2025-01-27',
      correctionExpired: false,
      storedState: 'running',
      status: 'on_track',
    });
    expect(c.correction).toMatchObject({ noticeOn: '2025-01-14', receivedOn: '2025-01-24', dueOn: '2025-01-27' });
  });

  it('while awaited: status awaiting_correction, due date estimated as if corrected today', () => {
    const c = clockOf('2025-01-10', [request], '2025-01-20');
    expect(c).toMatchObject({
      status: 'awaiting_correction',
      storedState: 'awaiting_correction',
      awaitingCorrection: true,
      startOn: '2025-01-20',
      replyDueOn: '2025-02-21',
      replyDueOnIsEstimate: true,
      workingDaysLeft: 20,
      pause: { kind: 'correction', since: '2025-01-14' },
      correctionExpired: false,
    });
    expect(closeSuggestions(c)).toEqual([]);
  });

  it('after the correction period: expired, offer other.no_correction', () => {
    const c = clockOf('2025-01-10', [request], '2025-02-05');
    expect(c.correctionExpired).toBe(true);
    expect(closeSuggestions(c)).toEqual([{ outcome: 'other.no_correction', reason: expect.stringContaining('2025年1月27日') }]);
  });

  it('a notice after 7 working days is flagged late', () => {
    expect(clockOf('2025-01-10', [ev.correctionRequested('2025-01-22')], '2025-01-22').correctionNoticeLate).toBe(true);
    expect(clockOf('2025-01-10', [ev.correctionRequested('2025-01-21')], '2025-01-22').correctionNoticeLate).toBe(false);
  });

  it('forgets pauses of the earlier period', () => {
    const events = [ev.consultationSent('2025-01-13'), ev.consultationAnswered('2025-01-14'), request, ev.correctionReceived('2025-01-24')];
    const c = clockOf('2025-01-10', events, '2025-02-05');
    expect(c.replyDueOn).toBe('2025-02-27');
    expect(c.pausedWorkingDays).toBe(0);
  });
});

describe('consultation pause', () => {
  it('answered after 3 working days moves the deadline 3 working days', () => {
    const c = clockOf('2024-03-01', [ev.consultationSent('2024-03-05'), ev.consultationAnswered('2024-03-08')], '2024-03-11');
    expect(c).toMatchObject({ baseDueOn: '2024-03-29', replyDueOn: '2024-04-03', pausedWorkingDays: 3, status: 'on_track', pause: null });
    expect(c.consultations[0]).toMatchObject({ capOn: '2024-03-26', pausedUntil: '2024-03-08', capReached: false });
  });

  it('is capped at the 15th working day after sending', () => {
    const c = clockOf('2024-03-01', [ev.consultationSent('2024-03-05')], '2024-04-15');
    expect(c).toMatchObject({ replyDueOn: '2024-04-22', pausedWorkingDays: 15, pause: null, storedState: 'running' });
    expect(c.status).toBe('due_soon');
    expect(c.consultations[0]).toMatchObject({ capOn: '2024-03-26', pausedUntil: '2024-03-26', capReached: true });
    // An answer after the cap changes nothing.
    const answered = clockOf('2024-03-01', [ev.consultationSent('2024-03-05'), ev.consultationAnswered('2024-04-10')], '2024-04-15');
    expect(answered.replyDueOn).toBe('2024-04-22');
  });

  it('while open, assumes the pause lasts until today and freezes the working days left', () => {
    const c = clockOf('2024-03-01', [ev.consultationSent('2024-03-05')], '2024-03-12');
    expect(c).toMatchObject({
      replyDueOn: '2024-04-08',
      replyDueOnIsEstimate: true,
      status: 'paused_consultation',
      pause: { kind: 'consultation', since: '2024-03-05', resumesBy: '2024-03-26' },
      workingDaysLeft: 18,
    });
    expect(clockOf('2024-03-01', [ev.consultationSent('2024-03-05')], '2024-03-20').workingDaysLeft).toBe(18);
    expect(clockOf('2024-03-01', [ev.consultationSent('2024-03-05')], '2024-03-26').workingDaysLeft).toBe(18);
    expect(clockOf('2024-03-01', [ev.consultationSent('2024-03-05')], '2024-03-27')).toMatchObject({ workingDaysLeft: 17, pause: null, status: 'on_track' });
  });

  it('a consultation started after the deadline does not extend it', () => {
    const c = clockOf('2024-09-27', [ev.consultationSent('2024-10-31')], '2024-11-05');
    expect(c).toMatchObject({ replyDueOn: '2024-10-30', pausedWorkingDays: 0, status: 'overdue', storedState: 'running' });
  });

  it('a consultation started on the deadline extends it', () => {
    const c = clockOf('2024-09-27', [ev.consultationSent('2024-10-30'), ev.consultationAnswered('2024-11-01')], '2024-11-05');
    expect(c).toMatchObject({ replyDueOn: '2024-11-01', pausedWorkingDays: 2 });
  });
});

describe('fee pause', () => {
  it('runs from the notice to payment', () => {
    const c = clockOf('2024-11-01', [ev.feeNotified('2024-11-05', '2024-11-06'), ev.feePaid('2024-11-15')], '2024-11-18');
    expect(c).toMatchObject({ baseDueOn: '2024-11-29', replyDueOn: '2024-12-11', pausedWorkingDays: 8, status: 'on_track', storedState: 'running' });
    expect(c.fee).toMatchObject({ amount: 4700, payBy: '2024-12-04', paidOn: '2024-11-15', unpaidExpired: false });
  });

  it('has no cap while unpaid, and after 20 working days offers other.fee_unpaid', () => {
    const c = clockOf('2024-11-01', [ev.feeNotified('2024-11-05', '2024-11-06')], '2024-12-10');
    expect(c).toMatchObject({
      status: 'paused_fee',
      storedState: 'paused_fee',
      pause: { kind: 'fee', since: '2024-11-05' },
      pausedWorkingDays: 25,
      replyDueOn: '2025-01-06',
      feeUnpaidExpired: true,
      workingDaysLeft: 18,
    });
    expect(closeSuggestions(c)).toEqual([{ outcome: 'other.fee_unpaid', reason: expect.stringContaining('2024年12月4日') }]);
    expect(clockOf('2024-11-01', [ev.feeNotified('2024-11-05', '2024-11-06')], '2024-12-04').feeUnpaidExpired).toBe(false);
  });

  it('a pause begun on the deadline shows 0 days left, not overdue, on a holiday while still open', () => {
    // Received 2019-01-06: due 2019-02-01 (Friday). The make-up weekend 02-02/03 is paused, 02-04 is 春节.
    const c = clockOf('2019-01-06', [ev.feeNotified('2019-02-01')], '2019-02-04');
    expect(c).toMatchObject({ replyDueOn: '2019-02-03', workingDaysLeft: 0, status: 'paused_fee' });
  });

  it('closing a case while the fee is unpaid ends the pause on the reply date, on time', () => {
    const c = clockOf('2024-11-01', [ev.feeNotified('2024-11-05', '2024-11-06')], '2025-01-20', '2024-12-20');
    expect(c).toMatchObject({ status: 'closed_on_time', storedState: 'closed', pause: null, feeUnpaidExpired: false });
    expect(closeSuggestions(c)).toEqual([]);
  });

  it('overlapping consultation and fee pauses count each working day once', () => {
    const events = [ev.consultationSent('2024-11-05'), ev.feeNotified('2024-11-06'), ev.consultationAnswered('2024-11-08'), ev.feePaid('2024-11-15')];
    expect(clockOf('2024-11-01', events, '2024-11-18')).toMatchObject({ replyDueOn: '2024-12-11', pausedWorkingDays: 8 });
  });
});

describe('extension', () => {
  const requested = ev.extensionRequested('2024-10-25', 15);

  it('approved: adds its days', () => {
    const c = clockOf('2024-09-27', [requested, ev.extensionDecided('2024-10-28', true)], '2024-10-29');
    expect(c.replyDueOn).toBe('2024-11-20');
    expect(c.extension).toEqual({
      state: 'approved',
      days: 15,
      reason: '需要调取档案',
      requestedBy: '张三',
      requestedOn: '2024-10-25',
      approverName: '李主任',
      decidedOn: '2024-10-28',
      notifiedOn: '2024-10-28',
      comment: '',
    });
  });

  it('rejected: the deadline stays', () => {
    const c = clockOf('2024-09-27', [requested, ev.extensionDecided('2024-10-28', false)], '2024-10-29');
    expect(c.replyDueOn).toBe('2024-10-30');
    expect(c.extension).toMatchObject({ state: 'rejected', approverName: '李主任', notifiedOn: null });
  });

  it('pending: the deadline stays', () => {
    const c = clockOf('2024-09-27', [requested], '2024-10-29');
    expect(c.replyDueOn).toBe('2024-10-30');
    expect(c.extension).toMatchObject({ state: 'pending', days: 15, approverName: null });
  });

  it('a pause that starts inside the extension still extends', () => {
    const events = [requested, ev.extensionDecided('2024-10-28', true), ev.consultationSent('2024-11-05'), ev.consultationAnswered('2024-11-07')];
    expect(clockOf('2024-09-27', events, '2024-11-08')).toMatchObject({ replyDueOn: '2024-11-22', pausedWorkingDays: 2 });
  });
});

describe('Art. 35 delayed reply', () => {
  it('replaces the computed deadline', () => {
    const c = clockOf('2024-09-27', [ev.art35('2024-12-31')], '2024-11-05');
    expect(c).toMatchObject({
      statutoryDueOn: '2024-10-30',
      replyDueOn: '2024-12-31',
      art35: { dueOn: '2024-12-31', reason: '申请数量明显超过合理范围' },
      status: 'on_track',
      provisional: false,
    });
  });
  it('the latest Art. 35 date wins', () => {
    expect(clockOf('2024-09-27', [ev.art35('2024-12-31'), ev.art35('2024-12-20')], '2024-11-05').replyDueOn).toBe('2024-12-20');
  });
});
