import { expect, test } from '@playwright/test';
import { pageAs, resumeSession, uniqueCaseNo } from './support';
import { captureServerAction, replayServerAction } from './server-action';

// The year-end report is for supervisors and administrators; the register import for
// administrators. Every page, route handler and action checks this itself.

test.describe('a clerk', () => {
  test('is refused the report pages, the drill-down, the import page and the export page', async ({ page }) => {
    await resumeSession(page, 'clerk');
    for (const path of ['/reports', '/reports/2023', '/reports/2023/cells?row=new&col=total', '/admin/import', '/register-export']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByTestId('forbidden')).toBeVisible();
    }
  });

  test('gets 403 in Chinese from the report export and the register export', async ({ page }) => {
    await resumeSession(page, 'clerk');
    for (const format of ['xlsx', 'csv', 'json']) {
      const response = await page.request.get(`/reports/2023/export?format=${format}`);
      expect(response.status()).toBe(403);
      expect(await response.json()).toEqual({ error: '只有负责人和管理员可以查看年度报告。' });
    }
    for (const what of ['register', 'reviews']) {
      const file = await page.request.get(`/register-export/download?what=${what}&format=csv`);
      expect(file.status()).toBe(403);
      expect(await file.json()).toEqual({ error: '只有负责人和管理员可以导出台账。' });
    }
  });

  test("cannot run the administrator's import, even by replaying the confirmation", async ({ browser, page }) => {
    const caseNo = uniqueCaseNo('REPLAY');
    const admin = await pageAs(browser, 'admin');
    await admin.goto('/admin/import');
    const section = admin.getByRole('region', { name: '导入申请台账' });
    const csv = `申请编号,收到日期,申请人类型,申请人\n${caseNo},2024-05-06,自然人,越权测试\n`;
    await section.getByLabel('选择文件（.xlsx 或 .csv）').setInputFiles({ name: 'replay.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await section.getByRole('button', { name: '上传并检查' }).click();
    await expect(section.getByTestId('import-summary')).toHaveText('新增 1 件，更新 0 件，未变 0 件');
    const confirm = await captureServerAction(admin, () => section.getByRole('button', { name: '确认导入' }).click());

    await resumeSession(page, 'clerk');
    const replayed = await replayServerAction(page, confirm);
    expect(replayed.text).toContain('只有管理员可以导入台账。');
    expect(replayed.text).not.toContain('已导入');

    await admin.goto(`/cases?q=${caseNo}`);
    await expect(admin.getByTestId('case-count')).toHaveText('共 0 件');
  });
});

test.describe('a supervisor', () => {
  test('opens the report and exports it, but not the import page', async ({ page }) => {
    await resumeSession(page, 'supervisor');
    expect((await page.goto('/reports/2024'))?.status()).toBe(200);
    const json = await page.request.get('/reports/2024/export?format=json');
    expect(json.status()).toBe(200);
    expect(json.headers()['content-type']).toContain('application/json');
    expect(json.headers()['content-disposition']).toBe(
      `attachment; filename="ogi-report-2024.json"; filename*=UTF-8''2024%E5%B9%B4%E6%94%BF%E5%BA%9C%E4%BF%A1%E6%81%AF%E5%85%AC%E5%BC%80%E7%94%B3%E8%AF%B7%E6%83%85%E5%86%B5%E7%BB%9F%E8%AE%A1%E8%A1%A8.json`,
    );
    expect((await json.json()).year).toBe(2024);
    expect((await page.request.get('/reports/2024/export?format=pdf')).status()).toBe(400);
    expect((await page.goto('/admin/import'))?.status()).toBe(403);
  });

  test('exports the register and the review file from /register-export', async ({ page }) => {
    await resumeSession(page, 'supervisor');
    expect((await page.goto('/register-export'))?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: '导出台账', level: 1 })).toBeVisible();
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: '导出申请台账（CSV）' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^政府信息公开申请台账（\d{4}-\d{2}-\d{2}导出）\.csv$/);
    const reviews = await page.request.get('/register-export/download?what=reviews&format=xlsx');
    expect(reviews.status()).toBe(200);
    expect(reviews.headers()['content-type']).toContain('spreadsheetml');
    expect((await page.request.get('/register-export/download?what=cases&format=csv')).status()).toBe(400);
  });

  test('/reports opens last year and the year selector switches years', async ({ page }) => {
    await resumeSession(page, 'supervisor');
    await page.goto('/reports');
    const lastYear = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear() - 1;
    await expect(page).toHaveURL(new RegExp(`/reports/${lastYear}$`));
    // The selector offers the years of the register and always the year shown.
    await page.goto('/reports/2023');
    await page.getByLabel('统计年度', { exact: true }).selectOption(String(lastYear));
    await page.getByRole('button', { name: '查看' }).click();
    await expect(page).toHaveURL(new RegExp(`/reports/${lastYear}$`));
    expect((await page.goto('/reports/1999'))?.status()).toBe(404);
  });
});

test('an anonymous visitor is sent to sign in instead of downloading', async ({ page }) => {
  await page.goto('/reports/2023/export?format=json');
  await expect(page).toHaveURL(/\/login/);
});
