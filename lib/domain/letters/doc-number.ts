import type { LetterKind } from './letter-types';

// 文号 patterns (LETTERS.md §5), one per kind of letter. Tokens: {机关简称} or {机关代字} the agency's
// short name, {YYYY} the year, {N} the sequence, {NNN} the sequence zero-padded to three digits.
// Both "〔2024〕12号" and "〔2024〕第012号" occur in practice: the pattern decides.

export const DEFAULT_DOC_NO_PATTERNS: Record<LetterKind, string> = {
  receipt: '{机关简称}依申收〔{YYYY}〕{N}号',
  correction: '{机关简称}依补〔{YYYY}〕{N}号',
  consultation: '{机关简称}依征〔{YYYY}〕{N}号',
  extension: '{机关简称}依延〔{YYYY}〕{N}号',
  fee: '{机关简称}依费〔{YYYY}〕{N}号',
  reply: '{机关简称}依复〔{YYYY}〕{N}号',
};

const SEQ_RE = /\{(N+)\}/g;
const NAME_TOKENS = ['{机关简称}', '{机关代字}'];

export function docNoPatternProblem(pattern: string): string | null {
  const p = pattern.trim();
  if (!p) return '请填写文号规则。';
  if (p.length > 60) return '文号规则不能超过 60 个字符。';
  if (/\s/.test(p)) return '文号规则不能包含空格。';
  if ((p.match(SEQ_RE) ?? []).length !== 1) return '文号规则必须恰好包含一个序号 {N}（或补零的 {NNN}）。';
  const rest = p.replace(SEQ_RE, '');
  const unknown = rest.match(/\{[^}]*\}/g)?.filter((t) => t !== '{YYYY}' && !NAME_TOKENS.includes(t));
  if (unknown?.length) return `不认识的占位符：${unknown.join('、')}。可用 {机关简称}、{YYYY}、{N} 和 {NNN}。`;
  if (/[{}]/.test(rest.replace(/\{YYYY\}|\{机关简称\}|\{机关代字\}/g, ''))) return '文号规则中有不成对的大括号，请检查 { 和 }。';
  return null;
}

export function usesAgencyShortName(pattern: string): boolean {
  return NAME_TOKENS.some((t) => pattern.includes(t));
}

export function formatDocNo(pattern: string, input: { shortName: string; year: number; seq: number }): string {
  return pattern
    .trim()
    .replaceAll('{机关简称}', input.shortName)
    .replaceAll('{机关代字}', input.shortName)
    .replaceAll('{YYYY}', String(input.year))
    .replace(SEQ_RE, (_m, ns: string) => String(input.seq).padStart(ns.length, '0'));
}

/**
 * Two kinds numbered from the same pattern would hand out the same 文号 twice (each kind counts
 * on its own): the pair that clash, or null.
 */
export function clashingPatterns(patterns: Record<LetterKind, string>, shortName: string): [LetterKind, LetterKind] | null {
  const seen = new Map<string, LetterKind>();
  for (const [kind, pattern] of Object.entries(patterns) as [LetterKind, string][]) {
    // {N} and {NNN} print the same number from 100 on.
    const sample = pattern.trim().replace(SEQ_RE, '#').replaceAll('{机关简称}', shortName).replaceAll('{机关代字}', shortName);
    const other = seen.get(sample);
    if (other) return [other, kind];
    seen.set(sample, kind);
  }
  return null;
}
