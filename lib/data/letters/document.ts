import 'server-only';
import { and, desc, eq, inArray } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { cases, letters } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canViewCases } from '@/lib/domain/policy';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import { formatChineseDate } from '@/lib/domain/dates';
import type { OutcomeCode } from '@/lib/domain/categories';
import { buildTimeline } from '@/lib/domain/clock/timeline';
import { letterType, replyType, type LetterKind, type LetterType } from '@/lib/domain/letters/letter-types';
import { fillIssueFields } from '@/lib/domain/letters/template';
import { letterDocx } from '@/lib/export/docx/letter-docx';
import { clockEventsOf } from '../case-clock';
import { readSettings } from '../settings';
import { today } from '../today';
import { draftFromTemplate, loadCaseRow, prefillFor, type CaseRow } from './context';
import { loadLetter, typeOfLetter, type LetterRow } from './drafts';

// A letter as DOCX: the issued text with its 文号 and date, or a draft marked as such.

export type LetterFile = { fileName: string; body: Buffer; issued: boolean };

const DRAFT_MARK = '草稿（未发文，不作为正式文书使用）';
const DRAFT_NO = '〔文号发文时生成〕';

function assertViewer(actor: Actor): void {
  if (!canViewCases(actor)) throw new ForbiddenError();
}

function safeName(text: string): string {
  return text.replace(/[\\/:*?"<>|\p{Cc}]/gu, '_').slice(0, 120);
}

/** The text of a letter as it prints: issue fields filled, or marked in a draft. */
export function printedText(letter: Pick<LetterRow, 'title' | 'body' | 'docNo' | 'issuedOn'>): { title: string; body: string; docNo: string; dateText: string } {
  const docNo = letter.docNo ?? DRAFT_NO;
  const dateText = formatChineseDate(letter.issuedOn ?? today());
  return { title: fillIssueFields(letter.title, { docNo, dateText }), body: fillIssueFields(letter.body, { docNo, dateText }), docNo, dateText };
}

async function render(row: CaseRow, letter: Pick<LetterRow, 'title' | 'body' | 'docNo' | 'issuedOn' | 'status'>): Promise<LetterFile> {
  const text = printedText(letter);
  const marker = letter.status === 'issued' ? null : letter.status === 'cancelled' ? `已作废（${letter.docNo}）` : DRAFT_MARK;
  const body = await letterDocx({ docNo: letter.docNo ?? DRAFT_NO, title: text.title, body: text.body, agencyName: readSettings().agencyName, dateText: text.dateText, marker });
  const name = `${row.caseNo}-${text.title}${letter.docNo ? `-${letter.docNo}` : '-草稿'}.docx`;
  return { fileName: safeName(name), body, issued: letter.status === 'issued' };
}

export async function letterFile(actor: Actor, caseId: number, letterId: number): Promise<LetterFile> {
  assertViewer(actor);
  const letter = loadLetter(getDb(), letterId);
  if (letter.caseId !== caseId || letter.status === 'discarded') throw new NotFoundError('该文书不存在。');
  return render(loadCaseRow(getDb(), caseId), letter);
}

/** The letter type a case's own records point to, for a kind without a stored letter. */
function typeForKind(row: CaseRow, kind: LetterKind): LetterType {
  if (kind === 'reply') {
    if (!row.outcome) throw new ValidationError({}, `申请“${row.caseNo}”尚未办结，没有办理结果，无法生成答复书（reply）。`);
    return replyType(row.outcome as OutcomeCode)!;
  }
  if (kind === 'consultation') {
    const last = buildTimeline(clockEventsOf(getDb(), row.id)).consultations.at(-1)?.sent;
    return letterType(last?.partyKind === 'agency' ? 'consultation.agency' : 'consultation.third_party')!;
  }
  return letterType(kind)!;
}

/**
 * `ogi letter`: the case's letter of a kind — the issued one if it exists, else its latest draft,
 * else a draft written now from the agency's template (reply: for the case's recorded outcome).
 * Fields the case does not record are marked 【待填写：…】.
 */
export async function caseLetterFile(actor: Actor, caseNo: string, kind: LetterKind): Promise<LetterFile> {
  assertViewer(actor);
  const db = getDb();
  const found = db.select({ id: cases.id }).from(cases).where(eq(cases.caseNo, caseNo)).get();
  if (!found) throw new NotFoundError(`找不到申请编号为“${caseNo}”的申请。`);
  const row = loadCaseRow(db, found.id);
  const of = (statuses: string[]) =>
    db.select().from(letters).where(and(eq(letters.caseId, row.id), eq(letters.kind, kind), inArray(letters.status, statuses))).orderBy(desc(letters.id)).get();
  const issued = of(['issued']);
  if (issued) return render(row, issued);
  // A reply draft counts only if it answers with the outcome the case now records.
  const draftRow = of(['draft', 'submitted', 'approved']);
  if (draftRow && (kind !== 'reply' || typeOfLetter(draftRow).outcome === row.outcome)) return render(row, draftRow);
  const type = typeForKind(row, kind);
  const draft = draftFromTemplate(db, type, row, prefillFor(db, type, row));
  return render(row, { title: draft.title, body: draft.body, docNo: null, issuedOn: null, status: 'draft' });
}
