import { expect, test, type Page } from '@playwright/test';
import { BASE_URL } from '../playwright.config';
import { login, registerCase } from './support';

// Every page carries the security headers and a per-request CSP nonce, and the app still works
// under that policy: no script or style blocked anywhere a user goes. Request bodies are bounded:
// forms 1 MB, the sign-in route 16 KB, the import upload 20 MB (with a Chinese message on the page).

/** Records CSP violations and console errors from the first script the page runs. */
async function watchCsp(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.exposeFunction('__cspViolation', (text: string) => problems.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation: (t: string) => void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content[- ]Security[- ]Policy|nonce/i.test(message.text())) problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

test('pages work under the CSP: no violation from sign-in through the main screens', async ({ page, browser }) => {
  const problems = await watchCsp(page);
  await login(page, 'supervisor');
  const { url } = await registerCase(page, { applicantName: '<script>alert(1)</script>' });
  await expect(page.getByText('<script>alert(1)</script>').first()).toBeVisible();
  for (const path of ['/', '/cases', '/cases?page=2', url, `${url}/edit`, '/review', '/reviews', '/reports', '/help', '/no-such-page']) {
    await page.goto(path);
    await expect(page.locator('body')).not.toBeEmpty();
  }
  // Client-side navigation and a form round trip run React's scripts.
  await page.goto('/cases');
  await page.getByRole('main').getByRole('link', { name: '登记新申请' }).click();
  await expect(page).toHaveURL(/\/cases\/new$/);
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByText('填写有误，请按提示修改后再提交。没有保存任何内容。')).toBeVisible();

  const admin = await (await browser.newContext()).newPage();
  const adminProblems = await watchCsp(admin);
  await login(admin, 'admin');
  for (const path of ['/admin/import', '/admin/users', '/admin/calendar', '/admin/settings', '/register-export']) {
    await admin.goto(path);
    await expect(admin.locator('h1').first()).toBeVisible();
  }
  expect([...problems, ...adminProblems]).toEqual([]);

  // The watch works, and the policy holds: markup injected with an inline handler does not run,
  // and the attempt is reported.
  const injected = await page.evaluate(() => {
    const button = document.createElement('button');
    button.setAttribute('onclick', 'window.__injected = true');
    document.body.append(button);
    button.click();
    return (window as unknown as { __injected?: boolean }).__injected ?? false;
  });
  expect(injected).toBe(false);
  await expect.poll(() => problems.some((p) => /^script-src(-attr)? inline$/.test(p))).toBe(true);
});

test('page responses carry the security headers, with a fresh nonce each time; HSTS only over HTTPS', async ({ page, request }) => {
  const first = await request.get('/login');
  const second = await request.get('/login');
  const csp = first.headers()['content-security-policy'];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('upgrade-insecure-requests');
  expect(second.headers()['content-security-policy']).not.toBe(csp);
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  expect(await first.text()).toContain(`nonce="${nonce}"`);
  expect(first.headers()).toMatchObject({ 'x-content-type-options': 'nosniff', 'referrer-policy': 'same-origin', 'x-frame-options': 'DENY' });
  expect(first.headers()['strict-transport-security']).toBeUndefined();

  // Behind a reverse proxy that terminates HTTPS (the e2e server trusts one proxy: TRUST_PROXY=1).
  const https = await request.get('/login', { headers: { 'x-forwarded-proto': 'https' } });
  expect(https.headers()['strict-transport-security']).toBe('max-age=31536000');
  expect(https.headers()['content-security-policy']).toContain('upgrade-insecure-requests');
  const csrf = await request.get('/api/auth/csrf', { headers: { 'x-forwarded-proto': 'https' } });
  expect(csrf.headers()['set-cookie']).toMatch(/__Host-authjs\.csrf-token=[^;]+;.*Secure/i);

  // Static files and redirects too.
  await page.goto('/login');
  const script = await page.locator('script[src^="/_next/static/"]').first().getAttribute('src');
  expect((await request.get(script!)).headers()['x-content-type-options']).toBe('nosniff');
  const redirect = await request.get('/cases', { maxRedirects: 0 });
  expect(redirect.status()).toBe(307);
  expect(redirect.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('request bodies are bounded: forms 1 MB, the sign-in route 16 KB', async ({ request }) => {
  const big = await request.post('/cases/new', { headers: { 'content-type': 'text/plain;charset=UTF-8', 'next-action': 'x' }, data: 'x'.repeat(1024 * 1024 + 1) });
  expect(big.status()).toBe(413);
  expect(await big.text()).toContain('提交的内容过大');
  const signIn = await request.post('/api/auth/callback/credentials', { form: { username: 'admin', password: 'x'.repeat(20 * 1024) } });
  expect(signIn.status()).toBe(413);
  const ok = await request.post('/api/auth/callback/credentials', { form: { username: 'admin', password: 'wrong' }, maxRedirects: 0 });
  expect(ok.status()).not.toBe(413);
});

test('the import page refuses a file over 20 MB with a Chinese message, and so does its upload route', async ({ page }) => {
  await login(page, 'admin');
  await page.goto('/admin/import');
  const section = page.getByRole('region', { name: '导入申请台账' });
  await section.getByLabel('选择文件（.xlsx 或 .csv）').setInputFiles({ name: '大文件.csv', mimeType: 'text/csv', buffer: Buffer.alloc(21 * 1024 * 1024, 0x41) });
  await section.getByRole('button', { name: '上传并检查' }).click();
  await expect(section.getByTestId('import-error')).toContainText('“大文件.csv”无法导入：文件过大（21 MB），导入文件最大 20 MB');

  // The same file sent straight to the upload route, as a script would.
  const body = { file: { name: '大文件.csv', mimeType: 'text/csv', buffer: Buffer.alloc(21 * 1024 * 1024, 0x41) } };
  const direct = await page.request.post('/admin/import/upload?kind=register', { headers: { origin: BASE_URL }, multipart: body });
  expect(direct.status()).toBe(413);
  expect((await direct.json()).message).toMatch(/^无法导入：文件过大（21 MB），导入文件最大 20 MB/);
  // From another site: refused before anything is read.
  const foreign = await page.request.post('/admin/import/upload?kind=register', { headers: { origin: 'https://evil.example' }, multipart: { file: { name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from('a') } } });
  expect(foreign.status()).toBe(403);
});
