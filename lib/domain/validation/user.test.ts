import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { changeOwnPasswordSchemaFor, changeRoleSchema, newUserSchema, newUserSchemaFor, resetPasswordSchema, secondFactorCodeSchema, signInSchema } from './user';
import { DEFAULT_PASSWORD_POLICY } from '../password-rules';

const VALID = { username: 'zhang.wei', displayName: '张伟', role: 'clerk', password: 'Passw0rd' };
const CLASSES = (n: number) => `密码需包含大写字母、小写字母、数字、符号中的至少 3 类（现在只有 ${n} 类），例如 Spring-2026。`;

function fieldErrors(schema: z.ZodType, input: Record<string, unknown>) {
  const r = schema.safeParse(input);
  if (r.success) throw new Error('expected a validation failure');
  return z.flattenError(r.error).fieldErrors as Record<string, string[] | undefined>;
}

const USERNAME_MESSAGE = '用户名须为 3–32 位字母、数字、下划线、点或连字符，例如 zhang.wei。';
const ROLE_MESSAGE = '请选择角色：登记员、负责人、管理员或审计员。';

describe('newUserSchema', () => {
  it('accepts a valid user', () => {
    expect(newUserSchema.parse(VALID)).toEqual(VALID);
  });

  it.each(['abc', 'a'.repeat(32), 'Zhang_Wei-2.x', '  li.na  '])('accepts the username %j (trimmed)', (username) => {
    expect(newUserSchema.parse({ ...VALID, username }).username).toBe(username.trim());
  });

  it.each(['ab', 'a'.repeat(33), '张伟', 'zhang wei', 'zhang@wei', "o'neil", 'admin;--'])('refuses the username %j', (username) => {
    expect(fieldErrors(newUserSchema, { ...VALID, username })).toEqual({ username: [USERNAME_MESSAGE] });
  });

  it('asks for a missing username', () => {
    // An empty username also fails the pattern check; the request to fill it in comes first.
    expect(fieldErrors(newUserSchema, { ...VALID, username: '  ' }).username?.[0]).toBe('请填写用户名。');
    const { username: _u, ...rest } = VALID;
    expect(fieldErrors(newUserSchema, rest)).toEqual({ username: ['请填写用户名。'] });
  });

  it.each([
    ['Pass1', '密码至少需要 8 个字符。'],
    ['', '密码至少需要 8 个字符。'],
    ['password', CLASSES(1)],
    ['12345678', CLASSES(1)],
    ['password1', CLASSES(2)],
    ['PASSWORD-', CLASSES(2)],
    ['密码密码密码密码1', CLASSES(2)],
    ['a1'.repeat(64) + 'x', '密码不能超过 128 个字符。'],
  ])('refuses the weak password %j', (password, message) => {
    expect(fieldErrors(newUserSchema, { ...VALID, password })).toEqual({ password: [message] });
  });

  it('accepts a password of exactly 8 and of exactly 128 characters, keeping spaces', () => {
    expect(newUserSchema.parse({ ...VALID, password: 'abcdefG1' }).password).toBe('abcdefG1');
    expect(newUserSchema.parse({ ...VALID, password: 'a1B'.repeat(42) + 'xy' }).password).toHaveLength(128);
    expect(newUserSchema.parse({ ...VALID, password: ' pass w0rd ' }).password).toBe(' pass w0rd ');
  });

  it.each(['clerk', 'supervisor', 'admin', 'auditor'])('accepts the role %s', (role) => {
    expect(newUserSchema.parse({ ...VALID, role }).role).toBe(role);
  });

  it.each(['root', 'Admin', '', '登记员'])('refuses the role %j', (role) => {
    expect(fieldErrors(newUserSchema, { ...VALID, role })).toEqual({ role: [ROLE_MESSAGE] });
  });

  it('needs a display name of at most 50 characters', () => {
    expect(fieldErrors(newUserSchema, { ...VALID, displayName: ' ' })).toEqual({ displayName: ['请填写姓名。'] });
    expect(fieldErrors(newUserSchema, { ...VALID, displayName: '名'.repeat(51) })).toEqual({ displayName: ['姓名不能超过 50 个字符。'] });
  });

  it('reports all fields of an empty form', () => {
    expect(Object.keys(fieldErrors(newUserSchema, {})).sort()).toEqual(['displayName', 'password', 'role', 'username']);
  });
});

