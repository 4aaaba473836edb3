import { discoverActions, discoverPages, discoverRouteHandlers } from './discover';
import { ACTIONS, PAGES, ROUTES } from '../access-matrix';

// The matrix against the application: every page, route handler and server action has exactly one
// entry, and no entry names something that is gone. The message says what to add.

const FILE = 'e2e/access-matrix.ts';

function pageLine(pattern: string): string {
  const dynamic = pattern.includes('[') ? `   // and, if new, the segment's record in e2e/access/fill-path.ts` : '';
  return `  '${pattern}': page(['supervisor', 'admin']),${dynamic}`;
}

function routeLine(key: string): string {
  const [method, pattern] = key.split(' ');
  return method === 'GET' ? `  '${key}': get(['supervisor', 'admin'], '${pattern}?…'),` : `  '${key}': post(['admin'], (fx) => formData({ … })),`;
}

function actionLine(key: string): string {
  return `  '${key}': action(['clerk', 'supervisor'], (fx) => [/* bound values, */ {}, formData({ /* a valid form */ })]),`;
}

export function matrixGaps(): string[] {
  const problems: string[] = [];
  const compare = (table: string, noun: string, found: string[], entries: Record<string, unknown>, line: (key: string) => string) => {
    const missing = found.filter((k) => !Object.hasOwn(entries, k));
    const stale = Object.keys(entries).filter((k) => !found.includes(k));
    if (missing.length) {
      problems.push(
        `${FILE} has no entry for ${missing.length} ${noun}(s). Add to ${table}, listing the roles that may use each (everyone else must be refused):\n${missing.map(line).join('\n')}`,
      );
    }
    for (const k of stale) problems.push(`${table} in ${FILE} has '${k}', which the application no longer has: remove the line.`);
  };
  compare('PAGES', 'page', discoverPages(), PAGES, pageLine);
  compare('ROUTES', 'route handler', discoverRouteHandlers(), ROUTES, routeLine);
  compare('ACTIONS', 'server action', discoverActions(), ACTIONS, actionLine);
  return problems;
}
