import { expect, test } from '@playwright/test';
import { pageAs, registerCase, resumeSession, todayInChina, uniqueCaseNo } from './support';
import { captureServerAction, replayServerAction } from './server-action';

const PROTECTED_PAGES = ['/', '/cases', '/cases/new', '/cases/1', '/admin/users', '/admin/settings', '/help'];

test.describe('anonymous visitors', () => {
  for (const path of PROTECTED_PAGES) {
    test(`are sent to sign-in from ${path}`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login/);
      await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
    });
  }

  test('cannot call a server action directly', async ({ browser, page }) => {
    const admin = await pageAs(browser, 'admin');
    await admin.goto('/admin/users');
    const username = `anon${Date.now() % 1_000_000}`;
    const action = await captureServerAction(admin, async () => {
      const form = admin.getByRole('form', { name: '新建用户' });
      await form.getByLabel('用户名').fill(username);
      await form.getByLabel('姓名').fill('匿名测试');
      await form.getByLabel('角色').selectOption('admin');
      await form.getByLabel('初始密码').fill('Anon-12345');
      await form.getByRole('button', { name: '新建用户' }).click();
    });
    await page.goto('/login');
    const result = await replayServerAction(page, action);
    expect(result.text).not.toContain('已创建用户');
    await admin.goto('/admin/users');
    await expect(admin.getByTestId('user-table')).not.toContainText(username);
  });
});

test.describe('a clerk', () => {
  for (const path of ['/admin/users', '/admin/settings', '/admin/users/1']) {
    test(`is refused the admin page ${path}`, async ({ page }) => {
      await resumeSession(page, 'clerk');
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByTestId('forbidden')).toBeVisible();
    });
  }

  test('cannot create users even by calling the admin action directly', async ({ browser, page }) => {
    const admin = await pageAs(browser, 'admin');
    await admin.goto('/admin/users');
    const username = `sneaky${Date.now() % 1_000_000}`;
    const action = await captureServerAction(admin, async () => {
      const form = admin.getByRole('form', { name: '新建用户' });
      await form.getByLabel('用户名').fill(username);
      await form.getByLabel('姓名').fill('越权测试');
      await form.getByLabel('角色').selectOption('admin');
      await form.getByLabel('初始密码').fill('Sneaky-12345');
      await form.getByRole('button', { name: '新建用户' }).click();
    });
    await resumeSession(page, 'clerk');
    const result = await replayServerAction(page, action);
    expect(result.text).toContain('只有管理员可以管理用户。');
    await admin.goto('/admin/users');
    await expect(admin.getByTestId('user-table')).not.toContainText(username);
  });

  test('cannot reopen a closed case, even by calling the supervisor action directly', async ({ browser, page }) => {
    await resumeSession(page, 'clerk');
    const { url } = await registerCase(page);
    const close = page.getByRole('form', { name: '办结' });
    await close.getByLabel('办理结果').selectOption('disclosed');
    await close.getByLabel('答复日期').fill(todayInChina());
    await close.getByRole('button', { name: '办结' }).click();
    await expect(page.getByTestId('case-status')).toHaveText('已办结');
    await expect(page.getByRole('form', { name: '重新打开' })).toHaveCount(0);

    const supervisor = await pageAs(browser, 'supervisor');
    await supervisor.goto(url);
    const action = await captureServerAction(supervisor, async () => {
      const form = supervisor.getByRole('form', { name: '重新打开' });
      await form.getByLabel('重新打开的理由').fill('越权尝试');
      await form.getByRole('button', { name: '重新打开' }).click();
    });
    const result = await replayServerAction(page, action);
    expect(result.text).toContain('只有负责人可以重新打开已办结的申请。');
    await page.reload();
    await expect(page.getByTestId('case-status')).toHaveText('已办结');
  });

  test("cannot edit another clerk's case by calling the action directly", async ({ browser, page }) => {
    const other = await pageAs(browser, 'clerk2');
    const { url } = await registerCase(other, { caseNo: uniqueCaseNo('OTHER') });
    await other.goto(`${url}/edit`);
    const action = await captureServerAction(other, async () => {
      await other.getByLabel('申请人姓名或名称').fill('被篡改的名字');
      await other.getByRole('button', { name: '保存修改' }).click();
    });
    await resumeSession(page, 'clerk');
    const editPage = await page.goto(`${url}/edit`);
    expect(editPage?.status()).toBe(403);
    const result = await replayServerAction(page, action);
    expect(result.text).toContain('您不是该申请的承办人，不能修改。');
    await page.goto(url);
    await expect(page.getByTestId('case-facts')).not.toContainText('被篡改的名字');
  });
});

test.describe('a supervisor', () => {
  test('cannot manage users', async ({ page }) => {
    await resumeSession(page, 'supervisor');
    const response = await page.goto('/admin/users');
    expect(response?.status()).toBe(403);
  });
});

test.describe('an administrator', () => {
  test('cannot register cases', async ({ page }) => {
    await resumeSession(page, 'admin');
    const response = await page.goto('/cases/new');
    expect(response?.status()).toBe(403);
  });
});
