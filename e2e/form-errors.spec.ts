import { expect, test, type Page } from '@playwright/test';
import { registerCase, resumeSession, USERS } from './support';

// Issue 11: a form that comes back with errors moves focus to an announced summary (role="alert")
// that links to each invalid field — on every form, since the summary is FormMessage's own.

async function expectSummaryFocused(page: Page) {
  const summary = page.getByTestId('form-error');
  await expect(summary).toBeFocused();
  return summary;
}

test('registration with missing fields: the summary takes focus and each link moves to its field', async ({ page }) => {
  await resumeSession(page, 'clerk');
  await page.goto('/cases/new');
  await page.getByLabel('收到日期').fill('');
  await page.getByRole('button', { name: '登记' }).click();
  const summary = await expectSummaryFocused(page);
  await expect(summary).toHaveAttribute('role', 'alert');
  const links = summary.getByRole('link');
  await expect(links).toHaveText(['申请方式：请选择申请方式。', '收到日期：请填写收到日期。', '申请内容：请填写申请内容。', '申请人类型：请选择申请人类型。', '申请人姓名或名称：请填写申请人姓名或名称。']);
  // Keyboard: the first link is the next stop after the summary, and Enter moves to the field.
  await page.keyboard.press('Tab');
  await expect(links.first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('申请方式')).toBeFocused();
  await links.nth(3).click();
  await expect(page.getByLabel('申请人类型')).toBeFocused();
});

test('a wrong password on the sign-in form: focus on the announced message', async ({ page }) => {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(USERS.clerk2.username);
  await page.getByLabel('密码').fill('not-the-password');
  await page.getByRole('button', { name: '登录' }).click();
  const summary = await expectSummaryFocused(page);
  await expect(summary).toContainText('用户名或密码不正确');
});

test('an empty sign-in form: focus on the summary, which links to both fields', async ({ page }) => {
  await page.goto('/login');
  await page.getByRole('button', { name: '登录' }).click();
  const summary = await expectSummaryFocused(page);
  await expect(summary).toContainText('请按提示填写后再登录。');
  await expect(summary.getByRole('link')).toHaveText(['用户名：请填写用户名。', '密码：请填写密码。']);
});

test('the close form and a step form take focus to their error summary', async ({ page }) => {
  await resumeSession(page, 'clerk');
  await registerCase(page);
  const close = page.getByRole('form', { name: '办结' });
  await close.getByLabel('答复日期').fill('');
  await close.getByRole('button', { name: '办结' }).click();
  await expect(close.getByTestId('form-error')).toBeFocused();
  await expect(close.getByTestId('form-error').getByRole('link')).toHaveText(['办理结果：请选择办理结果（按统计表的 21 项之一）。', '答复日期：请填写答复日期。']);

  await page.getByText('通知申请人补正', { exact: true }).click();
  const step = page.getByRole('form', { name: '通知申请人补正' });
  await step.getByRole('button', { name: '记录补正通知' }).click();
  await expect(step.getByTestId('form-error')).toBeFocused();
  await step.getByTestId('form-error').getByRole('link', { name: /^需补正的内容/ }).click();
  await expect(step.getByLabel('需补正的内容')).toBeFocused();
});
