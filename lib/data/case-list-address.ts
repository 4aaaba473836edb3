import 'server-only';
import { asc, eq, or, sql } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { cases, users } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canViewCases } from '@/lib/domain/policy';
import { ForbiddenError } from '@/lib/domain/errors';
import { checkHandlerFilter, readListAddress, type AddressParams, type HandlerOption, type ListAddress } from '@/lib/domain/case-list/list-address';

// The list's address read for one user: the rules of lib/domain/case-list/list-address.ts, and the
// handler filter checked against the handlers the select offers. The list page and its export read
// an address through this, so both refuse the same things with the same words.

/**
 * 承办人 options of the list's filter: clerks and supervisors in post, and anyone who still handles a
 * case (a clerk who has left, whose cases a supervisor is about to hand on), by name.
 */
export function handlerFilterOptions(actor: Actor): HandlerOption[] {
  if (!canViewCases(actor)) throw new ForbiddenError();
  const handlesCases = sql`EXISTS (SELECT 1 FROM ${cases} WHERE ${cases.handlerId} = ${users.id})`;
  const inPost = sql`${users.role} IN ('clerk', 'supervisor')`;
  return getDb()
    .select({ id: users.id, displayName: users.displayName, active: users.active })
    .from(users)
    .where(or(handlesCases, sql`(${eq(users.active, true)} AND ${inPost})`))
    .orderBy(asc(users.displayName))
    .all();
}

export function readCaseListAddress(actor: Actor, params: AddressParams): ListAddress & { handlers: HandlerOption[] } {
  const address = readListAddress(params);
  const handlers = handlerFilterOptions(actor);
  const checked = checkHandlerFilter(address.filters, handlers);
  return { ...address, filters: checked.filters, problems: checked.problem ? [...address.problems, checked.problem] : address.problems, handlers };
}
