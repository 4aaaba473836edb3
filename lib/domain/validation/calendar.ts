import { z } from 'zod';
import { isoDate, requiredText } from './form-values';

export const addYearSchema = z.object({
  year: z
    .string({ error: '请填写年份。' })
    .transform((s) => s.trim())
    .refine((s) => /^\d{4}$/.test(s) && +s >= 2019 && +s <= 2100, '年份应为 2019 至 2100 之间的四位数字。')
    .transform(Number),
  source: requiredText(300, '通知名称及文号'),
  days: z.string({ error: '请填写放假和调休安排。' }),
});

export const setDaySchema = z.object({
  date: isoDate('日期'),
  kind: z.enum(['off', 'work', 'normal'], { error: '请选择放假、调休上班或恢复正常。' }),
  name: z
    .string()
    .optional()
    .transform((s) => (s ?? '').trim())
    .pipe(z.string().max(20, '名称不能超过 20 个字。')),
});
