import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { grid, parseTables, docxDocumentXml } from '../tests/support/docx-tables';
import { registerCase, resumeSession, uniqueCaseNo } from './support';

// The supervisor's year-end flow on a year no other test touches (2021): open the drafted report,
// write the staff text and table 二, publish with a date, download the DOCX and the HTML; then
// changes to the 2021 records warn before they move a published number, and "current data" shows
// the cells and the records. Every 2021 case is closed within 2021 at all times, so that no other
// year's tables (which other specs check, in parallel) ever count it.
test.describe.configure({ mode: 'serial' });

const YEAR = 2021;
const caseNo = uniqueCaseNo('AR21');
let caseUrl = '';

test('a supervisor drafts, publishes and downloads the 2021 annual report', async ({ page }) => {
  await resumeSession(page, 'supervisor');
  caseUrl = (await registerCase(page, { caseNo, receivedOn: `${YEAR}-03-01` })).url;
  const close = page.getByRole('form', { name: '办结' });
  await close.getByLabel('办理结果').selectOption('disclosed');
  await close.getByLabel('答复日期').fill(`${YEAR}-03-15`);
  await close.getByRole('button', { name: '办结' }).click();
  await expect(page.getByTestId('case-status')).toHaveText('已办结');
  await page.getByText('登记针对本申请的复议或诉讼').click();
  const review = page.getByRole('form', { name: '登记复议诉讼' });
  await review.getByLabel('类型').selectOption('reconsideration');
  await review.getByLabel('收到日期').fill(`${YEAR}-05-10`);
  await review.getByRole('button', { name: '登记' }).click();
  await expect(page.getByTestId('case-reviews').getByTestId('review-row')).toHaveCount(1);

  await page.goto(`/reports/${YEAR}`);
  await page.getByRole('link', { name: '年度报告全文（编写、发布）' }).click();
  await expect(page.getByTestId('report-status')).toContainText('草稿');
  const form = page.getByRole('form', { name: '年度报告草稿' });
  await expect(form.getByLabel('表三说明（系统生成）')).toHaveValue(
    '2021年，本机关共收到政府信息公开申请1件，其中自然人1件；上年结转政府信息公开申请0件。本年度办理结果1件，其中予以公开1件；结转下年度继续办理0件。',
  );
  await expect(form.getByLabel('表四说明（系统生成）')).toHaveValue(/行政复议案件1件，其中尚未审结1件/);

  // A bad number in table 二 is refused next to its field, and nothing is saved.
  await form.getByTestId('t2.fees.amount').fill('1.23456');
  await form.getByRole('button', { name: '保存草稿' }).last().click();
  await expect(page.getByTestId('form-error').first()).toContainText('没有保存任何内容');
  await expect(form.getByText('最多保留四位小数')).toBeVisible();

  await form.getByLabel('（一）主动公开').fill('本机关全年主动公开政府信息320条。');
  await form.getByLabel('存在的主要问题及改进情况（正文）').fill('一是公开内容的及时性有待提高。');
  for (const name of await form.locator('input[name^="t2."]').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).name))) {
    await form.getByTestId(name).fill(name === 't2.fees.amount' ? '12.3456' : '0');
  }
  await form.getByRole('button', { name: '保存草稿' }).last().click();
  await expect(page.getByTestId('form-success')).toContainText('已保存');
  await expect(page.getByTestId('annual-checks-summary')).toContainText('均通过');

  const publish = page.getByRole('form', { name: '发布年度报告' });
  await publish.getByLabel('发布日期').fill(`${YEAR + 1}-01-20`);
  await publish.getByRole('button', { name: '发布年度报告' }).click();
  await expect(page.getByTestId('report-status')).toContainText('已发布（第1版，发布日期 2022-01-20）');
  await expect(page.getByTestId('published-report')).toContainText('本机关全年主动公开政府信息320条。');
  await expect(page.getByTestId('published-report')).toContainText('12.3456');

  const docxDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: '下载 Word（DOCX）' }).click();
  const docx = await docxDownload;
  expect(docx.suggestedFilename()).toMatch(/2021年政府信息公开工作年度报告（第1版）\.docx$/);
  const tables = parseTables(await docxDocumentXml(await readFile(await docx.path())));
  expect(tables).toHaveLength(3);
  expect(grid(tables[1])[3].slice(3)).toEqual(['1', '0', '0', '0', '0', '0', '1']);
  expect(grid(tables[2])[3].slice(0, 5)).toEqual(['0', '0', '0', '1', '1']);

  const htmlDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: '下载网页（HTML）' }).click();
  const html = await readFile(await (await htmlDownload).path(), 'utf8');
  expect(html).toContain('<!DOCTYPE html>');
  expect(html).toContain('予以公开1件');
  expect(html).not.toContain('<script');
});

