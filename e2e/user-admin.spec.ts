import { expect, test, type Page } from '@playwright/test';
import { completeForcedChange, pageAs, resumeSession, submitSignIn } from './support';

const signInAs = (page: Page, username: string, password: string) => submitSignIn(page, username, password);

test.describe('user administration', () => {
  test('an admin creates a user, resets the password, changes the role and deactivates the account', async ({ browser, page }) => {
    await resumeSession(page, 'admin');
    await page.goto('/admin/users');
    const username = `zhao${Date.now() % 1_000_000}`;
    const form = page.getByRole('form', { name: '新建用户' });
    await form.getByLabel('用户名').fill('x');
    await form.getByLabel('姓名').fill('赵新');
    await form.getByLabel('角色').selectOption('clerk');
    await form.getByLabel('初始密码').fill('short');
    await form.getByRole('button', { name: '新建用户' }).click();
    await expect(form.getByTestId('error-username')).toContainText('用户名须为 3–32 位');
    await expect(form.getByTestId('error-password')).toHaveText('密码至少需要 8 个字符。');
    await form.getByLabel('初始密码').fill('onlylowercase1');
    await form.getByRole('button', { name: '新建用户' }).click();
    await expect(form.getByTestId('error-password')).toContainText('密码需包含大写字母、小写字母、数字、符号中的至少 3 类');
    await expect(form.getByLabel('角色')).toHaveValue('clerk');

    await form.getByLabel('用户名').fill(username);
    await form.getByLabel('初始密码').fill('First-Pass-1');
    await form.getByRole('button', { name: '新建用户' }).click();
    await expect(page.getByTestId('form-success')).toContainText(`已创建用户“赵新”（${username}）`);

    // The administrator chose that password: its owner replaces it before anything else opens.
    const newcomer = await browser.newPage();
    await signInAs(newcomer, username, 'First-Pass-1');
    await expect(newcomer.getByTestId('forced-change')).toBeVisible();
    await newcomer.goto('/cases');
    await expect(newcomer).toHaveURL(/\/login\/change-password/);
    await completeForcedChange(newcomer, 'First-Pass-1', 'My-Own-Pass-1');
    await expect(newcomer.getByTestId('current-user')).toHaveText('赵新（登记员）');

    await page.getByRole('link', { name: username }).click();
    await page.getByRole('form', { name: '重置密码' }).getByLabel('新密码').fill('Second-Pass-2');
    await page.getByRole('form', { name: '重置密码' }).getByRole('button', { name: '重置密码' }).click();
    await expect(page.getByRole('form', { name: '重置密码' }).getByTestId('form-success')).toContainText('密码已重置');

    // The reset signs the user out everywhere; the new password works, and must be replaced at once.
    await newcomer.goto('/cases');
    await expect(newcomer).toHaveURL(/\/login/);
    await signInAs(newcomer, username, 'Second-Pass-2');
    await completeForcedChange(newcomer, 'Second-Pass-2', 'My-Own-Pass-2');
    await expect(newcomer.getByTestId('current-user')).toHaveText('赵新（登记员）');

    await page.getByRole('form', { name: '更改角色' }).getByLabel('角色').selectOption('supervisor');
    await page.getByRole('form', { name: '更改角色' }).getByRole('button', { name: '更改角色' }).click();
    await expect(page.getByRole('form', { name: '更改角色' }).getByTestId('form-success')).toBeVisible();
    await newcomer.goto('/');
    await expect(newcomer.getByTestId('current-user')).toHaveText('赵新（负责人）');

    await page.getByRole('form', { name: '停用账号' }).getByRole('button', { name: '停用账号' }).click();
    await expect(page.getByRole('form', { name: '启用账号' })).toBeVisible();
    await expect(page.getByTestId('audit-history')).toContainText('停用账号');
    await expect(page.getByTestId('audit-history')).toContainText('更改角色');

    // A deactivated user is signed out at once and cannot sign in again.
    await newcomer.goto('/cases');
    await expect(newcomer).toHaveURL(/\/login/);
    await signInAs(newcomer, username, 'My-Own-Pass-2');
    await expect(newcomer.getByTestId('form-error')).toContainText('用户名或密码不正确，或账号已停用');
  });

  test('five wrong passwords lock the username for 15 minutes, with a clear message', async ({ browser }) => {
    const admin = await pageAs(browser, 'admin');
    await admin.goto('/admin/users');
    const username = `lock${Date.now() % 1_000_000}`;
    const form = admin.getByRole('form', { name: '新建用户' });
    await form.getByLabel('用户名').fill(username);
    await form.getByLabel('姓名').fill('锁定测试');
    await form.getByLabel('角色').selectOption('clerk');
    await form.getByLabel('初始密码').fill('Right-Pass-1');
    await form.getByRole('button', { name: '新建用户' }).click();
    await expect(admin.getByTestId('form-success')).toBeVisible();

    const page = await browser.newPage();
    for (let i = 0; i < 4; i++) {
      await signInAs(page, username, 'Wrong-Pass-1');
      await expect(page.getByTestId('form-error')).toContainText('用户名或密码不正确');
    }
    await signInAs(page, username, 'Wrong-Pass-1');
    await expect(page.getByTestId('form-error')).toContainText('已连续 5 次输错密码，已暂停登录 15 分钟');
    await signInAs(page, username, 'Right-Pass-1');
    await expect(page.getByTestId('form-error')).toContainText('已暂停登录 15 分钟');

    // An administrator's password reset lifts the lock.
    await admin.getByRole('link', { name: username }).click();
    await admin.getByRole('form', { name: '重置密码' }).getByLabel('新密码').fill('Fresh-Pass-3');
    await admin.getByRole('form', { name: '重置密码' }).getByRole('button', { name: '重置密码' }).click();
    await expect(admin.getByRole('form', { name: '重置密码' }).getByTestId('form-success')).toBeVisible();
    await signInAs(page, username, 'Fresh-Pass-3');
    await completeForcedChange(page, 'Fresh-Pass-3', 'Fresh-Pass-3-Mine');
    await expect(page.getByTestId('current-user')).toHaveText('锁定测试（登记员）');
  });
});
