// Reads the step columns of one register row (INTERFACES §1): each cell on its own (a date, an
// extension of 1–20 working days, an amount in yuan) and which cells need which (a payment needs
// its fee notice). Whether the steps fit the case and each other is checked by checkStepEvents,
// with the rules of the case page.
import type { IsoDate } from '../dates';
import { MAX_EXTENSION_WORKING_DAYS } from '../clock/validate-event';
import type { RegisterColumnKey } from './register-columns';
import type { RegisterSteps } from './register-steps';
import { LIST_SEPARATORS } from './register-steps';
import { listItems, type RowReader } from './row-reader';

type Reader = RowReader<RegisterColumnKey>;

const MAX_AMOUNT = 10_000_000;

function readExtensionDays(r: Reader): number | null {
  const text = r.text('extensionDays');
  if (text === '') return null;
  const digits = text.normalize('NFKC').replace(/\s+/g, '').replace(/(个?工作日|天)$/, '');
  const days = /^\d{1,3}(\.0+)?$/.test(digits) ? Number(digits) : NaN;
  if (!(days >= 1 && days <= MAX_EXTENSION_WORKING_DAYS)) {
    r.report('extensionDays', `延期工作日应为 1 至 ${MAX_EXTENSION_WORKING_DAYS} 之间的整数（条例第三十三条：延长答复期限最长不超过 20 个工作日），文件中为“${text}”`);
    return null;
  }
  return days;
}

function amountItems(text: string): string[] {
  const items = text.split(LIST_SEPARATORS).map((s) => s.trim());
  while (items.length && items[items.length - 1] === '') items.pop();
  return items;
}

/** Amounts in yuan, one per fee notice; an empty item between separators is a notice without an amount. */
function readAmounts(r: Reader): (number | null)[] | null {
  const amounts: (number | null)[] = [];
  for (const item of amountItems(r.text('feeAmount'))) {
    if (item === '') {
      amounts.push(null);
      continue;
    }
    const plain = item.normalize('NFKC').replace(/[,\s]/g, '').replace(/元$/, '');
    const amount = /^\d+(\.\d{1,2})?$/.test(plain) ? Number(plain) : NaN;
    if (!(amount >= 0 && amount <= MAX_AMOUNT)) {
      r.report('feeAmount', `收费金额应为以元为单位的数字，如 100 或 12.5，文件中为“${item}”`);
      return null;
    }
    amounts.push(amount);
  }
  return amounts;
}

/** A cell that needs another one: the problem goes on the cell that has nothing to lean on. */
function needs(r: Reader, key: RegisterColumnKey, other: RegisterColumnKey, message: string): boolean {
  if (r.text(key) === '' || r.text(other) !== '') return true;
  r.report(key, message);
  return false;
}

/** More items than the column they pair with (several consultations are listed in order, one per item). */
function pairs(r: Reader, key: RegisterColumnKey, other: RegisterColumnKey): boolean {
  const mine = (key === 'feeAmount' ? amountItems(r.text(key)) : listItems(r.text(key))).length;
  const theirs = listItems(r.text(other)).length;
  if (r.text(key) === '' || r.text(other) === '' || mine <= theirs) return true;
  r.report(key, `本列有 ${mine} 项，“${r.header(other)}”只有 ${theirs} 项。多次${key === 'consultationAnsweredOn' ? '征求意见' : '收费'}的，请按先后顺序一一对应填写，用“；”分隔`);
  return false;
}

/** The row's steps, or null when a step cell is wrong (every problem reported). */
export function readSteps(r: Reader, today: IsoDate): RegisterSteps | null {
  const correctionNoticeOn = r.dateField('correctionNoticeOn', { today });
  const correctionReceivedOn = r.dateField('correctionReceivedOn', { today });
  const sent = r.dateListField('consultationSentOn', { today });
  const answered = r.dateListField('consultationAnsweredOn', { today });
  const notices = r.dateListField('feeNoticeOn', { today });
  const paid = r.dateListField('feePaidOn', { today });
  const amounts = readAmounts(r);
  const days = readExtensionDays(r);
  const notifiedOn = r.dateField('extensionNotifiedOn', { today });

  const checks = [
    needs(r, 'correctionReceivedOn', 'correctionNoticeOn', '填写了补正收到日期，须同时填写补正告知日期（先通知补正，才有补正后的申请）'),
    needs(r, 'consultationAnsweredOn', 'consultationSentOn', '填写了征求意见答复日期，须同时填写征求意见日期'),
    pairs(r, 'consultationAnsweredOn', 'consultationSentOn'),
    needs(r, 'feePaidOn', 'feeNoticeOn', '填写了缴费日期，须同时填写收费通知日期（先发出收费通知，申请人才能缴费）'),
    pairs(r, 'feePaidOn', 'feeNoticeOn'),
    needs(r, 'feeAmount', 'feeNoticeOn', '填写了收费金额，须同时填写收费通知日期'),
    pairs(r, 'feeAmount', 'feeNoticeOn'),
    needs(r, 'extensionDays', 'extensionNotifiedOn', '填写了延期工作日，须同时填写延期告知日期（批准延期后告知申请人之日）'),
    needs(r, 'extensionNotifiedOn', 'extensionDays', '填写了延期告知日期，须同时填写延期工作日（1 至 20）'),
  ];
  // A cell that could not be read has been reported; the row is then refused as a whole.
  if (checks.includes(false) || !sent || !answered || !notices || !paid || !amounts) return null;

  return {
    correction: correctionNoticeOn ? { noticeOn: correctionNoticeOn, receivedOn: correctionReceivedOn } : null,
    consultations: sent.map((sentOn, i) => ({ sentOn, answeredOn: answered[i] ?? null })),
    fees: notices.map((noticeOn, i) => ({ noticeOn, paidOn: paid[i] ?? null, amount: amounts[i] ?? null })),
    extension: days && notifiedOn ? { days, notifiedOn } : null,
  };
}
