import { expect, test } from '@playwright/test';
import { login, resumeSession } from './support';
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

test('the case list names each odd parameter it ignored or changed, and still shows the list', async ({ page }) => {
  await login(page, 'supervisor');
  const ODD: [string, string | RegExp][] = [
    ['/cases?page=abc', '页码“abc”无法识别，已显示第 1 页。'],
    ['/cases?page=-3', '页码“-3”无法识别，已显示第 1 页。'],
    ['/cases?page=99999999999999999', '页码“99999999999999999”无法识别，已显示第 1 页。'],
    ['/cases?page=99999', /没有第 99999 页（共 \d+ 页），已显示第 \d+ 页。/],
    ['/cases?status=overdue&status=paused', '状态给出了多个值，已按第一个值“overdue”处理。'],
    ['/cases?stauts=overdue', '地址中的条件“stauts”无法识别，已忽略。'],
    ['/cases?outcome[]=x', '地址中的条件“outcome[]”无法识别，已忽略。'],
    [`/cases?q=${encodeURIComponent('拆'.repeat(201))}`, '“关键词”不能超过 200 个字符，已按前 200 个字符查找。'],
    ['/cases?q=%E0%A4%A', '关键词无法读取（地址中的文字编码有误，链接可能被截断），已忽略这个条件。'],
    ['/cases?handler=99999', '承办人“99999”不存在或从未承办申请，已忽略这个条件。'],
  ];
  for (const [url, message] of ODD) {
    const response = await page.goto(url);
    expect([url, response!.status()]).toEqual([url, 200]);
    await expect(page.getByTestId('list-problems')).toContainText(message);
    await expect(page.getByTestId('case-count')).toBeVisible();
  }
  await page.goto('/cases?q=%E0%A4%A');
  await expect(page.getByLabel('关键词')).toHaveValue('');

  // A year with no case is offered in the select, so the filter shows and survives 查找.
  await page.goto('/cases?year=2999');
  await expect(page.getByTestId('list-problems')).toHaveCount(0);
  await expect(page.getByLabel('收到年度')).toHaveValue('2999');
  await page.getByRole('button', { name: '查找' }).click();
  await expect(page).toHaveURL(/year=2999/);
  await expect(page.getByTestId('case-count')).toHaveText('共 0 件');
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

test('a confirmation named in the address is said once: then taken out of the address, so a reload or Back does not say it again', async ({ page }) => {
  await resumeSession(page, 'clerk');
  await page.goto('/cases/1?saved=event');
  await expect(page.getByTestId('form-success')).toHaveText('办理步骤已记录。');
  await expect(page.getByTestId('form-success')).toBeFocused();
  await expect(page).toHaveURL(/\/cases\/1$/);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('form-success')).toHaveCount(0);
  await page.goto('/cases/1?saved=updated');
  await expect(page).toHaveURL(/\/cases\/1$/);
  await page.goto('/cases');
  await page.goBack();
  await expect(page).toHaveURL(/\/cases\/1$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('form-success')).toHaveCount(0);
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
