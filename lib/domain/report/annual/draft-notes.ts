// What a save of the report draft did, in one wording: recorded with the draft's version (its
// note) and shown once the page reloads, where the action's address carries only its key
// (?saved=regenerated.three), never the words themselves.

import { GENERATED, type GeneratedKey } from './sections';

export type DraftSaveKind = { kind: 'save' } | { kind: 'regenerate'; key: GeneratedKey } | { kind: 'last-year' };

const label = (key: GeneratedKey) => GENERATED.find((g) => g.key === key)!.label;

/** The note of one save: its key for the address and its words. `changed`: the regenerated text differs. */
export function draftNote(year: number, save: DraftSaveKind, changed = true): { key: string; text: string } {
  switch (save.kind) {
    case 'save':
      return { key: 'draft', text: '保存草稿' };
    case 'last-year':
      return { key: 'last_year', text: `沿用${year - 1}年报告的文字` };
    case 'regenerate':
      return changed
        ? { key: `regenerated.${save.key}`, text: `按当前数据重新生成“${label(save.key)}”` }
        : { key: `unchanged.${save.key}`, text: `按当前数据重新生成“${label(save.key)}”（文字没有变化）` };
  }
}

/** Every note of a year by its key: the confirmation the page may show, "已保存：…。". */
export function draftSavedMessages(year: number): Record<string, string> {
  const notes = [
    draftNote(year, { kind: 'save' }),
    draftNote(year, { kind: 'last-year' }),
    ...GENERATED.flatMap((g) => [draftNote(year, { kind: 'regenerate', key: g.key }), draftNote(year, { kind: 'regenerate', key: g.key }, false)]),
  ];
  return Object.fromEntries(notes.map((n) => [n.key, `已保存：${n.text}。`]));
}
