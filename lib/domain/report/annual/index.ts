// The annual report (REPORT.md): generated paragraphs with their claims, the draft staff edit, the
// content a version stores, its outline for DOCX and HTML, the checks before publishing, and which
// published numbers a change of a record moves.
export { unsupportedClaims, describeClaimProblem, type Claim, type GeneratedText } from './claims';
export type { ReportFacts } from './facts';
export { sectionThreeParagraph } from './section-three';
export { sectionFourParagraph } from './section-four';
export { overviewRequestsParagraph } from './overview-requests';
export { feesSentence } from './fees-sentence';
export * from './draft';
export * from './content';
export { reportChecks, failedChecks, type CheckTarget, type PreviousYear, type ReportCheck } from './checks';
export * from './published-cells';
export { feesPaidIn } from './fees-paid';
export { draftNote, draftSavedMessages, type DraftSaveKind } from './draft-notes';
export { publishedChangeLines, publishedChangeWarning } from './published-change-text';
export { publishRefusal, yearRefusal, type PublishRequest, type Refusal } from './publish-rules';
export { baselineTables, parseBaselineJson, type BaselineResult, type BaselineTables } from './baseline';
