import { z } from 'zod';
import { CASE_NO_PATTERN_MAX_LENGTH, casePatternProblem } from '../case-number';
import { positiveInt, requiredText } from './form-values';

export const settingsSchema = z.object({
  agencyName: requiredText(100, '机关名称'),
  caseNoPattern: requiredText(CASE_NO_PATTERN_MAX_LENGTH, '编号规则').superRefine((value, ctx) => {
    const problem = casePatternProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }),
  dueSoonDays: positiveInt('即将到期提醒天数', 20),
});
