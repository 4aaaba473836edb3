import 'server-only';
import type Database from 'better-sqlite3';
import { REVIEW_KIND_CODES, type ReviewKind } from '@/lib/domain/categories';
import { emptyTableFour, firstDayOf, lastDayOf, type TableFour } from '@/lib/domain/report';

// Table 四 by SQL: one pass over the records filed in Y (index reviews_filed), each column the
// condition of reviewPredicate (lib/domain/report/table-four.ts) written as a FILTER. A record counts
// as decided only with both a decision date by 31 Dec and a result, exactly as matchesReview says.

type Row = { kind: string; total: number; upheld: number; corrected: number; other: number; pending: number };

const SQL = `SELECT kind, count(*) AS total,
    count(*) FILTER (WHERE decided_on IS NOT NULL AND decided_on <= :to AND result = 'upheld') AS upheld,
    count(*) FILTER (WHERE decided_on IS NOT NULL AND decided_on <= :to AND result = 'corrected') AS corrected,
    count(*) FILTER (WHERE decided_on IS NOT NULL AND decided_on <= :to AND result = 'other') AS other,
    count(*) FILTER (WHERE decided_on IS NULL OR result IS NULL OR decided_on > :to) AS pending
  FROM reviews WHERE filed_on BETWEEN :from AND :to GROUP BY kind`;

const cache = new WeakMap<Database.Database, Database.Statement<[{ from: string; to: string }], Row>>();

export function tableFourSql(client: Database.Database, year: number): TableFour {
  let statement = cache.get(client);
  if (!statement) {
    statement = client.prepare<{ from: string; to: string }, Row>(SQL);
    cache.set(client, statement);
  }
  const table = emptyTableFour();
  const kinds = new Set<string>(REVIEW_KIND_CODES);
  for (const r of statement.all({ from: firstDayOf(year), to: lastDayOf(year) })) {
    if (!kinds.has(r.kind)) continue;
    const kind = r.kind as ReviewKind;
    table[kind] = { upheld: r.upheld, corrected: r.corrected, other: r.other, pending: r.pending, total: r.total };
  }
  return table;
}
