import { describe, expect, it } from 'vitest';
import { clockOf, ev } from '@/tests/support/clock-events';
import { availableSteps, type StepPermissions } from './available-steps';
import { validateClockEvent } from './validate-event';
import type { ClockEvent } from './types';

const everyone: StepPermissions = { recordClock: true, requestExtension: true, approveExtension: true, setLaterDate: true };
const clerk: StepPermissions = { recordClock: true, requestExtension: true, approveExtension: false, setLaterDate: false };

describe('the steps a case allows next', () => {
  it('a fresh case: a correction, a consultation, a fee, an extension request or a later date', () => {
    expect(availableSteps(clockOf('2024-09-27', [], '2024-09-30'), everyone)).toEqual([
      'correction_requested',
      'consultation_sent',
      'fee_notified',
      'extension_requested',
      'art35_set',
    ]);
  });

  it('while a correction is awaited: only its arrival (and a later date)', () => {
    const clock = clockOf('2024-09-27', [ev.correctionRequested('2024-09-30')], '2024-10-08');
    expect(availableSteps(clock, everyone)).toEqual(['correction_received', 'art35_set']);
  });

  it('an open consultation and a pending extension wait for their answers', () => {
    const clock = clockOf('2024-09-27', [ev.consultationSent('2024-09-30'), ev.extensionRequested('2024-10-08')], '2024-10-09');
    expect(availableSteps(clock, everyone)).toEqual(['extension_decided', 'consultation_answered', 'fee_notified', 'art35_set']);
    expect(availableSteps(clock, clerk)).toEqual(['consultation_answered', 'fee_notified']);
  });

  it('no later date once the statutory deadline has passed, and nothing once closed', () => {
    expect(availableSteps(clockOf('2024-09-27', [], '2024-10-31'), everyone)).not.toContain('art35_set');
    expect(availableSteps(clockOf('2024-09-27', [], '2024-10-31', '2024-10-20'), everyone)).toEqual([]);
  });

  it('validateClockEvent refuses a step the page does not offer, with the rule on its date field', () => {
    const events: ClockEvent[] = [ev.consultationSent('2024-09-30')];
    const offered = availableSteps(clockOf('2024-09-27', events, '2024-10-08'), everyone);
    expect(offered).not.toContain('correction_requested');
    expect(validateClockEvent(ev.correctionRequested('2024-10-08'), { receivedOn: '2024-09-27', events, repliedOn: null, today: '2024-10-08' })).toEqual({
      noticeOn: ['征求意见或待缴费期间不能要求补正'],
    });
    expect(validateClockEvent(ev.consultationSent('2024-10-08'), { receivedOn: '2024-09-27', events, repliedOn: null, today: '2024-10-08' })).toEqual({
      sentOn: ['已有未答复的征求意见（2024-09-30发出），请先登记收到意见'],
    });
  });
});
