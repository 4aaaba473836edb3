import { expect, test } from '@playwright/test';
import { resumeSession } from './support';

// Issue 11: keyboard users skip the navigation; the navigation says where one is; on a phone the
// header folds into a menu instead of taking a third of the screen.

test('the first Tab stop skips to the page content', async ({ page }) => {
  await resumeSession(page, 'clerk');
  await page.goto('/cases');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '跳到正文' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('the navigation marks the current page, the closest section for pages below it', async ({ page }) => {
  await resumeSession(page, 'clerk');
  const nav = page.getByRole('navigation', { name: '主导航' });
  await page.goto('/cases/new');
  await expect(nav.locator('[aria-current="page"]')).toHaveText('登记新申请');
  await page.goto('/cases?status=overdue');
  await expect(nav.locator('[aria-current="page"]')).toHaveText('申请登记簿');
  await page.goto('/');
  await expect(nav.locator('[aria-current="page"]')).toHaveText('首页');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the header is one line, and its menu opens and closes by keyboard', async ({ page }) => {
    await resumeSession(page, 'supervisor');
    await page.goto('/');
    const header = page.locator('header');
    expect((await header.boundingBox())!.height).toBeLessThan(70);
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(nav).toBeHidden();
    const menu = page.getByRole('button', { name: '菜单' });
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: '收起菜单' })).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    await nav.getByRole('link', { name: '期限监督' }).click();
    await expect(page).toHaveURL(/\/review$/);
    // Following a link folds the menu again.
    await expect(nav).toBeHidden();
    await expect(page.getByTestId('todo-badge')).toBeVisible();
  });

  test('the report table scrolls sideways with its labels fixed at the left', async ({ page }) => {
    await resumeSession(page, 'supervisor');
    await page.goto('/reports/2024');
    const table = page.getByTestId('table-three');
    const scroller = table.locator('xpath=..');
    const widths = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(widths.scroll).toBeGreaterThan(widths.client);
    // A number column keeps room for its digits.
    const value = table.getByTestId('t3-new-total');
    expect((await value.boundingBox())!.width).toBeGreaterThanOrEqual(40);
    const label = table.getByRole('rowheader', { name: '一、本年新收政府信息公开申请数量' });
    const before = (await label.boundingBox())!.x;
    await scroller.evaluate((el) => el.scrollBy(400, 0));
    expect(Math.abs((await label.boundingBox())!.x - before)).toBeLessThan(2);
    await expect(value).toBeInViewport();
  });
});
