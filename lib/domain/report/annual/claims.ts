// A generated paragraph is written from facts, and every number it states is recorded as a claim:
// the words it follows in the text, the value, and the table cells it comes from. The check before
// publishing reads the paragraph as it now stands (generated, or edited by staff) and finds each
// claim's words in it: the number after them must be the value the tables give now. A claim of a
// zero category is optional (the text omits zero categories), but if its words appear with another
// number the check fails too.
import type { CellRef } from '../table-layout';

export type Claim = {
  /** The words the number follows in the text, e.g. “予以公开”. */
  phrase: string;
  /** Which number after the phrase (0: the first), e.g. the percentage after “同比增加5件（”. */
  nth: number;
  /** As printed: “16”, “97.9”. */
  value: string;
  /** What the number is, for the check's detail: “表三“(一)予以公开 × 总计””. */
  source: string;
  cells: CellRef[];
  /** A zero category the text may leave out. */
  optional: boolean;
};

export type GeneratedText = { text: string; claims: Claim[] };

/** Builds a paragraph piece by piece; `num` appends a number and records its claim. */
export class ClaimWriter {
  private parts: string[] = [];
  readonly claims: Claim[] = [];

  text(s: string): this {
    this.parts.push(s);
    return this;
  }

  num(value: number | string, unit: string, claim: { phrase: string; source: string; cells?: CellRef[]; nth?: number }): this {
    const printed = String(value);
    this.parts.push(`${printed}${unit}`);
    this.claims.push({ phrase: claim.phrase, nth: claim.nth ?? 0, value: printed, source: claim.source, cells: claim.cells ?? [], optional: false });
    return this;
  }

  /** A zero category left out of the text: checked only if the words appear. */
  absent(claim: { phrase: string; source: string; cells?: CellRef[] }): this {
    this.claims.push({ phrase: claim.phrase, nth: 0, value: '0', source: claim.source, cells: claim.cells ?? [], optional: true });
    return this;
  }

  done(): GeneratedText {
    return { text: this.parts.join(''), claims: this.claims };
  }
}

export type ClaimProblem = { claim: Claim; found: string | null };

const NUMBER_AFTER = /^[^0-9。；;]{0,12}?(\d+(?:\.\d+)?)/;

function numberAfter(text: string, from: number, nth: number): { value: string; end: number } | null {
  let at = from;
  for (let i = 0; i <= nth; i += 1) {
    const m = NUMBER_AFTER.exec(text.slice(at));
    if (!m) return null;
    at += m.index + m[0].length;
    if (i === nth) return { value: m[1], end: at };
  }
  return null;
}

/**
 * The claims the text does not bear out, in order. Each claim's words are looked for after the
 * previous claim's match first (the same words may head two sentences), then anywhere.
 */
export function unsupportedClaims(text: string, claims: readonly Claim[]): ClaimProblem[] {
  const problems: ClaimProblem[] = [];
  let cursor = 0;
  for (const claim of claims) {
    let at = text.indexOf(claim.phrase, cursor);
    if (claim.optional) {
      // A zero category is looked for only in the rest of the sentence where it would stand, so
      // that the same words in another sentence (结果维持 of 行政诉讼 after 行政复议) are not taken.
      const end = text.slice(cursor).search(/[；。]/);
      if (end >= 0 && at > cursor + end) at = -1;
    } else if (at < 0) at = text.indexOf(claim.phrase);
    if (at < 0) {
      if (!claim.optional) problems.push({ claim, found: null });
      continue;
    }
    const hit = numberAfter(text, at + claim.phrase.length, claim.nth);
    if (!hit) {
      if (!claim.optional) problems.push({ claim, found: null });
      continue;
    }
    if (Number(hit.value) !== Number(claim.value)) problems.push({ claim, found: hit.value });
    else cursor = hit.end;
  }
  return problems;
}

/** One line per problem, in Chinese, for the check's detail. */
export function describeClaimProblem({ claim, found }: ClaimProblem): string {
  if (found === null) return `文中没有写明“${claim.phrase}”的数字（${claim.source}为 ${claim.value}）`;
  return `“${claim.phrase}”写的是 ${found}，${claim.source}为 ${claim.value}`;
}
