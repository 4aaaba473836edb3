import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../dates';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../calendar/work-calendar';
import { cal, clockOf, ev, historyArb, play } from '@/tests/support/clock-events';
import type { ClockEvent } from './types';
import { validateClockEvent } from './validate-event';

// Received dates 2019-01-01 … 2027-06-30, across official and provisional years.
const date = fc.integer({ min: 0, max: 3102 }).map((i) => addDays('2019-01-01', i));
const offset = (max: number) => fc.integer({ min: 0, max });

describe('clock properties', () => {
  it('a consultation pause of k working days (k ≤ 15) moves the due date by exactly k working days', () => {
    fc.assert(
      fc.property(date, offset(27), offset(15), (receivedOn, s, k) => {
        const base = clockOf(receivedOn, [], receivedOn).replyDueOn;
        const sentOn = addDays(receivedOn, s);
        fc.pre(sentOn <= base);
        const answeredOn = addWorkingDays(cal, sentOn, k).date;
        const c = clockOf(receivedOn, [ev.consultationSent(sentOn), ev.consultationAnswered(answeredOn)], answeredOn);
        expect(c.pausedWorkingDays).toBe(k);
        expect(c.replyDueOn).toBe(addWorkingDays(cal, base, k).date);
        expect(workingDaysBetween(cal, base, c.replyDueOn)).toBe(k);
      }),
    );
  });

  it('a fee pause of k working days moves the due date by exactly k working days, without a cap', () => {
    fc.assert(
      fc.property(date, offset(27), offset(80), (receivedOn, s, k) => {
        const base = clockOf(receivedOn, [], receivedOn).replyDueOn;
        const noticeOn = addDays(receivedOn, s);
        fc.pre(noticeOn <= base);
        const paidOn = addWorkingDays(cal, noticeOn, k).date;
        const c = clockOf(receivedOn, [ev.feeNotified(noticeOn), ev.feePaid(paidOn)], paidOn);
        expect(c.replyDueOn).toBe(addWorkingDays(cal, base, k).date);
      }),
    );
  });

  it('while paused, the working days left stay at their value when the pause began', () => {
    fc.assert(
      fc.property(date, offset(27), offset(60), (receivedOn, s, wait) => {
        const noticeOn = addDays(receivedOn, s);
        const before = clockOf(receivedOn, [], noticeOn);
        fc.pre(before.workingDaysLeft! >= 0);
        const c = clockOf(receivedOn, [ev.feeNotified(noticeOn)], addDays(noticeOn, wait));
        expect(c.status).toBe('paused_fee');
        expect(c.workingDaysLeft).toBe(workingDaysBetween(cal, noticeOn, before.replyDueOn));
      }),
    );
  });

  it('a restart never shortens the period', () => {
    fc.assert(
      fc.property(date, offset(15), offset(40), offset(60), (receivedOn, a, b, later) => {
        const noticeOn = addDays(receivedOn, a);
        const correctedOn = addDays(noticeOn, b);
        const today = addDays(correctedOn, later);
        const plain = clockOf(receivedOn, [], today);
        const restarted = clockOf(receivedOn, [ev.correctionRequested(noticeOn), ev.correctionReceived(correctedOn)], today);
        expect(restarted.replyDueOn >= plain.replyDueOn).toBe(true);
        expect(restarted.startOn).toBe(correctedOn);
        expect(restarted.replyDueOn).toBe(addWorkingDays(cal, correctedOn, 20).date);
      }),
    );
  });

  it('the computed due date is always a working day, never before the base deadline, for any valid history', () => {
    fc.assert(
      fc.property(date, history, offset(60), (receivedOn, steps, after) => {
        const { events, last } = play(receivedOn, steps);
        const c = clockOf(receivedOn, events, addDays(last, after));
        expect(isWorkingDay(cal, c.statutoryDueOn)).toBe(true);
        expect(c.statutoryDueOn >= c.baseDueOn).toBe(true);
        expect(c.replyDueOn).toBe(c.art35?.dueOn ?? c.statutoryDueOn);
        expect(c.pausedWorkingDays).toBeGreaterThanOrEqual(0);
        if (c.storedState === 'running') expect(['on_track', 'due_soon', 'overdue']).toContain(c.status);
        if (c.status === 'overdue') expect(c.workingDaysLeft).toBeLessThan(0);
      }),
    );
  });

  it('validateClockEvent rejects every out-of-order date', () => {
    fc.assert(
      fc.property(outOfOrder, ({ event, events, receivedOn, today, field }) => {
        const errors = validateClockEvent(event, { receivedOn, events, repliedOn: null, today });
        expect(errors[field]?.length ?? 0).toBeGreaterThan(0);
      }),
    );
  });
});

