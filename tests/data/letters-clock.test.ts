// The steps recorded by issuing letters move the deadline exactly as the same steps entered by hand
// on the case page: two cases received the same day, one with each, end with the same clock and
// the same step events.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { caseEvents, cases } from '@/db/schema';
import { addDays, chinaDate } from '@/lib/domain/dates';
import { CLOCK_EVENT_KINDS, type ClockEvent } from '@/lib/domain/clock';
import type { Actor } from '@/lib/domain/roles';
import { caseFields, createTempDatabase, makeStaff } from '../support/temp-db';
import { draftAndIssue, setLetterSettings } from '../support/letters';

const tempDb = createTempDatabase('letters-clock');
const TODAY = chinaDate(new Date());
const RECEIVED = addDays(TODAY, -6);
const STEP_DAY = addDays(TODAY, -2);

let db: Db;
let clerk: Actor;
let boss: Actor;
let steps: typeof import('@/lib/data/case-steps');
let cmd: typeof import('@/lib/data/case-commands');
let n = 0;

beforeAll(async () => {
  db = (await import('@/db/client')).getDb();
  steps = await import('@/lib/data/case-steps');
  cmd = await import('@/lib/data/case-commands');
  clerk = await makeStaff('clerk.c', '王芳', 'clerk');
  boss = await makeStaff('boss.c', '李强', 'supervisor');
  // Without approval a letter may carry an earlier issue date (typed in after it went out).
  const { readLetterSettings } = await import('@/lib/data/letter-settings');
  await setLetterSettings({ approval: { ...readLetterSettings().approval, correction: false, consultation: false, fee: false } });
});
afterAll(() => tempDb.remove());

const clockOf = (id: number) => {
  const { clockStartOn, replyDueOn, clockState, dueProvisional } = db.select().from(cases).where(eq(cases.id, id)).get()!;
  return { clockStartOn, replyDueOn, clockState, dueProvisional };
};
const stepEvents = (id: number) =>
  db
    .select({ kind: caseEvents.kind, occurredOn: caseEvents.occurredOn, data: caseEvents.data })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, id), inArray(caseEvents.kind, [...CLOCK_EVENT_KINDS])))
    .orderBy(asc(caseEvents.id))
    .all();
const version = (id: number) => db.select().from(cases).where(eq(cases.id, id)).get()!.version;
const twoCases = () => [cmd.createCase(clerk, caseFields({ caseNo: `C-${++n}a`, receivedOn: RECEIVED })).id, cmd.createCase(clerk, caseFields({ caseNo: `C-${n}b`, receivedOn: RECEIVED })).id];
const byHand = (id: number, event: ClockEvent, actor: Actor = clerk) => steps.recordClockEvent(actor, id, version(id), event);

