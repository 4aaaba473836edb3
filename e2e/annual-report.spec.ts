import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { grid, parseTables, docxDocumentXml } from '../tests/support/docx-tables';
import { registerCase, resumeSession, uniqueCaseNo } from './support';

// The supervisor's year-end flow on a year no other test touches (2021): open the drafted report,
// write the staff text and table 二, publish with a date, download the DOCX and the HTML; then a
// change to a case warns before it moves a published number, and "current data" shows the cell
// and the case.
test.describe.configure({ mode: 'serial' });

const YEAR = 2021;
let openCaseUrl = '';
let openCaseNo = '';

test('a supervisor drafts, publishes and downloads the 2021 annual report', async ({ page }) => {
  await resumeSession(page, 'supervisor');
  await registerCase(page, { caseNo: uniqueCaseNo('AR21'), receivedOn: `${YEAR}-03-01` });
  const close = page.getByRole('form', { name: '办结' });
  await close.getByLabel('办理结果').selectOption('disclosed');
  await close.getByLabel('答复日期').fill(`${YEAR}-03-15`);
  await close.getByRole('button', { name: '办结' }).click();
  await expect(page.getByTestId('case-status')).toHaveText('已办结');
  openCaseNo = uniqueCaseNo('AR21');
  openCaseUrl = (await registerCase(page, { caseNo: openCaseNo, receivedOn: `${YEAR}-12-20` })).url;

  await page.goto(`/reports/${YEAR}`);
  await page.getByRole('link', { name: '年度报告全文（编写、发布）' }).click();
  await expect(page.getByTestId('report-status')).toContainText('草稿');
  const form = page.getByRole('form', { name: '年度报告草稿' });
  await expect(form.getByLabel('表三说明（系统生成）')).toHaveValue(/2021年，本机关共收到政府信息公开申请2件，其中自然人2件；上年结转政府信息公开申请0件。本年度办理结果1件，其中予以公开1件；结转下年度继续办理1件。/);

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
  const three = grid(tables[1]);
  expect(three[3].slice(3)).toEqual(['2', '0', '0', '0', '0', '0', '2']);

  const htmlDownload = page.waitForEvent('download');
  await page.getByRole('link', { name: '下载网页（HTML）' }).click();
  const html = await readFile(await (await htmlDownload).path(), 'utf8');
  expect(html).toContain('<!DOCTYPE html>');
  expect(html).toContain('予以公开1件');
  expect(html).not.toContain('<script');
});

test('after publishing, a case change warns before saving and the diff shows the cell and the case', async ({ page }) => {
  await resumeSession(page, 'supervisor');
  await page.goto(`${openCaseUrl}/edit`);
  await page.getByLabel('申请人类型').selectOption('commercial');
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByTestId('published-change')).toContainText('2021年度报告（已发布）：表三“一、本年新收政府信息公开申请数量 × 自然人”');
  await expect(page.getByTestId('form-error')).toContainText('没有保存任何内容');
  await page.getByLabel('我已知晓这次保存会改变已发布的年度报告数字，仍要保存').check();
  await page.getByRole('button', { name: '保存修改' }).click();
  await expect(page.getByTestId('form-success')).toContainText('修改已保存');
  await expect(page.getByText('改变已发布的年度报告')).toBeVisible();

  await page.goto(`/reports/${YEAR}`);
  await expect(page.getByTestId('published-banner')).toBeVisible();
  await expect(page.getByTestId('t3-new-natural_person')).toHaveText('2');
  await page.getByRole('link', { name: '查看当前数据与发布版本的差异' }).click();
  const row = page.locator('[data-testid="diff-row"][data-key="three|new|natural_person"]');
  await expect(row).toContainText('2');
  await expect(row.getByTestId('diff-left')).toHaveText(openCaseNo);
  await expect(page.locator('[data-testid="diff-row"][data-key="three|carried_out|commercial"]').getByTestId('diff-entered')).toHaveText(openCaseNo);
});

test('a clerk reads nothing of the annual report', async ({ page }) => {
  await resumeSession(page, 'clerk');
  for (const path of [`/reports/${YEAR}/annual`, `/reports/${YEAR}/current`, `/reports/${YEAR}/baseline`]) {
    expect((await page.goto(path))?.status(), path).toBe(403);
  }
  const file = await page.request.get(`/reports/${YEAR}/export?format=docx`);
  expect(file.status()).toBe(403);
});
