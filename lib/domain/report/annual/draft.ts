// The report of a year as staff edit it before publishing: the texts they write, the paragraphs the
// product writes from the facts (each kept with the text as last generated, so an edit is known and
// never silently overwritten), and table 二.
import { startingTableTwo, type InForceFigures, type TableTwo } from '../table-two';
import type { GeneratedText } from './claims';
import { feesSentence } from './fees-sentence';
import type { ReportFacts } from './facts';
import { overviewRequestsParagraph } from './overview-requests';
import { sectionFourParagraph } from './section-four';
import { sectionThreeParagraph } from './section-three';
import { GENERATED_KEYS, STAFF_TEXT_KEYS, type GeneratedKey, type StaffTextKey } from './sections';

export { GENERATED, GENERATED_KEYS, OVERVIEW_TOPICS, STAFF_TEXT_KEYS, STAFF_TEXTS, type GeneratedKey, type StaffTextKey } from './sections';

/** text: as it stands (maybe edited); generated: as the product last wrote it. */
export type DraftParagraph = { text: string; generated: string };
export type ReportDraft = { texts: Record<StaffTextKey, string>; paragraphs: Record<GeneratedKey, DraftParagraph>; tableTwo: TableTwo };

export const isEdited = (p: DraftParagraph) => p.text !== p.generated;

export function openingText(agencyName: string, year: number): string {
  return (
    `本报告由${agencyName}根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。` +
    `本报告中所列数据的统计期限为${year}年1月1日至${year}年12月31日。`
  );
}

/** Every generated paragraph, written from the facts now. */
export function generateParagraphs(f: ReportFacts): Record<GeneratedKey, GeneratedText> {
  return {
    requests: overviewRequestsParagraph(f),
    three: sectionThreeParagraph(f.year, f.tableThree, f.previousNewTotal),
    four: sectionFourParagraph(f.year, f.tableFour),
    fees: feesSentence(f.fees),
  };
}

/** The draft of a year nobody has saved yet: the opening, fresh paragraphs, last year's 现行有效. */
export function newDraft(agencyName: string, f: ReportFacts, lastYearInForce: InForceFigures | null): ReportDraft {
  const texts = Object.fromEntries(STAFF_TEXT_KEYS.map((k) => [k, ''])) as Record<StaffTextKey, string>;
  texts.opening = openingText(agencyName, f.year);
  const fresh = generateParagraphs(f);
  const paragraphs = Object.fromEntries(GENERATED_KEYS.map((k) => [k, { text: fresh[k].text, generated: fresh[k].text }])) as ReportDraft['paragraphs'];
  return { texts, paragraphs, tableTwo: startingTableTwo(lastYearInForce) };
}

/** “从上年文字开始”: last year's staff texts fill the topics still empty; the opening keeps this year. */
export function startFromLastYear(draft: ReportDraft, lastYear: Record<StaffTextKey, string>): ReportDraft {
  const texts = { ...draft.texts };
  for (const key of STAFF_TEXT_KEYS) if (key !== 'opening' && !texts[key].trim() && lastYear[key]?.trim()) texts[key] = lastYear[key];
  return { ...draft, texts };
}

export type Regeneration = { kind: 'replaced'; draft: ReportDraft; changed: boolean } | { kind: 'needs-confirmation'; edited: string; fresh: string };

/** Regenerates one paragraph; text staff have edited is replaced only once they confirm. */
export function regenerate(draft: ReportDraft, key: GeneratedKey, fresh: string, confirmed: boolean): Regeneration {
  const current = draft.paragraphs[key];
  if (isEdited(current) && current.text !== fresh && !confirmed) return { kind: 'needs-confirmation', edited: current.text, fresh };
  return { kind: 'replaced', draft: { ...draft, paragraphs: { ...draft.paragraphs, [key]: { text: fresh, generated: fresh } } }, changed: current.text !== fresh };
}
