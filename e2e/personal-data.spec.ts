import { expect, test } from '@playwright/test';
import { login, pageAs, USERS } from './support';

test.describe('applicants\' personal data', () => {
  test('a clerk sees the ID number masked on a case not theirs; "显示" shows it and is audited', async ({ browser, page }) => {
    await login(page, 'clerk');
    await page.goto('/cases');
    await page.getByLabel('承办人').selectOption({ label: USERS.clerk2.name });
    // The oldest first: a case of the demo agency, with the applicant's contact data filled in.
    await page.getByLabel('排序').selectOption('received_asc');
    await page.getByRole('button', { name: '查找' }).click();
    await expect(page).toHaveURL(/sort=received_asc/);
    await page.getByTestId('case-row').first().getByRole('link').first().click();
    const caseNo = (await page.getByTestId('case-no').textContent())!.replace('申请', '').trim();
    const facts = page.getByTestId('case-facts');
    await expect(page.getByTestId('personal-data-masked')).toBeVisible();
    const masked = /([0-9A-Z]{4})\*{10}([0-9A-Z]{4})/.exec((await facts.textContent())!);
    expect(masked, 'an 18-character ID number, masked').not.toBeNull();
    expect(await facts.textContent()).toMatch(/1\d{2}\*{4}\d{4}/);

    await page.getByRole('button', { name: '显示' }).click();
    await expect(page.getByTestId('personal-data-masked')).toHaveCount(0);
    await expect(facts).not.toContainText('**');
    expect(await facts.textContent()).toMatch(new RegExp(`${masked![1]}[0-9A-Z]{10}${masked![2]}`));

    // The auditor finds who looked at whose data, and when.
    const auditor = await pageAs(browser, 'auditor');
    await auditor.goto(`/audit?action=case.reveal_personal_data&subject=${encodeURIComponent(caseNo)}`);
    const row = auditor.getByTestId('audit-log').locator('tbody tr').first();
    await expect(row).toContainText('王芳（clerk）');
    await expect(row).toContainText('查看申请人个人信息');
    await expect(row).toContainText(caseNo);
    await expect(row).toContainText('证件号码、联系电话');
  });

  test('the handler and a supervisor see it in full, with nothing to reveal', async ({ browser, page }) => {
    await login(page, 'clerk2');
    await page.goto('/cases?handler=me&sort=received_asc');
    await page.getByTestId('case-row').first().getByRole('link').first().click();
    await expect(page.getByTestId('case-facts')).toBeVisible();
    await expect(page.getByTestId('personal-data-masked')).toHaveCount(0);
    const url = page.url();
    const boss = await pageAs(browser, 'supervisor');
    await boss.goto(url);
    await expect(boss.getByTestId('case-facts')).toBeVisible();
    await expect(boss.getByTestId('personal-data-masked')).toHaveCount(0);
  });
});
