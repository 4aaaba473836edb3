// The import's XML reader (xml-scanner.ts) against saxes, the parser it stands in for: the same
// events (tags with their attributes, decoded texts, ends of elements) on the parts of real .xlsx
// files and on hand-made XML, however the text is cut into chunks; and the same refusals.
import { Buffer } from 'node:buffer';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { writeRegisterXlsx } from './register-xlsx';
import { SpreadsheetReadError } from './spreadsheet-error';
import { XmlScanner } from './xml-scanner';
import { REGISTER_HEADERS, registerRowFromCase } from '@/lib/domain/register';
import { hangzhouRegisterRows } from '@/tests/fixtures/hangzhou-2023';

type Event = ['open', string, Record<string, string>] | ['text', string] | ['close', string];

/**
 * The events of a part, texts run together as a consumer joins them (saxes may cut one text in
 * two); white space outside the root element, which saxes reports and no reader uses, left out.
 */
function events(parser: { on: (event: never, handler: never) => unknown; write: (text: string) => unknown }, chunks: string[]): Event[] {
  const out: Event[] = [];
  let depth = 0;
  const on = parser.on.bind(parser) as (event: string, handler: (arg: never) => void) => void;
  on('opentag', (tag: { name: string; attributes: Record<string, string> }) => {
    depth += 1;
    out.push(['open', tag.name, { ...tag.attributes }]);
  });
  on('closetag', (tag: { name: string }) => {
    depth -= 1;
    out.push(['close', tag.name]);
  });
  const text = (text: string) => {
    if (depth === 0) return;
    const last = out[out.length - 1];
    if (last?.[0] === 'text') last[1] += text;
    else out.push(['text', text]);
  };
  on('text', text);
  // saxes reports a CDATA section apart from text; the scanner, as XML reads it, as text.
  if (parser instanceof SaxesParser) parser.on('cdata', text);
  for (const chunk of chunks) parser.write(chunk);
  return out.filter((e) => !(e[0] === 'text' && e[1] === ''));
}

function saxes(): SaxesParser {
  const parser = new SaxesParser();
  parser.on('error', (error) => {
    throw error;
  });
  return parser;
}

/** The text cut into pieces of `size` characters (1: every character a chunk of its own). */
const cut = (xml: string, size: number) => Array.from({ length: Math.ceil(xml.length / size) }, (_, i) => xml.slice(i * size, (i + 1) * size));

function expectSameEvents(xml: string): void {
  const expected = events(saxes() as never, [xml]);
  expect(expected.length).toBeGreaterThan(0);
  for (const size of [xml.length, 4096, 7, 1]) expect(events(new XmlScanner() as never, cut(xml, size))).toEqual(expected);
}

async function partsOf(buffer: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buffer);
  const names = Object.keys(zip.files).filter((n) => n.endsWith('.xml') || n.endsWith('.rels'));
  return Object.fromEntries(await Promise.all(names.map(async (n) => [n, await zip.file(n)!.async('string')] as const)));
}

describe('the XML reader of the import, against saxes', () => {
  it('gives the same events on every part of a register exported by the product', async () => {
    const parts = await partsOf(await writeRegisterXlsx(REGISTER_HEADERS, hangzhouRegisterRows().map(registerRowFromCase)));
    expect(Object.keys(parts)).toContain('xl/worksheets/sheet1.xml');
    for (const xml of Object.values(parts)) expectSameEvents(xml);
  });

  it('gives the same events on a workbook with rich text, inline strings, formulas, dates, line breaks and escapes', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('台账');
    sheet.addRow(['申请编号', '申请人', '申请内容']);
    sheet.addRow(['A&B<1>', { richText: [{ text: '张 ', font: { bold: true } }, { text: '三"\'' }] }, '第一行\r\n第二行\t制表 ']);
    sheet.addRow([new Date(Date.UTC(2023, 0, 5)), { formula: 'A2&"x"', result: 'A&B<1>x' }, 12.5]);
    sheet.addRow(['  前后空格  ', true, { text: '链接', hyperlink: 'https://example.org/?a=1&b=2' }]);
    const parts = await partsOf(Buffer.from(await wb.xlsx.writeBuffer()));
    for (const xml of Object.values(parts)) expectSameEvents(xml);
  });

  it('gives the same events on hand-made XML: entities, character references, CDATA, comments, prefixes and xml:space', () => {
    expectSameEvents(
      [
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n',
        '<!-- a comment --><x:worksheet xmlns:x="urn:x"><x:sheetData>',
        '<x:row r="2" spans=\'1:3\'><x:c r="A2" t="inlineStr"><x:is><x:t xml:space="preserve"> 甲&amp;乙 &lt;丙&gt; &quot;丁&quot; &apos;戊&apos; </x:t></x:is></x:c>',
        '<x:c r="B2" t="inlineStr"><x:is><x:r><x:rPr><x:b/></x:rPr><x:t>富</x:t></x:r><x:r><x:t>文本&#x4E2D;&#25991;&#x1F600;</x:t></x:r></x:is></x:c>',
        '<x:c r="C2" t="str" s = "3"  ><x:v>a\r\nb\rc&#13;&#10;d</x:v></x:c><x:c r="D2"><x:v><![CDATA[<不是标签> & 原样]]></x:v></x:c>',
        '<x:c r="E2" foo="a&gt;b" bar="x\ty\r\nz"/></x:row><?pi data?></x:sheetData></x:worksheet>\n',
      ].join(''),
    );
  });

  it('refuses as a corrupt file what saxes refuses', () => {
    const bad = [
      '<a><b></a>',
      '<a>&nbsp;</a>',
      '<a>&#0;</a>',
      '<a>&amp</a>',
      '<a>\u0001</a>',
      '<a b="1" b="2"/>',
      '<a b="<"/>',
      '<a b=1/>',
      '<a b="1"c="2"/>',
      '<a/><b/>',
      'text<a/>',
      '</a>',
      '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>',
      '<1a/>',
    ];
    for (const xml of bad) {
      expect(() => saxes().write(xml).close(), xml).toThrow();
      expect(() => new XmlScanner().write(xml).close(), xml).toThrow(SpreadsheetReadError);
    }
  });
});
