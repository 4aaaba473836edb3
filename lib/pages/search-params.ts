// Query parameters as a page receives them: a parameter may be missing, given once, or given several
// times (?q=a&q=b arrives as an array), and any value may be anything a visitor types into the
// address bar. Every page reads its parameters through these, so none of that reaches a query.

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of a parameter, or undefined; an overlong value is cut (nothing legitimate is long). */
export function textParam(sp: SearchParams, key: string, max = 200): string | undefined {
  const raw = sp[key];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' ? value.slice(0, max) : undefined;
}

/** A whole number within [min, max] written in plain digits, or undefined. */
export function intParam(sp: SearchParams, key: string, { min, max }: { min: number; max: number }): number | undefined {
  const value = textParam(sp, key, 20);
  if (value === undefined || !/^\d{1,15}$/.test(value)) return undefined;
  const n = Number(value);
  return n >= min && n <= max ? n : undefined;
}

/** The page of a paged list: ?page=3; anything else (abc, -1, 1.5, 0) is the first page. */
export function pageParam(sp: SearchParams): number {
  return intParam(sp, 'page', { min: 1, max: 1_000_000 }) ?? 1;
}

/** The parameters named in `keys` that have a value, as plain text, for links that keep the filters. */
export function keptParams(sp: SearchParams, keys: readonly string[]): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const key of keys) {
    const value = textParam(sp, key);
    if (value) kept[key] = value;
  }
  return kept;
}
