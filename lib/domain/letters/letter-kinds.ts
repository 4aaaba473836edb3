// The six kinds of letter, on their own so that a form which only lists them (公文设置) does not
// carry every letter type, outcome rule and legal citation into the browser.

export const LETTER_KINDS = ['receipt', 'correction', 'consultation', 'extension', 'fee', 'reply'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LETTER_KIND_LABELS: Record<LetterKind, string> = {
  receipt: '接收回执',
  correction: '补正告知书',
  consultation: '征求意见书',
  extension: '延长答复期限告知书',
  fee: '收费通知书',
  reply: '答复告知书',
};

export function isLetterKind(value: string): value is LetterKind {
  return (LETTER_KINDS as readonly string[]).includes(value);
}
