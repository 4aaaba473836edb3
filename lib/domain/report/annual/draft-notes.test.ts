import { describe, expect, it } from 'vitest';
import { draftNote, draftSavedMessages } from './draft-notes';

describe('the note of a saved draft', () => {
  it('has one wording for the version’s note and the confirmation after the save', () => {
    expect(draftNote(2024, { kind: 'save' })).toEqual({ key: 'draft', text: '保存草稿' });
    expect(draftNote(2024, { kind: 'last-year' })).toEqual({ key: 'last_year', text: '沿用2023年报告的文字' });
    expect(draftNote(2024, { kind: 'regenerate', key: 'three' })).toEqual({ key: 'regenerated.three', text: '按当前数据重新生成“表三说明（系统生成）”' });
    expect(draftNote(2024, { kind: 'regenerate', key: 'fees' }, false).text).toBe('按当前数据重新生成“收费情况（系统生成）”（文字没有变化）');
    const messages = draftSavedMessages(2024);
    expect(messages.draft).toBe('已保存：保存草稿。');
    expect(messages['unchanged.fees']).toBe('已保存：按当前数据重新生成“收费情况（系统生成）”（文字没有变化）。');
    expect(Object.keys(messages)).toHaveLength(2 + 2 * 4);
  });
});
