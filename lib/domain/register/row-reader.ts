// Reads the cells of one data row by column key and records every problem found, so that a file
// with many bad rows is reported in full in one go rather than one error per attempt.
import type { IsoDate } from '../dates';
import type { ColumnSpec, HeaderMap } from './header-map';
import type { Parsed } from './parsed';
import type { RegisterProblem } from './problems';
import { parseRegisterDate } from './register-date';
import { LIST_SEPARATORS } from './register-steps';
import { cellText, type SheetRow } from './sheet-table';

/** The non-empty items of a cell that lists several values ('2023-05-01；2023-06-01'). */
export function listItems(text: string): string[] {
  return text
    .split(LIST_SEPARATORS)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export type RowReader<K extends string> = {
  header: (key: K) => string;
  text: (key: K) => string;
  report: (key: K, message: string) => void;
  /** Trimmed text, or null (and a problem) when blank although required or longer than max. */
  textField: (key: K, opts: { max: number; requiredMessage?: string }) => string | null;
  /** A date, or null: blank (a problem if required), unreadable or in the future (a problem). */
  dateField: (key: K, opts: { today: IsoDate; requiredMessage?: string }) => IsoDate | null;
  /** Dates separated by '；' (or one date cell): [] when blank, null when one is unreadable or in the future (a problem). */
  dateListField: (key: K, opts: { today: IsoDate }) => IsoDate[] | null;
  /** A label cell read by `parse`, or null: blank (a problem if required) or unknown (a problem). */
  labelField: <T>(key: K, parse: (s: string) => Parsed<T>, requiredMessage?: string) => T | null;
};

export function rowReader<K extends string>(
  row: SheetRow,
  map: HeaderMap<K>['index'],
  specs: readonly ColumnSpec<K>[],
  problems: RegisterProblem[],
): RowReader<K> {
  const header = (key: K) => specs.find((s) => s.key === key)?.header ?? key;
  const raw = (key: K) => {
    const i = map[key];
    return i === undefined ? null : (row.cells[i] ?? null);
  };
  const text = (key: K) => cellText(raw(key));
  const report = (key: K, message: string) => problems.push({ row: row.rowNumber, column: header(key), message });
  const pastDate = (key: K, value: string | number | Date, today: IsoDate): IsoDate | null => {
    const parsed = parseRegisterDate(value);
    if (!parsed.ok) {
      report(key, parsed.error);
      return null;
    }
    if (parsed.value > today) {
      report(key, `日期 ${parsed.value} 晚于今天（${today}），不能填写将来的日期，请核对`);
      return null;
    }
    return parsed.value;
  };

  return {
    header,
    text,
    report,
    textField(key, { max, requiredMessage }) {
      const value = text(key);
      if (value === '') {
        if (requiredMessage) report(key, requiredMessage);
        return requiredMessage ? null : '';
      }
      const length = [...value].length;
      if (length > max) {
        report(key, `内容过长（${length} 个字），最多 ${max} 个字，请删减`);
        return null;
      }
      return value;
    },
    dateField(key, { today, requiredMessage }) {
      const cell = raw(key);
      if (text(key) === '') {
        if (requiredMessage) report(key, requiredMessage);
        return null;
      }
      return pastDate(key, typeof cell === 'string' ? text(key) : (cell as number | Date), today);
    },
    dateListField(key, { today }) {
      const cell = raw(key);
      if (text(key) === '') return [];
      if (typeof cell !== 'string') {
        const date = pastDate(key, cell as number | Date, today);
        return date ? [date] : null;
      }
      const dates: IsoDate[] = [];
      for (const item of listItems(text(key))) {
        const date = pastDate(key, item, today);
        if (!date) return null;
        dates.push(date);
      }
      return dates;
    },
    labelField(key, parse, requiredMessage) {
      const value = text(key);
      if (value === '') {
        if (requiredMessage) report(key, requiredMessage);
        return null;
      }
      const parsed = parse(value);
      if (!parsed.ok) {
        report(key, parsed.error);
        return null;
      }
      return parsed.value;
    },
  };
}
