import type { LetterKind } from './letter-types';

// A letter's life: a draft the clerk edits → (when the agency asks for it) sent to a supervisor and
// approved → issued: numbered, dated and frozen. An issued letter may be cancelled (作废); it keeps
// its number. A draft no one wants is discarded. Any edit after approval needs a new approval.

export const LETTER_STATUSES = ['draft', 'submitted', 'approved', 'issued', 'cancelled', 'discarded'] as const;
export type LetterStatus = (typeof LETTER_STATUSES)[number];

export const LETTER_STATUS_LABELS: Record<LetterStatus, string> = {
  draft: '草稿',
  submitted: '待审批',
  approved: '已审批',
  issued: '已发出',
  cancelled: '已作废',
  discarded: '已删除',
};

/** OGI 33 ¶2: an extension needs the head's approval whatever the agency's setting. */
export function approvalRequired(kind: LetterKind, setting: Readonly<Partial<Record<LetterKind, boolean>>>): boolean {
  return kind === 'extension' || setting[kind] === true;
}

export function isEditable(status: LetterStatus): boolean {
  return status === 'draft' || status === 'submitted' || status === 'approved';
}

/** Why the letter cannot be issued now, or null. */
export function issueBlocker(status: LetterStatus, needsApproval: boolean): string | null {
  if (status === 'issued') return '该文书已经发出，不能重复发文。';
  if (status === 'cancelled' || status === 'discarded') return '该文书已作废或已删除，不能发出。';
  if (needsApproval && status !== 'approved') {
    return status === 'submitted' ? '该文书尚未经负责人审批，审批通过后才能发出。' : '本机关规定此类文书须经负责人审批：请先送审，审批通过后再发出。';
  }
  return null;
}

export function submitBlocker(status: LetterStatus, needsApproval: boolean): string | null {
  if (!needsApproval) return '此类文书无需审批，可以直接发出。';
  if (status === 'submitted') return '该文书已送审，正在等待负责人审批。';
  if (status === 'approved') return '该文书已审批通过，可以发出。';
  if (status !== 'draft') return '只有草稿可以送审。';
  return null;
}

export function decisionBlocker(status: LetterStatus): string | null {
  return status === 'submitted' ? null : '该文书不在待审批状态（可能已被修改、退回或审批），请刷新页面。';
}
