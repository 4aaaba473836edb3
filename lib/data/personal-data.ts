import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { cases } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canSeePersonalData, canViewCases } from '@/lib/domain/policy';
import { ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { PERSONAL_FIELDS, type PersonalData } from '@/lib/domain/personal-data-mask';
import { fieldLabel } from '@/lib/domain/audit-labels';
import { writeAudit } from './audit';

/**
 * "显示": a reader who sees an applicant's contact data masked asks to see it in full. The record
 * says who saw whose data and when, in the same transaction as the read.
 */
export function revealPersonalData(actor: Actor, caseId: number, clientAddress: string, now = new Date()): PersonalData {
  if (!canViewCases(actor)) throw new ForbiddenError();
  const db = getDb();
  return writeTransaction(db, (tx) => {
    const row = tx
      .select({ caseNo: cases.caseNo, applicantName: cases.applicantName, handlerId: cases.handlerId, repliedOn: cases.repliedOn, idNumber: cases.idNumber, phone: cases.phone, email: cases.email, address: cases.address })
      .from(cases)
      .where(eq(cases.id, caseId))
      .get();
    if (!row) throw new NotFoundError('该申请不存在。');
    const data: PersonalData = { idNumber: row.idNumber, phone: row.phone, email: row.email, address: row.address };
    const shown = PERSONAL_FIELDS.filter((f) => data[f]);
    // Those who work on the case see it anyway; only a reveal to someone else is an event.
    if (!canSeePersonalData(actor, { handlerId: row.handlerId, closed: row.repliedOn !== null }) && shown.length) {
      writeAudit(tx, actor, { entityType: 'case', entityId: caseId, action: 'case.reveal_personal_data', note: `查看了申请人“${row.applicantName}”的${shown.map(fieldLabel).join('、')}`, clientAddress }, now);
    }
    return data;
  });
}
