import { z } from 'zod';
import { clashingPatterns, docNoPatternProblem, usesAgencyShortName } from '../letters/doc-number';
import { LETTER_KINDS, LETTER_KIND_LABELS, type LetterKind } from '../letters/letter-types';
import { optionalText, positiveInt, requiredText } from './form-values';

// The agency's settings for letters (机关设置 → 公文设置). Checkboxes arrive only when ticked.

const checkbox = z
  .string()
  .optional()
  .transform((s) => s === 'on' || s === '1' || s === 'true');

const pattern = (kind: LetterKind) =>
  requiredText(60, `${LETTER_KIND_LABELS[kind]}文号规则`).superRefine((value, ctx) => {
    const problem = docNoPatternProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

const shape = {
  agencyShortName: optionalText(20, '机关简称').transform((s) => s ?? ''),
  reconsiderationBody: requiredText(100, '行政复议机关'),
  courtName: optionalText(100, '诉讼法院').transform((s) => s ?? ''),
  agencyContact: optionalText(300, '联系方式').transform((s) => s ?? ''),
  correctionPeriodDays: positiveInt('补正期限', 60),
  closingNoticeNoCorrection: checkbox,
  closingNoticeFeeUnpaid: checkbox,
  proceduralRemedy: checkbox,
  ...Object.fromEntries(LETTER_KINDS.map((k) => [`docNo_${k}`, pattern(k)])),
  ...Object.fromEntries(LETTER_KINDS.map((k) => [`approval_${k}`, checkbox])),
} as Record<string, z.ZodType>;

export const letterSettingsSchema = z.object(shape).superRefine((v, ctx) => {
  const patterns = Object.fromEntries(LETTER_KINDS.map((k) => [k, String(v[`docNo_${k}`] ?? '')])) as Record<LetterKind, string>;
  if (!v.agencyShortName && LETTER_KINDS.some((k) => usesAgencyShortName(patterns[k]))) {
    ctx.addIssue({ code: 'custom', path: ['agencyShortName'], message: '文号规则中使用了 {机关简称}，请填写机关简称（代字），例如“示人社”。' });
  }
  const clash = clashingPatterns(patterns, String(v.agencyShortName ?? ''));
  if (clash) {
    ctx.addIssue({ code: 'custom', path: [`docNo_${clash[1]}`], message: `与${LETTER_KIND_LABELS[clash[0]]}的文号规则相同，两类文书会编出相同的文号。请在规则中加入区分的字，例如“依补”“依复”。` });
  }
});
