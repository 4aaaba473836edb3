import { chromium, type Browser } from '@playwright/test';
import type { Fixtures } from '../../e2e/access/fixtures';
import type { Principal } from '../../e2e/access-matrix';
import { withDatabase } from '../support/database';
import { XSS_MARKER } from './corpus';

// The pages that show what the corpus stored, opened in Chromium as the users who see them: no
// script of the corpus may run (a dialog, the marker set) and the CSP must have had nothing to
// block (a blocked inline script means markup reached the page as markup).

export type BrowserFindings = { pages: number; scriptsRun: number; cspViolations: number; details: string[] };

function pagesToVisit(fx: Fixtures): { who: Principal; at: string }[] {
  const like = `%${XSS_MARKER}%`;
  const ids = (sql: string) => withDatabase(fx.state.database, (db) => db.prepare(sql).pluck().all({ v: like }) as number[]);
  const cases = ids("SELECT id FROM cases WHERE case_no LIKE @v OR applicant_name LIKE @v OR content LIKE @v OR coalesce(notes, '') LIKE @v OR coalesce(address, '') LIKE @v ORDER BY id DESC LIMIT 25");
  const reviews = ids("SELECT id FROM reviews WHERE coalesce(notes, '') LIKE @v ORDER BY id DESC LIMIT 10");
  const letters = withDatabase(fx.state.database, (db) => db.prepare('SELECT case_id AS c, id AS l FROM letters WHERE title LIKE @v OR body LIKE @v OR fields LIKE @v ORDER BY id DESC LIMIT 10').all({ v: like }) as { c: number; l: number }[]);
  const users = ids('SELECT id FROM users WHERE display_name LIKE @v ORDER BY id DESC LIMIT 5');
  const filesOn = ids('SELECT DISTINCT case_id FROM case_files WHERE file_name LIKE @v LIMIT 5');
  const year = fx.records.year;
  return [
    ...['/', '/cases', `/cases?q=${encodeURIComponent('<script>')}`, '/reviews', '/review', '/letters/approvals', `/reports/${year}/cells?row=new&col=total`].map((at) => ({ who: 'supervisor' as const, at })),
    ...[...cases, ...filesOn].flatMap((id) => [`/cases/${id}`, `/cases/${id}/edit`, `/cases/${id}/letters`]).map((at) => ({ who: 'supervisor' as const, at })),
    ...reviews.map((id) => ({ who: 'supervisor' as const, at: `/reviews/${id}` })),
    ...letters.map((l) => ({ who: 'supervisor' as const, at: `/cases/${l.c}/letters/${l.l}` })),
    ...['/', '/admin/users', '/admin/settings', '/admin/security', '/admin/calendar/2019', `/admin/calendar/${year}`, '/admin/letter-templates', `/admin/letter-templates/${fx.records.templateKey}`, '/admin/import'].map((at) => ({ who: 'admin' as const, at })),
    ...users.map((id) => ({ who: 'admin' as const, at: `/admin/users/${id}` })),
    ...['/audit', `/audit?action=${encodeURIComponent('<script>')}`].map((at) => ({ who: 'auditor' as const, at })),
    { who: 'clerk', at: '/' },
  ];
}

async function visit(browser: Browser, fx: Fixtures, who: Principal, at: string, found: BrowserFindings, act?: (page: import('@playwright/test').Page) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ baseURL: fx.base, locale: 'zh-CN' });
  const cookie = fx.state.cookies[who];
  if (cookie) {
    const [name, ...value] = cookie.split('=');
    await context.addCookies([{ name, value: value.join('='), url: fx.base }]);
  }
  await context.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  let dialogs = 0;
  page.on('dialog', (d) => {
    dialogs += 1;
    void d.dismiss();
  });
  try {
    await page.goto(at, { waitUntil: 'load' });
    if (act) await act(page);
    await page.waitForLoadState('load');
    const { marker, violations } = await page.evaluate((m) => ({ marker: (window as unknown as Record<string, unknown>)[m] ?? null, violations: (window as unknown as { __violations: string[] }).__violations }), XSS_MARKER);
    found.pages += 1;
    if (marker !== null || dialogs) {
      found.scriptsRun += 1;
      found.details.push(`${who} ${at}: a script ran (marker ${String(marker)}, ${dialogs} dialog(s))`);
    }
    if (violations.length) {
      found.cspViolations += violations.length;
      found.details.push(`${who} ${at}: CSP blocked ${violations.join('; ')}`);
    }
  } finally {
    await context.close();
  }
}

export async function hostileInBrowser(fx: Fixtures, say: (line: string) => void): Promise<BrowserFindings> {
  const found: BrowserFindings = { pages: 0, scriptsRun: 0, cspViolations: 0, details: [] };
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const pages = pagesToVisit(fx);
    for (const { who, at } of pages) await visit(browser, fx, who, at, found);
    // The sign-in form shows a wrong username back: markup as the username, typed in the form.
    await visit(browser, fx, 'anonymous', '/login', found, async (page) => {
      await page.getByLabel('用户名').fill(`<img src=x onerror="window.${XSS_MARKER}=5">`);
      await page.getByLabel('密码').fill('wrong-password');
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByText('用户名或密码不正确').waitFor();
    });
    say(`opened ${found.pages} pages in Chromium (${pages.length} showing stored corpus values, and the sign-in form with markup as the username)`);
  } finally {
    await browser.close();
  }
  return found;
}
