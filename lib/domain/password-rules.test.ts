import { describe, expect, it } from 'vitest';
import { characterClasses, DEFAULT_PASSWORD_POLICY, passwordExpired, passwordProblem, passwordRulesText } from './password-rules';

describe('the default rules meet 等保 level 3', () => {
  it('are at least 8 characters, 3 of 4 classes, 90 days, the last 5 not reused', () => {
    expect(DEFAULT_PASSWORD_POLICY).toEqual({ minLength: 8, minClasses: 3, maxAgeDays: 90, historyCount: 5 });
  });
});

describe('characterClasses', () => {
  it.each([
    ['abcdefgh', 1],
    ['abcd1234', 2],
    ['Abcd1234', 3],
    ['Abcd-234', 4],
    ['密码密码1234', 2],
    ['', 0],
  ])('%j uses %i classes', (password, n) => {
    expect(characterClasses(password)).toBe(n);
  });
});

describe('passwordProblem', () => {
  it('asks for the length first, then the classes, with a Chinese message that says what to fix', () => {
    expect(passwordProblem('Ab1-')).toBe('密码至少需要 8 个字符。');
    expect(passwordProblem('abcd1234')).toBe('密码需包含大写字母、小写字母、数字、符号中的至少 3 类（现在只有 2 类），例如 Spring-2026。');
    expect(passwordProblem('Abcd1234')).toBeNull();
    expect(passwordProblem('Demo-2024')).toBeNull();
    expect(passwordProblem('a1B'.repeat(43))).toBe('密码不能超过 128 个字符。');
  });

  it('counts characters, not bytes, against the minimum', () => {
    expect(passwordProblem('密码Ab12', { ...DEFAULT_PASSWORD_POLICY, minLength: 6 })).toBeNull();
    expect(passwordProblem('密码Ab1', { ...DEFAULT_PASSWORD_POLICY, minLength: 6 })).toBe('密码至少需要 6 个字符。');
  });

  it('follows a stricter policy', () => {
    const strict = { ...DEFAULT_PASSWORD_POLICY, minLength: 12, minClasses: 4 };
    expect(passwordProblem('Abcd1234-xyz', strict)).toBeNull();
    expect(passwordProblem('Abcd1234xyzw', strict)).toContain('至少 4 类（现在只有 3 类）');
  });
});

describe('passwordExpired', () => {
  const set = new Date('2026-01-01T00:00:00Z');
  it('expires after exactly the maximum age', () => {
    expect(passwordExpired(set, new Date('2026-03-31T23:59:59Z'), DEFAULT_PASSWORD_POLICY)).toBe(false);
    expect(passwordExpired(set, new Date('2026-04-01T00:00:00Z'), DEFAULT_PASSWORD_POLICY)).toBe(true);
  });
  it('never expires with a maximum age of 0', () => {
    expect(passwordExpired(set, new Date('2036-01-01T00:00:00Z'), { ...DEFAULT_PASSWORD_POLICY, maxAgeDays: 0 })).toBe(false);
  });
});

describe('passwordRulesText', () => {
  it('states the rules in one sentence', () => {
    expect(passwordRulesText(DEFAULT_PASSWORD_POLICY)).toBe('至少 8 个字符，包含大写字母、小写字母、数字、符号中的至少 3 类，不能与最近 5 次使用过的密码相同。');
    expect(passwordRulesText({ ...DEFAULT_PASSWORD_POLICY, historyCount: 0 })).toBe('至少 8 个字符，包含大写字母、小写字母、数字、符号中的至少 3 类。');
  });
});
