// Clerks type labels with full-width or half-width slashes and parentheses, stray spaces and
// straight or curly quotes; NFKC folds the full-width forms, and spaces and quotes never
// distinguish two labels, so they are dropped before comparing.
function fold(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s“”"‘’'「」]/g, '')
    .toLowerCase();
}

// A register repeats the same few labels on every row (100,000 rows: a few dozen distinct values),
// so each is folded once; bounded in count and in length (a label is short: a shifted column of
// request texts is not kept), so that a file of all-different text cannot grow it.
const folded = new Map<string, string>();
const FOLDED_MAX = 1000;
const KEPT_LENGTH = 64;

export function normaliseLabel(s: string): string {
  if (s.length > KEPT_LENGTH) return fold(s);
  let label = folded.get(s);
  if (label === undefined) {
    label = fold(s);
    if (folded.size >= FOLDED_MAX) folded.clear();
    folded.set(s, label);
  }
  return label;
}
