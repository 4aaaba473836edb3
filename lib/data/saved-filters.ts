import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { savedFilters } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canViewCases } from '@/lib/domain/policy';
import { ForbiddenError, NotFoundError, ValidationError } from '@/lib/domain/errors';
import { filterQuery, parseFilterQuery } from '@/lib/domain/case-list/list-filters';
import { defaultSavedFilters, SAVED_FILTERS_PER_USER, savedFilterNameProblem } from '@/lib/domain/case-list/saved-filters';

// Each user's saved filters of the case list, after the product's defaults. A stored query is read
// strictly every time: one with a field the list does not know or a malformed query string is
// listed as ignored, with the reason, and can only be deleted.

export type SavedFilter =
  | { id: number | null; name: string; ok: true; query: string }
  | { id: number | null; name: string; ok: false; problem: string };

function assertAllowed(actor: Actor): number {
  if (!canViewCases(actor) || actor.id === null) throw new ForbiddenError();
  return actor.id;
}

export function listSavedFilters(actor: Actor): SavedFilter[] {
  const userId = assertAllowed(actor);
  const own = getDb()
    .select({ id: savedFilters.id, name: savedFilters.name, query: savedFilters.query })
    .from(savedFilters)
    .where(eq(savedFilters.userId, userId))
    .orderBy(asc(savedFilters.id))
    .all();
  return [...defaultSavedFilters(actor.role).map((d) => ({ id: null, ...d })), ...own].map(({ id, name, query }) => {
    const parsed = parseFilterQuery(query);
    return parsed.ok ? { id, name, ok: true, query: filterQuery(parsed.filters) } : { id, name, ok: false, problem: parsed.message };
  });
}

/** Saves the list's current filters (a query string) under a name of the user's own. */
export function saveFilter(actor: Actor, name: string, query: string): { id: number } {
  const userId = assertAllowed(actor);
  const parsed = parseFilterQuery(query);
  if (!parsed.ok) throw new ValidationError({ name: [`这些筛选条件无法保存：${parsed.message}`] });
  const canonical = filterQuery(parsed.filters);
  if (!canonical) throw new ValidationError({ name: ['请先设置至少一个筛选条件，再保存。'] });
  return writeTransaction(getDb(), (tx) => {
    const mine = tx.select({ name: savedFilters.name }).from(savedFilters).where(eq(savedFilters.userId, userId)).all();
    const taken = [...defaultSavedFilters(actor.role), ...mine].map((f) => f.name);
    const problem = savedFilterNameProblem(name, taken);
    if (problem) throw new ValidationError({ name: [problem] });
    if (mine.length >= SAVED_FILTERS_PER_USER) throw new ValidationError({ name: [`最多保存 ${SAVED_FILTERS_PER_USER} 个筛选，请先删除不用的。`] });
    const row = tx.insert(savedFilters).values({ userId, name, query: canonical, createdAt: new Date().toISOString() }).returning({ id: savedFilters.id }).get();
    return { id: row.id };
  });
}

/** Deletes one of the user's own saved filters (the product's defaults cannot be deleted). */
export function deleteSavedFilter(actor: Actor, id: number): void {
  const userId = assertAllowed(actor);
  writeTransaction(getDb(), (tx) => {
    const gone = tx.delete(savedFilters).where(and(eq(savedFilters.id, id), eq(savedFilters.userId, userId))).run().changes;
    if (gone !== 1) throw new NotFoundError('该筛选不存在或已被删除。');
  });
}
