// Case numbers (申请编号) come from an agency-configurable pattern. Tokens:
//   {YYYY} four-digit year, {YY} two-digit year, {MM} month, {####} the sequence, zero-padded to
//   the number of # signs. Example: 'HRSS-{YYYY}-{####}' → 'HRSS-2024-0001'.

export const DEFAULT_CASE_NO_PATTERN = '{YYYY}-{####}';

/**
 * What any case number must be, however it arrives (the form, a register file, a review file): at
 * most 50 characters, without spaces or control characters, so a number imported from a file can
 * always be edited in the form later.
 */
export const CASE_NO_MAX_LENGTH = 50;
const CASE_NO_CHARACTERS = /^[^\s\p{Cc}]+$/u;

export function isWellFormedCaseNo(caseNo: string): boolean {
  return CASE_NO_CHARACTERS.test(caseNo);
}

export const CASE_NO_PATTERN_MAX_LENGTH = 40;
const SEQ_RE = /\{(#+)\}/g;
const DATE_TOKENS: Record<string, (date: string) => string> = {
  '{YYYY}': (date) => date.slice(0, 4),
  '{YY}': (date) => date.slice(2, 4),
  '{MM}': (date) => date.slice(5, 7),
};

export function casePatternProblem(pattern: string): string | null {
  const trimmed = pattern.trim();
  if (!trimmed) return '请填写编号规则。';
  if (trimmed.length > CASE_NO_PATTERN_MAX_LENGTH) return `编号规则不能超过 ${CASE_NO_PATTERN_MAX_LENGTH} 个字符。`;
  const seqs = trimmed.match(SEQ_RE) ?? [];
  if (seqs.length !== 1) return '编号规则必须恰好包含一个序号占位符，例如 {####}。';
  if (/\s/.test(trimmed)) return '编号规则不能包含空格。';
  const unknown = trimmed.replace(SEQ_RE, '').match(/\{[^}]*\}/g)?.filter((t) => !Object.hasOwn(DATE_TOKENS, t));
  if (unknown && unknown.length) return `不认识的占位符：${unknown.join('、')}。可用 {YYYY}、{YY}、{MM} 和 {####}。`;
  if (/[{}]/.test(fillDate(trimmed.replace(SEQ_RE, ''), '0000-00-00'))) return '编号规则中有不成对的大括号，请检查 { 和 }。';
  return null;
}

function fillDate(pattern: string, date: string): string {
  return Object.entries(DATE_TOKENS).reduce((text, [token, part]) => text.replaceAll(token, part(date)), pattern);
}

/** The part before and after the sequence for a date, and the sequence's width. */
export function caseNoParts(pattern: string, date: string): { prefix: string; suffix: string; width: number } {
  const filled = fillDate(pattern.trim(), date);
  const match = new RegExp(SEQ_RE.source).exec(filled);
  if (!match) throw new Error(`invalid case number pattern: ${pattern}`);
  return { prefix: filled.slice(0, match.index), suffix: filled.slice(match.index + match[0].length), width: match[1].length };
}

/** The sequence a number carries under the pattern for that date, or null if it does not fit. */
export function sequenceOf(caseNo: string, parts: { prefix: string; suffix: string }): number | null {
  if (!caseNo.startsWith(parts.prefix) || !caseNo.endsWith(parts.suffix)) return null;
  const middle = caseNo.slice(parts.prefix.length, caseNo.length - parts.suffix.length);
  return /^\d+$/.test(middle) ? Number(middle) : null;
}

/** The next number after the highest existing sequence among `existing` numbers. */
export function nextCaseNo(pattern: string, date: string, existing: string[]): string {
  const parts = caseNoParts(pattern, date);
  let max = 0;
  for (const no of existing) {
    const seq = sequenceOf(no, parts);
    if (seq !== null && seq > max) max = seq;
  }
  return parts.prefix + String(max + 1).padStart(parts.width, '0') + parts.suffix;
}
