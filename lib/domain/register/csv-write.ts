// CSV as the product writes it: UTF-8 with a BOM (without it Excel on Chinese Windows reads the file
// as GBK and shows mojibake), CRLF line ends and RFC 4180 quoting. Strings are neutralised against
// formula injection; numbers are written as numbers.
import { neutraliseSpreadsheetText } from './neutralise';

export type CsvValue = string | number | null;

function field(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutraliseSpreadsheetText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return '\uFEFF' + rows.map((row) => row.map(field).join(',') + '\r\n').join('');
}
