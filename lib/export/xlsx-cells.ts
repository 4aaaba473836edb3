// What the cells of an .xlsx sheet hold, read from the parts as they stream past (xml-scanner.ts,
// a streaming XML reader): the shared strings (rich text as its plain text), which cell styles show a date, and a
// cell's value as the register validators read it — what the sheet shows: text, a number, a Date
// for a number in a date format (formula results included), TRUE/FALSE; an error is no value.
import { IMPORT_LIMITS, LIMIT_MESSAGES } from '@/lib/domain/register/file-limits';
import type { SheetCell } from '@/lib/domain/register';
import { SpreadsheetReadError } from './spreadsheet-error';
import { XmlScanner } from './xml-scanner';

/** A reader of a part's XML that throws "corrupt" on what is not well-formed (xml-scanner.ts). */
export function xmlParser(): XmlScanner {
  return new XmlScanner();
}

// The longest stretch of a part without a '<' that can be a person's register: one cell of Excel's
// longest text with every character escaped (&quot; is six). The reader holds a text, a tag or a
// comment whole until it ends, so a longer stretch is refused before it is held.
const MAX_RUN = IMPORT_LIMITS.maxCellChars * 6 + 4096;

/** Feeds a part to the parser chunk by chunk, refusing a stretch without markup past MAX_RUN. */
export function boundedWriter(parser: XmlScanner): (text: string) => void {
  let run = 0;
  return (text) => {
    const last = text.lastIndexOf('<');
    run = last < 0 ? run + text.length : text.length - last - 1;
    if (run > MAX_RUN) throw new SpreadsheetReadError('too_large', LIMIT_MESSAGES.cellText());
    parser.write(text);
  };
}

export const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** The shared strings by index, as cells refer to them. */
export type SharedStrings = { readonly length: number; at: (index: number) => string | undefined };

const BLOCK = 4096;

/**
 * The shared strings kept compact: the parser hands each text on as a slice of the chunk it came
 * in, which would keep the whole part's XML alive for as long as the strings are needed (the whole
 * import). So every BLOCK strings are copied into one string of their own text, and a cell's text is
 * cut from it when asked for.
 */
class SharedStringTable implements SharedStrings {
  private blocks: string[] = [];
  private ends: number[] = []; // where each string ends in its block
  private pending: string[] = [];
  length = 0;

  push(text: string): void {
    this.pending.push(text);
    this.length += 1;
    if (this.pending.length === BLOCK) this.seal();
  }

  seal(): void {
    if (!this.pending.length) return;
    let end = 0;
    for (const text of this.pending) this.ends.push((end += text.length));
    this.blocks.push(this.pending.join(''));
    this.pending = [];
  }

  at(index: number): string | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.length) return undefined;
    const block = Math.floor(index / BLOCK);
    if (block >= this.blocks.length) return this.pending[index - block * BLOCK];
    const start = index % BLOCK === 0 ? 0 : this.ends[index - 1];
    return this.blocks[block].slice(start, this.ends[index]);
  }
}

/** The shared strings, collected as the part streams into the returned writer. */
export function sharedStringsReader(): { write: (text: string) => void; strings: SharedStrings; end: () => void } {
  const strings = new SharedStringTable();
  const parser = xmlParser();
  let current: string[] | null = null;
  let length = 0;
  let inText = false;
  let inPhonetic = false;
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    if (name === 'si') {
      if (strings.length >= IMPORT_LIMITS.maxCells) throw new SpreadsheetReadError('too_large', LIMIT_MESSAGES.cells());
      current = [];
      length = 0;
    } else if (name === 'rPh') inPhonetic = true; // a Japanese reading guide, not the text
    else if (name === 't') inText = true;
  });
  parser.on('text', (text) => {
    if (inText && !inPhonetic && current) {
      length += text.length;
      if (length > IMPORT_LIMITS.maxCellChars) throw new SpreadsheetReadError('too_large', LIMIT_MESSAGES.cellText());
      current.push(text);
    }
  });
  parser.on('closetag', (tag) => {
    const name = local(tag.name);
    if (name === 'si') {
      strings.push(current!.join(''));
      current = null;
    } else if (name === 'rPh') inPhonetic = false;
    else if (name === 't') inText = false;
  });
  return { write: boundedWriter(parser), strings, end: () => strings.seal() };
}

// The built-in number formats that show a date (ECMA-376 §18.8.30, with the East Asian ones).
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** The rule exceljs applies to a number format: a date when it has date or time letters outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  return !!format && /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Which cell styles (the s attribute, an index into cellXfs) show a number as a date. */
export function dateStyles(stylesXml: string | null): Set<number> {
  const dates = new Set<number>();
  if (!stylesXml) return dates;
  const formats = new Map<number, string>();
  const parser = xmlParser();
  let inCellXfs = false;
  let xf = 0;
  parser.on('opentag', (tag) => {
    const name = local(tag.name);
    const attrs = tag.attributes as Record<string, string>;
    if (name === 'numFmt') formats.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
    else if (name === 'cellXfs') inCellXfs = true;
    else if (name === 'xf' && inCellXfs) {
      const id = Number(attrs.numFmtId ?? 0);
      if (BUILT_IN_DATES.has(id) || isDateFormat(formats.get(id))) dates.add(xf);
      xf += 1;
    }
  });
  parser.on('closetag', (tag) => {
    if (local(tag.name) === 'cellXfs') inCellXfs = false;
  });
  parser.write(stylesXml).close();
  return dates;
}

function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
}

/** One cell as the sheet shows it; `value` is the text of <v> (or of an inline string). */
export function cellValue(type: string | undefined, value: string | null, isDate: boolean, strings: SharedStrings, date1904: boolean): SheetCell {
  if (value === null) return null;
  switch (type) {
    case 's':
      return strings.at(Number(value)) ?? null;
    case 'inlineStr':
    case 'str':
      return value;
    case 'b':
      return value === '1' ? 'TRUE' : 'FALSE';
    case 'e':
      return null;
    case 'd': {
      const date = new Date(value);
      return Number.isNaN(date.getTime()) ? value : date;
    }
    default: {
      if (value.trim() === '') return null;
      const n = Number(value);
      if (!Number.isFinite(n)) return value;
      return isDate ? serialToDate(n, date1904) : n;
    }
  }
}
