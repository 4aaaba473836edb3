import type { Paragraph, Table } from 'docx';
import { reportOutline, type Block, type ReportContent } from '@/lib/domain/report/annual';
import { layoutTable } from './layout-table';
import { alignedParagraph, blankLine, bodyParagraph, headingParagraph, packOfficialDocument, titleParagraph } from './official-document';

// The annual report as a Word document in the official format (REPORT.md §6): the outline of
// lib/domain/report/annual/content.ts drawn with the GB/T 9704 styles; a draft says so above the
// title.

function draw(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'marker':
      return [alignedParagraph(block.text, 'left')];
    case 'title':
      return [titleParagraph(block.text), blankLine()];
    case 'heading':
      return [headingParagraph(block.text, block.level)];
    case 'paragraph':
      return [bodyParagraph(block.text)];
    case 'table':
      return [layoutTable(block.layout), blankLine()];
  }
}

export async function annualReportDocx(content: ReportContent, marker: string | null): Promise<Buffer> {
  const blocks = reportOutline(content, marker);
  const title = blocks.find((b) => b.kind === 'title');
  return packOfficialDocument({ title: title && 'text' in title ? title.text : '', children: blocks.flatMap(draw) });
}
