import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { pageAs, registerCase, resumeSession, storageStatePath, uniqueCaseNo, USERS } from './support';
import { insertCases, storeSavedFilter } from './database';

// The case list as staff use it all day: sorting by a header (mouse or keyboard), 上一页 / 下一页 and
// a page jump, saved filters (one stored in a form the list no longer reads is shown as ignored),
// ticking cases to reassign or export them, the whole list as Excel, and cards on a phone.

test.describe('the case list', () => {
  test('sorts by a column header, with aria-sort, by mouse and by keyboard', async ({ page }) => {
    await resumeSession(page, 'clerk');
    await page.goto('/cases');
    const header = (name: string) => page.getByRole('columnheader', { name: new RegExp(`^${name}`) });
    await expect(header('收到日期')).toHaveAttribute('aria-sort', 'descending');
    await expect(header('申请编号')).not.toHaveAttribute('aria-sort');

    await header('申请编号').getByRole('link').click();
    await expect(page).toHaveURL(/sort=case_no(&|$)/);
    await expect(header('申请编号')).toHaveAttribute('aria-sort', 'ascending');
    await expect(header('收到日期')).not.toHaveAttribute('aria-sort');
    const numbers = await page.getByTestId('case-row').locator('td:nth-child(2)').allInnerTexts();
    expect(numbers).toEqual([...numbers].sort());

    await header('申请编号').getByRole('link').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/sort=case_no_desc/);
    await expect(header('申请编号')).toHaveAttribute('aria-sort', 'descending');
  });

  test('pages by keyset: 下一页, 上一页 and a jump land on the same rows, 每页 kept throughout', async ({ page }) => {
    const prefix = uniqueCaseNo('PG');
    insertCases(prefix, 120, '2026-02-02');
    await resumeSession(page, 'clerk');
    await page.goto(`/cases?q=${prefix}&sort=case_no`);
    await expect(page.getByTestId('case-count')).toHaveText('共 120 件');
    // The first row's 申请编号, waited for: a soft navigation may show the new URL a moment before its rows.
    const firstNo = page.getByTestId('case-row').first().locator('td:nth-child(2)');
    await expect(firstNo).toHaveText(`${prefix}-001`);
    // 20 a page unless the user picks more in 每页.
    await expect(page.getByTestId('case-row')).toHaveCount(20);
    await expect(page.getByRole('navigation', { name: '分页' })).toContainText('第 1 / 6 页');
    await page.getByLabel('每页').selectOption('50');
    await page.getByRole('button', { name: '查找' }).click();
    await expect(page).toHaveURL(/size=50/);
    await expect(page.getByRole('navigation', { name: '分页' })).toContainText('第 1 / 3 页');
    await expect(page.getByTestId('case-row')).toHaveCount(50);

    await page.getByRole('link', { name: '下一页' }).click();
    await expect(page).toHaveURL(/after=/);
    await expect(page.getByRole('navigation', { name: '分页' })).toContainText('第 2 / 3 页');
    await expect(firstNo).toHaveText(`${prefix}-051`);
    await page.getByRole('link', { name: '下一页' }).click();
    await expect(firstNo).toHaveText(`${prefix}-101`);
    await expect(page.getByTestId('case-row')).toHaveCount(20);
    await page.getByRole('link', { name: '上一页' }).click();
    await expect(page).toHaveURL(/before=/);
    await expect(firstNo).toHaveText(`${prefix}-051`);

    await page.getByLabel('跳到第').fill('3');
    await page.getByRole('button', { name: '跳转' }).click();
    await expect(page).toHaveURL(/size=50/);
    await expect(page.getByRole('navigation', { name: '分页' })).toContainText('第 3 / 3 页');
    await expect(firstNo).toHaveText(`${prefix}-101`);

    // A cursor cut by hand is ignored with a message, never an error.
    await page.goto(`/cases?q=${prefix}&sort=case_no&size=50&page=2&after=case_no~x`);
    await expect(page.getByTestId('list-problems')).toContainText('翻页位置无效');
    await expect(firstNo).toHaveText(`${prefix}-001`);
  });

  test('finds a two-character word and a one-character name', async ({ page }) => {
    await resumeSession(page, 'clerk');
    const word = `${uniqueCaseNo('W')}`;
    const { caseNo } = await registerCase(page, { applicantName: '欧阳', content: `关于河渠清淤的决定 ${word}` });
    await page.goto(`/cases?q=${encodeURIComponent('河渠')}`);
    await expect(page.getByTestId('case-table')).toContainText(caseNo);
    await page.goto(`/cases?q=${encodeURIComponent('欧')}`);
    await expect(page.getByTestId('case-table')).toContainText(caseNo);
  });

  test('saved filters: the defaults, one of the user’s own, and one that can no longer be read', async ({ page }) => {
    storeSavedFilter('clerk2', '旧版的筛选', 'status=open&priority=high');
    await resumeSession(page, 'clerk2');
    await page.goto('/cases');
    const bar = page.getByTestId('saved-filters');
    await expect(bar.getByRole('link', { name: '我的超期' })).toBeVisible();
    await expect(bar.getByTestId('saved-filter-ignored')).toHaveText('旧版的筛选：已忽略（含有无法识别的条件“priority”。）');

    await page.getByLabel('状态').selectOption('awaiting_correction');
    await page.getByRole('button', { name: '查找' }).click();
    await bar.getByText('保存当前筛选…').click();
    await bar.getByLabel('名称').fill('待补正的');
    await bar.getByRole('button', { name: '保存' }).click();
    await expect(bar.getByTestId('form-success')).toHaveText('已保存筛选“待补正的”。');
    // A delete after the save shows the delete's answer, not the save's any more.
    await bar.getByRole('button', { name: '删除筛选“旧版的筛选”' }).click();
    await expect(bar.getByTestId('saved-filter-ignored')).toHaveCount(0);
    await expect(bar.getByTestId('form-success')).toHaveText('已删除该筛选。');

    await page.goto('/cases');
    await bar.getByRole('link', { name: '待补正的' }).click();
    await expect(page).toHaveURL(/status=awaiting_correction/);
    await expect(bar.getByRole('link', { name: '待补正的' })).toHaveAttribute('aria-current', 'true');
    await bar.getByRole('button', { name: '删除筛选“待补正的”' }).click();
    await expect(bar.getByRole('link', { name: '待补正的' })).toHaveCount(0);
    await expect(bar.getByTestId('form-success')).toHaveText('已删除该筛选。');
  });

  test('a supervisor reassigns ticked cases; one changed meanwhile is refused and named', async ({ browser, page }) => {
    await resumeSession(page, 'clerk');
    const a = await registerCase(page, { applicantName: '改派甲' });
    const b = await registerCase(page, { applicantName: '改派乙' });
    const supervisor = await pageAs(browser, 'supervisor');
    await supervisor.goto(`/cases?q=${encodeURIComponent('改派')}&sort=case_no_desc`);
    await supervisor.getByLabel(`选择 ${a.caseNo}`).check();
    await supervisor.getByLabel(`选择 ${b.caseNo}`).check();

    // Meanwhile the clerk edits case b, so the list's version of it is stale.
    await page.goto(`${b.url}/edit`);
    await page.getByLabel('申请人姓名或名称').fill('改派乙（已更正）');
    await page.getByRole('button', { name: '保存修改' }).click();
    await expect(page.getByTestId('form-success')).toHaveText('修改已保存。');

    await supervisor.getByLabel('将所选申请改派给').selectOption({ label: USERS.clerk2.name });
    await supervisor.getByRole('button', { name: '改派' }).click();
    const message = supervisor.getByRole('form', { name: '所选申请' }).getByTestId('form-error');
    await expect(message).toContainText(`已将 1 件申请改派给“${USERS.clerk2.name}”：${a.caseNo}。`);
    await expect(message).toContainText(`${b.caseNo}（已被“${USERS.clerk.name}”于`);
    await expect(supervisor.getByTestId('case-table')).toContainText(USERS.clerk2.name);
  });

  test('a departed clerk’s open cases: the workload link keeps its filter, shown as 已停用, and they are handed on', async ({ browser, page }) => {
    const stamp = Date.now() % 1_000_000;
    const name = `离职者${stamp}`;
    const admin = await pageAs(browser, 'admin');
    await admin.goto('/admin/users');
    const create = admin.getByRole('form', { name: '新建用户' });
    await create.getByLabel('用户名').fill(`leaver${stamp}`);
    await create.getByLabel('姓名').fill(name);
    await create.getByLabel('角色').selectOption('clerk');
    await create.getByLabel('初始密码').fill('Leaver-Pass-1');
    await create.getByRole('button', { name: '新建用户' }).click();
    await expect(admin.getByTestId('form-success')).toContainText(name);

    await resumeSession(page, 'clerk');
    const { caseNo } = await registerCase(page, { applicantName: '交接甲' });
    const supervisor = await pageAs(browser, 'supervisor');
    const bulk = supervisor.getByRole('form', { name: '所选申请' });
    await supervisor.goto(`/cases?q=${caseNo}`);
    await supervisor.getByLabel(`选择 ${caseNo}`).check();
    await supervisor.getByLabel('将所选申请改派给').selectOption({ label: name });
    await supervisor.getByRole('button', { name: '改派' }).click();
    await expect(bulk.getByTestId('form-success')).toContainText(`已将 1 件申请改派给“${name}”`);

    await admin.getByRole('link', { name: `leaver${stamp}` }).click();
    await admin.getByRole('form', { name: '停用账号' }).getByRole('button', { name: '停用账号' }).click();
    await expect(admin.getByRole('form', { name: '启用账号' })).toBeVisible();

    await supervisor.goto('/');
    // The workload names them as the list's handler filter does.
    await expect(supervisor.getByTestId('workload').getByRole('rowheader', { name: `${name}（已停用）` })).toBeVisible();
    await supervisor.getByTestId('workload').getByRole('row', { name: new RegExp(name) }).getByRole('link').first().click();
    await expect(supervisor.locator('#handler option:checked')).toHaveText(`${name}（已停用）`);
    await expect(supervisor.getByTestId('case-count')).toHaveText('共 1 件');
    await supervisor.getByRole('button', { name: '查找' }).click();
    await expect(supervisor).toHaveURL(/handler=\d+/);
    await expect(supervisor.getByTestId('case-count')).toHaveText('共 1 件');
    // The departed clerk is no choice for new work; the case goes to someone in post.
    await expect(supervisor.getByLabel('将所选申请改派给').locator('option', { hasText: name })).toHaveCount(0);
    await supervisor.getByLabel(`选择 ${caseNo}`).check();
    await supervisor.getByLabel('将所选申请改派给').selectOption({ label: USERS.clerk2.name });
    await supervisor.getByRole('button', { name: '改派' }).click();
    await expect(bulk.getByTestId('form-success')).toContainText(`已将 1 件申请改派给“${USERS.clerk2.name}”：${caseNo}。`);
  });

  test('an export that cannot be made returns to the list and says why, never a wider file', async ({ page }) => {
    await resumeSession(page, 'clerk');
    await page.goto('/cases?status=overdue&sort=case_no');
    await page.getByRole('button', { name: '导出所选（Excel）' }).click();
    await expect(page).toHaveURL(/\/cases\?status=overdue&sort=case_no&export=nothing$/);
    await expect(page.getByTestId('export-notice')).toHaveText('没有勾选任何申请，没有导出。请先在列表中勾选要导出的申请，再点“导出所选”。');
    await expect(page.getByLabel('状态')).toHaveValue('overdue');

    const response = await page.goto('/cases/export?status=bogus');
    expect(response!.headers()['content-type']).toContain('text/html');
    await expect(page).toHaveURL(/\/cases\?status=bogus&export=filters$/);
    await expect(page.getByTestId('list-problems')).toContainText('状态“bogus”无法识别，已忽略这个条件。');
    await expect(page.getByTestId('export-notice')).toContainText('没有导出');
  });

  test('a clerk sees no reassignment and exports the ticked cases and the whole list as Excel', async ({ page }) => {
    await resumeSession(page, 'clerk');
    const { caseNo } = await registerCase(page, { applicantName: '导出测试', content: '=HYPERLINK("http://x","y")' });
    await page.goto(`/cases?q=${caseNo}`);
    await expect(page.getByRole('button', { name: '改派' })).toHaveCount(0);

    await page.getByLabel(`选择 ${caseNo}`).check();
    const [ticked] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出所选（Excel）' }).click()]);
    expect(ticked.suggestedFilename()).toMatch(/^所选申请（\d{4}-\d{2}-\d{2}导出）\.xlsx$/);

    const [all] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: '导出本列表（Excel）' }).click()]);
    expect(all.suggestedFilename()).toMatch(/^申请列表/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await readFile((await all.path())!)) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe('申请编号');
    expect(sheet.getRow(2).getCell(1).value).toBe(caseNo);
    expect(sheet.getRow(2).getCell(5).value).toBe('=HYPERLINK("http://x","y")');
  });

  test('on a 390 px phone each case is a card and nothing scrolls sideways', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, storageState: storageStatePath('clerk') });
    const page = await context.newPage();
    await page.goto('/cases');
    const rows = page.getByTestId('case-row');
    await expect(rows.first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expect(page.getByTestId('case-table').locator('thead')).toBeHidden();
    const box = (await rows.first().boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(390);
    expect(await rows.first().evaluate((tr) => getComputedStyle(tr).display)).toBe('block');
    const received = rows.first().locator('td:nth-last-child(7)');
    await expect(received).toBeVisible();
    expect(await received.evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"收到日期："');
    await context.close();
  });
});