const history = historyArb();

// Out-of-order dates, each with the field that must carry the error.
const before = fc.integer({ min: 1, max: 30 });
const beforeReceipt: [string, (on: string, receivedOn: string) => ClockEvent][] = [
  ['noticeOn', (on) => ev.correctionRequested(on)],
  ['sentOn', (on) => ev.consultationSent(on)],
  ['noticeOn', (on) => ev.feeNotified(on)],
  ['deliveredOn', (on, receivedOn) => ev.feeNotified(receivedOn, on)],
  ['requestedOn', (on) => ev.extensionRequested(on)],
  ['dueOn', (on) => ev.art35(on)],
];
const outOfOrder = fc.oneof(
  fc.tuple(date, before, fc.constantFrom(...beforeReceipt)).map(([receivedOn, back, [field, build]]) => ({
    event: build(addDays(receivedOn, -back), receivedOn),
    events: [] as ClockEvent[],
    receivedOn,
    today: addDays(receivedOn, 60),
    field,
  })),
  fc.tuple(date, fc.integer({ min: 1, max: 400 })).map(([receivedOn, ahead]) => ({
    event: ev.consultationSent(addDays(receivedOn, ahead)) as ClockEvent,
    events: [] as ClockEvent[],
    receivedOn,
    today: addDays(receivedOn, ahead - 1),
    field: 'sentOn',
  })),
  fc.tuple(date, offset(20), before).map(([receivedOn, s, back]) => {
    const sentOn = addDays(receivedOn, s);
    return {
      event: ev.consultationAnswered(addDays(sentOn, -back)) as ClockEvent,
      events: [ev.consultationSent(sentOn)] as ClockEvent[],
      receivedOn,
      today: addDays(sentOn, 30),
      field: 'answeredOn',
    };
  }),
  fc.tuple(date, offset(20), before).map(([receivedOn, s, back]) => {
    const noticeOn = addDays(receivedOn, s);
    return {
      event: ev.feePaid(addDays(noticeOn, -back)) as ClockEvent,
      events: [ev.feeNotified(noticeOn)] as ClockEvent[],
      receivedOn,
      today: addDays(noticeOn, 30),
      field: 'paidOn',
    };
  }),
  fc.tuple(date, offset(6), before).map(([receivedOn, s, back]) => {
    const noticeOn = addDays(receivedOn, s);
    return {
      event: ev.correctionReceived(addDays(noticeOn, -back)) as ClockEvent,
      events: [ev.correctionRequested(noticeOn)] as ClockEvent[],
      receivedOn,
      today: addDays(noticeOn, 30),
      field: 'receivedOn',
    };
  }),
  fc.tuple(date, offset(20), before, fc.boolean()).map(([receivedOn, s, back, approved]) => {
    const requestedOn = addDays(receivedOn, s);
    return {
      event: ev.extensionDecided(addDays(requestedOn, -back), approved) as ClockEvent,
      events: [ev.extensionRequested(requestedOn)] as ClockEvent[],
      receivedOn,
      today: addDays(requestedOn, 30),
      field: 'decidedOn',
    };
  }),
);
