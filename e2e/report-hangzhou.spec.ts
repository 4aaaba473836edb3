import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { resumeSession } from './support';

// The Hangzhou 2023 register, built to reproduce the published annual report of 杭州市人力资源和
// 社会保障局, goes in through the import page and must come out of the report page, its drill-down
// lists and its downloads exactly as published. The import runs once (serial mode); it is
// idempotent, so the assertions hold even if another run imported the same files before.
test.describe.configure({ mode: 'serial' });

const FIXTURES = path.join(__dirname, '..', 'tests', 'fixtures');
type Table = Record<string, Record<string, number>>;
const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'hangzhou-2023-expected.json'), 'utf8')) as { applications: Table; review: Table };
const ROWS = Object.keys(expected.applications);
const COLUMNS = Object.keys(expected.applications.new);
const KINDS = Object.keys(expected.review);
const REVIEW_COLUMNS = Object.keys(expected.review.reconsideration);

async function importFile(page: Page, region: string, file: string, rows: number): Promise<void> {
  const section = page.getByRole('region', { name: region });
  await section.getByLabel('选择文件（.xlsx 或 .csv）').setInputFiles(path.join(FIXTURES, file));
  await section.getByRole('button', { name: '上传并检查' }).click();
  await expect(section.getByTestId('import-preview')).toContainText(`共 ${rows} 行，检查通过`);
  await section.getByRole('button', { name: '确认导入' }).click();
  await expect(section.getByTestId('import-done')).toContainText(`（共 ${rows} 行）`);
  const [, created, updated, unchanged] = /新增 (\d+) \S+，更新 (\d+) \S+，未变 (\d+)/.exec((await section.getByTestId('import-summary').textContent()) ?? '')!;
  expect(Number(created) + Number(updated) + Number(unchanged)).toBe(rows);
  expect(Number(updated)).toBe(0);
}

test('an administrator imports the Hangzhou register and review file through the import page', async ({ page }) => {
  await resumeSession(page, 'admin');
  await page.goto('/admin/import');
  await importFile(page, '导入申请台账', 'hangzhou-2023-register.csv', 50);
  await importFile(page, '导入行政复议、行政诉讼记录', 'hangzhou-2023-reviews.csv', 10);
  // Importing the same file again is a no-op.
  await page.reload();
  const section = page.getByRole('region', { name: '导入申请台账' });
  await section.getByLabel('选择文件（.xlsx 或 .csv）').setInputFiles(path.join(FIXTURES, 'hangzhou-2023-register.csv'));
  await section.getByRole('button', { name: '上传并检查' }).click();
  await expect(section.getByTestId('import-summary')).toHaveText('新增 0 件，更新 0 件，未变 50 件');
  await section.getByRole('button', { name: '取消，重新选择文件' }).click();
  await expect(section.getByRole('button', { name: '上传并检查' })).toBeVisible();
});

test('a supervisor sees every cell of tables 三 and 四 as published, and all checks pass', async ({ page }) => {
  await resumeSession(page, 'supervisor');
  const response = await page.goto('/reports/2023');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { name: '2023年政府信息公开申请情况统计表' })).toBeVisible();
  for (const row of ROWS) {
    for (const col of COLUMNS) await expect(page.getByTestId(`t3-${row}-${col}`), `${row} × ${col}`).toHaveText(String(expected.applications[row][col]));
  }
  for (const kind of KINDS) {
    for (const col of REVIEW_COLUMNS) await expect(page.getByTestId(`t4-${kind}-${col}`), `${kind} × ${col}`).toHaveText(String(expected.review[kind][col]));
  }
  const three = page.getByTestId('table-three');
  await expect(three).toContainText('(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和)');
  for (const heading of ['申请人情况', '自然人', '法人或其他组织', '商业', '科研', '社会公益组织', '法律服务机构', '三、本年度办理结果', '(三)不予公开', '(七)总计']) {
    await expect(three.getByRole('columnheader', { name: heading, exact: true }).or(three.getByRole('rowheader', { name: heading, exact: true })).first()).toBeVisible();
  }
  const checks = page.getByTestId('check');
  expect(await checks.count()).toBeGreaterThanOrEqual(10);
  await expect(page.locator('[data-testid="check"][data-ok="false"]')).toHaveCount(0);
  await expect(page.getByTestId('checks-summary')).toContainText('均通过');
});

