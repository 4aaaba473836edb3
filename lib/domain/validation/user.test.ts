import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { changeRoleSchema, newUserSchema, resetPasswordSchema } from './user';

const VALID = { username: 'zhang.wei', displayName: '张伟', role: 'clerk', password: 'Passw0rd' };

function fieldErrors(schema: z.ZodType, input: Record<string, unknown>) {
  const r = schema.safeParse(input);
  if (r.success) throw new Error('expected a validation failure');
  return z.flattenError(r.error).fieldErrors as Record<string, string[] | undefined>;
}

const USERNAME_MESSAGE = '用户名须为 3–32 位字母、数字、下划线、点或连字符，例如 zhang.wei。';
const ROLE_MESSAGE = '请选择角色：登记员、负责人或管理员。';

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
    ['password', '密码需同时包含字母和数字。'],
    ['12345678', '密码需同时包含字母和数字。'],
    ['密码密码密码密码1', '密码需同时包含字母和数字。'],
    ['a1'.repeat(64) + 'x', '密码不能超过 128 个字符。'],
  ])('refuses the weak password %j', (password, message) => {
    expect(fieldErrors(newUserSchema, { ...VALID, password })).toEqual({ password: [message] });
  });

  it('accepts a password of exactly 8 and of exactly 128 characters, keeping spaces', () => {
    expect(newUserSchema.parse({ ...VALID, password: 'abcdefg1' }).password).toBe('abcdefg1');
    expect(newUserSchema.parse({ ...VALID, password: 'a1'.repeat(64) }).password).toHaveLength(128);
    expect(newUserSchema.parse({ ...VALID, password: ' pass w0rd ' }).password).toBe(' pass w0rd ');
  });

  it.each(['clerk', 'supervisor', 'admin'])('accepts the role %s', (role) => {
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
    expect(fieldErrors(resetPasswordSchema, { password: 'short1' })).toEqual({ password: ['密码至少需要 8 个字符。'] });
    expect(fieldErrors(resetPasswordSchema, {})).toEqual({ password: ['请填写密码。'] });
  });

  it('accepts only the three roles', () => {
    expect(changeRoleSchema.parse({ role: 'supervisor' })).toEqual({ role: 'supervisor' });
    expect(fieldErrors(changeRoleSchema, { role: 'superuser' })).toEqual({ role: [ROLE_MESSAGE] });
  });
});
