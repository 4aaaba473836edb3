import 'server-only';
import { and, eq, max } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { letters } from '@/db/schema';
import { ValidationError } from '@/lib/domain/errors';
import { formatDocNo, usesAgencyShortName } from '@/lib/domain/letters/doc-number';
import { LETTER_KIND_LABELS, type LetterKind } from '@/lib/domain/letters/letter-types';
import type { LetterSettings } from '../letter-settings';

/**
 * The next 文号 of a kind in a year: one more than the highest ever given, cancelled letters
 * included, so a number is never handed out twice. Call it inside the issuing transaction, which
 * holds SQLite's write lock from its start (BEGIN IMMEDIATE): no other writer can read the same
 * highest number meanwhile. The unique indexes on the letters table are the last guard.
 */
export function nextDocNo(tx: Pick<Db, 'select'>, kind: LetterKind, year: number, ls: LetterSettings): { docNo: string; seq: number } {
  const pattern = ls.docNoPatterns[kind];
  if (usesAgencyShortName(pattern) && !ls.agencyShortName) {
    throw new ValidationError({}, `${LETTER_KIND_LABELS[kind]}的文号规则使用了机关简称，但机关设置中尚未填写机关简称。请管理员在“机关设置”中填写后再发文。`);
  }
  const highest = tx.select({ seq: max(letters.docSeq) }).from(letters).where(and(eq(letters.kind, kind), eq(letters.docYear, year))).get()?.seq ?? 0;
  const seq = highest + 1;
  const docNo = formatDocNo(pattern, { shortName: ls.agencyShortName, year, seq });
  // A pattern changed during the year could meet a number another kind already used.
  if (tx.select({ id: letters.id }).from(letters).where(eq(letters.docNo, docNo)).get()) {
    throw new ValidationError({}, `文号“${docNo}”已被其他文书使用。请管理员检查“机关设置”中的文号规则，使各类文书的文号互不相同。`);
  }
  return { docNo, seq };
}
