import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { PAGES } from './access-matrix';
import { concreteRoutes, ensureSampleRecords, PUBLIC_PATTERNS, SIGN_IN_STEP_PATTERNS } from './routes';
import { completeForcedChange, createAccount, pageAs, storageStatePath, submitSignIn, totpCode, type DemoUser } from './support';

// Issue 11: no serious or critical axe violation (WCAG 2.0 A/AA, 2.1 AA) on any page, for any role.
// The pages come from app/ (e2e/routes.ts), so a new page is checked without editing this file; a
// page a role may not open shows the one 403 page, which is checked once per role (the access
// matrix proves which pages those are).

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}${v.nodes.length > 3 ? ` … ${v.nodes.length} in all` : ''}`);
}

async function checkAll(browser: Browser, who: DemoUser | null, paths: string[]): Promise<string[]> {
  const context = await browser.newContext(who ? { storageState: storageStatePath(who) } : {});
  const page = await context.newPage();
  const found: string[] = [];
  try {
    for (const path of paths) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBeLessThan(500);
      for (const v of await seriousViolations(page)) found.push(`${path}: ${v}`);
    }
  } finally {
    await context.close();
  }
  return found;
}

test.describe('accessibility', () => {
  test.beforeAll(async ({ browser }) => {
    await ensureSampleRecords(browser);
  });

  test('the sign-in page has no serious axe violation', async ({ browser }) => {
    const paths = concreteRoutes({ only: (p) => PUBLIC_PATTERNS.includes(p) }).map((r) => r.path);
    expect(await checkAll(browser, null, paths)).toEqual([]);
  });

  test('the sign-in steps (new password, second factor) have no serious axe violation', async ({ browser }) => {
    const admin = await pageAs(browser, 'admin');
    const account = await createAccount(admin, 'admin', 'axe');
    await admin.context().close();
    const page = await (await browser.newContext()).newPage();
    await submitSignIn(page, account.username, account.password);
    await expect(page).toHaveURL(/\/login\/change-password/);
    const found = (await seriousViolations(page)).map((v) => `change-password: ${v}`);
    await completeForcedChange(page, account.password, 'Axe-Own-Pass-1');
    await expect(page).toHaveURL(/\/login\/enrol/);
    found.push(...(await seriousViolations(page)).map((v) => `enrol: ${v}`));
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    const enrol = page.getByRole('form', { name: '启用双因素认证' });
    await enrol.getByLabel('验证器应用显示的 6 位数字').fill(totpCode(secret));
    await enrol.getByRole('button', { name: '验证并启用' }).click();
    await page.getByRole('link', { name: '我已保存恢复码，继续' }).click();
    await page.getByRole('button', { name: '退出登录' }).click();
    await expect(page).toHaveURL(/\/login/);
    await submitSignIn(page, account.username, 'Axe-Own-Pass-1');
    await expect(page).toHaveURL(/\/login\/verify/);
    found.push(...(await seriousViolations(page)).map((v) => `verify: ${v}`));
    await page.context().close();
    expect(found).toEqual([]);
  });

  for (const who of ['clerk', 'supervisor', 'admin', 'auditor'] as const) {
    test(`every page as ${who} has no serious axe violation`, async ({ browser }) => {
      test.setTimeout(300_000);
      const routes = concreteRoutes({ only: (p) => !PUBLIC_PATTERNS.includes(p) && !SIGN_IN_STEP_PATTERNS.includes(p) });
      const forbidden = (pattern: string) => PAGES[pattern]?.expect[who] === 'forbidden';
      const firstForbidden = routes.find((r) => forbidden(r.pattern));
      const paths = routes.filter((r) => !forbidden(r.pattern) || r === firstForbidden).map((r) => r.path);
      expect(await checkAll(browser, who, paths)).toEqual([]);
    });
  }
});
