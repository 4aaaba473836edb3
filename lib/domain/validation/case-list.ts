// The case list's own forms: saving the current filters under a name, and reassigning the ticked
// cases (each ticked box carries "id:version", the version the list showed).
import { z } from 'zod';
import { SAVED_FILTER_NAME_MAX } from '../case-list/saved-filters';

export const savedFilterSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, '请为筛选起一个名称。')
    .refine((s) => [...s].length <= SAVED_FILTER_NAME_MAX, `名称不能超过 ${SAVED_FILTER_NAME_MAX} 个字。`),
  query: z.string().max(1000, '筛选条件过长。'),
});

const ticked = z.string().regex(/^[1-9]\d{0,14}:[1-9]\d{0,9}$/, '所选申请有误，请刷新页面后重新勾选。');

export const reassignSchema = z.object({
  handlerId: z.string().regex(/^[1-9]\d{0,9}$/, '请选择要改派给的承办人。').transform(Number),
  cases: z
    .array(ticked)
    .min(1, '请先勾选要改派的申请。')
    .transform((items) => items.map((s) => ({ id: Number(s.split(':')[0]), version: Number(s.split(':')[1]) }))),
});
