import { expect, test, type Page } from '@playwright/test';
import { completeForcedChange, createAccount, pageAs, pageAsNewAccount, submitSignIn, USERS } from './support';
import { ageSignIn, idleSessions } from './database';

async function sessionUser(page: Page): Promise<unknown> {
  const response = await page.request.get('/api/auth/session');
  return ((await response.json()) as { user?: unknown } | null)?.user;
}

test.describe('sessions end on the server', () => {
  test('signing out ends the session everywhere: a copied cookie stops working', async ({ browser }) => {
    const original = await pageAs(browser, 'clerk2');
    const copy = await (await browser.newContext()).newPage();
    await copy.context().addCookies(await original.context().cookies());
    await copy.goto('/cases');
    await expect(copy.getByTestId('current-user')).toContainText(USERS.clerk2.name);

    await original.getByRole('button', { name: '退出登录' }).click();
    await expect(original).toHaveURL(/\/login/);
    await copy.goto('/cases');
    await expect(copy).toHaveURL(/\/login/);
    expect(await sessionUser(copy)).toBeUndefined();
  });

  test('after 30 minutes without activity the user must sign in again', async ({ browser }) => {
    const { page, account } = await pageAsNewAccount(browser, 'clerk');
    await page.goto('/cases');
    expect(idleSessions(account.username, 31)).toBe(1);
    await page.goto('/cases');
    await expect(page).toHaveURL(/\/login\?.*ended=session/);
    await expect(page.getByTestId('form-success')).toContainText('登录已失效');
    expect(await sessionUser(page)).toBeUndefined();
  });

  test('8 hours after sign-in the session ends however active, and polling the session endpoint does not extend it', async ({ browser }) => {
    const { page, account } = await pageAsNewAccount(browser, 'clerk');
    expect(ageSignIn(account.username, 8 * 60 - 2)).toBe(1);
    await page.goto('/cases');
    await expect(page.getByTestId('current-user')).toContainText(account.name);
    // The endpoint re-issues its cookie on every call; the server's limit must not move.
    for (let i = 0; i < 3; i++) expect(await sessionUser(page)).toBeDefined();
    ageSignIn(account.username, 3);
    await page.goto('/cases');
    await expect(page).toHaveURL(/\/login/);
    expect(await sessionUser(page)).toBeUndefined();
  });
});

test.describe('own password', () => {
  test('a user changes their own password, which needs the current one, and sees their previous sign-in', async ({ browser }) => {
    const { page, account } = await pageAsNewAccount(browser, 'supervisor');
    await page.goto('/account');
    const form = page.getByRole('form', { name: '修改密码' });
    await form.getByLabel('当前密码').fill('not-my-password');
    await form.getByLabel(/^新密码/).fill('Better-Pass-77');
    await form.getByLabel('再次输入新密码').fill('Better-Pass-77');
    await form.getByRole('button', { name: '修改密码' }).click();
    await expect(form.getByTestId('error-currentPassword')).toHaveText('当前密码不正确，请重新输入。');

    await form.getByLabel('当前密码').fill(account.password);
    await form.getByLabel(/^新密码/).fill('Better-Pass-77');
    await form.getByLabel('再次输入新密码').fill('Better-Pass-77');
    await form.getByRole('button', { name: '修改密码' }).click();
    await expect(form.getByTestId('form-success')).toContainText('密码已修改');

    await page.getByRole('button', { name: '退出登录' }).click();
    await expect(page).toHaveURL(/\/login/);
    await submitSignIn(page, account.username, account.password);
    await expect(page.getByTestId('form-error')).toContainText('用户名或密码不正确');
    await submitSignIn(page, account.username, 'Better-Pass-77');
    await expect(page.getByTestId('current-user')).toContainText(account.name);
    // 鉴别警示: the previous sign-in, where from, and the failed attempt since.
    await expect(page.getByTestId('last-sign-in')).toContainText(/上次登录：\d{4}-\d{2}-\d{2} \d{2}:\d{2}，来自 127\.0\.0\.1/);
    await expect(page.getByTestId('failed-since')).toHaveText('此后有 1 次登录失败');
  });

  test('a forced change cannot be skipped by going elsewhere', async ({ browser }) => {
    const admin = await pageAs(browser, 'admin');
    const account = await createAccount(admin, 'clerk');
    const page = await (await browser.newContext()).newPage();
    await submitSignIn(page, account.username, account.password);
    await expect(page).toHaveURL(/\/login\/change-password/);
    for (const path of ['/', '/cases', '/account', '/help']) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/login\/change-password/);
    }
    const replay = await page.request.get('/register-export/download?what=register&format=csv');
    expect(replay.status()).toBe(401);
    await completeForcedChange(page, account.password, 'Own-Choice-12');
    await expect(page.getByTestId('current-user')).toContainText(account.name);
  });
});
