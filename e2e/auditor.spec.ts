import { expect, test } from '@playwright/test';
import fs from 'node:fs';
import { login, pageAs } from './support';

test.describe('the auditor (审计员)', () => {
  test('reads and exports the whole audit log, administrators\' actions included, and nothing else', async ({ browser, page }) => {
    // An administrator's own action, for the auditor to find.
    const admin = await pageAs(browser, 'admin');
    await admin.goto('/admin/security');
    // (The reuse setting: changing it does not disturb the tests running alongside.)
    await admin.getByLabel('不得重复使用最近几次的密码').fill('6');
    await admin.getByRole('button', { name: '保存安全设置' }).click();
    await expect(admin.getByTestId('form-success')).toContainText('安全设置已保存');
    await admin.getByLabel('不得重复使用最近几次的密码').fill('5');
    await admin.getByRole('button', { name: '保存安全设置' }).click();
    await expect(admin.getByTestId('form-success')).toBeVisible();

    await login(page, 'auditor');
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav.getByRole('link')).toHaveText(['首页', '审计日志', '帮助']);
    const year = new Date().getFullYear() - 1;
    for (const path of ['/cases', '/cases/1', '/cases/1/edit', '/cases/new', '/reports', `/reports/${year}`, `/reports/${year}/cells?row=total&col=total`, '/review', '/reviews', '/reviews/1', '/register-export', '/admin/users', '/admin/users/1', '/admin/security', '/admin/settings', '/admin/calendar', '/admin/import']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
    }
    expect((await page.request.get('/register-export/download?what=register&format=csv')).status()).toBe(403);

    await page.goto('/audit');
    await page.getByLabel('操作', { exact: true }).selectOption({ label: '修改安全设置' });
    await page.getByRole('button', { name: '筛选' }).click();
    const table = page.getByTestId('audit-log');
    await expect(table).toContainText('张伟（admin）');
    await expect(table).toContainText('不得重复的近期密码个数：5 → 6');

    await page.getByLabel('操作', { exact: true }).selectOption({ label: '登录成功' });
    await page.getByRole('button', { name: '筛选' }).click();
    await expect(table).toContainText('赵敏（auditor）');
    await expect(table).toContainText('127.0.0.1');

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^审计日志-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = fs.readFileSync(await file.path(), 'utf8');
    expect(text.startsWith('\uFEFF时间,操作人,操作,对象类型,对象,修改内容,说明,网络地址,记录编号')).toBe(true);
    expect(text).toContain('登录成功');
  });

  test('a supervisor reads the case records of the audit log, not the sign-in records', async ({ page }) => {
    await login(page, 'supervisor');
    await page.goto('/audit');
    await expect(page.getByTestId('audit-log')).toContainText('登记申请');
    await page.getByLabel('操作', { exact: true }).selectOption({ label: '登录成功' });
    await page.getByRole('button', { name: '筛选' }).click();
    await expect(page.getByTestId('audit-count')).toHaveText('共 0 条');
  });

  test('a clerk and an administrator cannot open it', async ({ browser, page }) => {
    await login(page, 'clerk');
    expect((await page.goto('/audit'))?.status()).toBe(403);
    const admin = await pageAs(browser, 'admin');
    expect((await admin.goto('/audit'))?.status()).toBe(403);
    expect((await admin.request.get('/audit/export?format=csv')).status()).toBe(403);
  });
});
