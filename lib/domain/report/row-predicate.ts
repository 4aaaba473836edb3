// Table 三 rows as data (RULES §4). The pure builder counts with matchesRow; the data layer
// translates the very same predicate into SQL for the drill-down lists, so a number in the table
// and the list behind it can never disagree. Keep every condition a plain column comparison.
import type { ApplicantType, ColumnCode, OutcomeCode, RowCode } from '../categories';
import { isOutcomeCode } from '../categories';
import type { IsoDate } from '../dates';
import type { ReportCase } from './types';
import { firstDayOf, lastDayOf } from './year-bounds';

/**
 * A conjunction of conditions on a case; an absent field means "no condition".
 * All dates are inclusive bounds on 'YYYY-MM-DD' strings (string order is date order):
 * - receivedFrom / receivedTo: received_on >= receivedFrom AND received_on <= receivedTo
 * - repliedFrom / repliedTo:   replied_on IS NOT NULL AND replied_on >= / <= the date
 * - openAt:                    still open at the end of that day:
 *                              replied_on IS NULL OR replied_on > openAt
 * - outcome:                   outcome = the code
 * - applicantType:             applicant_type = the code (one column of the table)
 */
export type RowPredicate = {
  receivedFrom?: IsoDate;
  receivedTo?: IsoDate;
  repliedFrom?: IsoDate;
  repliedTo?: IsoDate;
  openAt?: IsoDate;
  outcome?: OutcomeCode;
  applicantType?: ApplicantType;
};

/** The cases counted in row `row` of the table for year `year` (all applicant types). */
export function rowPredicate(year: number, row: RowCode): RowPredicate {
  const from = firstDayOf(year);
  const to = lastDayOf(year);
  switch (row) {
    case 'new':
      return { receivedFrom: from, receivedTo: to };
    case 'carried_in':
      // Received before Y and not closed before Y began, i.e. open at the end of Dec 31 of Y-1.
      return { receivedTo: lastDayOf(year - 1), openAt: lastDayOf(year - 1) };
    case 'results_total':
      return { repliedFrom: from, repliedTo: to };
    case 'carried_out':
      return { receivedTo: to, openAt: to };
    default:
      if (!isOutcomeCode(row)) throw new RangeError(`unknown table row: ${String(row)}`);
      // Whatever year the case was received in: the reply date decides the year it counts in.
      return { repliedFrom: from, repliedTo: to, outcome: row };
  }
}

/** One cell: the row's cases narrowed to one applicant type ('total' adds no condition). */
export function cellPredicate(year: number, row: RowCode, column: ColumnCode): RowPredicate {
  const p = rowPredicate(year, row);
  return column === 'total' ? p : { ...p, applicantType: column };
}

export function matchesRow(c: ReportCase, p: RowPredicate): boolean {
  if (p.receivedFrom !== undefined && c.receivedOn < p.receivedFrom) return false;
  if (p.receivedTo !== undefined && c.receivedOn > p.receivedTo) return false;
  if (p.repliedFrom !== undefined && (c.repliedOn === null || c.repliedOn < p.repliedFrom)) return false;
  if (p.repliedTo !== undefined && (c.repliedOn === null || c.repliedOn > p.repliedTo)) return false;
  if (p.openAt !== undefined && c.repliedOn !== null && c.repliedOn <= p.openAt) return false;
  if (p.outcome !== undefined && c.outcome !== p.outcome) return false;
  if (p.applicantType !== undefined && c.applicantType !== p.applicantType) return false;
  return true;
}
