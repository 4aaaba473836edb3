// The first worksheet of an .xlsx, taken out of the zip without trusting it. An .xlsx is a zip of
// XML parts; a hostile or broken one can declare tiny sizes and unpack to gigabytes, or hold
// hundreds of sheets. Only the parts needed to read the first sheet are unpacked (the workbook and
// its relationships, styles for date cells, shared strings, the sheet itself), each with a byte
// budget checked against the size the zip declares and again while unpacking. Then the rows,
// cells and shared strings are counted (a scan for their start tags, far cheaper than parsing) and
// the file is refused past IMPORT_LIMITS before anything is parsed, so a bomb is turned away in a
// moment and the parse that follows is bounded. What passes is repackaged as a one-sheet workbook
// for exceljs's streaming reader.
import path from 'node:path';
import JSZip from 'jszip';
import { IMPORT_LIMITS, LIMIT_MESSAGES } from '@/lib/domain/register/file-limits';
import { SpreadsheetReadError } from './spreadsheet-error';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MAX_ENTRIES = 10_000;
const MAX_INDEX_PART = 4 * 1024 * 1024; // workbook.xml and the relationship parts

export type FirstSheetPackage = { zip: Buffer; date1904: boolean };

const corrupt = () => new SpreadsheetReadError('corrupt');
const tooLarge = () => new SpreadsheetReadError('too_large', LIMIT_MESSAGES.unpacked());

class Budget {
  constructor(public left: number) {}
  take(bytes: number): void {
    this.left -= bytes;
    if (this.left < 0) throw tooLarge();
  }
}

function declaredSize(file: JSZip.JSZipObject): number {
  const size = (file as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize;
  return typeof size === 'number' && size >= 0 ? size : 0;
}

/** Unpacks one part, refusing it as soon as it passes the budget (whatever size it declared). */
function unpack(zip: JSZip, name: string, budget: Budget, cap = Infinity): Promise<Buffer | null> {
  const file = zip.file(name);
  if (!file || file.dir) return Promise.resolve(null);
  const limit = Math.min(cap, budget.left);
  if (declaredSize(file) > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stream = file.nodeStream('nodebuffer') as NodeJS.ReadableStream & { destroy?: () => void };
    const fail = (error: Error) => {
      stream.removeAllListeners('data');
      stream.pause();
      stream.destroy?.();
      reject(error);
    };
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) fail(tooLarge());
      else chunks.push(chunk);
    });
    stream.on('error', () => fail(corrupt()));
    stream.on('end', () => {
      if (size > limit) return;
      budget.take(size);
      resolve(Buffer.concat(chunks));
    });
  });
}

function attributes(tag: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[m[1]] = m[2] ?? m[3];
  return attrs;
}

/** The relationships of a part: Id → { type, target resolved against the part's folder }. */
function relationships(xml: string, base: string): Map<string, { type: string; target: string }> {
  const rels = new Map<string, { type: string; target: string }>();
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (!a.Id || !a.Target || a.TargetMode === 'External') continue;
    const target = a.Target.startsWith('/') ? a.Target.slice(1) : path.posix.normalize(path.posix.join(base, a.Target));
    rels.set(a.Id, { type: a.Type ?? '', target });
  }
  return rels;
}

/** Start tags of an element (any namespace prefix) in a part, counted without parsing. */
function countElements(xml: string, name: string): number {
  const tag = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${name}[\\s/>]`, 'g');
  let n = 0;
  while (tag.exec(xml)) n += 1;
  return n;
}

function assertCounts(sheet: Buffer | null, strings: Buffer | null): void {
  if (strings && countElements(strings.toString('latin1'), 'si') > IMPORT_LIMITS.maxCells) throw new SpreadsheetReadError('too_large', LIMIT_MESSAGES.cells());
  if (!sheet) return;
  const xml = sheet.toString('latin1');
  if (countElements(xml, 'row') > IMPORT_LIMITS.maxRows + 1) throw new SpreadsheetReadError('too_large', LIMIT_MESSAGES.rows());
  if (countElements(xml, 'c') > IMPORT_LIMITS.maxCells) throw new SpreadsheetReadError('too_large', LIMIT_MESSAGES.cells());
}

const relsPathOf = (part: string) => path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);
const byType = (rels: Map<string, { type: string; target: string }>, suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;

export async function firstSheetPackage(buffer: Buffer): Promise<FirstSheetPackage> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer, { checkCRC32: false });
  } catch {
    throw corrupt();
  }
  if (Object.keys(zip.files).length > MAX_ENTRIES) throw tooLarge();
  const budget = new Budget(IMPORT_LIMITS.maxUnpackedBytes);
  const text = async (name: string, cap: number) => (await unpack(zip, name, budget, cap))?.toString('utf8') ?? null;

  const rootRels = await text('_rels/.rels', MAX_INDEX_PART);
  const workbookPart = (rootRels && byType(relationships(rootRels, ''), '/officeDocument')) || 'xl/workbook.xml';
  const workbook = await text(workbookPart, MAX_INDEX_PART);
  const workbookRels = await text(relsPathOf(workbookPart), MAX_INDEX_PART);
  if (workbook === null || workbookRels === null) throw corrupt();
  const rels = relationships(workbookRels, path.posix.dirname(workbookPart));

  const firstSheet = /<(?:\w+:)?sheet\b[^>]*>/.exec(workbook);
  const sheetRelId = firstSheet ? Object.entries(attributes(firstSheet[0])).find(([k]) => /(^|:)id$/.test(k) && k !== 'sheetId')?.[1] : undefined;
  const sheetPart = sheetRelId ? rels.get(sheetRelId)?.target : undefined;
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/.test(workbook);

  const stylesPart = byType(rels, '/styles');
  const stringsPart = byType(rels, '/sharedStrings');
  const styles = stylesPart ? await unpack(zip, stylesPart, budget) : null;
  const strings = stringsPart ? await unpack(zip, stringsPart, budget) : null;
  const sheet = sheetPart ? await unpack(zip, sheetPart, budget) : null;
  assertCounts(sheet, strings);

  // exceljs's streaming reader parks a sheet it meets before the shared strings in a temporary
  // file: the parts go in the order it needs, and there is always a shared-strings part.
  const out = new JSZip();
  const opts = { compression: 'STORE' as const };
  out.file(
    'xl/_rels/workbook.xml.rels',
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    opts,
  );
  out.file(
    'xl/workbook.xml',
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr${date1904 ? ' date1904="1"' : ''}/><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    opts,
  );
  if (styles) out.file('xl/styles.xml', styles, opts);
  out.file('xl/sharedStrings.xml', strings ?? `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}"/>`, opts);
  out.file('xl/worksheets/sheet1.xml', sheet ?? `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}"><sheetData/></worksheet>`, opts);
  return { zip: await out.generateAsync({ type: 'nodebuffer', compression: 'STORE' }), date1904 };
}