describe('letter steps equal hand-entered steps', () => {
  it('补正: the same awaited correction, and the same restart once the corrected application arrives', async () => {
    const [hand, letter] = twoCases();
    byHand(hand, { kind: 'correction_requested', noticeOn: STEP_DAY, missing: '请写明年份', periodDays: 15 });
    await draftAndIssue(clerk, boss, letter, 'correction', { 补正内容: '请写明年份' }, { issuedOn: STEP_DAY, approve: false });
    expect(clockOf(letter)).toEqual(clockOf(hand));
    expect(stepEvents(letter)).toEqual(stepEvents(hand));
    for (const id of [hand, letter]) byHand(id, { kind: 'correction_received', receivedOn: TODAY });
    expect(clockOf(letter)).toEqual(clockOf(hand));
    expect(clockOf(letter).clockStartOn).toBe(TODAY);
  });

  it('征求意见: the same pause, and the same deadline once the answer arrives', async () => {
    const [hand, letter] = twoCases();
    byHand(hand, { kind: 'consultation_sent', sentOn: STEP_DAY, party: '某某科技有限公司', partyKind: 'third_party' });
    await draftAndIssue(clerk, boss, letter, 'consultation.third_party', { 征求意见对象: '某某科技有限公司', 征求意见事项: '该公司2025年度的处罚信息' }, { issuedOn: STEP_DAY, approve: false });
    expect(clockOf(letter)).toMatchObject({ clockState: 'paused_consultation' });
    expect(clockOf(letter)).toEqual(clockOf(hand));
    expect(stepEvents(letter)).toEqual(stepEvents(hand));
    for (const id of [hand, letter]) byHand(id, { kind: 'consultation_answered', answeredOn: TODAY });
    expect(clockOf(letter)).toEqual(clockOf(hand));
  });

  it('收费: the same fee notice (amount by 109号) and the same pause', async () => {
    const [hand, letter] = twoCases();
    byHand(hand, { kind: 'fee_notified', noticeOn: STEP_DAY, deliveredOn: addDays(STEP_DAY, 1), method: 'per_page', quantity: 45, amount: 150 });
    await draftAndIssue(clerk, boss, letter, 'fee', { 计收方式: '按量计收', 计收数量: '45', 缴费方式: '银行转账至示例市财政非税收入专户' }, { issuedOn: STEP_DAY, feeDeliveredOn: addDays(STEP_DAY, 1), approve: false });
    expect(clockOf(letter)).toMatchObject({ clockState: 'paused_fee' });
    expect(clockOf(letter)).toEqual(clockOf(hand));
    expect(stepEvents(letter)).toEqual(stepEvents(hand));
  });

  it('延期: the same approved extension moves the deadline by the same working days', async () => {
    const [hand, letter] = twoCases();
    const before = clockOf(hand).replyDueOn;
    byHand(hand, { kind: 'extension_requested', requestedOn: TODAY, days: 10, reason: '需调取历史档案', requestedBy: '王芳' });
    byHand(hand, { kind: 'extension_decided', decidedOn: TODAY, approved: true, approverName: '李强', notifiedOn: TODAY, comment: '' }, boss);
    await draftAndIssue(clerk, boss, letter, 'extension', { 延期天数: '10', 延期理由: '需调取历史档案' }, { issuedOn: TODAY });
    expect(clockOf(hand).replyDueOn).not.toBe(before);
    expect(clockOf(letter)).toEqual(clockOf(hand));
    const [request, decision] = stepEvents(letter);
    expect(request).toMatchObject({ kind: 'extension_requested', occurredOn: TODAY, data: { days: 10, reason: '需调取历史档案', requestedBy: '王芳' } });
    expect(decision).toMatchObject({ kind: 'extension_decided', occurredOn: TODAY, data: { approved: true, approverName: '李强', notifiedOn: TODAY } });
  });

  it('a reply letter closes the case exactly as the close form does', async () => {
    const [hand, letter] = twoCases();
    cmd.closeCase(clerk, hand, { outcome: 'unavailable.not_held', repliedOn: TODAY, replyDocNo: 'X', version: version(hand) });
    const { docNo } = await draftAndIssue(clerk, boss, letter, 'reply.unavailable.not_held', {}, { issuedOn: TODAY });
    expect(clockOf(letter)).toEqual(clockOf(hand));
    expect(db.select().from(cases).where(eq(cases.id, letter)).get()).toMatchObject({ outcome: 'unavailable.not_held', repliedOn: TODAY, replyDocNo: docNo });
  });

  it('a step the rules refuse (a second correction) refuses the letter too, and no number is used', async () => {
    const [, letter] = twoCases();
    await draftAndIssue(clerk, boss, letter, 'correction', { 补正内容: '请写明年份' }, { issuedOn: STEP_DAY, approve: false });
    const numbered = () => db.$client.prepare("SELECT count(*) AS n FROM letters WHERE doc_no IS NOT NULL").get();
    const before = { numbered: numbered(), events: stepEvents(letter), clock: clockOf(letter) };
    await expect(draftAndIssue(clerk, boss, letter, 'correction', { 补正内容: '再补一次' }, { issuedOn: TODAY, approve: false })).rejects.toThrow(
      '文书没有发出，也没有登记任何办理步骤。补正只能要求一次（应一次性告知需要补正的内容）。',
    );
    expect({ numbered: numbered(), events: stepEvents(letter), clock: clockOf(letter) }).toEqual(before);
  });
});
