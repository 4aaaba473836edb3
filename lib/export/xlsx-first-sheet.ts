// The first worksheet of an .xlsx, taken out of the zip without trusting it. An .xlsx is a zip of
// XML parts; a hostile or broken one can declare tiny sizes and unpack to gigabytes, or hold
// hundreds of sheets. Only the parts needed to read the first sheet are located (the workbook and
// its relationships, styles for date cells, shared strings, the sheet itself); each is unpacked as
// a stream against one byte budget for the whole file, checked against the size the zip declares
// before it starts and again with every chunk, and handed on chunk by chunk, so a part is never
// held whole in memory and a bomb is stopped as soon as it passes the budget. The readers count
// rows, cells and shared strings as they go and stop at IMPORT_LIMITS (read-xlsx.ts).
import path from 'node:path';
import JSZip from 'jszip';
import { IMPORT_LIMITS, LIMIT_MESSAGES } from '@/lib/domain/register/file-limits';
import { SpreadsheetReadError } from './spreadsheet-error';
import { partText } from './zip-part-text';

const MAX_ENTRIES = 10_000;
const MAX_INDEX_PART = 4 * 1024 * 1024; // workbook.xml, the relationship parts and the styles

export type FirstSheet = {
  zip: JSZip;
  budget: Budget;
  date1904: boolean;
  sheetPart: string | null;
  stringsPart: string | null;
  styles: string | null;
};

export const corrupt = () => new SpreadsheetReadError('corrupt');
const tooLarge = () => new SpreadsheetReadError('too_large', LIMIT_MESSAGES.unpacked());

export class Budget {
  constructor(public left: number) {}
  take(bytes: number): void {
    this.left -= bytes;
    if (this.left < 0) throw tooLarge();
  }
}

function declaredSizes(file: JSZip.JSZipObject): { packed: number; unpacked: number } {
  const data = (file as unknown as { _data?: { compressedSize?: number; uncompressedSize?: number } })._data;
  const size = (n: number | undefined) => (typeof n === 'number' && n >= 0 ? n : 0);
  return { packed: size(data?.compressedSize), unpacked: size(data?.uncompressedSize) };
}

const overPacked = () => new SpreadsheetReadError('too_large', LIMIT_MESSAGES.ratio());

/**
 * Unpacks one part as a stream of text, refusing it as soon as it passes the budget or `cap`,
 * whatever size it declared. Null when the zip has no such part.
 */
export function partChunks(zip: JSZip, name: string, budget: Budget, cap = Infinity): AsyncGenerator<string> | null {
  const file = zip.file(name);
  if (!file || file.dir) return null;
  const declared = declaredSizes(file);
  if (declared.unpacked > Math.min(cap, budget.left)) throw tooLarge();
  // The packed size is what the file really holds for this part (the zip reader has it in hand),
  // so the ratio is judged against it even when the declared unpacked size lies.
  const ratioLimit = Math.max(IMPORT_LIMITS.ratioJudgedAfterBytes, declared.packed * IMPORT_LIMITS.maxPackingRatio);
  let size = 0;
  return partText(file, (bytes) => {
    size += bytes;
    if (size > cap) throw tooLarge();
    if (size > ratioLimit) throw overPacked();
    budget.take(bytes);
  });
}

/** Hands each chunk of a part's text to `consume` (which may throw to stop); false when there is no such part. */
export async function streamPart(zip: JSZip, name: string, budget: Budget, consume: (text: string) => void, cap = Infinity): Promise<boolean> {
  const chunks = partChunks(zip, name, budget, cap);
  if (!chunks) return false;
  for await (const text of chunks) consume(text);
  return true;
}

async function smallPart(zip: JSZip, name: string, budget: Budget): Promise<string | null> {
  const chunks: string[] = [];
  return (await streamPart(zip, name, budget, (t) => chunks.push(t), MAX_INDEX_PART)) ? chunks.join('') : null;
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

const relsPathOf = (part: string) => path.posix.join(path.posix.dirname(part), '_rels', `${path.posix.basename(part)}.rels`);
const byType = (rels: Map<string, { type: string; target: string }>, suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;

/** Locates the parts of the first sheet and reads the small ones (workbook, relationships, styles). */
export async function firstSheet(buffer: Buffer): Promise<FirstSheet> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buffer, { checkCRC32: false });
  } catch {
    throw corrupt();
  }
  if (Object.keys(zip.files).length > MAX_ENTRIES) throw tooLarge();
  const budget = new Budget(IMPORT_LIMITS.maxUnpackedBytes);

  const rootRels = await smallPart(zip, '_rels/.rels', budget);
  const workbookPart = (rootRels && byType(relationships(rootRels, ''), '/officeDocument')) || 'xl/workbook.xml';
  const workbook = await smallPart(zip, workbookPart, budget);
  const workbookRels = await smallPart(zip, relsPathOf(workbookPart), budget);
  if (workbook === null || workbookRels === null) throw corrupt();
  const rels = relationships(workbookRels, path.posix.dirname(workbookPart));

  const first = /<(?:\w+:)?sheet\b[^>]*>/.exec(workbook);
  const sheetRelId = first ? Object.entries(attributes(first[0])).find(([k]) => /(^|:)id$/.test(k) && k !== 'sheetId')?.[1] : undefined;
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904\s*=\s*["'](1|true)["']/.test(workbook);
  const stylesPart = byType(rels, '/styles');
  return {
    zip,
    budget,
    date1904,
    sheetPart: (sheetRelId && rels.get(sheetRelId)?.target) || null,
    stringsPart: byType(rels, '/sharedStrings') ?? null,
    styles: stylesPart ? await smallPart(zip, stylesPart, budget) : null,
  };
}
