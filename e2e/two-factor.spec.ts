import { expect, test } from '@playwright/test';
import { completeForcedChange, createAccount, pageAs, submitSignIn, totpCode } from './support';

test.describe('second factor for administrators', () => {
  test('a new administrator enrols by QR code after the password, then signs in with a code', async ({ browser }) => {
    const admin = await pageAs(browser, 'admin');
    const account = await createAccount(admin, 'admin', 'adm');
    const page = await (await browser.newContext()).newPage();
    await submitSignIn(page, account.username, account.password);
    await completeForcedChange(page, account.password, 'Admin-Own-Pass-1');

    // Enrolment comes before anything else.
    await expect(page).toHaveURL(/\/login\/enrol/);
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/login\/enrol/);
    await expect(page.getByRole('img', { name: '双因素认证二维码' }).locator('svg')).toBeVisible();
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    const enrol = page.getByRole('form', { name: '启用双因素认证' });
    await enrol.getByLabel('验证器应用显示的 6 位数字').fill('000000');
    await enrol.getByRole('button', { name: '验证并启用' }).click();
    await expect(page.getByTestId('error-code')).toContainText('验证码不正确');
    await enrol.getByLabel('验证器应用显示的 6 位数字').fill(totpCode(secret));
    await enrol.getByRole('button', { name: '验证并启用' }).click();
    await expect(page.getByTestId('recovery-codes').locator('li')).toHaveCount(10);
    await page.getByRole('link', { name: '我已保存恢复码，继续' }).click();
    await expect(page.getByTestId('current-user')).toContainText(account.name);

    // The next sign-in asks for a code after the password; a code from the test's own clock works.
    await page.getByRole('button', { name: '退出登录' }).click();
    await expect(page).toHaveURL(/\/login/);
    await submitSignIn(page, account.username, 'Admin-Own-Pass-1');
    await expect(page).toHaveURL(/\/login\/verify/);
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/login\/verify/);
    // Sent empty: the summary takes focus and links to the field.
    await page.getByRole('button', { name: '验证' }).click();
    await expect(page.getByTestId('form-error')).toBeFocused();
    await expect(page.getByTestId('form-error').getByRole('link')).toHaveText(/^动态验证码：/);
    await page.getByLabel('动态验证码').fill(totpCode(secret, 1));
    await page.getByRole('button', { name: '验证' }).click();
    await expect(page.getByTestId('current-user')).toContainText(account.name);
    await page.goto('/account');
    await expect(page.getByTestId('totp-status')).toContainText('已启用。剩余恢复码 10 个');

    // Another administrator resets it (lost phone): the user is signed out and enrols again.
    await admin.goto('/admin/users');
    await admin.getByRole('link', { name: account.username }).click();
    await expect(admin.getByTestId('user-totp-status')).toContainText('已于');
    await admin.getByRole('button', { name: '重置双因素认证' }).click();
    await expect(admin.getByRole('form', { name: '重置双因素认证' }).getByTestId('form-success')).toContainText('双因素认证已重置');
    await page.goto('/');
    await expect(page).toHaveURL(/\/login/);
    await submitSignIn(page, account.username, 'Admin-Own-Pass-1');
    await expect(page).toHaveURL(/\/login\/enrol/);
    await expect(admin.getByTestId('audit-history')).toContainText('重置双因素认证');
  });
});
