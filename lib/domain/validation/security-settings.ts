import { z } from 'zod';
import { PASSWORD_POLICY_BOUNDS } from '../password-rules';
import { IDLE_MINUTES_BOUNDS } from '../session-rules';

function wholeNumber(label: string, { min, max }: { min: number; max: number }) {
  return z
    .string({ error: `请填写${label}。` })
    .transform((s) => s.trim())
    .pipe(
      z
        .string()
        .min(1, { error: `请填写${label}。`, abort: true })
        .regex(/^\d{1,4}$/, { error: `${label}请填写整数。`, abort: true })
        .transform(Number)
        .pipe(z.number().min(min, `${label}不能小于 ${min}。`).max(max, `${label}不能大于 ${max}。`)),
    );
}

export const securitySettingsSchema = z.object({
  minLength: wholeNumber('密码最短长度', PASSWORD_POLICY_BOUNDS.minLength),
  minClasses: wholeNumber('字符类别数', PASSWORD_POLICY_BOUNDS.minClasses),
  maxAgeDays: wholeNumber('密码有效期', PASSWORD_POLICY_BOUNDS.maxAgeDays),
  historyCount: wholeNumber('不得重复使用的近期密码个数', PASSWORD_POLICY_BOUNDS.historyCount),
  idleMinutes: wholeNumber('无操作自动退出时间', IDLE_MINUTES_BOUNDS),
});
export type SecuritySettingsInput = z.infer<typeof securitySettingsSchema>;