describe('resetPasswordSchema and changeRoleSchema', () => {
  it('applies the password rules to a reset', () => {
    expect(resetPasswordSchema.parse({ password: 'N3wPassword' })).toEqual({ password: 'N3wPassword' });
    expect(fieldErrors(resetPasswordSchema, { password: 'Short1' })).toEqual({ password: ['密码至少需要 8 个字符。'] });
    expect(fieldErrors(resetPasswordSchema, {})).toEqual({ password: ['请填写密码。'] });
  });

  it('accepts only the four roles', () => {
    expect(changeRoleSchema.parse({ role: 'supervisor' })).toEqual({ role: 'supervisor' });
    expect(fieldErrors(changeRoleSchema, { role: 'superuser' })).toEqual({ role: [ROLE_MESSAGE] });
  });
});

describe('the administrator\'s password rules', () => {
  it('apply to a new user: a longer minimum, all four classes', () => {
    const strict = newUserSchemaFor({ ...DEFAULT_PASSWORD_POLICY, minLength: 12, minClasses: 4 });
    expect(fieldErrors(strict, { ...VALID, password: 'Passw0rd-1' })).toEqual({ password: ['密码至少需要 12 个字符。'] });
    expect(fieldErrors(strict, { ...VALID, password: 'Passw0rdPassw0rd' }).password?.[0]).toContain('至少 4 类（现在只有 3 类）');
    expect(strict.parse({ ...VALID, password: 'Passw0rd-Long' }).password).toBe('Passw0rd-Long');
  });
});

describe('changeOwnPasswordSchemaFor', () => {
  const schema = changeOwnPasswordSchemaFor(DEFAULT_PASSWORD_POLICY);
  it('needs the current password and the new one twice, the same', () => {
    expect(fieldErrors(schema, { currentPassword: '', newPassword: 'New-Pass-1', confirmPassword: 'New-Pass-2' })).toEqual({
      currentPassword: ['请填写当前密码。'],
      confirmPassword: ['两次输入的新密码不一致，请重新输入。'],
    });
    expect(schema.parse({ currentPassword: 'old', newPassword: 'New-Pass-1', confirmPassword: 'New-Pass-1' })).toMatchObject({ newPassword: 'New-Pass-1' });
  });
});

describe('signInSchema', () => {
  it('bounds what the sign-in form accepts, with a message per field', () => {
    expect(fieldErrors(signInSchema, { username: 'u'.repeat(65), password: 'p'.repeat(129) })).toEqual({
      username: ['用户名不能超过 64 个字符。'],
      password: ['密码不能超过 128 个字符。'],
    });
    expect(fieldErrors(signInSchema, { username: ' ', password: '' })).toEqual({ username: ['请填写用户名。'], password: ['请填写密码。'] });
    expect(signInSchema.parse({ username: ' clerk ', password: 'x' })).toEqual({ username: 'clerk', password: 'x' });
  });
});

describe('secondFactorCodeSchema', () => {
  it('takes a code with spaces removed, and refuses an empty or overlong one', () => {
    expect(secondFactorCodeSchema.parse({ code: ' 123 456 ' })).toEqual({ code: '123456' });
    expect(fieldErrors(secondFactorCodeSchema, { code: '' })).toEqual({ code: ['请填写验证码。'] });
    expect(fieldErrors(secondFactorCodeSchema, { code: '1'.repeat(21) }).code?.[0]).toContain('不能超过 20 个字符');
  });
});
