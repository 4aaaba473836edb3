// RFC 4180 reader for register files. Clerks' files come from Excel, WPS and hand-written scripts,
// so it also accepts LF or lone CR line ends, a leading BOM, and a stray quote inside an unquoted
// field (kept literally). Spreadsheet programs show a quoted multi-line field as one row, so one
// record here is one spreadsheet row and row numbers in messages match what the clerk sees.

export class CsvParseError extends Error {
  constructor(
    message: string,
    readonly row: number,
  ) {
    super(message);
    this.name = 'CsvParseError';
  }
}

export function parseCsv(text: string): string[][] {
  const s = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false; // inside a quoted field
  let fieldStart = true; // at the first character of a field
  let quoteOpenedInRecord = 0;

  const endField = () => {
    record.push(field);
    field = '';
    fieldStart = true;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  while (i < s.length) {
    const ch = s[i];
    if (quoted) {
      if (ch === '"') {
        if (s[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        continue;
      }
      field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
      quoteOpenedInRecord = records.length + 1;
      i += 1;
    } else if (ch === ',') {
      endField();
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      i += ch === '\r' && s[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      fieldStart = false;
      i += 1;
    }
  }
  if (quoted) {
    throw new CsvParseError(`第${quoteOpenedInRecord}行：引号没有闭合，请检查这一行中的英文双引号（"）是否成对`, quoteOpenedInRecord);
  }
  // A final line break ends the last record; it does not start an empty one.
  if (field !== '' || record.length > 0 || !fieldStart) endRecord();
  return records;
}
