// Clerks type labels with full-width or half-width slashes and parentheses, stray spaces and
// straight or curly quotes; NFKC folds the full-width forms, and spaces and quotes never
// distinguish two labels, so they are dropped before comparing.
export function normaliseLabel(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\s“”"‘’'「」]/g, '')
    .toLowerCase();
}
