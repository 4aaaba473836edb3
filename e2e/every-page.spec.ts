import { expect, test, type Page } from '@playwright/test';
import { PAGES, ROLES, type Role } from './access-matrix';
import { seriousViolations } from './axe';
import { walker, walkOpenPage, type Walker, type WalkResult } from './keyboard/walk';
import { concreteRoutes, ensureSampleRecords, PUBLIC_PATTERNS, SIGN_IN_STEP_PATTERNS } from './routes';
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
  const stops = results.reduce((n, r) => n + r.stops, 0);
  const most = results.reduce((a, b) => (b.stops > a.stops ? b : a));
  return `axe and keyboard walk as ${who}: ${results.length} pages, ${stops} Tab stops (most: ${most.stops} on ${most.path}) in ${((Date.now() - started) / 1000).toFixed(1)} s`;
}

function visitsFor(who: Role): Visit[] {
  const routes = concreteRoutes({ only: (p) => !PUBLIC_PATTERNS.includes(p) && !SIGN_IN_STEP_PATTERNS.includes(p) });
  const forbidden = (pattern: string) => PAGES[pattern]?.expect[who] === 'forbidden';
  const redirects = (pattern: string) => !!PAGES[pattern]?.expect[who].startsWith('redirect');
  const firstForbidden = routes.find((r) => forbidden(r.pattern));
  return routes
    .filter((r) => !forbidden(r.pattern) || r === firstForbidden)
    .map((r) => ({ path: r.path, walk: !redirects(r.pattern) }));
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

  for (const who of ROLES) {
    test(`every page as ${who}`, async ({ page }) => {
      test.setTimeout(300_000);
      const started = Date.now();
      const w = await walker(page);
      await resumeSession(page, who);
      const { axe, walks } = await checkEvery(page, w, visitsFor(who));
      console.log(summary(who, walks, started));
      expect(axe, `serious axe violations as ${who}`).toEqual([]);
      expect(walks.flatMap((r) => r.problems), `keyboard problems as ${who}`).toEqual([]);
    });
  }
});
