import type { Paragraph } from 'docx';
import { addresseeParagraph, alignedParagraph, blankLine, bodyParagraph, packOfficialDocument, signatureBlock, titleParagraph } from './official-document';

// A letter in the official format: 文号 line, title, addressee, body, 落款 with the agency's name
// and the date (with room for the seal). A draft or a cancelled letter says so above everything.

export type LetterDocument = {
  docNo: string | null;
  title: string;
  /** One paragraph a line; the first line ending in "：" is the addressee. */
  body: string;
  agencyName: string;
  dateText: string;
  /** Printed above the 文号 line: 草稿, 已作废. */
  marker: string | null;
};

export async function letterDocx(doc: LetterDocument): Promise<Buffer> {
  const lines = doc.body.split('\n').map((l) => l.trim()).filter(Boolean);
  const children: Paragraph[] = [];
  if (doc.marker) children.push(alignedParagraph(doc.marker, 'left'));
  children.push(alignedParagraph(doc.docNo ?? '文号：发文时编号', 'right'), blankLine(), titleParagraph(doc.title), blankLine());
  lines.forEach((line, i) => children.push(i === 0 && /[：:]$/.test(line) ? addresseeParagraph(line) : bodyParagraph(line)));
  children.push(...signatureBlock(doc.agencyName, doc.dateText));
  return packOfficialDocument({ title: doc.title, children });
}
