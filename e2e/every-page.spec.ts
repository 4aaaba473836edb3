import { expect, test, type Page } from '@playwright/test';
import { PAGES, ROLES, type Role } from './access-matrix';
import { seriousViolations } from './axe';
import { walker, walkOpenPage, type Walker, type WalkResult } from './keyboard/walk';
import { concreteRoutes, ensureSampleRecords, pageRoutes, PUBLIC_PATTERNS, SIGN_IN_STEP_PATTERNS } from './routes';
import { resumeSession } from './support';

// Issue 11, on every page for every role, in one visit per page: no serious or critical axe violation
// (WCAG 2.0 A/AA, 2.1 AA; e2e/axe.ts), then a keyboard walk (e2e/keyboard/walk.ts): Tab from the
// top reaches the skip link first and then the main content, every visible control in page order, no
// trap, every stop visible with a focus ring of at least 3:1. The pages come from app/ (routes.ts),
// so a new page is checked without editing this file. A page a role may not open shows the one 403
// page, checked once per role (the access matrix proves which pages those are); a page that only
// sends one on (/reports → /reports/2026) is checked with axe where it leads and walked there.
// Each problem names its page; each test names its role.

type Visit = { path: string; walk: boolean };

const PER_SLICE = 7;

async function checkEvery(page: Page, w: Walker, visits: Visit[]): Promise<{ axe: string[]; walks: WalkResult[] }> {
  const axe: string[] = [];
  const walks: WalkResult[] = [];
  for (const { path, walk } of visits) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(500);
    for (const v of await seriousViolations(page)) axe.push(`${path}: ${v}`);
    if (walk) walks.push(await walkOpenPage(w, path));
  }
  return { axe, walks };
}

function summary(who: string, results: WalkResult[], started: number): string {
  if (results.length === 0) return `axe as ${who}: no page to walk (each only sends one on)`;
  const stops = results.reduce((n, r) => n + r.stops, 0);
  const most = results.reduce((a, b) => (b.stops > a.stops ? b : a));
  return `axe and keyboard walk as ${who}: ${results.length} pages, ${stops} Tab stops (most: ${most.stops} on ${most.path}) in ${((Date.now() - started) / 1000).toFixed(1)} s`;
}

/** The pages a role's pass opens, by pattern: all it may open, and of those it may not the first only (its 403 page). */
function patternsFor(who: Role): string[] {
  const patterns = pageRoutes().map((r) => r.pattern).filter((p) => !PUBLIC_PATTERNS.includes(p) && !SIGN_IN_STEP_PATTERNS.includes(p));
  const forbidden = (pattern: string) => PAGES[pattern]?.expect[who] === 'forbidden';
  const firstForbidden = patterns.find(forbidden);
  return patterns.filter((p) => !forbidden(p) || p === firstForbidden);
}

function visitsFor(who: Role, patterns: string[]): Visit[] {
  const redirects = (pattern: string) => !!PAGES[pattern]?.expect[who].startsWith('redirect');
  return concreteRoutes({ only: (p) => patterns.includes(p) }).map((r) => ({ path: r.path, walk: !redirects(r.pattern) }));
}

test.describe('every page: axe and keyboard', () => {
  test.beforeAll(async ({ browser }) => {
    await ensureSampleRecords(browser);
  });

  test('the sign-in page, signed out', async ({ page }) => {
    const started = Date.now();
    const w = await walker(page);
    const visits = concreteRoutes({ only: (p) => PUBLIC_PATTERNS.includes(p) }).map((r) => ({ path: r.path, walk: true }));
    const { axe, walks } = await checkEvery(page, w, visits);
    console.log(summary('a signed-out visitor', walks, started));
    expect(axe, 'serious axe violations, signed out').toEqual([]);
    expect(walks.flatMap((r) => r.problems), 'keyboard problems, signed out').toEqual([]);
  });

  // A role's pages in slices of a few: each slice is its own test, so the slices spread over the
  // workers and a slow machine does not run one role's whole pass against one timeout.
  for (const who of ROLES) {
    const patterns = patternsFor(who);
    for (let from = 0; from < patterns.length; from += PER_SLICE) {
      const slice = patterns.slice(from, from + PER_SLICE);
      test(`every page as ${who}: ${slice[0]} … ${slice.at(-1)}`, async ({ page }) => {
        test.setTimeout(240_000);
        const started = Date.now();
        const w = await walker(page);
        await resumeSession(page, who);
        const { axe, walks } = await checkEvery(page, w, visitsFor(who, slice));
        console.log(summary(`${who} (${slice[0]} … ${slice.at(-1)})`, walks, started));
        expect(axe, `serious axe violations as ${who}`).toEqual([]);
        expect(walks.flatMap((r) => r.problems), `keyboard problems as ${who}`).toEqual([]);
      });
    }
  }
});
