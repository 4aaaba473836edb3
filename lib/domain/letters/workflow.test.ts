import { describe, expect, it } from 'vitest';
import { approvalRequired, decisionBlocker, isEditable, issueBlocker, submitBlocker } from './workflow';

describe('the letter workflow', () => {
  it('asks for approval per the agency setting, and always for an extension (OGI 33 ¶2)', () => {
    expect(approvalRequired('reply', { reply: true })).toBe(true);
    expect(approvalRequired('reply', { reply: false })).toBe(false);
    expect(approvalRequired('extension', { extension: false })).toBe(true);
  });

  it('issues only an approved letter where approval is required', () => {
    expect(issueBlocker('draft', true)).toBe('本机关规定此类文书须经负责人审批：请先送审，审批通过后再发出。');
    expect(issueBlocker('submitted', true)).toBe('该文书尚未经负责人审批，审批通过后才能发出。');
    expect(issueBlocker('approved', true)).toBeNull();
    expect(issueBlocker('draft', false)).toBeNull();
    expect(issueBlocker('issued', false)).toBe('该文书已经发出，不能重复发文。');
    expect(issueBlocker('cancelled', false)).toMatch(/作废/);
  });

  it('sends drafts for approval once, and decides only what waits for a decision', () => {
    expect(submitBlocker('draft', true)).toBeNull();
    expect(submitBlocker('draft', false)).toBe('此类文书无需审批，可以直接发出。');
    expect(submitBlocker('submitted', true)).toMatch(/已送审/);
    expect(decisionBlocker('submitted')).toBeNull();
    expect(decisionBlocker('draft')).toMatch(/不在待审批状态/);
  });

  it('freezes issued and cancelled letters', () => {
    expect(['draft', 'submitted', 'approved'].every((s) => isEditable(s as never))).toBe(true);
    expect(['issued', 'cancelled', 'discarded'].some((s) => isEditable(s as never))).toBe(false);
  });
});
