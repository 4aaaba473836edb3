import { expect, test } from '@playwright/test';
import { PAGES, ROLES } from './access-matrix';
import { seriousViolations } from './axe';
import { concreteRoutes, ensureSampleRecords, PUBLIC_PATTERNS, SIGN_IN_STEP_PATTERNS } from './routes';
import { registerCase, resumeSession, storageStatePath } from './support';

// Issue 11, every page a role may open on a 390 px phone, as the judges try them: the page itself
// never scrolls sideways (a wide table scrolls inside its own region), and axe finds nothing
// serious there either. Found this way: a table's visually hidden header escaped its scroll region
// and widened /reviews; the annual report's draft took the width of its tables; a long unbroken
// applicant name or case number widened the list's cards and the case page; the audit tables
// scrolled sideways with nothing in them a keyboard could reach (scrollable-region-focusable).

const PHONE = { width: 390, height: 844 };

test.describe('every page on a phone', () => {
  test.beforeAll(async ({ browser }) => {
    await ensureSampleRecords(browser);
    // A name and a number as one long word, as a company's romanised name or a pasted address is.
    const page = await browser.newPage();
    await resumeSession(page, 'clerk');
    await registerCase(page, { caseNo: `WIDE${Date.now()}${Math.random().toString(36).slice(2, 8)}${'X'.repeat(16)}`, applicantName: `Averyverylongcompanynamewithoutanyspaces${Date.now()}Limited`, content: `https://example.gov.cn/${'a'.repeat(120)}` });
    await page.close();
  });

  for (const who of ROLES) {
    test(`as ${who}: no page wider than 390 px, no serious axe violation`, async ({ browser }) => {
      test.setTimeout(240_000);
      const context = await browser.newContext({ viewport: PHONE, storageState: storageStatePath(who) });
      const page = await context.newPage();
      const opens = (pattern: string) => !PUBLIC_PATTERNS.includes(pattern) && !SIGN_IN_STEP_PATTERNS.includes(pattern) && PAGES[pattern]?.expect[who] === 'ok';
      const wide: string[] = [];
      const axe: string[] = [];
      for (const { path } of concreteRoutes({ only: opens })) {
        await page.goto(path);
        const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
        if (width > PHONE.width) wide.push(`${path}: ${width} px`);
        for (const v of await seriousViolations(page)) axe.push(`${path}: ${v}`);
      }
      expect(wide, 'pages that scroll sideways').toEqual([]);
      expect(axe, 'serious axe violations at 390 px').toEqual([]);
      await context.close();
    });
  }
});
