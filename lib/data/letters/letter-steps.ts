import 'server-only';
import type { Db } from '@/db/client';
import type { Actor } from '@/lib/domain/roles';
import { ValidationError } from '@/lib/domain/errors';
import { approvedExtension, buildTimeline, pendingExtension } from '@/lib/domain/clock/timeline';
import { computeClock } from '@/lib/domain/clock';
import type { LetterType } from '@/lib/domain/letters/letter-types';
import { letterStep, type IssueFacts, type LetterStep } from '@/lib/domain/letters/letter-step';
import { recordClockEvent } from '../case-steps';
import { clockEventsOf } from '../case-clock';
import { loadWorkCalendar } from '../work-calendar';
import { today } from '../today';
import { loadCaseRow } from './context';
import { clerkValuesOf, type LetterRow } from './drafts';

type Reader = Pick<Db, 'select'>;

export function clockStepOf(type: LetterType, letter: LetterRow, facts: IssueFacts): LetterStep | null {
  return letterStep(type, clerkValuesOf(letter), facts);
}

/**
 * Records a letter's clock step through the case page's own step code (recordClockEvent: same
 * rules, same audit, same recomputed clock). Called inside the issuing transaction; its own
 * transaction becomes a savepoint of it, so a refusal undoes the whole issue.
 *
 * An extension is two steps: the clerk's request (dated when the letter went for approval, unless
 * one is already pending) and the supervisor's decision, dated by the letter's approval and
 * recorded on the approving supervisor's authority, with the issue date as the day the applicant
 * was told.
 */
export function recordLetterStep(tx: Reader, actor: Actor, caseId: number, step: LetterStep, approver: Actor | null): void {
  if (step.kind === 'event') {
    recordClockEvent(actor, caseId, loadCaseRow(tx, caseId).version, step.event);
    return;
  }
  const row = loadCaseRow(tx, caseId);
  const events = clockEventsOf(tx, caseId);
  const t = buildTimeline(events);
  const approved = approvedExtension(t);
  const pending = pendingExtension(t);
  const known = approved ?? pending;
  if (known && known.request.days !== step.days) {
    throw new ValidationError({ 延期天数: [`本申请已登记的延期为 ${known.request.days} 个工作日，与告知书的 ${step.days} 个工作日不一致。请修改告知书后重新送审。`] });
  }
  if (approved) return; // decided on the review page, the applicant's notice date recorded there
  const clock = computeClock({ receivedOn: row.receivedOn, repliedOn: null, events, today: today() }, loadWorkCalendar(tx));
  if (step.notifiedOn > clock.statutoryDueOn) {
    throw new ValidationError({ notifiedOn: [`延长答复期限告知书应在原答复期限（${clock.statutoryDueOn}）届满前发出`] });
  }
  if (!approver) throw new ValidationError({}, '延长答复期限须经负责人审批：该告知书没有审批记录，请先送审。');
  if (!pending) {
    recordClockEvent(actor, caseId, row.version, { kind: 'extension_requested', requestedOn: step.requestedOn, days: step.days, reason: step.reason, requestedBy: step.requestedBy });
  }
  recordClockEvent(approver, caseId, loadCaseRow(tx, caseId).version, {
    kind: 'extension_decided',
    decidedOn: step.decidedOn,
    approved: true,
    approverName: approver.displayName,
    notifiedOn: step.notifiedOn,
    comment: step.comment,
  });
}
