import { textParam, type SearchParams } from './search-params';

// The confirmation a page shows after an action redirected to it (/cases/12?saved=created): the
// message of a key the page itself knows, else nothing. Anyone can type the address, so the key is
// looked up as an own property only: `constructor`, `toString` or `__proto__` would otherwise find
// what every object inherits (a function, not a message) and break the page.

/** The page's message for the notice key in `param`, or undefined for a missing or unknown key. */
export function noticeParam(sp: SearchParams, param: string, messages: Readonly<Record<string, string>>): string | undefined {
  const key = textParam(sp, param, 100);
  return key !== undefined && Object.hasOwn(messages, key) ? messages[key] : undefined;
}
