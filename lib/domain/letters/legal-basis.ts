import { chineseNumber } from './chinese-number';

// A citation of the law as data: which instrument, article, paragraph (款) and item (项). Letters
// print them in the form of Chinese official documents: 《中华人民共和国政府信息公开条例》第三十六条第（三）项.

export const LAWS = {
  ogi: '《中华人民共和国政府信息公开条例》',
  feeRules: '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）',
} as const;
export type LawCode = keyof typeof LAWS;

export type Citation = { law: LawCode; article?: number; paragraph?: number; item?: number };

/** OGI article, optionally with its 款 and 项. */
export const ogi = (article: number, opts: { paragraph?: number; item?: number } = {}): Citation => ({ law: 'ogi', article, ...opts });
export const FEE_RULES: Citation = { law: 'feeRules' };

/** 第三十六条第（三）项, 第十六条第二款, 第三十条; an instrument cited as a whole prints nothing here. */
export function articleText(c: Citation): string {
  if (c.article === undefined) return '';
  let out = `第${chineseNumber(c.article)}条`;
  if (c.paragraph) out += `第${chineseNumber(c.paragraph)}款`;
  if (c.item) out += `第（${chineseNumber(c.item)}）项`;
  return out;
}

function sameCitation(a: Citation, b: Citation): boolean {
  return a.law === b.law && a.article === b.article && a.paragraph === b.paragraph && a.item === b.item;
}

/** Drops repeated citations, keeping the first occurrence and the order. */
export function uniqueCitations(list: readonly Citation[]): Citation[] {
  const out: Citation[] = [];
  for (const c of list) if (!out.some((o) => sameCitation(o, c))) out.push(c);
  return out;
}

/**
 * 《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项 — each instrument named once,
 * its articles in the order given; several instruments joined by 和.
 */
export function formatBasis(list: readonly Citation[]): string {
  const groups: { law: LawCode; articles: string[] }[] = [];
  for (const c of uniqueCitations(list)) {
    let group = groups.find((g) => g.law === c.law);
    if (!group) groups.push((group = { law: c.law, articles: [] }));
    const text = articleText(c);
    if (text) group.articles.push(text);
  }
  return groups.map((g) => LAWS[g.law] + g.articles.join('、')).join('和');
}
