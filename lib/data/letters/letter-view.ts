import 'server-only';
import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import { getDb } from '@/db/client';
import { letterDeliveries, letters, users } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { POLICY, canViewCases } from '@/lib/domain/policy';
import { ForbiddenError, NotFoundError, type FieldErrors } from '@/lib/domain/errors';
import { clerkFieldsOf } from '@/lib/domain/letters/clerk-fields';
import { letterField, type LetterField } from '@/lib/domain/letters/fields';
import { formatBasis } from '@/lib/domain/letters/legal-basis';
import { isEditable, approvalRequired, LETTER_STATUS_LABELS, type LetterStatus } from '@/lib/domain/letters/workflow';
import { basisOf, remedyKindOf } from '@/lib/domain/letters/values';
import { deliveryMethodLabel } from '@/lib/domain/letters/delivery';
import { readLetterSettings } from '../letter-settings';
import { today } from '../today';
import { loadCaseRow } from './context';
import { caseRef, clerkValuesOf, letterProblems, typeOfLetter } from './drafts';
import { printedText } from './document';

// One letter as its page shows it: the text, the clerk's fields, what is still missing, its
// deliveries, and what the viewer may do with it now.

export function getLetterView(actor: Actor, caseId: number, letterId: number) {
  if (!canViewCases(actor)) throw new ForbiddenError();
  const db = getDb();
  const approver = alias(users, 'approver');
  const found = db.select({ l: letters, approverName: approver.displayName }).from(letters).leftJoin(approver, eq(approver.id, letters.approvedBy)).where(eq(letters.id, letterId)).get();
  if (!found || found.l.caseId !== caseId || found.l.status === 'discarded') throw new NotFoundError('该文书不存在。');
  const letter = found.l;
  const row = loadCaseRow(db, caseId);
  const type = typeOfLetter(letter);
  const status = letter.status as LetterStatus;
  const ref = caseRef(row);
  const ls = readLetterSettings(db);
  const needsApproval = approvalRequired(type.kind, ls.approval);
  const clerk = clerkValuesOf(letter);
  const problems: FieldErrors = isEditable(status) ? letterProblems(db, type, row, letter) : {};
  const deliveries = db
    .select({ d: letterDeliveries, byName: users.displayName })
    .from(letterDeliveries)
    .leftJoin(users, eq(users.id, letterDeliveries.createdBy))
    .where(eq(letterDeliveries.letterId, letterId))
    .orderBy(asc(letterDeliveries.id))
    .all()
    .map(({ d, byName }) => ({ ...d, methodLabel: deliveryMethodLabel(d.method), byName }));
  const canDraft = POLICY.canDraftLetter(actor, ref) && isEditable(status);
  return {
    letter: { ...letter, status, statusLabel: LETTER_STATUS_LABELS[status], approverName: found.approverName },
    printed: printedText(letter),
    type: {
      key: type.key,
      kind: type.kind,
      label: type.label,
      guidance: type.guidance,
      basis: basisOf(type, clerk) || (type.basis.length ? formatBasis(type.basis) : ''),
      remedy: remedyKindOf(type, clerk, ls),
      citationToConfirm: type.citationToConfirm ?? false,
    },
    fields: clerkFieldsOf(type).map((name) => ({ ...(letterField(name) as LetterField), required: type.required.includes(name) })),
    clerk,
    problems,
    deliveries,
    needsApproval,
    case: { id: row.id, caseNo: row.caseNo, applicantName: row.applicantName, receivedOn: row.receivedOn, closed: row.repliedOn !== null, handlerId: row.handlerId },
    today: today(),
    can: {
      edit: canDraft,
      submit: canDraft && needsApproval && status === 'draft',
      decide: POLICY.canApproveLetter(actor) && status === 'submitted' && !ref.closed,
      issue: POLICY.canIssueLetter(actor, ref) && (needsApproval ? status === 'approved' : status === 'draft' || status === 'approved'),
      discard: POLICY.canDraftLetter(actor, { ...ref, closed: false }) && isEditable(status),
      deliver: POLICY.canRecordDelivery(actor, ref) && status === 'issued',
      cancel: POLICY.canCancelLetter(actor) && status === 'issued',
    },
  };
}
export type LetterView = ReturnType<typeof getLetterView>;
