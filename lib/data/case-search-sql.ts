import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { searchText } from '@/lib/domain/case-list/search-text';

// The search box as SQL over the case index (drizzle/0010_case_search.sql), always a lookup in the
// index, never a scan of the cases (lib/domain/case-list/search-text.ts says why):
// - three characters or more: one phrase through FTS5's trigram index;
// - one or two characters: the index terms that begin with them, read from its vocabulary, then
//   either one query for those terms (the usual case: a word is followed by few different
//   characters) or, past MAX_TERMS, the occurrences of the terms (a surname is followed by many,
//   and FTS5 joins many alternatives slowly).
// The result is the subquery of the matching case ids, each once: `cases.id IN (…)`.

const MAX_TERMS = 64;
const quoted = (term: string) => `"${term.replace(/"/g, '""')}"`;

export function caseSearchIds(db: Pick<Db, '$client'>, query: string | undefined): SQL | undefined {
  const text = searchText(query);
  if (!text) return undefined;
  if (text.kind === 'phrase') return sql`(SELECT rowid FROM case_search WHERE case_search MATCH ${text.match})`;
  const terms = db.$client.prepare('SELECT term FROM case_search_terms WHERE term >= ? AND term < ? LIMIT ?').pluck().all(text.from, text.to, MAX_TERMS + 1) as string[];
  if (terms.length === 0) return sql`(SELECT NULL WHERE 0)`;
  if (terms.length <= MAX_TERMS) return sql`(SELECT rowid FROM case_search WHERE case_search MATCH ${terms.map(quoted).join(' OR ')})`;
  return sql`(SELECT DISTINCT doc FROM case_search_instances WHERE term >= ${text.from} AND term < ${text.to})`;
}
