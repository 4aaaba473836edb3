import 'server-only';
import { sql } from 'drizzle-orm';
import type { Tx } from '@/db/write-transaction';

// The search index (drizzle/0010_case_search.sql) is kept by triggers on `cases`. FTS5 writes its
// pending entries out as a new segment at every statement savepoint, and an INSERT that fires a
// trigger opens one, so an import adding cases one statement at a time built one segment per case
// and spent most of its time merging them (a 100,000-row register: over ten minutes, growing with
// the index). So a batch of new cases is indexed in one statement instead: the insert trigger is
// set aside for the batch and put back, as it was, before the batch commits. It all happens inside
// the batch's own transaction, so no other connection ever sees the table without its trigger.
// The batch's segment is also written without FTS5's automatic merging (automerge 0 for that one
// statement, then back to what it was): merging every few batches into ever larger segments cost
// a 100,000-row import about a third of its indexing time. Segments still merge when too many pile
// up on one level (FTS5's crisismerge) and, a little at a time, with every later write to the index;
// a search reads a few more segments meanwhile (microseconds).

const TRIGGER = 'case_search_insert';
/** FTS5's own default, for a table that never had its automerge set. */
const DEFAULT_AUTOMERGE = 4;

/** Runs `work` (which inserts cases) with the cases it inserts indexed for search in one statement at the end. */
export function withCasesIndexedTogether<T>(tx: Tx, work: () => T): T {
  const trigger = tx.get<{ sql: string } | undefined>(sql`SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ${TRIGGER}`);
  if (!trigger) return work();
  const { last } = tx.get<{ last: number }>(sql`SELECT coalesce(max(id), 0) AS last FROM cases`);
  tx.run(sql.raw(`DROP TRIGGER ${TRIGGER}`));
  const result = work();
  const automerge = tx.get<{ v: number } | undefined>(sql`SELECT v FROM case_search_config WHERE k = 'automerge'`)?.v ?? DEFAULT_AUTOMERGE;
  tx.run(sql`INSERT INTO case_search (case_search, rank) VALUES ('automerge', 0)`);
  // The trigger's own values, for every case the batch added (ids only grow).
  tx.run(sql`
    INSERT INTO case_search (rowid, case_no, applicant_name, content)
      SELECT id, case_no || char(1, 1), applicant_name || char(1, 1), content || char(1, 1) FROM cases WHERE id > ${last}`);
  tx.run(sql`INSERT INTO case_search (case_search, rank) VALUES ('automerge', CAST(${automerge} AS INTEGER))`); // FTS5 takes an integer only
  tx.run(sql.raw(trigger.sql));
  return result;
}
