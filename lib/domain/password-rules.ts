// Password rules (等保 2.0 第三级 身份鉴别: complexity and periodic change). The administrator sets
// them under 安全设置; the defaults meet level 3 and the floors keep them from being set weaker
// than a minimum any assessor would accept.

export type PasswordPolicy = {
  minLength: number;
  /** How many of the four classes (upper case, lower case, digits, symbols) a password needs. */
  minClasses: number;
  /** Days after which a password must be changed; 0 = no maximum age. */
  maxAgeDays: number;
  /** A new password may not equal any of the last N passwords of the account (current one included). */
  historyCount: number;
};

export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = { minLength: 8, minClasses: 3, maxAgeDays: 90, historyCount: 5 };

export const PASSWORD_POLICY_BOUNDS: Record<keyof PasswordPolicy, { min: number; max: number }> = {
  minLength: { min: 8, max: 64 },
  minClasses: { min: 2, max: 4 },
  maxAgeDays: { min: 0, max: 365 },
  historyCount: { min: 0, max: 24 },
};

export const PASSWORD_MAX_LENGTH = 128;

const CLASSES: { label: string; test: (ch: string) => boolean }[] = [
  { label: '大写字母', test: (ch) => ch >= 'A' && ch <= 'Z' },
  { label: '小写字母', test: (ch) => ch >= 'a' && ch <= 'z' },
  { label: '数字', test: (ch) => ch >= '0' && ch <= '9' },
  // Anything else, Chinese characters included, counts as a symbol.
  { label: '符号', test: (ch) => !/[A-Za-z0-9]/.test(ch) },
];

/** How many of the four character classes a password uses. */
export function characterClasses(password: string): number {
  const chars = [...password];
  return CLASSES.filter((c) => chars.some(c.test)).length;
}

/** A Chinese message saying what to fix, or null when the password is acceptable. */
export function passwordProblem(password: string, policy: PasswordPolicy = DEFAULT_PASSWORD_POLICY): string | null {
  const length = [...password].length;
  if (length < policy.minLength) return `密码至少需要 ${policy.minLength} 个字符。`;
  if (length > PASSWORD_MAX_LENGTH) return `密码不能超过 ${PASSWORD_MAX_LENGTH} 个字符。`;
  const classes = characterClasses(password);
  if (classes < policy.minClasses) {
    return `密码需包含大写字母、小写字母、数字、符号中的至少 ${policy.minClasses} 类（现在只有 ${classes} 类），例如 Spring-2026。`;
  }
  return null;
}

/** The rules in one sentence, for the hint under a password field. */
export function passwordRulesText(policy: PasswordPolicy): string {
  const parts = [`至少 ${policy.minLength} 个字符`, `包含大写字母、小写字母、数字、符号中的至少 ${policy.minClasses} 类`];
  if (policy.historyCount > 0) parts.push(`不能与最近 ${policy.historyCount} 次使用过的密码相同`);
  return `${parts.join('，')}。`;
}

/** Whether a password set at `changedAt` has outlived the maximum age at `now`. */
export function passwordExpired(changedAt: Date, now: Date, policy: PasswordPolicy): boolean {
  if (policy.maxAgeDays <= 0) return false;
  return now.getTime() - changedAt.getTime() >= policy.maxAgeDays * 86_400_000;
}
