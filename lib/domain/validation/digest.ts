import { z } from 'zod';

// A user's own e-mail reminder settings (我的账号): the address and whether to get the morning digest.

export const digestSettingsSchema = z
  .object({
    email: z
      .string()
      .trim()
      .max(200, '电子邮箱不能超过200个字符')
      .transform((v) => v || null)
      .pipe(z.email('电子邮箱格式不正确，如 wangfang@example.gov.cn').nullable()),
    digest: z.literal(['on', '']).optional().transform((v) => v === 'on'),
  })
  .refine((s) => !s.digest || s.email !== null, { path: ['email'], message: '要接收待办提醒邮件，请填写电子邮箱' });

export type DigestSettings = z.infer<typeof digestSettingsSchema>;
