// The reference queries the benchmark compares the data path with. Both are single statements a
// person could write by hand for table 三 of year Y.
//
// FLOOR_SQL — the fastest single statement found: one UNION ALL of covering-index range
// aggregates, each in its fastest form on a dense register:
//   new            Σ over days d of Y and types t: count(received_on = d AND applicant_type = t)
//                  (one seek per (day, type) in cases_received_type; no grouping at all)
//   replied        count per (type, outcome) of replied_on in Y, grouped in the order of
//                  cases_replied_type_outcome (replied_on, type, outcome), then re-grouped
//   open           count per type of replied_on IS NULL (the NULL prefix of the reply index)
//   replied_after  Σ over days after Y: count(replied_on = d AND applicant_type = t)
//   received_after Σ over days after Y: count(received_on = d AND applicant_type = t)
// From these, carried_out = open + replied_after − received_after and
// carried_in = carried_out + replied − new (RULES §4 with "no reply before receipt").
//
// NAIVE_SQL — the obvious statement: one pass over every case with a FILTER per row of the table.
import { APPLICANT_TYPE_CODES } from '@/lib/domain/categories';

const TYPES = `types(t) AS (VALUES ${APPLICANT_TYPE_CODES.map((t) => `('${t}')`).join(', ')})`;

export const FLOOR_SQL = `WITH RECURSIVE
  ${TYPES},
  bounds(last) AS (SELECT max(x) FROM (SELECT max(received_on) AS x FROM cases UNION ALL SELECT max(replied_on) FROM cases)),
  year_days(d) AS (SELECT :from UNION ALL SELECT date(d, '+1 day') FROM year_days WHERE d < :to),
  later_days(d) AS (SELECT :after WHERE :after <= (SELECT last FROM bounds)
                    UNION ALL SELECT date(d, '+1 day') FROM later_days WHERE d < (SELECT last FROM bounds))
SELECT 'new' AS part, t AS type, NULL AS outcome,
       sum((SELECT count(*) FROM cases WHERE received_on = year_days.d AND applicant_type = types.t)) AS n
  FROM year_days, types GROUP BY t
UNION ALL
SELECT 'replied', type, outcome, sum(n) FROM (
  SELECT applicant_type AS type, outcome, count(*) AS n FROM cases
  WHERE replied_on BETWEEN :from AND :to GROUP BY replied_on, applicant_type, outcome
) GROUP BY type, outcome
UNION ALL
SELECT 'open', applicant_type, NULL, count(*) FROM cases WHERE replied_on IS NULL GROUP BY applicant_type
UNION ALL
SELECT 'replied_after', t, NULL, sum((SELECT count(*) FROM cases WHERE replied_on = later_days.d AND applicant_type = types.t))
  FROM later_days, types GROUP BY t
UNION ALL
SELECT 'received_after', t, NULL, sum((SELECT count(*) FROM cases WHERE received_on = later_days.d AND applicant_type = types.t))
  FROM later_days, types GROUP BY t`;

export const NAIVE_SQL = `SELECT applicant_type, outcome,
    count(*) FILTER (WHERE received_on BETWEEN :from AND :to) AS new,
    count(*) FILTER (WHERE received_on < :from AND (replied_on IS NULL OR replied_on >= :from)) AS carried_in,
    count(*) FILTER (WHERE replied_on BETWEEN :from AND :to) AS replied,
    count(*) FILTER (WHERE received_on <= :to AND (replied_on IS NULL OR replied_on > :to)) AS carried_out
  FROM cases GROUP BY applicant_type, outcome`;

export type FloorRow = { part: string; type: string; outcome: string | null; n: number };

/** Totals of the floor's counts, to check that it computes what the data path computes. */
export function floorTotals(rows: readonly FloorRow[]): { new: number; results: number; carriedOut: number; carriedIn: number } {
  const sum = (part: string) => rows.filter((r) => r.part === part).reduce((s, r) => s + (r.n ?? 0), 0);
  const carriedOut = sum('open') + sum('replied_after') - sum('received_after');
  return { new: sum('new'), results: sum('replied'), carriedOut, carriedIn: carriedOut + sum('replied') - sum('new') };
}
