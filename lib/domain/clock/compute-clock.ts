// The clock of one case, derived from its received date, its events and today (RULES §3), in the
// order RULES §3 states it: when the period starts, when it ends, which pause holds, what is left,
// and the status. The decisions it implements are listed, in Chinese, in clockDecisions (labels.ts).

import type { WorkCalendar } from '../calendar/work-calendar';
import { CLOCK_EVENT_KINDS } from './types';
import { clockPhase, openCaseDaysLeft, workingDaysLate } from './days-left';
import { pauseInForce } from './pauses';
import { periodStart, replyDeadline } from './period';
import { clockStatusOf, DEFAULT_DUE_SOON_DAYS, statusDay } from './status';
import { stepRefusal } from './step-rules';
import { correctionNotice, summarizeConsultations, summarizeCorrection, summarizeExtension, summarizeFee } from './summaries';
import { buildTimeline, openCorrection } from './timeline';
import type { Clock, ClockInput } from './types';

export function computeClock(input: ClockInput, cal: WorkCalendar): Clock {
  const { receivedOn, repliedOn, today } = input;
  const dueSoonDays = input.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS;
  const closed = repliedOn !== null;
  // A closed case's clock stopped on its reply date: pauses still open then end there.
  const asOf = repliedOn ?? today;
  const t = buildTimeline(input.events);

  const correction = summarizeCorrection(cal, t);
  const notice = correctionNotice(cal, receivedOn, t);
  const awaitingCorrection = openCorrection(t) !== null;
  const startOn = periodStart(receivedOn, t, asOf);
  const deadline = replyDeadline(cal, startOn, t, asOf);
  const consultations = summarizeConsultations(cal, t, asOf);
  const fee = summarizeFee(cal, t, closed ? null : today);

  const pause = closed ? null : pauseInForce(t, consultations, asOf);
  const workingDaysLeft = closed ? null : openCaseDaysLeft(cal, today, deadline, pause);
  const storedState = clockPhase(closed, awaitingCorrection, pause, workingDaysLeft);
  const status = clockStatusOf({ clockState: storedState, replyDueOn: deadline.replyDueOn, repliedOn }, statusDay(today, cal, dueSoonDays));
  const steps = { t, closed, today, statutoryDueOn: deadline.statutoryDueOn };

  return {
    startOn,
    restarted: t.corrections.some((c) => c.receivedOn !== null),
    ...deadline,
    replyDueOnIsEstimate: !closed && !deadline.art35 && pause !== null,
    correctionNoticeDueOn: notice.dueOn,
    correctionNoticeLate: notice.late,
    correction,
    awaitingCorrection,
    correctionDueOn: correction?.dueOn ?? null,
    correctionExpired: !closed && awaitingCorrection && correction !== null && today > correction.dueOn,
    pause,
    consultations,
    extension: summarizeExtension(t),
    fee,
    feeUnpaidExpired: fee?.unpaidExpired ?? false,
    workingDaysLeft,
    status,
    dueSoonDays,
    storedState,
    lateByWorkingDays: status === 'closed_late' ? workingDaysLate(cal, deadline.replyDueOn, repliedOn!) : null,
    allowedSteps: CLOCK_EVENT_KINDS.filter((kind) => stepRefusal(kind, steps) === null),
  };
}
