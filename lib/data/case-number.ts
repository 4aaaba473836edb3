import 'server-only';
import { and, gte, lt } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { cases } from '@/db/schema';
import { caseNoParts, nextCaseNo } from '@/lib/domain/case-number';
import type { Actor } from '@/lib/domain/roles';
import { canCreateCase } from '@/lib/domain/policy';
import { ForbiddenError } from '@/lib/domain/errors';
import { readSettings } from './settings';
import { today } from './today';

/** The number the registration form proposes: the next in the agency's pattern for today. */
export function suggestCaseNo(actor: Actor, date = today()): string {
  if (!canCreateCase(actor)) throw new ForbiddenError();
  const { caseNoPattern } = readSettings();
  const { prefix } = caseNoParts(caseNoPattern, date);
  const existing = getDb()
    .select({ caseNo: cases.caseNo })
    .from(cases)
    .where(and(gte(cases.caseNo, prefix), lt(cases.caseNo, `${prefix}\uffff`)))
    .all()
    .map((r) => r.caseNo);
  return nextCaseNo(caseNoPattern, date, existing);
}
