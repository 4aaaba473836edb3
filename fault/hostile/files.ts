import { writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { todayInChina } from '../../e2e/access/values';
import { HOSTILE_VALUES, XSS_MARKER } from './corpus';

// The hostile files: each as a register and as a review file where it makes sense. `expect` says
// what must happen: imported (and then what must be stored literally), or refused with a reason.

export type HostileFile = { name: string; fileName: string; body: Buffer; expect: 'imported' | 'refused' | 'either'; stored?: string[] };

const REGISTER_HEADER = '申请编号,收到日期,申请人类型,申请人,申请方式,申请内容';
const REVIEW_HEADER = '申请编号,类型,收到日期,结果,审结日期';
const csvCell = (v: string) => `"${v.replace(/"/g, '""')}"`;

/** The cells that must survive an import as typed (CSV: a formula's apostrophe is ours to remove, so none is added here). */
const CELL_VALUES = HOSTILE_VALUES.filter((h) => !/date|digits|number|surrogate|NUL|100 KB/.test(h.name));

function registerRows(prefix: string, values: string[]): string {
  const rows = values.map((v, i) => [`${prefix}-${i}`, todayInChina(), '自然人', csvCell(v), '网络', csvCell(`内容：${v}`)].join(','));
  return [REGISTER_HEADER, ...rows].join('\n') + '\n';
}

/** A minimal .xlsx whose shared strings unpack to more than the reader's 64 MB limit. */
async function xlsxBomb(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>');
  zip.file('_rels/.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>');
  zip.file('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>');
  zip.file('xl/_rels/workbook.xml.rels', '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>');
  zip.file('xl/worksheets/sheet1.xml', '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>');
  zip.file('xl/sharedStrings.xml', `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>${'a'.repeat(80 * 1024 * 1024)}</t></si></sst>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** The 12 KB workbook of issue 7: a register with one stray cell in column XFD (read, not walked). */
async function strayCellWorkbook(prefix: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('台账');
  sheet.addRow(REGISTER_HEADER.split(','));
  sheet.addRow([`${prefix}-XFD`, todayInChina(), '自然人', '远处单元格', '网络', '工作表远处有一个单元格']);
  sheet.getCell('XFD1048576').value = 'x';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const EXE = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), Buffer.alloc(4096, 0x90), Buffer.from('This program cannot be run in DOS mode.')]);
const INVALID_BYTES = Buffer.from([0xff, 0x80, 0xfe, 0xff, 0xc3, 0x28, 0x80, 0xff]);

export async function registerFiles(prefix: string): Promise<HostileFile[]> {
  const hostile = CELL_VALUES.map((h) => h.value);
  return [
    { name: 'hostile cells (markup, quotes, SQL, formulas)', fileName: 'hostile.csv', body: Buffer.from(registerRows(`${prefix}H`, hostile)), expect: 'imported', stored: hostile },
    { name: 'a 100 KB cell', fileName: 'long.csv', body: Buffer.from(registerRows(`${prefix}L`, ['长'.repeat(34_134)])), expect: 'refused' },
    { name: 'NUL and control characters in cells', fileName: 'control.csv', body: Buffer.from(registerRows(`${prefix}C`, ['a\u0000b\u0007c'])), expect: 'either' },
    { name: 'GBK-encoded CSV (Excel on Chinese Windows)', fileName: 'gbk.csv', body: iconv.encode(registerRows(`${prefix}G`, ['张三（GBK）']), 'gbk'), expect: 'imported', stored: ['张三（GBK）'] },
    { name: 'invalid UTF-8 (and not GB18030)', fileName: 'invalid.csv', body: Buffer.concat([Buffer.from(`${REGISTER_HEADER}\n${prefix}I-1,${todayInChina()},自然人,`), INVALID_BYTES, Buffer.from(',网络,x\n')]), expect: 'refused' },
    { name: 'dates 2023-02-30 and 0000-01-01', fileName: 'dates.csv', body: Buffer.from(`${REGISTER_HEADER}\n${prefix}D-1,2023-02-30,自然人,甲,网络,x\n${prefix}D-2,0000-01-01,自然人,乙,网络,x\n`), expect: 'refused' },
    { name: 'fullwidth digits in a date', fileName: 'fullwidth.csv', body: Buffer.from(`${REGISTER_HEADER}\n${prefix}F-1,２０２３-０１-０５,自然人,丙,网络,x\n`), expect: 'either' },
    { name: 'an .exe renamed to .xlsx', fileName: 'register.xlsx', body: EXE, expect: 'refused' },
    { name: 'an .exe renamed to .csv', fileName: 'register.csv', body: EXE, expect: 'refused' },
    { name: 'an xlsx bomb (80 MB of shared strings in 80 KB)', fileName: 'bomb.xlsx', body: await xlsxBomb(), expect: 'refused' },
    { name: 'the 12 KB workbook with a cell in XFD1048576', fileName: 'stray-cell.xlsx', body: await strayCellWorkbook(prefix), expect: 'imported', stored: ['远处单元格'] },
    { name: 'a 50 MB file', fileName: 'huge.csv', body: Buffer.concat([Buffer.from(`${REGISTER_HEADER}\n`), Buffer.alloc(50 * 1024 * 1024, 0x41)]), expect: 'refused' },
  ];
}

export async function reviewFiles(prefix: string): Promise<HostileFile[]> {
  const row = (caseNo: string, kind: string, filed: string) => [csvCell(caseNo), kind, filed, '', ''].join(',');
  // Filed on a day of its own per import path, so that no earlier record makes the row "unchanged".
  const filed = prefix.endsWith('P') ? '2025-03-03' : '2025-03-04';
  return [
    // An unknown case number is imported as a record without a case (with a warning), never run as SQL.
    { name: 'markup and SQL as the case number', fileName: 'reviews-hostile.csv', body: Buffer.from(`${REVIEW_HEADER}\n${row(`<script>window.${XSS_MARKER}=1</script>`, '行政复议', filed)}\n${row(`'; DROP TABLE reviews; --`, '复议后起诉', filed)}\n`), expect: 'either' },
    { name: 'GBK-encoded review file', fileName: 'reviews-gbk.csv', body: iconv.encode(`${REVIEW_HEADER}\n${row('', '未经复议直接起诉', filed)}\n`, 'gbk'), expect: 'imported' },
    { name: 'invalid UTF-8 (and not GB18030)', fileName: 'reviews-invalid.csv', body: Buffer.concat([Buffer.from(`${REVIEW_HEADER}\n,行政复议,`), INVALID_BYTES, Buffer.from(',,\n')]), expect: 'refused' },
    { name: 'dates 2023-02-30 and 0000-01-01', fileName: 'reviews-dates.csv', body: Buffer.from(`${REVIEW_HEADER}\n${row('', '行政复议', '2023-02-30')}\n${row('', '行政复议', '0000-01-01')}\n`), expect: 'refused' },
    { name: 'an .exe renamed to .xlsx', fileName: 'reviews.xlsx', body: EXE, expect: 'refused' },
    { name: 'an xlsx bomb', fileName: 'reviews-bomb.xlsx', body: await xlsxBomb(), expect: 'refused' },
    { name: 'a 50 MB file', fileName: 'reviews-huge.csv', body: Buffer.concat([Buffer.from(`${REVIEW_HEADER}\n`), Buffer.alloc(50 * 1024 * 1024, 0x41)]), expect: 'refused' },
  ];
}

/** The case-file upload form: what it must refuse, and a real PDF with a hostile name it keeps. */
export function caseFileUploads(): { name: string; file: { name: string; body: Buffer; mimeType: string }; expect: 'stored' | 'refused' }[] {
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
  const file = (body: Buffer, name: string) => ({ name, body, mimeType: 'application/pdf' });
  return [
    { name: 'an .exe renamed to .pdf', file: file(EXE, '申请书.pdf'), expect: 'refused' },
    { name: 'HTML renamed to .pdf', file: file(Buffer.from(`<html><script>window.${XSS_MARKER}=1</script></html>`), 'page.pdf'), expect: 'refused' },
    { name: 'a 50 MB file', file: file(Buffer.alloc(50 * 1024 * 1024, 0x25), 'big.pdf'), expect: 'refused' },
    { name: 'a PDF named with markup', file: file(pdf, `<img src=x onerror="window.${XSS_MARKER}=4">.pdf`), expect: 'stored' },
  ];
}

export function writeCorpusFile(dir: string, f: HostileFile): string {
  const file = path.join(dir, f.fileName);
  writeFileSync(file, f.body);
  return file;
}
