// Reads the tables of a .docx back as a reader of the file sees them: word/document.xml parsed with
// an XML parser (saxes, which exceljs also uses), every row laid on the grid by each cell's
// gridSpan, and a cell continued by vMerge taking the text of the cell it continues.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';

export type DocxCell = { text: string; gridSpan: number; vMerge: 'restart' | 'continue' | null };
export type DocxTable = { rows: DocxCell[][]; headerRows: number };

export async function docxDocumentXml(buffer: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(buffer);
  return zip.file('word/document.xml')!.async('string');
}

export function parseTables(xml: string): DocxTable[] {
  const tables: DocxTable[] = [];
  const stack: DocxTable[] = [];
  let row: DocxCell[] | null = null;
  let cell: DocxCell | null = null;
  let inText = false;
  let header = false;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const attr = (name: string) => (tag.attributes as Record<string, string>)[name];
    switch (tag.name) {
      case 'w:tbl':
        stack.push({ rows: [], headerRows: 0 });
        break;
      case 'w:tr':
        row = [];
        header = false;
        break;
      case 'w:tblHeader':
        header = attr('w:val') !== 'false' && attr('w:val') !== '0';
        break;
      case 'w:tc':
        cell = { text: '', gridSpan: 1, vMerge: null };
        break;
      case 'w:gridSpan':
        if (cell) cell.gridSpan = Number(attr('w:val'));
        break;
      case 'w:vMerge':
        if (cell) cell.vMerge = attr('w:val') === 'restart' ? 'restart' : 'continue';
        break;
      case 'w:t':
        inText = true;
        break;
    }
  });
  parser.on('text', (t) => {
    if (inText && cell) cell.text += t;
  });
  parser.on('closetag', (tag) => {
    const table = stack[stack.length - 1];
    if (tag.name === 'w:t') inText = false;
    else if (tag.name === 'w:tc' && cell && row) {
      row.push(cell);
      cell = null;
    } else if (tag.name === 'w:tr' && row && table) {
      table.rows.push(row);
      if (header && table.rows.length === table.headerRows + 1) table.headerRows += 1;
      row = null;
    } else if (tag.name === 'w:tbl') tables.push(stack.pop()!);
  });
  parser.write(xml).close();
  return tables;
}

/** The table as a grid of texts: [row][column], merged cells repeated over what they cover. */
export function grid(table: DocxTable): string[][] {
  const out: string[][] = [];
  table.rows.forEach((cells, r) => {
    const line: string[] = [];
    for (const c of cells) {
      const col = line.length;
      const text = c.vMerge === 'continue' ? (out[r - 1]?.[col] ?? '') : c.text;
      for (let i = 0; i < c.gridSpan; i += 1) line.push(text);
    }
    out.push(line);
  });
  return out;
}
