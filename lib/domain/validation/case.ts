import { z } from 'zod';
import { APPLICANT_TYPE_CODES, CHANNELS, DELIVERY_METHODS, ID_TYPES, OUTCOME_CODES } from '../categories';
import { CASE_NO_MAX_LENGTH, isWellFormedCaseNo } from '../case-number';
import { formatChineseDate } from '../dates';
import { choice, isoDate, optionalChoice, optionalText, requiredText } from './form-values';

const caseNoSchema = requiredText(CASE_NO_MAX_LENGTH, '申请编号').refine(isWellFormedCaseNo, '申请编号不能包含空格或控制字符。');

const channelCodes = CHANNELS.map((c) => c.code);
const deliveryCodes = DELIVERY_METHODS.map((d) => d.code);

/** The fields a clerk types when registering or editing an application. */
export function caseFieldsSchema(today: string) {
  return z.object({
    caseNo: caseNoSchema,
    receivedOn: isoDate('收到日期', { notAfter: { date: today, message: `收到日期不能晚于今天（${formatChineseDate(today)}）。` } }),
    channel: choice(channelCodes, '请选择申请方式。'),
    applicantType: choice(APPLICANT_TYPE_CODES, '请选择申请人类型。'),
    applicantName: requiredText(200, '申请人姓名或名称'),
    idType: optionalChoice(ID_TYPES, '请选择有效的证件类型。'),
    idNumber: optionalText(40, '证件号码').refine((s) => s === null || /^[0-9A-Za-z()（）-]+$/.test(s), '证件号码只能包含字母、数字、括号和连字符。'),
    phone: optionalText(40, '联系电话').refine((s) => s === null || /^[0-9+\-() 转]+$/.test(s), '联系电话只能包含数字、空格、+、-、括号和“转”。'),
    email: optionalText(200, '电子邮箱').refine((s) => s === null || z.email().safeParse(s).success, '电子邮箱格式不正确，例如 name@example.com。'),
    address: optionalText(300, '通信地址'),
    content: requiredText(5000, '申请内容'),
    deliveryMethod: optionalChoice(deliveryCodes, '请选择有效的获取方式。'),
    handlerId: z
      .string()
      .optional()
      .transform((s) => (s ? Number(s) : null))
      .refine((n) => n === null || (Number.isInteger(n) && n > 0), '请选择有效的承办人。'),
    notes: optionalText(2000, '备注'),
    relatedCaseNo: optionalText(CASE_NO_MAX_LENGTH, '关联申请编号'),
  });
}
export type CaseFields = z.infer<ReturnType<typeof caseFieldsSchema>>;

export const versionSchema = z
  .string({ error: '缺少版本号，请刷新页面后重试。' })
  .transform((s) => Number(s))
  .refine((n) => Number.isInteger(n) && n > 0, '缺少版本号，请刷新页面后重试。');

/** Closing: the outcome, the reply date (not before receipt, not in the future) and its document number. */
export function closeCaseSchema(receivedOn: string, today: string) {
  return z.object({
    outcome: choice(OUTCOME_CODES, '请选择办理结果（按统计表的 21 项之一）。'),
    repliedOn: isoDate('答复日期', {
      notBefore: { date: receivedOn, message: `答复日期不能早于收到申请日期（${formatChineseDate(receivedOn)}）。` },
      notAfter: { date: today, message: `答复日期不能晚于今天（${formatChineseDate(today)}）。` },
    }),
    replyDocNo: optionalText(100, '答复文号'),
    version: versionSchema,
  });
}
export type CloseCaseInput = z.infer<ReturnType<typeof closeCaseSchema>>;

export const reopenCaseSchema = z.object({
  reason: requiredText(500, '重新打开的理由'),
  version: versionSchema,
});
