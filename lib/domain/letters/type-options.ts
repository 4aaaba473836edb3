import { OUTCOME_GROUPS } from '../categories';
import { LETTER_TYPES } from './letter-types';

// The letter types as the "起草文书" list offers them: procedural notices first, then the replies
// grouped as table 三 groups the outcomes.

export type TypeOptionGroup = { label: string; options: { value: string; label: string }[] };

export function letterTypeGroups(settings: { closingNoticeNoCorrection: boolean; closingNoticeFeeUnpaid: boolean }): TypeOptionGroup[] {
  const hidden = (notice: string | undefined) => (notice === 'noCorrection' && !settings.closingNoticeNoCorrection) || (notice === 'feeUnpaid' && !settings.closingNoticeFeeUnpaid);
  const procedural = LETTER_TYPES.filter((t) => t.kind !== 'reply').map((t) => ({ value: t.key, label: t.label }));
  const replies = OUTCOME_GROUPS.map((g) => ({
    label: `答复告知书：${g.label.replace(/\(区分处理的.*\)$/, '')}`,
    options: LETTER_TYPES.filter((t) => t.kind === 'reply' && g.items.some((i) => i.code === t.outcome) && !hidden(t.optionalNotice)).map((t) => ({
      value: t.key,
      label: t.label.replace(/\(区分处理的.*\)/, '').replace(/^\([一二三四五六]\)/, '').replace(/^.*\//, ''),
    })),
  })).filter((g) => g.options.length > 0);
  return [{ label: '程序性文书', options: procedural }, ...replies];
}
