import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { caseEvents, letterDeliveries } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canCancelLetter, canRecordDelivery } from '@/lib/domain/policy';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import { deliveryMethodLabel } from '@/lib/domain/letters/delivery';
import type { LetterDeliveryInput } from '@/lib/domain/validation/letter-delivery';
import { writeAudit } from '../audit';
import { today } from '../today';
import { loadCaseRow } from './context';
import { assertLetterVersion, caseRef, loadLetter, typeOfLetter, updateLetter } from './drafts';

// After issue: delivery (送达) with its proof, and cancellation (作废) keeping the number.

function event(caseId: number, kind: string, occurredOn: string, data: Record<string, unknown>, actor: Actor) {
  return { caseId, kind, occurredOn, data, createdAt: new Date().toISOString(), createdBy: actor.id };
}

export function recordDelivery(actor: Actor, letterId: number, input: LetterDeliveryInput): { id: number } {
  return writeTransaction(getDb(), (tx) => {
    const letter = loadLetter(tx, letterId);
    const row = loadCaseRow(tx, letter.caseId);
    if (!canRecordDelivery(actor, caseRef(row))) throw new ForbiddenError('您不是该申请的承办人，不能登记送达。');
    if (letter.status !== 'issued' || !letter.issuedOn) throw new ValidationError({}, letter.status === 'cancelled' ? '该文书已作废，不能登记送达。' : '文书发出后才能登记送达。');
    if (input.method === 'post' && !input.trackingNo?.trim()) throw new ValidationError({ trackingNo: ['邮寄送达请填写运单号（快递或挂号信单号）。'] });
    if (input.sentOn < letter.issuedOn) throw new ValidationError({ sentOn: [`送出日期不能早于发文日期（${letter.issuedOn}）。`] });
    if (input.sentOn > today()) throw new ValidationError({ sentOn: ['送出日期不能晚于今天。'] });
    const now = new Date().toISOString();
    const trackingNo = input.trackingNo;
    const created = tx
      .insert(letterDeliveries)
      .values({ letterId, method: input.method, trackingNo, sentOn: input.sentOn, receivedOn: input.receivedOn, note: input.note, createdAt: now, createdBy: actor.id, updatedAt: now })
      .returning({ id: letterDeliveries.id })
      .get();
    const data = { letterId, docNo: letter.docNo, title: letter.title, method: input.method, trackingNo, receivedOn: input.receivedOn };
    tx.insert(caseEvents).values(event(row.id, 'letter_delivered', input.sentOn, data, actor)).run();
    writeAudit(tx, actor, {
      entityType: 'case',
      entityId: row.id,
      action: 'letter.delivery',
      changes: { delivery: { from: null, to: `${deliveryMethodLabel(input.method)}${trackingNo ? `（运单号 ${trackingNo}）` : ''}，${input.sentOn} 送出${input.receivedOn ? `，${input.receivedOn} 签收` : ''}` } },
      note: `${letter.docNo} ${letter.title}`,
    });
    return created;
  });
}

/** The addressee's receipt, once known (the 邮寄 return receipt, the platform's confirmation). */
export function recordDeliveryReceived(actor: Actor, deliveryId: number, receivedOn: string): void {
  writeTransaction(getDb(), (tx) => {
    const delivery = tx.select().from(letterDeliveries).where(eq(letterDeliveries.id, deliveryId)).get();
    if (!delivery) throw new NotFoundError('该送达记录不存在。');
    const letter = loadLetter(tx, delivery.letterId);
    const row = loadCaseRow(tx, letter.caseId);
    if (!canRecordDelivery(actor, caseRef(row))) throw new ForbiddenError('您不是该申请的承办人，不能登记送达。');
    if (delivery.receivedOn) throw new ValidationError({}, `该送达已登记签收日期（${delivery.receivedOn}）。`);
    if (receivedOn < delivery.sentOn) throw new ValidationError({ receivedOn: [`签收日期不能早于送出日期（${delivery.sentOn}）。`] });
    tx.update(letterDeliveries).set({ receivedOn, updatedAt: new Date().toISOString() }).where(eq(letterDeliveries.id, deliveryId)).run();
    tx.insert(caseEvents).values(event(row.id, 'letter_received', receivedOn, { letterId: letter.id, docNo: letter.docNo, title: letter.title }, actor)).run();
    writeAudit(tx, actor, { entityType: 'case', entityId: row.id, action: 'letter.received', changes: { receivedOn: { from: null, to: receivedOn } }, note: `${letter.docNo} ${letter.title}` });
  });
}

/** 作废: the letter keeps its number and its text; the steps it recorded stay as they are. */
export function cancelLetter(actor: Actor, letterId: number, input: { version: number; reason: string }): void {
  if (!canCancelLetter(actor)) throw new ForbiddenError('只有负责人可以作废已发出的文书。');
  writeTransaction(getDb(), (tx) => {
    const letter = loadLetter(tx, letterId);
    if (letter.status !== 'issued') throw new ValidationError({}, '只有已发出的文书可以作废。');
    assertLetterVersion(letter, input.version);
    const reason = input.reason.trim();
    if (!reason) throw new ValidationError({ reason: ['请填写作废的理由。'] });
    if (reason.length > 500) throw new ValidationError({ reason: ['作废理由不能超过 500 个字符。'] });
    const day = today();
    updateLetter(tx, letter, actor, { status: 'cancelled', cancelledBy: actor.id, cancelledOn: day, cancelReason: reason });
    tx.insert(caseEvents).values(event(letter.caseId, 'letter_cancelled', day, { letterId, docNo: letter.docNo, title: letter.title, reason }, actor)).run();
    writeAudit(tx, actor, { entityType: 'case', entityId: letter.caseId, action: 'letter.cancel', changes: { status: { from: 'issued', to: 'cancelled' } }, note: `${typeOfLetter(letter).label} ${letter.docNo}：${reason}` });
  });
}
