import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunOptions,
  type Table,
} from 'docx';
import { textWidth } from '@/lib/domain/text-width';

// The official document format (GB/T 9704-2012, docs/REPORT.md §6) shared by every DOCX the product
// writes: A4, margins 37/35/28/26 mm, title 2号 方正小标宋简体, body 3号 仿宋_GB2312 on a 22-line
// grid, headings 黑体 and 楷体_GB2312, page numbers "— 1 —" in 4号 宋体, odd pages right, even left.
// Each East Asian font is declared with a Latin fallback so WPS and Word render the file without
// the GB2312 fonts installed.

const MM = 56.7; // twips per millimetre
export const PAGE = {
  width: 11906,
  height: 16838,
  margin: { top: Math.round(37 * MM), bottom: Math.round(35 * MM), left: Math.round(28 * MM), right: Math.round(26 * MM) },
} as const;

export const FONTS = {
  title: { eastAsia: '方正小标宋简体', ascii: 'SimSun', hAnsi: 'SimSun', cs: 'SimSun' },
  body: { eastAsia: '仿宋_GB2312', ascii: 'FangSong', hAnsi: 'FangSong', cs: 'FangSong' },
  heading1: { eastAsia: '黑体', ascii: 'SimHei', hAnsi: 'SimHei', cs: 'SimHei' },
  heading2: { eastAsia: '楷体_GB2312', ascii: 'KaiTi', hAnsi: 'KaiTi', cs: 'KaiTi' },
  pageNumber: { eastAsia: '宋体', ascii: 'SimSun', hAnsi: 'SimSun', cs: 'SimSun' },
} as const;

/** Sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 五号 10.5 pt (tables). */
export const SIZES = { title: 44, body: 32, pageNumber: 28, table: 21 } as const;

/** 22 lines on the 225 mm type area: an exact line pitch of 28.95 pt. */
export const LINE_PITCH = 579;
/** One character of the 3号 body, for indents. */
export const CHAR = 320;

const bodyLine = { line: LINE_PITCH, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

export function bodyRun(text: string, options: Omit<IRunOptions, 'text'> = {}): TextRun {
  return new TextRun({ text, font: FONTS.body, size: SIZES.body, ...options });
}

/** 标题: centred, 2号 小标宋, on its own lines. */
export function titleParagraph(text: string): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { line: 700, lineRule: LineRuleType.EXACT }, children: [new TextRun({ text, font: FONTS.title, size: SIZES.title })] });
}

/** 正文 paragraph: indented two characters, justified. */
export function bodyParagraph(text: string, options: { indent?: boolean } = {}): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: bodyLine,
    indent: options.indent === false ? undefined : { firstLine: 2 * CHAR },
    children: [bodyRun(text)],
  });
}

/** 主送机关 / the addressee line: flush left. */
export function addresseeParagraph(text: string): Paragraph {
  return bodyParagraph(text, { indent: false });
}

/** 一级标题 "一、…" in 黑体; 二级标题 "（一）…" in 楷体. */
export function headingParagraph(text: string, level: 1 | 2): Paragraph {
  return new Paragraph({ spacing: bodyLine, indent: { firstLine: 2 * CHAR }, children: [new TextRun({ text, font: level === 1 ? FONTS.heading1 : FONTS.heading2, size: SIZES.body })] });
}

export function alignedParagraph(text: string, alignment: 'left' | 'center' | 'right', rightIndentChars = 0): Paragraph {
  const align = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT }[alignment];
  return new Paragraph({ alignment: align, spacing: bodyLine, indent: rightIndentChars ? { right: Math.round(rightIndentChars * CHAR) } : undefined, children: [bodyRun(text)] });
}

export function blankLine(): Paragraph {
  return new Paragraph({ spacing: bodyLine, children: [bodyRun('')] });
}

/** Width in body characters: CJK one, ASCII half. */
export { textWidth };

/**
 * 落款 with a seal (GB/T 9704 7.3.5.1): the date four characters from the right margin, the
 * agency's name centred over it, room above for the seal.
 */
export function signatureBlock(agency: string, date: string): Paragraph[] {
  const dateIndent = 4;
  const agencyIndent = Math.max(0, dateIndent + (textWidth(date) - textWidth(agency)) / 2);
  return [blankLine(), blankLine(), alignedParagraph(agency, 'right', agencyIndent), alignedParagraph(date, 'right', dateIndent)];
}

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: CHAR } : { left: CHAR },
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FONTS.pageNumber, size: SIZES.pageNumber })],
      }),
    ],
  });
}

/** A document in the official format around the given paragraphs and tables. */
export function officialDocument(input: { title: string; children: (Paragraph | Table)[] }): Document {
  return new Document({
    title: input.title,
    creator: 'OGI Desk 依申请公开办理台',
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: FONTS.body, size: SIZES.body } } } },
    sections: [
      {
        properties: {
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: { ...PAGE.margin, header: 851, footer: 1247 } },
          grid: { linePitch: LINE_PITCH, type: DocumentGridType.LINES },
        },
        footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
        children: input.children,
      },
    ],
  });
}

export async function packOfficialDocument(input: { title: string; children: (Paragraph | Table)[] }): Promise<Buffer> {
  return Packer.toBuffer(officialDocument(input));
}
