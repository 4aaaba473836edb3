import { expect, test } from '@playwright/test';
import { login } from './support';
import { concreteRoutes, ensureSampleRecords } from './routes';

// Whatever a visitor types into the address bar (a page that is not a number, a parameter given
// twice, a value from another page) shows the page, never a server error.

const URLS = [
  '/cases?page=abc',
  '/cases?page=-3',
  '/cases?page=1.5&page=2',
  '/cases?q=%E5%BC%A0&q=%E6%9D%8E&status=overdue&status=x',
  '/cases?year=abc&year=2024&handler=me&handler=99999999999999999999&sort=nope&type=&outcome[]=x',
  '/cases/1?saved=__proto__',
  '/cases/1?saved=created&saved=updated',
  '/reviews?page=abc',
  '/reviews?page=1e9',
  '/reports?year=abc',
  '/reports?year=2023&year=2024',
  '/reports/2023/cells?row=x&row=y&col=z&page=abc',
];

test('pages answer odd query parameters with the page, not a server error', async ({ page }) => {
  await login(page, 'supervisor');
  for (const url of URLS) {
    const response = await page.goto(url);
    expect([url, response!.status() < 500]).toEqual([url, true]);
    await expect(page.getByTestId('error-page')).toHaveCount(0);
  }
  await page.goto('/cases?q=%E5%BC%A0&q=%E6%9D%8E');
  await expect(page.getByLabel('关键词')).toHaveValue('张');
});

// A notice after an action (?saved=created) names a message the page knows; any other value shows
// no message, and names every object inherits (constructor, __proto__) do not break the page.
const NOT_NOTICES = ['constructor', 'toString', '__proto__', 'hasOwnProperty', '%E5%B7%B2%E5%8F%91%E5%B8%83%E5%81%87%E6%B6%88%E6%81%AF'];

test('a page shows the notice of a key it knows, and no notice (not an error) for any other', async ({ page, browser }) => {
  await ensureSampleRecords(browser);
  const letter = concreteRoutes({ only: (p) => p === '/cases/[id]/letters/[letterId]' })[0].path;
  const annual = `/reports/${new Date().getFullYear() - 1}/annual`;
  await login(page, 'supervisor');
  for (const base of [letter, letter.replace(/\/\d+$/, ''), '/cases/1', annual, '/account']) {
    for (const value of NOT_NOTICES) {
      const url = `${base}?saved=${value}`;
      const response = await page.goto(url);
      expect([url, response!.status()]).toEqual([url, 200]);
      await expect(page.getByTestId('error-page')).toHaveCount(0);
      await expect(page.getByTestId('form-success'), url).toHaveCount(0);
    }
  }
  await page.goto(`${annual}?published=%E5%81%87`);
  await expect(page.getByTestId('form-success')).toHaveCount(0);
  await page.goto(`${letter}?saved=saved`);
  await expect(page.getByTestId('form-success')).toHaveText('草稿已保存。');
  await page.goto(`${annual}?saved=draft`);
  await expect(page.getByTestId('form-success')).toHaveText('已保存：保存草稿。');
});

test('the sign-in page says why a session ended only for a reason it knows', async ({ page }) => {
  for (const value of NOT_NOTICES) {
    const response = await page.goto(`/login?ended=${value}`);
    expect([value, response!.status()]).toEqual([value, 200]);
    await expect(page.getByTestId('form-success')).toHaveCount(0);
  }
  await page.goto('/login?ended=session');
  await expect(page.getByTestId('form-success')).toContainText('登录已失效');
});

test('the sign-in page takes a repeated callback address too', async ({ page }) => {
  const response = await page.goto('/login?callbackUrl=/cases&callbackUrl=/reviews');
  expect(response!.status()).toBe(200);
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
});
