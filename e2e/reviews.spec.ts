import { expect, test } from '@playwright/test';
import { resumeSession } from './support';

// Table 四 records typed in on the reviews page: checked field by field, decided later. Dates are
// in 2024 so that no other spec's year is touched.

test('a clerk registers a 行政诉讼, is told what is wrong, and records the decision later', async ({ page }) => {
  await resumeSession(page, 'clerk');
  await page.goto('/reviews');
  const form = page.getByRole('form', { name: '登记复议诉讼' });
  const note = `诉讼备注${Date.now().toString(36)}`;

  await form.getByLabel('关联申请编号').fill('NO-SUCH-CASE');
  await form.getByLabel('类型').selectOption('litigation_direct');
  await form.getByLabel('收到日期').fill('2024-05-20');
  await form.getByLabel('审结日期').fill('2024-05-10');
  await form.getByLabel('备注').fill(note);
  await form.getByRole('button', { name: '登记' }).click();
  await expect(form.getByTestId('error-caseNo')).toContainText('系统中没有申请编号为“NO-SUCH-CASE”的申请');

  await form.getByLabel('关联申请编号').fill('');
  await form.getByRole('button', { name: '登记' }).click();
  await expect(form.getByTestId('error-decidedOn')).toHaveText('审结日期不能早于收到日期（2024年5月20日）。');
  await expect(form.getByTestId('error-result')).toContainText('请同时选择结果');

  await form.getByLabel('审结日期').fill('');
  await form.getByRole('button', { name: '登记' }).click();
  await expect(form.getByTestId('form-success')).toHaveText('复议诉讼记录已登记。');
  const row = page.getByTestId('review-row').filter({ hasText: note });
  await expect(row).toContainText('行政诉讼（未经复议直接起诉）');
  await expect(row).toContainText('尚未审结');

  await row.getByRole('link', { name: '登记审结结果' }).click();
  const decision = page.getByRole('form', { name: '审结结果' });
  await decision.getByLabel('结果').selectOption('corrected');
  await decision.getByRole('button', { name: '保存' }).click();
  await expect(decision.getByTestId('error-decidedOn')).toContainText('请同时填写审结日期');
  await decision.getByLabel('审结日期').fill('2024-09-30');
  await decision.getByRole('button', { name: '保存' }).click();
  await expect(decision.getByTestId('form-success')).toHaveText('已保存。');
  await expect(page.getByTestId('review-facts')).toContainText('2024-09-30 审结，结果纠正');
});
