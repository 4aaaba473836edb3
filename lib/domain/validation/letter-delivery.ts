import { z } from 'zod';
import { formatChineseDate } from '../dates';
import { DELIVERY_METHOD_CODES } from '../letters/delivery';
import { choice, isoDate, optionalIsoDate, optionalText } from './form-values';

// A delivery record: 邮寄 needs its tracking number; dates are real and not in the future.

export function letterDeliverySchema(today: string) {
  return z
    .object({
      method: choice(DELIVERY_METHOD_CODES, '请选择送达方式。'),
      trackingNo: optionalText(60, '运单号'),
      sentOn: isoDate('送出日期', { notAfter: { date: today, message: `送出日期不能晚于今天（${formatChineseDate(today)}）。` } }),
      receivedOn: optionalIsoDate('签收日期'),
      note: optionalText(500, '备注'),
    })
    .superRefine((v, ctx) => {
      if (v.method === 'post' && !v.trackingNo) ctx.addIssue({ code: 'custom', path: ['trackingNo'], message: '邮寄送达请填写运单号（快递或挂号信单号）。' });
      if (v.receivedOn && v.receivedOn > today) ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: `签收日期不能晚于今天（${formatChineseDate(today)}）。` });
      if (v.receivedOn && v.receivedOn < v.sentOn) ctx.addIssue({ code: 'custom', path: ['receivedOn'], message: '签收日期不能早于送出日期。' });
    });
}
export type LetterDeliveryInput = z.infer<ReturnType<typeof letterDeliverySchema>>;

export function deliveryReceivedSchema(today: string) {
  return z.object({
    receivedOn: isoDate('签收日期', { notAfter: { date: today, message: `签收日期不能晚于今天（${formatChineseDate(today)}）。` } }),
  });
}
