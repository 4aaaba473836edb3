import { z } from 'zod';
import { ROLE_CODES } from '../roles';
import { DEFAULT_PASSWORD_POLICY, PASSWORD_MAX_LENGTH, passwordProblem, type PasswordPolicy } from '../password-rules';
import { SIGN_IN_PASSWORD_MAX, SIGN_IN_USERNAME_MAX } from '../lockout';
import { choice, requiredText } from './form-values';

export const USERNAME_RE = /^[A-Za-z0-9_.-]{3,32}$/;

export const username = z
  .string({ error: '请填写用户名。' })
  .transform((s) => s.trim())
  .pipe(
    z
      .string()
      .min(1, { error: '请填写用户名。', abort: true })
      .regex(USERNAME_RE, '用户名须为 3–32 位字母、数字、下划线、点或连字符，例如 zhang.wei。'),
  );

/** A new password under the administrator's rules (reuse of old ones is checked by the data layer). */
export function passwordUnder(policy: PasswordPolicy) {
  return z.string({ error: '请填写密码。' }).superRefine((value, ctx) => {
    const problem = passwordProblem(value, policy);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

export const password = passwordUnder(DEFAULT_PASSWORD_POLICY);

export const role = choice(ROLE_CODES, '请选择角色：登记员、负责人、管理员或审计员。');

export function newUserSchemaFor(policy: PasswordPolicy) {
  return z.object({ username, displayName: requiredText(50, '姓名'), role, password: passwordUnder(policy) });
}
export const newUserSchema = newUserSchemaFor(DEFAULT_PASSWORD_POLICY);
export type NewUserInput = z.infer<typeof newUserSchema>;

export const resetPasswordSchemaFor = (policy: PasswordPolicy) => z.object({ password: passwordUnder(policy) });
export const resetPasswordSchema = resetPasswordSchemaFor(DEFAULT_PASSWORD_POLICY);
export const changeRoleSchema = z.object({ role });

/** The user's own change: the current password, the new one twice. */
export function changeOwnPasswordSchemaFor(policy: PasswordPolicy) {
  return z
    .object({
      currentPassword: z
        .string({ error: '请填写当前密码。' })
        .min(1, '请填写当前密码。')
        .max(PASSWORD_MAX_LENGTH, `密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符。`),
      newPassword: passwordUnder(policy),
      confirmPassword: z.string({ error: '请再次输入新密码。' }),
    })
    .superRefine((v, ctx) => {
      if (v.confirmPassword !== v.newPassword) ctx.addIssue({ code: 'custom', path: ['confirmPassword'], message: '两次输入的新密码不一致，请重新输入。' });
    });
}

/** What the sign-in form accepts at all: bounded before anything is looked up or stored. */
export const signInSchema = z.object({
  username: z
    .string({ error: '请填写用户名。' })
    .transform((s) => s.trim())
    .pipe(z.string().min(1, { error: '请填写用户名。', abort: true }).max(SIGN_IN_USERNAME_MAX, `用户名不能超过 ${SIGN_IN_USERNAME_MAX} 个字符。`)),
  password: z.string({ error: '请填写密码。' }).min(1, { error: '请填写密码。', abort: true }).max(SIGN_IN_PASSWORD_MAX, `密码不能超过 ${SIGN_IN_PASSWORD_MAX} 个字符。`),
});

/** A code from the authenticator app (6 digits) or a recovery code (XXXXX-XXXXX). */
export const secondFactorCodeSchema = z.object({
  code: z
    .string({ error: '请填写验证码。' })
    .transform((s) => s.replace(/\s/g, ''))
    .pipe(z.string().min(1, { error: '请填写验证码。', abort: true }).max(20, '验证码不能超过 20 个字符：请输入 6 位动态验证码或恢复码。')),
});
