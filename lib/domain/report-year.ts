// Which years the report pages, export route and command line accept: the record years (dates.ts),
// since no date of record lies outside them, so no table outside them has any case.
import { FIRST_RECORD_YEAR, isRecordYear, LAST_RECORD_YEAR } from './dates';

/** What to tell someone who asked for a year outside them. */
export const REPORT_YEAR_HINT = `${FIRST_RECORD_YEAR} 至 ${LAST_RECORD_YEAR} 之间的四位年份`;

/** A year from a URL segment or a flag: four digits within the range, else null. */
export function parseReportYear(raw: string | null | undefined): number | null {
  if (raw === null || raw === undefined || !/^\d{4}$/.test(raw.trim())) return null;
  const year = Number(raw.trim());
  return isRecordYear(year) ? year : null;
}

/** The year a report is usually wanted for: the last complete calendar year. */
export function defaultReportYear(today: string): number {
  return Number(today.slice(0, 4)) - 1;
}

/** Years offered by the year selector, newest first: from the earliest record to this year. */
export function selectableYears(today: string, earliest: string | null): number[] {
  const last = Number(today.slice(0, 4));
  const first = Math.max(FIRST_RECORD_YEAR, Math.min(earliest ? Number(earliest.slice(0, 4)) : last - 1, last - 1));
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

/** Title and file name stem of the report of a year, as agencies publish it. */
export function reportTitle(year: number): string {
  return `${year}年政府信息公开申请情况统计表`;
}

/** Title of table 四 of a year. */
export function reviewTableTitle(year: number): string {
  return `${year}年政府信息公开行政复议、行政诉讼情况统计表`;
}
