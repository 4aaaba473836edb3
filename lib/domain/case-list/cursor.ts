// Where a page of the case list starts or ends: the sort key and the id of a row (keyset
// pagination). Carried in the address of 上一页 / 下一页 as `sort~id~key`; one typed or cut by hand is
// recognised as such and ignored, never trusted (the key is only ever a bound parameter).

import type { CaseSort } from './sorts';

export type ListCursor = { sort: CaseSort; key: string; id: number };

export function encodeCursor(c: ListCursor): string {
  return `${c.sort}~${c.id}~${c.key}`;
}

/** The cursor, or null for anything that is not one this list wrote for `sort`. */
export function decodeCursor(text: string | undefined, sort: CaseSort): ListCursor | null {
  const m = text === undefined || text.length > 600 ? null : /^([a-z_]+)~([1-9]\d{0,14})~([\s\S]*)$/.exec(text);
  if (!m || m[1] !== sort) return null;
  return { sort, id: Number(m[2]), key: m[3] };
}
