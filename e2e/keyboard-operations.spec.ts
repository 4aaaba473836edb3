import { expect, test, type Locator, type Page } from '@playwright/test';
import { walker, walkPage } from './keyboard/walk';
import { pageAs, registerCase, requestExtension, resumeSession, todayInChina, USERS } from './support';

// Issue 11: the operations that take more than Tab, done with the keyboard alone as a keyboard user
// does them: the 待办 badge, ticking cases with Space, a step form's error summary, deciding an
// extension, and the header menu on a phone. (Sorting by Enter on a column header is in
// case-list.spec.ts; the registration form's summary links in form-errors.spec.ts.)

/** Presses Tab (or Shift+Tab) until `target` has focus, as a keyboard user gets there; fails past `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 150, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  const handle = await target.elementHandle({ timeout: 10_000 });
  for (let n = 0; n < limit; n++) {
    await page.keyboard.press(key);
    if (await page.evaluate((el) => el === document.activeElement, handle)) return;
  }
  throw new Error(`Tab did not reach ${target} within ${limit} presses`);
}

test('the 待办 badge and a to-do item open with Enter', async ({ page }) => {
  await resumeSession(page, 'clerk');
  await page.goto('/');
  await tabTo(page, page.getByTestId('todo-badge'), 5);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/todo$/);
  await tabTo(page, page.getByTestId('todo-overdue').locator('li a').first());
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cases\/\d+$/);
});

test('cases are ticked with Space and the selection exported with Enter', async ({ page }) => {
  await resumeSession(page, 'clerk');
  const { caseNo } = await registerCase(page, { applicantName: '键盘勾选' });
  await page.goto(`/cases?q=${caseNo}`);
  const box = page.getByLabel(`选择 ${caseNo}`);
  await tabTo(page, box);
  await page.keyboard.press('Space');
  await expect(box).toBeChecked();
  await page.keyboard.press('Shift+Tab');
  const exportButton = page.getByRole('button', { name: '导出所选（Excel）' });
  await tabTo(page, exportButton);
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/^所选申请/);
});

test('a step form opened and sent by keyboard: focus on the error summary, its link to the field', async ({ page }) => {
  await resumeSession(page, 'clerk');
  await registerCase(page);
  await page.goto(page.url());
  await tabTo(page, page.getByText('通知申请人补正', { exact: true }));
  await page.keyboard.press('Enter');
  const step = page.getByRole('form', { name: '通知申请人补正' });
  await tabTo(page, step.getByRole('button', { name: '记录补正通知' }), 10);
  await page.keyboard.press('Enter');
  const summary = step.getByTestId('form-error');
  await expect(summary).toBeFocused();
  await tabTo(page, summary.getByRole('link', { name: /^需补正的内容/ }), 3);
  await page.keyboard.press('Enter');
  await expect(step.getByLabel('需补正的内容')).toBeFocused();
  // Corrected and sent again: the page comes back with the confirmation, which has the focus.
  await page.keyboard.type('请写明所需信息的年份');
  await tabTo(page, step.getByRole('button', { name: '记录补正通知' }), 10);
  await page.keyboard.press('Enter');
  const saved = page.getByTestId('form-success');
  await expect(saved).toHaveText('办理步骤已记录。');
  await expect(saved).toBeFocused();
});

test('a supervisor decides an extension by keyboard: focus moves to the confirmation', async ({ browser, page }) => {
  await resumeSession(page, 'clerk');
  const { caseNo } = await registerCase(page);
  await requestExtension(page);

  const supervisor = await pageAs(browser, 'supervisor');
  await supervisor.goto('/review');
  const decision = supervisor.getByRole('form', { name: `审批延期 ${caseNo}` });
  // The 审批 button opens the form and puts the focus on its first field.
  await tabTo(supervisor, supervisor.getByRole('button', { name: `审批申请 ${caseNo} 的延期` }));
  await supervisor.keyboard.press('Enter');
  await expect(decision.getByLabel('审批意见')).toBeFocused();
  await supervisor.keyboard.press('ArrowDown');
  await expect(decision.getByLabel('审批意见')).toHaveValue('approve');
  const notified = decision.getByLabel('告知申请人日期（批准时必填）');
  await tabTo(supervisor, notified, 5);
  // The date itself is the browser's own field (年, 月, 日 by arrows or digits): filled here.
  await notified.fill(todayInChina());
  await tabTo(supervisor, decision.getByRole('button', { name: '提交延期审批意见' }), 6);
  await supervisor.keyboard.press('Enter');
  const notice = supervisor.getByTestId('extension-decided');
  await expect(notice).toContainText(`已批准申请 ${caseNo} 的延期申请`);
  await expect(notice).toBeFocused();
  await supervisor.context().close();
});

test('after a list action by keyboard focus is on its confirmation, not the page: reassign, save a filter, delete it', async ({ browser, page }) => {
  await resumeSession(page, 'clerk');
  const { caseNo } = await registerCase(page, { applicantName: '键盘改派' });
  const supervisor = await pageAs(browser, 'supervisor');
  await supervisor.goto(`/cases?q=${caseNo}`);
  // 改派 with nothing ticked: the summary takes focus and says what to do.
  await tabTo(supervisor, supervisor.getByRole('button', { name: '改派' }));
  await supervisor.keyboard.press('Enter');
  const refusal = supervisor.getByRole('form', { name: '所选申请' }).getByTestId('form-error');
  await expect(refusal).toContainText('请先勾选要改派的申请。没有改派任何申请。');
  await expect(refusal).toContainText('将所选申请改派给：请选择要改派给的承办人。');
  await expect(refusal).toBeFocused();
  await tabTo(supervisor, supervisor.getByLabel(`选择 ${caseNo}`));
  await supervisor.keyboard.press('Space');
  // Back up to the bar above the table: the handler (a select keeps its own keys), then 改派.
  await tabTo(supervisor, supervisor.getByLabel('将所选申请改派给'), 20, 'Shift+Tab');
  await supervisor.getByLabel('将所选申请改派给').selectOption({ label: USERS.clerk2.name });
  await tabTo(supervisor, supervisor.getByRole('button', { name: '改派' }), 3);
  await supervisor.keyboard.press('Enter');
  const reassigned = supervisor.getByRole('form', { name: '所选申请' }).getByTestId('form-success');
  await expect(reassigned).toContainText(`已将 1 件申请改派给“${USERS.clerk2.name}”`);
  await expect(reassigned).toBeFocused();

  const saved = supervisor.getByTestId('saved-filters').getByTestId('form-success');
  const name = `键盘筛选${Date.now() % 100_000}`;
  await tabTo(supervisor, supervisor.getByText('保存当前筛选…'));
  await supervisor.keyboard.press('Enter');
  await tabTo(supervisor, supervisor.getByRole('form', { name: '保存当前筛选' }).getByLabel('名称'), 3);
  await supervisor.keyboard.type(name);
  await supervisor.keyboard.press('Enter');
  await expect(saved).toContainText(`已保存筛选“${name}”`);
  await expect(saved).toBeFocused();

  await tabTo(supervisor, supervisor.getByRole('button', { name: `删除筛选“${name}”` }));
  await supervisor.keyboard.press('Enter');
  await expect(saved).toHaveText('已删除该筛选。');
  await expect(saved).toBeFocused();
  await supervisor.context().close();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header menu opens with Space or Enter; Escape closes it and puts focus back on its button', async ({ page }) => {
    await resumeSession(page, 'supervisor');
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: '主导航' });
    const button = page.locator('button[aria-controls="site-menu"]');
    await tabTo(page, button, 5);
    await page.keyboard.press('Space');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link').first()).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(nav).toBeHidden();
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(nav).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(button).toBeFocused();
    // The link of the page already shown (首页 here) closes the menu too, focus back on its button.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: '首页' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(nav).toBeHidden();
    await expect(button).toBeFocused();
  });

  test('a keyboard walk of the home page, the list, a case and the report at 390 px', async ({ page }) => {
    const w = await walker(page);
    await resumeSession(page, 'supervisor');
    const year = todayInChina().slice(0, 4);
    const problems: string[] = [];
    for (const path of ['/', '/cases', '/review', `/reports/${year}`]) problems.push(...(await walkPage(w, path)).problems);
    expect(problems).toEqual([]);
  });
});
