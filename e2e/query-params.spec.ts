import { expect, test } from '@playwright/test';
import { login } from './support';

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

test('the sign-in page takes a repeated callback address too', async ({ page }) => {
  const response = await page.goto('/login?callbackUrl=/cases&callbackUrl=/reviews');
  expect(response!.status()).toBe(200);
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
});