test('after publishing, changes warn before saving and "current data" shows the cells and the records', async ({ page, browser }) => {
  // The case, through the register import: the preview names the published cells before anything is written.
  const admin = await (await browser.newContext()).newPage();
  await resumeSession(admin, 'admin');
  await admin.goto('/admin/import');
  const section = admin.getByRole('region', { name: '导入申请台账' });
  const csv = `申请编号,收到日期,申请人类型,申请人,答复日期,办理结果\n${caseNo},${YEAR}-03-01,商业企业,测试申请人,${YEAR}-03-15,予以公开\n`;
  await section.getByLabel('选择文件（.xlsx 或 .csv）').setInputFiles({ name: 'correction.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await section.getByRole('button', { name: '上传并检查' }).click();
  await expect(section.getByTestId('import-published')).toContainText(`${caseNo}：2021年度报告（已发布）：表三“一、本年新收政府信息公开申请数量 × 自然人”`);
  await section.getByRole('button', { name: '确认导入' }).click();
  await expect(section.getByTestId('import-done')).toBeVisible();
  await admin.context().close();

  // The review record, through its form: refused until the box is ticked.
  await resumeSession(page, 'supervisor');
  await page.goto(caseUrl);
  await page.getByTestId('case-reviews').getByRole('link', { name: '登记审结结果' }).click();
  const decision = page.getByRole('form', { name: '审结结果' });
  await decision.getByLabel('结果').selectOption('upheld');
  await decision.getByLabel('审结日期').fill(`${YEAR}-08-01`);
  await decision.getByRole('button', { name: '保存' }).click();
  await expect(decision.getByTestId('published-change')).toContainText('2021年度报告（已发布）：表四“行政复议 × 尚未审结”');
  await expect(decision.getByTestId('form-error')).toContainText('没有保存任何内容');
  await decision.getByLabel('我已知晓这次保存会改变已发布的年度报告数字，仍要保存').check();
  await decision.getByRole('button', { name: '保存' }).click();
  await expect(decision.getByTestId('form-success')).toContainText('已保存');

  await page.goto(`/reports/${YEAR}`);
  await expect(page.getByTestId('published-banner')).toBeVisible();
  await expect(page.getByTestId('t3-new-natural_person')).toHaveText('1');
  await page.getByRole('link', { name: '查看当前数据与发布版本的差异' }).click();
  const natural = page.locator('[data-testid="diff-row"][data-key="three|new|natural_person"]');
  await expect(natural.locator('td').nth(0)).toHaveText('1');
  await expect(natural.locator('td').nth(1)).toHaveText('0');
  await expect(natural.getByTestId('diff-left')).toHaveText(caseNo);
  await expect(page.locator('[data-testid="diff-row"][data-key="three|disclosed|commercial"]').getByTestId('diff-entered')).toHaveText(caseNo);
  await expect(page.locator('[data-testid="diff-row"][data-key="four|reconsideration|upheld"]').getByTestId('diff-entered')).toContainText('复议诉讼记录');
});

test('a clerk reads nothing of the annual report', async ({ page }) => {
  await resumeSession(page, 'clerk');
  for (const path of [`/reports/${YEAR}/annual`, `/reports/${YEAR}/current`, `/reports/${YEAR}/baseline`]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
  expect((await page.request.get(`/reports/${YEAR}/export?format=docx`)).status()).toBe(403);
});

test('a baseline file too big for a form is refused in Chinese before it is sent, and nothing is saved', async ({ page }) => {
  await resumeSession(page, 'supervisor');
  await page.goto('/reports/2015/baseline');
  await expect(page.getByTestId('baseline-current')).toHaveCount(0);
  let posted = false;
  page.on('request', (r) => { if (r.method() === 'POST') posted = true; });
  await page.getByLabel('已发布的统计表文件').setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(1_200_000, 32) });
  await page.getByRole('button', { name: '保存基线' }).click();
  await expect(page.getByTestId('error-file')).toContainText('“big.json”超过 900 KB');
  await expect(page.getByLabel('已发布的统计表文件')).toHaveAttribute('aria-invalid', 'true');
  expect(posted).toBe(false);
  await page.reload();
  await expect(page.getByTestId('baseline-current')).toHaveCount(0);
});
