import { expect, test } from '@playwright/test';
import { registerCase, resumeSession, todayInChina, uniqueCaseNo } from './support';

test.describe('the case register', () => {
  test('a clerk registers an application, finds it in the list and closes it', async ({ page }) => {
    await resumeSession(page, 'clerk');
    const applicant = `周测试${Date.now() % 100000}`;
    const { caseNo, url } = await registerCase(page, { applicantName: applicant, content: '2023年度养老保险缴费基数核定文件' });
    await expect(page.getByTestId('form-success')).toHaveText('申请已登记。');
    await expect(page.getByTestId('case-status')).toHaveText('办理中');
    await expect(page.getByTestId('timeline')).toContainText('登记申请');

    await page.goto('/cases');
    await page.getByLabel('关键词').fill(applicant);
    await page.getByRole('button', { name: '查找' }).click();
    await expect(page.getByTestId('case-count')).toHaveText('共 1 件');
    await page.getByRole('link', { name: caseNo }).click();
    await expect(page).toHaveURL(url);

    const close = page.getByRole('form', { name: '办结' });
    await close.getByLabel('办理结果').selectOption('unavailable.not_held');
    await close.getByLabel('答复日期').fill(todayInChina());
    await close.getByLabel('答复文号').fill('测人社依申请〔2026〕1号');
    await close.getByRole('button', { name: '办结' }).click();
    await expect(page.getByTestId('form-success')).toHaveText('申请已办结。');
    await expect(page.getByTestId('case-status')).toHaveText('已办结');
    await expect(page.getByTestId('case-facts')).toContainText('本机关不掌握相关政府信息');

    await page.goto(`/cases?q=${encodeURIComponent(caseNo)}&status=closed`);
    await expect(page.getByTestId('case-table')).toContainText(caseNo);
  });

  test('missing fields are named in Chinese next to each field and nothing is saved', async ({ page }) => {
    await resumeSession(page, 'clerk');
    await page.goto('/cases/new');
    const caseNo = uniqueCaseNo();
    await page.getByLabel(/^申请编号/).fill(caseNo);
    await page.getByLabel('收到日期').fill('');
    await page.getByRole('button', { name: '登记' }).click();
    await expect(page.getByTestId('form-error')).toContainText('没有保存任何内容');
    await expect(page.getByTestId('error-receivedOn')).toHaveText('请填写收到日期。');
    await expect(page.getByTestId('error-channel')).toHaveText('请选择申请方式。');
    await expect(page.getByTestId('error-applicantType')).toHaveText('请选择申请人类型。');
    await expect(page.getByTestId('error-applicantName')).toHaveText('请填写申请人姓名或名称。');
    await expect(page.getByTestId('error-content')).toHaveText('请填写申请内容。');
    const describedBy = await page.getByLabel('申请人姓名或名称').getAttribute('aria-describedby');
    await expect(page.locator(`[id="${describedBy}"]`)).toHaveText('请填写申请人姓名或名称。');
    await expect(page.getByLabel(/^申请编号/)).toHaveValue(caseNo);
    await page.goto(`/cases?q=${caseNo}`);
    await expect(page.getByTestId('case-count')).toHaveText('共 0 件');
  });

  test('a case number already used is refused', async ({ page }) => {
    await resumeSession(page, 'clerk');
    const { caseNo } = await registerCase(page);
    await page.goto('/cases/new');
    await page.getByLabel(/^申请编号/).fill(caseNo);
    await page.getByLabel('申请方式').selectOption({ label: '当面' });
    await page.getByLabel('申请人类型').selectOption('commercial');
    await page.getByLabel('申请人姓名或名称').fill('另一家公司');
    await page.getByLabel('申请内容').fill('另一项申请');
    await page.getByRole('button', { name: '登记' }).click();
    await expect(page.getByTestId('error-caseNo')).toHaveText(`申请编号“${caseNo}”已被使用，请换一个编号。`);
    await page.goto(`/cases?q=${caseNo}`);
    await expect(page.getByTestId('case-count')).toHaveText('共 1 件');
  });

  test('a reply dated before receipt and an over-long text are refused', async ({ page }) => {
    await resumeSession(page, 'clerk');
    const { url } = await registerCase(page, { receivedOn: '2026-03-02' });
    await page.goto('/cases/new');
    // The form stops typing at 200 characters; the server must refuse a longer value sent anyway.
    await page.getByLabel('申请人姓名或名称').evaluate((el) => el.removeAttribute('maxlength'));
    await page.getByLabel('申请人姓名或名称').fill('长'.repeat(201));
    await page.getByRole('button', { name: '登记' }).click();
    await expect(page.getByTestId('error-applicantName')).toHaveText('申请人姓名或名称不能超过 200 个字符。');

    await page.goto(url);
    const close = page.getByRole('form', { name: '办结' });
    await close.getByLabel('办理结果').selectOption('disclosed');
    await close.getByLabel('答复日期').fill('2026-03-01');
    await close.getByRole('button', { name: '办结' }).click();
    await expect(page.getByTestId('error-repliedOn')).toHaveText('答复日期不能早于收到申请日期（2026年3月2日）。');
    await expect(page.getByTestId('case-status')).toHaveText('办理中');
  });

  test('text with markup, quotes and SQL is stored and shown literally', async ({ page }) => {
    await resumeSession(page, 'clerk');
    const nasty = `<script>window.__pwned=1</script> "引号" '单引号' '; DROP TABLE cases; --`;
    await registerCase(page, { applicantName: nasty, content: `=HYPERLINK("http://x") ${nasty}` });
    await expect(page.getByTestId('case-facts')).toContainText(nasty);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.goto('/cases?q=' + encodeURIComponent('DROP TABLE'));
    await expect(page.getByTestId('case-table')).toContainText(nasty);
  });
});
