import { expect, test, type Page } from '@playwright/test';
import { login, uniqueCaseNo } from './support';

// A register with step columns (INTERFACES §1): the preview names each case's steps and its
// deadline before and after, confirming records them, and the case page shows the steps and the
// deadline they give. Received Friday 2024-03-01: 20 working days end on 2024-03-29; a consultation
// from 03-11 to 03-15 pauses 4 working days (清明 2024: 04-04…04-06 off, Sunday 04-07 worked).

const HEADER = '申请编号,收到日期,申请人类型,申请人,答复日期,办理结果,征求意见日期,征求意见答复日期,收费通知日期,缴费日期,收费金额,延期工作日,延期告知日期';
const section = (page: Page) => page.getByRole('region', { name: '导入申请台账' });

async function upload(page: Page, name: string, csv: string) {
  await page.goto('/admin/import');
  await section(page).getByLabel('选择文件（.xlsx 或 .csv）').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await section(page).getByRole('button', { name: '上传并检查' }).click();
}

test.beforeEach(async ({ page }) => {
  await login(page, 'admin');
});

test('steps in: the preview shows the deadline before and after, and the case page shows the steps', async ({ page }) => {
  const no = uniqueCaseNo('STEPS');
  await upload(page, '带办理步骤.csv', `${HEADER}\n${no}-1,2024-03-01,自然人,步骤测试,,,2024-03-11,2024-03-15,,,,,\n${no}-2,2024-03-01,商业,某公司,2024-04-10,予以公开,,,2024-03-18,2024-03-22,200,5,2024-03-25\n`);
  await expect(section(page).getByTestId('import-summary')).toHaveText('新增 2 件，更新 0 件，未变 0 件');
  await expect(section(page).getByTestId('import-deadlines').locator('li')).toHaveText([
    `申请编号 ${no}-1（新增）：登记 征求意见日期 2024-03-11、征求意见答复日期 2024-03-15；答复期限 2024-03-29（未计办理步骤） → 2024-04-07`,
    `申请编号 ${no}-2（新增）：登记 收费通知日期 2024-03-18（收费金额 200）、缴费日期 2024-03-22、延期工作日 5、延期告知日期 2024-03-25；答复期限 2024-03-29（未计办理步骤） → 2024-04-12；办理状态 超期办结 → 按时办结`,
  ]);
  await section(page).getByRole('button', { name: '确认导入' }).click();
  await expect(section(page).getByTestId('import-done')).toContainText('新增 2 件');

  await page.goto(`/cases?q=${encodeURIComponent(`${no}-1`)}`);
  await page.getByRole('link', { name: `${no}-1` }).click();
  await expect(page.getByTestId('reply-due-on')).toContainText('2024-04-07');
  const timeline = page.getByTestId('timeline');
  await expect(timeline).toContainText('发出征求意见函');
  await expect(timeline).toContainText('收到征求意见答复');
  await expect(page.getByText('2024-03-11 征求第三方“台账未载明”意见，2024-03-15 收到答复')).toBeVisible();

  await page.goto(`/cases?q=${encodeURIComponent(`${no}-2`)}`);
  await page.getByRole('link', { name: `${no}-2` }).click();
  await expect(page.getByTestId('reply-due-on')).toContainText('2024-04-12');
  await expect(page.getByTestId('extension-state')).toContainText('申请延长 5 个工作日（已批准）');
  await expect(page.getByTestId('timeline')).toContainText('金额：200 元（据台账）');
});

test('a bad step: every problem by row and column, and nothing is imported', async ({ page }) => {
  const no = uniqueCaseNo('BADSTEP');
  await upload(page, '步骤有误.csv', `${HEADER}\n${no}-1,2024-03-01,自然人,甲,,,,,,2024-03-22,,,\n${no}-2,2024-03-01,自然人,乙,,,,,,,,21,2024-03-25\n${no}-3,2024-03-01,自然人,丙,,,,,,,,10,2024-04-01\n`);
  const error = section(page).getByTestId('import-error');
  await expect(error).toContainText('“步骤有误.csv”中有 3 处问题，没有导入任何内容');
  await expect(error.getByTestId('import-problems').locator('li')).toHaveText([
    '第2行，“缴费日期”列：填写了缴费日期，须同时填写收费通知日期（先发出收费通知，申请人才能缴费）',
    /^第3行，“延期工作日”列：延期工作日应为 1 至 20 之间的整数/,
    '第4行，“延期告知日期”列：答复期限（2024-03-29）已届满，不能再申请延期（文件中为 2024-04-01）',
  ]);
  await page.goto(`/cases?q=${encodeURIComponent(no)}`);
  await expect(page.getByTestId('case-count')).toHaveText('共 0 件');
});
