import { expect, test } from '@playwright/test';
import { signInWithForm, USERS } from './support';

test.describe('sign-in', () => {
  for (const who of ['clerk', 'supervisor', 'admin'] as const) {
    test(`${who} signs in, sees their home page and signs out`, async ({ page }) => {
      await signInWithForm(page, who);
      if (who === 'clerk') await expect(page.getByRole('heading', { name: '我承办的未办结申请' })).toBeVisible();
      if (who === 'supervisor') await expect(page.getByRole('heading', { name: '本单位的申请' })).toBeVisible();
      if (who === 'admin') await expect(page.getByRole('link', { name: /用户管理/ }).first()).toBeVisible();
      await page.getByRole('button', { name: '退出登录' }).click();
      await expect(page).toHaveURL(/\/login/);
      await page.goto('/cases');
      await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fcases/);
    });
  }

  test('a wrong password gets a clear Chinese message', async ({ page }) => {
    await page.goto('/login');
    await page.getByLabel('用户名').fill(USERS.clerk2.username);
    await page.getByLabel('密码').fill('not-the-password1');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByTestId('form-error')).toContainText('用户名或密码不正确');
  });

  test('empty fields are named next to the field', async ({ page }) => {
    await page.goto('/login');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByTestId('error-username')).toHaveText('请填写用户名。');
    await expect(page.getByTestId('error-password')).toHaveText('请填写密码。');
  });
});