test('the downloaded XLSX and JSON equal the published tables cell by cell', async ({ page }) => {
  await resumeSession(page, 'supervisor');
  await page.goto('/reports/2023');
  const xlsxDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: '导出 Excel（XLSX）' }).click();
  const xlsx = await xlsxDownload;
  expect(xlsx.suggestedFilename()).toBe('2023年政府信息公开申请情况统计表.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await xlsx.path());
  const [sheetThree, sheetFour] = workbook.worksheets;
  ROWS.forEach((row, r) => COLUMNS.forEach((col, c) => expect(sheetThree.getCell(6 + r, 4 + c).value, `${row} × ${col}`).toBe(expected.applications[row][col])));
  KINDS.forEach((kind, k) => REVIEW_COLUMNS.forEach((col, c) => expect(sheetFour.getCell(6, 5 * k + c + 1).value, `${kind} × ${col}`).toBe(expected.review[kind][col])));

  const jsonDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: '导出 JSON' }).click();
  const json = await jsonDownload;
  expect(json.suggestedFilename()).toBe('2023年政府信息公开申请情况统计表.json');
  const report = JSON.parse(readFileSync(await json.path(), 'utf8'));
  expect(Object.keys(report)).toEqual(['year', 'applications', 'review', 'checks']);
  expect(report.year).toBe(2023);
  expect(report.applications).toEqual(expected.applications);
  expect(report.review).toEqual(expected.review);
  expect(report.checks.every((c: { ok: boolean }) => c.ok)).toBe(true);

  const csv = await page.request.get('/reports/2023/export?format=csv');
  expect(csv.headers()['content-disposition']).toContain("filename*=UTF-8''2023%E5%B9%B4");
  expect((await csv.text()).split('\r\n')[1]).toBe('2023,三,new,一、本年新收政府信息公开申请数量,47,3,0,0,0,0,50');
});

test("a non-zero cell's drill-down lists exactly that many cases, each linking to its case", async ({ page }) => {
  await resumeSession(page, 'supervisor');
  await page.goto('/reports/2023');
  await page.getByTestId('t3-new-natural_person').getByRole('link').click();
  await expect(page.getByTestId('cell-count')).toHaveText('47');
  await expect(page.getByTestId('cell-description')).toHaveText('收到日期在 2023-01-01 至 2023-12-31 之间，申请人类型为“自然人”');
  await expect(page.getByTestId('case-table').locator('tbody tr')).toHaveCount(47);

  await page.goto('/reports/2023');
  await page.getByTestId('t3-unavailable.not_held-total').getByRole('link').click();
  await expect(page.getByTestId('cell-count')).toHaveText('16');
  await expect(page.getByTestId('case-table').locator('tbody tr')).toHaveCount(16);
  await page.getByTestId('case-table').getByRole('link', { name: 'HZRS-2023-001' }).click();
  await expect(page.getByTestId('case-no')).toContainText('HZRS-2023-001');

  await page.goto('/reports/2023');
  await page.getByTestId('t4-reconsideration-upheld').getByRole('link').click();
  await expect(page.getByTestId('cell-count')).toHaveText('7');
  await expect(page.getByTestId('review-row')).toHaveCount(7);

  await page.goto('/reports/2023');
  await page.getByTestId('t4-litigation_direct-pending').getByRole('link').click();
  await expect(page.getByTestId('cell-count')).toHaveText('1');
  await expect(page.getByTestId('review-row')).toContainText('HZRS-2023-044');
});

test('the drafted annual report states the published numbers and shows its checks', async ({ page }, testInfo) => {
  await resumeSession(page, 'supervisor');
  await page.goto('/reports/2023/annual');
  await expect(page.getByTestId('report-status')).toContainText('草稿');
  const form = page.getByRole('form', { name: '年度报告草稿' });
  await expect(form.getByLabel('表三说明（系统生成）')).toHaveValue(
    '2023年，本机关共收到政府信息公开申请50件，其中自然人47件、法人或其他组织3件（商业企业3件）；上年结转政府信息公开申请0件。' +
      '本年度办理结果48件，其中予以公开16件，部分公开3件，无法提供16件（本机关不掌握相关政府信息16件），不予处理11件（信访举报投诉类申请11件），' +
      '其他处理2件（申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请2件）；结转下年度继续办理2件。',
  );
  await expect(form.getByLabel('表四说明（系统生成）')).toHaveValue(/行政复议案件7件，其中结果维持7件/);
  await expect(page.getByTestId('t3-new-total')).toHaveText('50');
  // Nothing of staff's part is written yet: the checks say what is missing and where.
  await expect(page.locator('[data-testid="annual-check"][data-key="section_five"]')).toHaveAttribute('data-ok', 'false');
  await expect(page.locator('[data-testid="annual-check"][data-key="numbers.three"]')).toHaveAttribute('data-ok', 'true');
  await page.screenshot({ path: testInfo.outputPath('drafted-hangzhou-2023.png'), fullPage: true });
});
