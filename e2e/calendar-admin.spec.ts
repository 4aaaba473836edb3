import { expect, test } from '@playwright/test';
import { resumeSession } from './support';

// Uses the year 2031, far from every deadline the other specs compute.
test.describe('the holiday calendar', () => {
  test('an administrator views a year, adds one with every mistake listed, and corrects a day', async ({ page }) => {
    await resumeSession(page, 'admin');
    await page.goto('/admin/calendar/2024');
    await expect(page.getByText('依据：《国务院办公厅关于2024年部分节假日安排的通知》')).toBeVisible();
    await expect(page.locator('[data-date="2024-10-01"]')).toHaveAttribute('data-kind', 'off');
    await expect(page.locator('[data-date="2024-10-12"]')).toHaveAttribute('data-kind', 'work');

    await page.goto('/admin/calendar');
    const form = page.getByRole('form', { name: '新增年度日历' });
    await form.getByLabel('年份').fill('2031');
    await form.getByLabel('通知名称及文号').fill('《国务院办公厅关于2031年部分节假日安排的通知》');
    await form.getByLabel('放假和调休安排（每行一天）').fill('2031-01-01 休 元旦\n2031-02-30 休\n2031-03-03 班 调休');
    await form.getByRole('button', { name: '保存年度日历' }).click();
    await expect(form.getByTestId('error-days')).toContainText('第2行：“2031-02-30”不是有效日期');
    await expect(form.getByTestId('error-days')).toContainText('第3行：2031-03-03 是工作日，无需登记为调休上班。');

    await form.getByLabel('放假和调休安排（每行一天）').fill('2031-01-01 休 元旦\n2031-01-26 班 春节调休');
    await form.getByRole('button', { name: '保存年度日历' }).click();
    await expect(page).toHaveURL(/\/admin\/calendar\/2031$/);
    await expect(page.locator('[data-date="2031-01-01"]')).toHaveAttribute('data-kind', 'off');
    await expect(page.locator('[data-date="2031-01-26"]')).toHaveAttribute('data-kind', 'work');

    const day = page.getByRole('form', { name: '修改某一天' });
    await day.getByLabel('日期').fill('2031-05-02');
    await day.getByLabel('改为').selectOption('off');
    await day.getByLabel('名称').fill('劳动节');
    await day.getByRole('button', { name: '保存' }).click();
    await expect(day.getByTestId('form-success')).toContainText('已更新 2031-05-02');
    await page.reload();
    await expect(page.locator('[data-date="2031-05-02"]')).toHaveAttribute('data-kind', 'off');
  });

  test('a supervisor cannot open the calendar administration', async ({ page }) => {
    await resumeSession(page, 'supervisor');
    expect((await page.goto('/admin/calendar'))?.status()).toBe(403);
  });
});
