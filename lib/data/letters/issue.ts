import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb, type Db } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { caseEvents, users } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canIssueLetter } from '@/lib/domain/policy';
import { DomainError, ForbiddenError, ValidationError, type FieldErrors } from '@/lib/domain/errors';
import { chinaDate, formatChineseDate, isIsoDate, yearOf } from '@/lib/domain/dates';
import type { OutcomeCode } from '@/lib/domain/categories';
import type { LetterType } from '@/lib/domain/letters/letter-types';
import { approvalRequired, issueBlocker, type LetterStatus } from '@/lib/domain/letters/workflow';
import { writeAudit } from '../audit';
import { closeCase } from '../case-commands';
import { readLetterSettings } from '../letter-settings';
import { today } from '../today';
import { loadCaseRow, type CaseRow } from './context';
import { assertLetterVersion, caseRef, CLOSED_CASE, letterProblems, loadLetter, typeOfLetter, updateLetter, type LetterRow } from './drafts';
import { nextDocNo } from './numbering';
import { clockStepOf, recordLetterStep } from './letter-steps';

/** confirmPublished: a reply dated in a published year moves its report's numbers (REPORT.md §5). */
export type IssueInput = { version: number; issuedOn: string; feeDeliveredOn?: string | null; confirmPublished?: boolean };

// Field names of the step and close rules, shown on the issue form under its own fields.
const DATE_FIELDS = new Set(['noticeOn', 'sentOn', 'requestedOn', 'decidedOn', 'notifiedOn', 'repliedOn']);

function issueDateProblem(on: string, row: CaseRow, letter: LetterRow): string | null {
  if (!isIsoDate(on)) return '请填写有效的发文日期（年-月-日）。';
  if (on < row.receivedOn) return `发文日期不能早于收到申请日期（${row.receivedOn}）。`;
  if (on > today()) return `发文日期不能晚于今天（${today()}）。`;
  if (letter.approvedOn && on < letter.approvedOn) return `发文日期不能早于审批日期（${letter.approvedOn}）。`;
  return null;
}

/** A refusal of the step or the close, restated for the issue form; nothing has been written. */
function restate(error: unknown): never {
  if (!(error instanceof ValidationError)) throw error;
  const fieldErrors: FieldErrors = {};
  const reasons: string[] = [];
  for (const [field, messages] of Object.entries(error.fieldErrors)) {
    reasons.push(...(messages ?? []));
    if (field === 'deliveredOn') fieldErrors.feeDeliveredOn = messages;
    else if (DATE_FIELDS.has(field)) fieldErrors.issuedOn = [...(fieldErrors.issuedOn ?? []), ...(messages ?? [])];
  }
  if (!reasons.length) reasons.push(error.message);
  throw new ValidationError(fieldErrors, `文书没有发出，也没有登记任何办理步骤。${reasons.map((r) => r.replace(/。$/, '')).join('；')}。`);
}

function actorOfUser(tx: Pick<Db, 'select'>, id: number | null): Actor | null {
  if (id === null) return null;
  const u = tx.select().from(users).where(eq(users.id, id)).get();
  return u ? { id: u.id, username: u.username, displayName: u.displayName, role: u.role } : null;
}

/**
 * Issues a letter: numbers it, dates it, freezes it and, in the same transaction, records the
 * clock step it stands for (补正, 征求意见, 收费, 延期) or closes the case with its outcome, the
 * issue date as reply date and its 文号. The transaction takes the write lock first, so two
 * clerks issuing at once get consecutive numbers; any refusal writes nothing.
 */
export function issueLetter(actor: Actor, letterId: number, input: IssueInput): { docNo: string } {
  return writeTransaction(
    getDb(),
    (tx) => {
      const letter = loadLetter(tx, letterId);
      const row = loadCaseRow(tx, letter.caseId);
      if (!canIssueLetter(actor, caseRef(row))) {
        if (row.repliedOn) throw new ValidationError({}, CLOSED_CASE);
        throw new ForbiddenError('您不是该申请的承办人，不能发出文书。');
      }
      assertLetterVersion(letter, input.version);
      const type: LetterType = typeOfLetter(letter);
      const ls = readLetterSettings(tx);
      const blocker = issueBlocker(letter.status as LetterStatus, approvalRequired(type.kind, ls.approval));
      if (blocker) throw new ValidationError({}, blocker);
      const dateProblem = issueDateProblem(input.issuedOn, row, letter);
      if (dateProblem) throw new ValidationError({ issuedOn: [dateProblem] });
      const problems = letterProblems(tx, type, row, letter);
      if (Object.keys(problems).length) throw new ValidationError(problems, '文书还不完整，不能发出。请先修改草稿。');

      const { docNo, seq } = nextDocNo(tx, type.kind, yearOf(input.issuedOn), ls);
      updateLetter(tx, letter, actor, { status: 'issued', docNo, docYear: yearOf(input.issuedOn), docSeq: seq, issuedOn: input.issuedOn, issuedBy: actor.id });
      try {
        if (type.kind === 'reply') {
          closeCase(actor, row.id, { outcome: type.outcome as OutcomeCode, repliedOn: input.issuedOn, replyDocNo: docNo, version: row.version }, { confirmPublished: input.confirmPublished });
        } else {
          const submitter = actorOfUser(tx, letter.submittedBy);
          const step = clockStepOf(type, letter, {
            issuedOn: input.issuedOn,
            feeDeliveredOn: input.feeDeliveredOn || input.issuedOn,
            docNo,
            requestedOn: letter.submittedAt ? chinaDate(new Date(letter.submittedAt)) : input.issuedOn,
            requestedBy: submitter?.displayName ?? actor.displayName,
            approvedOn: letter.approvedOn ?? input.issuedOn,
          });
          if (step) recordLetterStep(tx, actor, row.id, step, actorOfUser(tx, letter.approvedBy));
        }
      } catch (error) {
        if (error instanceof DomainError && !(error instanceof ValidationError)) throw error;
        restate(error);
      }
      const now = new Date().toISOString();
      tx.insert(caseEvents).values({ caseId: row.id, kind: 'letter_issued', occurredOn: input.issuedOn, data: { letterId, title: letter.title, docNo }, createdAt: now, createdBy: actor.id }).run();
      writeAudit(tx, actor, {
        entityType: 'case',
        entityId: row.id,
        action: 'letter.issue',
        changes: { status: { from: letter.status, to: 'issued' }, docNo: { from: null, to: docNo }, issuedOn: { from: null, to: input.issuedOn } },
        note: `${type.label}（${formatChineseDate(input.issuedOn)}）`,
      });
      return { docNo };
    },
  );
}
