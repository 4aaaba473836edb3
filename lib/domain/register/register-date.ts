// Dates in a register file: the notations clerks actually use, an Excel serial number, or the Date
// that exceljs returns for a date cell.
import { isIsoDate, isRecordYear, utcDayOf, type IsoDate } from '../dates';
import { parsedError, parsedOk, type Parsed } from './parsed';

// A year outside the record years (dates.ts) is a typo or a number that is not a date (an Excel
// number cell 5 would otherwise become 1900-01-05).
const FORMATS_HINT = '请写成 2023-01-05、2023/1/5、2023.1.5 或 2023年1月5日，或使用 Excel 日期格式的单元格';

function fromParts(y: number, m: number, d: number, shown: string): Parsed<IsoDate> {
  if (!isRecordYear(y)) return parsedError(`日期“${shown}”的年份 ${y} 不合理，请核对`);
  const iso = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  if (!isIsoDate(iso)) return parsedError(`日期“${shown}”不存在（${y}年${m}月没有${d}日），请核对月份和日期`);
  return parsedOk(iso);
}

function fromUtcDate(date: Date, shown: string): Parsed<IsoDate> {
  if (Number.isNaN(date.getTime())) return parsedError(`日期“${shown}”无效，${FORMATS_HINT}`);
  return fromParts(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), shown);
}

/** Excel's 1900 date system: serial 1 = 1900-01-01, with Lotus's phantom 1900-02-29 as serial 60. */
function fromExcelSerial(serial: number, shown: string): Parsed<IsoDate> {
  if (!Number.isFinite(serial) || serial < 1) return parsedError(`“${shown}”不是日期，${FORMATS_HINT}`);
  const days = Math.floor(serial);
  const epoch = days > 60 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  return fromUtcDate(new Date(epoch + days * 86_400_000), shown);
}

export function parseRegisterDate(value: string | number | Date): Parsed<IsoDate> {
  if (value instanceof Date) {
    // exceljs gives a date cell as the UTC midnight of the day shown in the sheet.
    return fromUtcDate(value, Number.isNaN(value.getTime()) ? 'Invalid Date' : utcDayOf(value));
  }
  if (typeof value === 'number') return fromExcelSerial(value, String(value));

  const shown = value.trim();
  if (shown === '') return parsedError('日期为空');
  // Exports often carry a time of day ('2023-01-05 00:00:00'); the calendar date is what counts.
  const s = shown.normalize('NFKC').replace(/[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/, '').trim();
  const dashed = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(s);
  if (dashed) return fromParts(+dashed[1], +dashed[3], +dashed[4], shown);
  const chinese = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(s);
  if (chinese) return fromParts(+chinese[1], +chinese[2], +chinese[3], shown);
  // A serial number that reached a CSV as text (a date cell formatted as 常规 before saving).
  if (/^\d{5}(\.\d+)?$/.test(s)) return fromExcelSerial(Number(s), shown);
  return parsedError(`无法识别的日期“${shown}”，${FORMATS_HINT}`);
}
