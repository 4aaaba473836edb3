import 'server-only';
import { getDb } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { ForbiddenError, ValidationError } from '@/lib/domain/errors';
import { canDraftAnnualReport } from '@/lib/domain/policy';
import { draftNote, GENERATED, regenerate, startFromLastYear, type GeneratedKey, type ReportDraft } from '@/lib/domain/report/annual';
import type { TableTwo } from '@/lib/domain/report/table-two';
import type { Actor } from '@/lib/domain/roles';
import { storedDraft, writeDraft } from './draft-store';
import { readReportState, WORKSPACE_FORBIDDEN } from './workspace';

// Saving the draft of a year's report, with what the form asked for besides: regenerate one
// paragraph (edited text is replaced only once confirmed) or start from last year's texts.

export type DraftEdits = { texts: ReportDraft['texts']; paragraphs: Record<GeneratedKey, string>; tableTwo: TableTwo };
export type DraftIntent = { kind: 'save' } | { kind: 'regenerate'; key: GeneratedKey; confirmed: boolean } | { kind: 'last-year' };

/** Regenerating edited text needs a second, confirmed request: here is what would replace what. */
export class RegenerationNeedsConfirmation extends ValidationError {
  constructor(
    readonly key: GeneratedKey,
    readonly edited: string,
    readonly fresh: string,
  ) {
    super({}, `“${GENERATED.find((g) => g.key === key)!.label}”的文字已被修改过。下面列出修改后的文字和按当前数据重新生成的文字；确认用新文字替换后请再次点击“按当前数据重新生成”。本次没有保存任何内容。`);
  }
}

export function saveReportDraft(actor: Actor, year: number, version: number, edits: DraftEdits, intent: DraftIntent): { version: number; note: string; noteKey: string } {
  if (!canDraftAnnualReport(actor)) throw new ForbiddenError(WORKSPACE_FORBIDDEN);
  const db = getDb();
  return writeTransaction(db, (tx) => {
    const state = readReportState(db, year);
    let draft: ReportDraft = {
      texts: edits.texts,
      paragraphs: Object.fromEntries(Object.entries(edits.paragraphs).map(([k, text]) => [k, { text, generated: state.draft.paragraphs[k as GeneratedKey].generated }])) as ReportDraft['paragraphs'],
      tableTwo: edits.tableTwo,
    };
    let note = draftNote(year, intent);
    if (intent.kind === 'regenerate') {
      const result = regenerate(draft, intent.key, state.fresh[intent.key], intent.confirmed);
      if (result.kind === 'needs-confirmation') throw new RegenerationNeedsConfirmation(intent.key, result.edited, result.fresh);
      draft = result.draft;
      note = draftNote(year, intent, result.changed);
    } else if (intent.kind === 'last-year') {
      const last = storedDraft(tx, year - 1);
      if (!last) throw new ValidationError({}, `没有${year - 1}年的报告文字可以沿用。`);
      draft = startFromLastYear(draft, last.draft.texts);
    }
    return { version: writeDraft(tx, actor, year, draft, version, note.text), note: note.text, noteKey: note.key };
  });
}
