import { expect, test } from '@playwright/test';
import { concreteRoutes, ensureSampleRecords, SIGN_IN_STEP_PATTERNS } from './routes';
import { ownerOf, weighPage } from './page-weight';

// Issue 11: every page ships under 120 KB of gzipped JavaScript on its first load, and no page
// fires a storm of prefetches (the report page fired about 50 per view).

const BUDGET_BYTES = 120 * 1024;
const MAX_PREFETCHES = 15;

test('every page loads under 120 KB of gzipped JavaScript and prefetches little', async ({ browser }) => {
  test.setTimeout(240_000);
  await ensureSampleRecords(browser);
  const routes = concreteRoutes({ only: (p) => !SIGN_IN_STEP_PATTERNS.includes(p) });
  const lines: string[] = [];
  const over: string[] = [];
  for (const { pattern, path } of routes) {
    const w = await weighPage(browser, ownerOf(pattern), path);
    lines.push(`${(w.gzipBytes / 1024).toFixed(1).padStart(6)} KB  ${String(w.scripts).padStart(2)} scripts  ${String(w.prefetches).padStart(3)} prefetches  ${path}`);
    if (w.gzipBytes >= BUDGET_BYTES) over.push(`${path}: ${(w.gzipBytes / 1024).toFixed(1)} KB`);
    if (w.prefetches > MAX_PREFETCHES) over.push(`${path}: ${w.prefetches} prefetches`);
  }
  console.log(`First-load JavaScript (gzipped) per page:\n${lines.join('\n')}`);
  expect(over, lines.join('\n')).toEqual([]);
});
