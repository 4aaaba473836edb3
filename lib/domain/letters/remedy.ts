import type { LetterKind } from './letter-types';
import type { RemedyKind } from './outcome-rules';

// The remedy statement (救济途径, LETTERS.md §3). It names the 复议机关 and the 60-day period
// (复议法 20); R2 adds that reconsideration comes first (复议法 23(1)(4)). A procedural notice that
// states R1 (agency setting) names itself, not "本答复".

const SUBJECT: Record<LetterKind, string> = {
  reply: '本答复',
  receipt: '本回执',
  correction: '本告知书',
  consultation: '本告知书',
  extension: '本告知书',
  fee: '本通知书',
};

export function remedyStatement(kind: RemedyKind, reconsiderationBody: string, letterKind: LetterKind = 'reply'): string {
  if (kind === 'R0') return '';
  if (kind === 'R2') {
    return `根据《中华人民共和国行政复议法》第二十三条第一款第（四）项的规定，如对本答复不服，应当先自收到本答复之日起六十日内向${reconsiderationBody}申请行政复议；对行政复议决定不服的，可以自收到行政复议决定书之日起十五日内依法向人民法院提起行政诉讼。`;
  }
  const subject = SUBJECT[letterKind];
  return `如对${subject}不服，可以自收到${subject}之日起六十日内向${reconsiderationBody}申请行政复议，或者自收到${subject}之日起六个月内依法向人民法院提起行政诉讼。`;
}
