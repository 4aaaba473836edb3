import { routePattern } from './discover';
import { builtAction } from './http';
import type { Fixtures } from './fixtures';
import path from 'node:path';

// Dynamic segments of the route tree filled from real records: the matrix asks for
// /cases/12/letters/3, not for a pattern. A new dynamic segment needs its line here.

const PARAMS: Record<string, (fx: Fixtures) => string | number> = {
  'cases/[id]': (fx) => fx.records.case,
  'letters/[letterId]': (fx) => fx.records.letter,
  'files/[fileId]': (fx) => fx.records.file,
  'reviews/[id]': (fx) => fx.records.review,
  'users/[id]': (fx) => fx.users.clerk,
  'reports/[year]': (fx) => fx.records.year,
  'calendar/[year]': (fx) => fx.records.year,
  'letter-templates/[key]': (fx) => fx.records.templateKey,
  'auth/[...nextauth]': () => 'session',
};

/** '/cases/[id]/letters/[letterId]' → '/cases/12/letters/3'. */
export function fillPath(pattern: string, fx: Fixtures): string {
  const segments = pattern.split('/');
  return segments
    .map((segment, i) => {
      if (!segment.startsWith('[')) return segment;
      const key = `${segments[i - 1]}/${segment}`;
      const value = PARAMS[key];
      if (!value) throw new Error(`No record fills ${key} in ${pattern}: add a line for '${key}' to PARAMS in e2e/access/fill-path.ts.`);
      return encodeURIComponent(String(value(fx)));
    })
    .join('/');
}

/**
 * The page a server action is posted from: one whose bundle carries it (Next finds the action in
 * the page's bundle), the one nearest to the file that declares it.
 */
export function actionPage(key: string, fx: Fixtures): string {
  const { file, workers } = builtAction(key);
  const dir = path.posix.dirname(file);
  const pages = workers.filter((w) => w.endsWith('/page'));
  const shared = (w: string) => {
    let i = 0;
    while (i < w.length && i < dir.length && w[i] === dir[i]) i++;
    return i;
  };
  const best = [...pages].sort((a, b) => shared(b) - shared(a) || a.length - b.length)[0];
  if (!best) throw new Error(`No page of the build carries ${key}.`);
  return fillPath(routePattern(path.join(process.cwd(), best)), fx);
}
