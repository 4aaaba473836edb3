import { expect, test } from '@playwright/test';
import { pageAs, registerCase, requestExtension, resumeSession, todayInChina } from './support';

// Issue 11: each role's home page; every figure opens the list it counts; the supervisor decides
// extension requests in place; the 待办 badge counts what /todo lists.

test('a clerk’s figures open the lists they count', async ({ page }) => {
  await resumeSession(page, 'clerk');
  // Other specs register cases for this clerk in parallel: a figure and its list are compared as
  // read one after the other, again until no registration fell between them.
  const FIGURES = [
    ['overdue', 'status=overdue'],
    ['due_today', 'due=today'],
    ['due_this_week', 'due=this_week'],
    ['due_soon', 'status=due_soon'],
    ['open', 'status=open'],
  ];
  for (const [key, filter] of FIGURES) {
    await expect(async () => {
      await page.goto('/');
      const figure = page.getByTestId(`figure-${key}`);
      const value = Number((await figure.locator('span').first().textContent())?.trim());
      await figure.click();
      await expect(page).toHaveURL(new RegExp(`/cases\\?${filter}&handler=me`));
      await expect(page.getByTestId('case-count')).toHaveText(`共 ${value} 件`, { timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
  }
});

test('the 待办 badge counts the to-do list, whose items open their cases', async ({ page }) => {
  await resumeSession(page, 'clerk');
  await page.goto('/todo');
  const badge = page.getByTestId('todo-badge');
  const count = Number(await badge.locator('span').textContent());
  const totals = await page.locator('[data-testid^="todo-"] h2 span').allTextContents();
  expect(totals.reduce((n, t) => n + Number(t.replace(/\D/g, '')), 0)).toBe(count);
  expect(count).toBeGreaterThan(0);
  await page.getByTestId('todo-overdue').getByRole('link').first().click();
  await expect(page).toHaveURL(/\/cases\/\d+$/);
  await expect(page.getByTestId('clock-badge').first()).toHaveAttribute('data-status', 'overdue');
});

test('a supervisor sees the pending approvals at home and decides an extension there', async ({ browser, page }) => {
  await resumeSession(page, 'clerk');
  const { caseNo, url } = await registerCase(page);
  await requestExtension(page);

  const supervisor = await pageAs(browser, 'supervisor');
  const pending = supervisor.getByTestId('pending-approvals');
  await expect(pending.getByRole('heading', { name: /^待您审批/ })).toBeVisible();
  const card = pending.getByTestId(`extension-${caseNo}`);
  const decision = card.getByRole('form', { name: `审批延期 ${caseNo}` });
  await card.getByRole('button', { name: `审批申请 ${caseNo} 的延期` }).click();
  await decision.getByLabel('审批意见').selectOption('approve');
  await decision.getByLabel('告知申请人日期（批准时必填）').fill(todayInChina());
  await decision.getByRole('button', { name: '提交延期审批意见' }).click();
  await expect(supervisor).toHaveURL(/\/\?decided=\d+$/);
  await expect(supervisor.getByTestId('extension-decided')).toContainText(`已批准申请 ${caseNo} 的延期申请（延长 5 个工作日）`);
  await expect(card).toHaveCount(0);
  await page.goto(url);
  await expect(page.getByTestId('extension-state')).toContainText('已批准');
});

test('a supervisor’s charts come with their data tables', async ({ page }) => {
  await resumeSession(page, 'supervisor');
  await page.goto('/');
  for (const id of ['intake-chart', 'outcome-chart']) {
    const chart = page.getByTestId(id);
    await expect(chart.locator('svg')).toBeVisible();
    await chart.getByText('数据表').click();
    await expect(chart.getByTestId(`${id}-table`).locator('tbody tr')).not.toHaveCount(0);
  }
  await expect(page.getByTestId('intake-chart-table').locator('tbody tr')).toHaveCount(12);
  await expect(page.getByTestId('workload')).toContainText('王芳');
});

test('an administrator’s home names the provisional calendar years, imports and the last backup', async ({ page }) => {
  await resumeSession(page, 'admin');
  await page.goto('/');
  await expect(page.getByTestId('admin-users')).toContainText('在岗');
  await expect(page.getByTestId('admin-calendar')).toBeVisible();
  await expect(page.getByTestId('admin-import')).toBeVisible();
  await expect(page.getByTestId('admin-backup')).toContainText(/最近一次备份|没有备份记录/);
  // Each user figure opens the users it counts (the counts themselves: tests/data/dashboard.test.ts).
  await page.getByTestId('admin-users').getByRole('link', { name: /^在岗 \d+ 人$/ }).click();
  await expect(page).toHaveURL(/\/admin\/users\?status=active$/);
  await expect(page.getByRole('heading', { level: 2, name: /^在岗的用户（\d+ 人）$/ })).toBeVisible();
  await expect(page.getByTestId('user-filters').getByRole('link', { name: '在岗', exact: true })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByTestId('user-table').locator('tbody tr td:nth-child(4)').first()).toHaveText('在岗');
  await expect(page.getByTestId('user-table').locator('tbody tr td:nth-child(4)', { hasText: '已停用' })).toHaveCount(0);
  await page.goto('/admin/users?status=gone&role=boss');
  await expect(page.getByTestId('user-filter-problems')).toContainText('无法识别的状态“gone”');
  await expect(page.getByRole('heading', { level: 2, name: /^全部用户（\d+ 人）$/ })).toBeVisible();
});

test('an auditor’s home leads to the audit log only: no figures, no 待办 badge, an empty to-do list', async ({ page }) => {
  await resumeSession(page, 'auditor');
  await page.goto('/');
  const main = page.getByRole('main');
  await expect(main.getByRole('link')).toHaveText([/审计日志/]);
  await expect(page.locator('[data-testid^="figure-"]')).toHaveCount(0);
  await expect(page.getByTestId('todo-badge')).toHaveCount(0);
  await page.goto('/todo');
  await expect(page.getByTestId('todo-empty')).toBeVisible();
});

test('a supervisor’s 超期 figure under 按时办结率 opens the list of exactly those cases: closed late, replied this year', async ({ page }) => {
  await resumeSession(page, 'supervisor');
  const year = todayInChina().slice(0, 4);
  await expect(async () => {
    await page.goto('/');
    const link = page.getByTestId('on-time').getByRole('link', { name: /^超期 \d+ 件$/ });
    const value = Number((await link.textContent())?.match(/\d+/)?.[0]);
    await link.click();
    await expect(page).toHaveURL(new RegExp(`/cases\\?status=closed_late&replied=${year}&sort=replied_desc`));
    await expect(page.getByTestId('case-count')).toHaveText(`共 ${value} 件`, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  // The filter is shown and can be cleared like the others.
  await expect(page.getByLabel('答复年度')).toHaveValue(year);
  await page.getByLabel('答复年度').selectOption('');
  await page.getByRole('button', { name: '查找' }).click();
  await expect(page).toHaveURL(/[?&]replied=&/);
  await expect(page.getByLabel('答复年度')).toHaveValue('');
});

test('a supervisor’s chart bars open the lists of exactly their cases, by mouse and by keyboard', async ({ page }) => {
  await resumeSession(page, 'supervisor');
  const year = todayInChina().slice(0, 4);
  const countOf = (name: string | null) => Number(name?.match(/（(\d+) 件）$/)?.[1]);
  // Other specs register and close cases in parallel: a bar and its list are compared as read one
  // after the other, again until nothing was saved between them.
  await expect(async () => {
    await page.goto('/');
    const bar = page.getByTestId('intake-chart').getByRole('link', { name: /^查看\d{4}年\d{1,2}月收到的申请（\d+ 件）$/ }).first();
    const value = countOf(await bar.getAttribute('aria-label'));
    await bar.click();
    await expect(page).toHaveURL(/\/cases\?month=\d{4}-\d{2}$/);
    await expect(page.getByTestId('case-count')).toHaveText(`共 ${value} 件`, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  // The month is shown, kept by 查找 and cleared by its ×.
  const chip = page.getByTestId('month-filter');
  await expect(chip).toContainText(/^收到月份：\d{4}年\d{1,2}月/);
  await page.getByLabel('状态').selectOption('closed');
  await page.getByRole('button', { name: '查找' }).click();
  await expect(page).toHaveURL(/[?&]month=\d{4}-\d{2}(&|$)/);
  await chip.getByRole('link', { name: '清除条件“收到月份”' }).click();
  await expect(page).toHaveURL(/\/cases\?status=closed$/);
  await expect(page.getByTestId('month-filter')).toHaveCount(0);

  await expect(async () => {
    await page.goto('/');
    const bar = page.getByTestId('outcome-chart').getByRole('link', { name: new RegExp(`^查看${year}年答复、办理结果为\\(三\\)不予公开的申请`) });
    const value = countOf(await bar.getAttribute('aria-label'));
    await bar.focus();
    await expect(bar).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`/cases\\?replied=${year}&outcome=withheld&sort=replied_desc$`));
    await expect(page.getByTestId('case-count')).toHaveText(`共 ${value} 件`, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.getByLabel('办理结果')).toHaveValue('withheld');
});
