// A report as it is printed: the year, the agency, every text and the three tables. A published
// version stores exactly this, so its DOCX and HTML can be drawn again at any time unchanged.
import { tableFourLayout } from '../table-four-layout';
import type { TableLayout } from '../table-layout';
import { tableThreeLayout } from '../table-three-layout';
import { tableTwoLayout } from '../table-two-layout';
import type { TableTwo } from '../table-two';
import type { TableFour, TableThree } from '../types';
import { SECTION_HEADINGS, type GeneratedKey, type StaffTextKey } from './sections';

export type ReportContent = {
  year: number;
  agencyName: string;
  texts: Record<StaffTextKey, string>;
  paragraphs: Record<GeneratedKey, string>;
  tableTwo: TableTwo;
  tableThree: TableThree;
  tableFour: TableFour;
};

export { SECTION_HEADINGS } from './sections';

export function annualReportTitle(agencyName: string, year: number): string {
  return `${agencyName}${year}年政府信息公开工作年度报告`;
}

export type Block =
  | { kind: 'title'; text: string }
  | { kind: 'marker'; text: string }
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; layout: TableLayout; caption: string };

/** Lines of a text as paragraphs; blank lines dropped. */
export function paragraphsOf(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
}

/**
 * The report in reading order, which the DOCX and the HTML both walk: title (with a marker such as
 * 草稿), opening, the six sections with their sub-headings, paragraphs and tables.
 */
export function reportOutline(c: ReportContent, marker: string | null = null): Block[] {
  const blocks: Block[] = [];
  const paras = (text: string) => paragraphsOf(text).forEach((t) => blocks.push({ kind: 'paragraph', text: t }));
  if (marker) blocks.push({ kind: 'marker', text: marker });
  blocks.push({ kind: 'title', text: annualReportTitle(c.agencyName, c.year) });
  paras(c.texts.opening);
  blocks.push({ kind: 'heading', level: 1, text: SECTION_HEADINGS[0] });
  const topics: [string, string][] = [
    ['（一）主动公开', c.texts.proactive],
    ['（二）依申请公开', c.paragraphs.requests],
    ['（三）政府信息管理', c.texts.management],
    ['（四）政府信息公开平台建设', c.texts.platform],
    ['（五）监督保障', c.texts.oversight],
  ];
  for (const [heading, text] of topics) {
    if (!paragraphsOf(text).length) continue;
    blocks.push({ kind: 'heading', level: 2, text: heading });
    paras(text);
  }
  blocks.push({ kind: 'heading', level: 1, text: SECTION_HEADINGS[1] });
  blocks.push({ kind: 'table', layout: tableTwoLayout(c.year, c.tableTwo), caption: SECTION_HEADINGS[1] });
  blocks.push({ kind: 'heading', level: 1, text: SECTION_HEADINGS[2] });
  blocks.push({ kind: 'table', layout: tableThreeLayout(c.year, c.tableThree), caption: SECTION_HEADINGS[2] });
  paras(c.paragraphs.three);
  blocks.push({ kind: 'heading', level: 1, text: SECTION_HEADINGS[3] });
  blocks.push({ kind: 'table', layout: tableFourLayout(c.year, c.tableFour), caption: SECTION_HEADINGS[3] });
  paras(c.paragraphs.four);
  blocks.push({ kind: 'heading', level: 1, text: SECTION_HEADINGS[4] });
  paras(c.texts.problems);
  blocks.push({ kind: 'heading', level: 1, text: SECTION_HEADINGS[5] });
  paras(c.paragraphs.fees);
  paras(c.texts.otherItems);
  return blocks;
}
