import { z } from 'zod';
import { ROLE_CODES } from '../roles';
import { passwordProblem } from '../password-rules';
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

export const password = z
  .string({ error: '请填写密码。' })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

export const role = choice(ROLE_CODES, '请选择角色：登记员、负责人或管理员。');

export const newUserSchema = z.object({
  username,
  displayName: requiredText(50, '姓名'),
  role,
  password,
});
export type NewUserInput = z.infer<typeof newUserSchema>;

export const resetPasswordSchema = z.object({ password });
export const changeRoleSchema = z.object({ role });
