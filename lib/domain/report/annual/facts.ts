// The facts the generated paragraphs are written from (REPORT.md §3): tables 三 and 四 of the year,
// and the few figures of the register no table holds (channels, on-time replies, fees paid).
import type { Channel } from '../../categories';
import type { TableFour, TableThree } from '../types';

export type ReportFacts = {
  year: number;
  tableThree: TableThree;
  tableFour: TableFour;
  /** 本年新收 of Y−1 (published, baseline or the register), for 同比; null when unknown. */
  previousNewTotal: number | null;
  /** Cases received in Y by channel. */
  channels: Record<Channel, number>;
  /** Cases replied in Y, and of them those replied within their deadline. */
  closed: number;
  closedOnTime: number;
  /** Information-processing fees paid in Y (by the payment date of the fee step), in 元. */
  fees: { cases: number; amountYuan: number; unknownAmounts: number };
};

/** Percentages to one decimal place (REPORT.md §3). */
export function percent(part: number, whole: number): string {
  return ((part * 100) / whole).toFixed(1);
}
