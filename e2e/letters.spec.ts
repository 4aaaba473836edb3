import { expect, test, type Page } from '@playwright/test';
import JSZip from 'jszip';
import { login, pageAs, registerCase, todayInChina } from './support';

// Letters from the case page: drafted by the clerk, approved by a supervisor, issued (numbered, the
// clock step recorded), delivered; the reply letter closes the case with its outcome and 文号.

async function docxText(page: Page, href: string): Promise<string> {
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toMatch(/^attachment;/);
  const zip = await JSZip.loadAsync(await response.body());
  const xml = await zip.file('word/document.xml')!.async('string');
  return xml
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(''))
    .filter(Boolean)
    .join('\n');
}

async function draft(page: Page, caseUrl: string, option: string): Promise<string> {
  await page.goto(caseUrl);
  await page.getByRole('link', { name: '起草和管理文书' }).click();
  const form = page.getByRole('form', { name: '起草文书' });
  await form.getByRole('combobox', { name: '文书', exact: true }).selectOption({ label: option });
  await form.getByRole('button', { name: '起草' }).click();
  await expect(page.getByTestId('form-success')).toContainText('草稿已按模板生成');
  return page.url().split('?')[0];
}

async function approve(supervisor: Page, caseNo: string, letterUrl: string): Promise<void> {
  await supervisor.goto('/letters/approvals');
  await supervisor.getByTestId(`approval-${caseNo}`).getByRole('link').nth(1).click();
  await expect(supervisor).toHaveURL(letterUrl);
  const form = supervisor.getByRole('form', { name: '审批文书' });
  await form.getByLabel('审批意见').selectOption('approve');
  await form.getByRole('button', { name: '提交审批意见' }).click();
  await expect(supervisor.getByTestId('form-success')).toHaveText('已审批同意，承办人可以发文。');
}

async function issue(page: Page, letterUrl: string): Promise<string> {
  await page.goto(letterUrl);
  await page.getByRole('form', { name: '发文' }).getByRole('button', { name: '发文' }).click();
  await expect(page.getByTestId('form-success')).toHaveText('文书已发出，文号已编定。');
  return (await page.getByTestId('letter-doc-no').textContent()) ?? '';
}

test('a 补正告知书 drafted, approved, issued and delivered; then the reply letter closes the case', async ({ browser, page }) => {
  await login(page, 'clerk');
  const today = todayInChina();
  const year = today.slice(0, 4);
  const { caseNo, url } = await registerCase(page, { receivedOn: today, applicantName: '张晓明' });

  // Draft: the case's facts are in; what only the clerk knows is marked and asked for.
  const correctionUrl = await draft(page, url, '补正告知书');
  await expect(page.getByTestId('letter-status')).toHaveText('草稿');
  await expect(page.getByTestId('letter-problems')).toContainText('补正内容');
  await expect(page.getByLabel('正文')).toHaveValue(/^张晓明：\n/);
  await page.getByRole('textbox', { name: '补正内容', exact: true }).fill('请写明所需社保缴费记录的起止年月。');
  await page.getByRole('button', { name: '按模板重新生成正文' }).click();
  await expect(page.getByTestId('form-success')).toHaveText('已按模板重新生成正文。');
  await expect(page.getByTestId('letter-text')).toContainText('请写明所需社保缴费记录的起止年月。');
  await expect(page.getByTestId('letter-text')).toContainText('《中华人民共和国政府信息公开条例》第三十条');
  // Approval is required: no issue button until a supervisor has approved.
  await expect(page.getByRole('form', { name: '发文' })).toHaveCount(0);
  await page.getByRole('button', { name: '送负责人审批' }).click();
  await expect(page.getByTestId('form-success')).toHaveText('已送负责人审批。');

  const supervisor = await pageAs(browser, 'supervisor');
  await approve(supervisor, caseNo, correctionUrl);

  const correctionNo = await issue(page, correctionUrl);
  expect(correctionNo).toMatch(new RegExp(`^示人社依补〔${year}〕\\d+号$`));
  await expect(page.getByTestId('letter-status')).toHaveText('已发出');
  const correctionText = await docxText(page, `${correctionUrl}/docx`);
  expect(correctionText.split('\n')[0]).toBe(correctionNo);

  // Delivery: a mailing needs its tracking number.
  const delivery = page.getByRole('form', { name: '登记送达' });
  await delivery.getByLabel('送达方式').selectOption({ label: '邮寄' });
  await delivery.getByRole('button', { name: '登记送达' }).click();
  await expect(delivery.getByTestId('error-trackingNo')).toHaveText('邮寄送达请填写运单号（快递或挂号信单号）。');
  await expect(page.getByTestId('no-delivery')).toBeVisible();
  await delivery.getByLabel('运单号（邮寄时必填）').fill('SF1234567890');
  await delivery.getByRole('button', { name: '登记送达' }).click();
  await expect(page.getByTestId('form-success')).toHaveText('送达已登记。');
  await expect(page.getByTestId('deliveries')).toContainText('邮寄，运单号 SF1234567890');

  // The case: awaiting correction, the letter and its delivery on the timeline.
  await page.goto(url);
  await expect(page.getByTestId('clock-badge').first()).toHaveAttribute('data-status', 'awaiting_correction');
  await expect(page.getByTestId('timeline')).toContainText(`政府信息公开申请补正告知书（${correctionNo}）`);
  await expect(page.getByTestId('timeline')).toContainText('送达方式：邮寄，运单号 SF1234567890');
  await page.getByText('收到补正后的申请', { exact: true }).click();
  const received = page.getByRole('form', { name: '收到补正后的申请' });
  await received.getByLabel('收到补正日期').fill(today);
  await received.getByRole('button', { name: '记录收到补正' }).click();
  await expect(page.getByTestId('form-success')).toHaveText('办理步骤已记录。');

  // The reply letter closes the case with its outcome and 文号.
  const replyUrl = await draft(page, url, '1.本机关不掌握相关政府信息（信息不存在）');
  await page.getByRole('button', { name: '送负责人审批' }).click();
  await expect(page.getByTestId('form-success')).toHaveText('已送负责人审批。');
  await approve(supervisor, caseNo, replyUrl);
  const replyNo = await issue(page, replyUrl);
  expect(replyNo).toMatch(new RegExp(`^示人社依复〔${year}〕\\d+号$`));
  const replyText = await docxText(page, `${replyUrl}/docx`);
  expect(replyText).toContain('《中华人民共和国政府信息公开条例》第三十六条第（四）项');
  expect(replyText).toContain('如对本答复不服，可以自收到本答复之日起六十日内向示例市人民政府申请行政复议，或者自收到本答复之日起六个月内依法向人民法院提起行政诉讼。');

  await page.goto(url);
  await expect(page.getByTestId('case-status')).toHaveText('已办结');
  await expect(page.getByTestId('case-facts')).toContainText('本机关不掌握相关政府信息');
  await expect(page.getByTestId('case-facts')).toContainText(replyNo);
  await expect(page.getByTestId('case-letters')).toContainText(replyNo);

  // The reply is not yet sent: it waits on the clerk's home page.
  await page.goto('/');
  await expect(page.getByTestId('awaiting-delivery')).toContainText(replyNo);
  // A closed case takes no new letters.
  await page.goto(`${url}/letters`);
  await expect(page.getByRole('form', { name: '起草文书' })).toHaveCount(0);
  await expect(page.getByText('该申请已办结，不能再起草文书。')).toBeVisible();
});

test('case files: a disallowed type and an oversize file are refused in Chinese; an allowed one is kept and served as a download', async ({ page }) => {
  await login(page, 'clerk');
  await registerCase(page, { receivedOn: todayInChina() });
  const panel = page.getByTestId('case-files');
  await panel.getByText('上传材料', { exact: true }).click();
  const form = page.getByRole('form', { name: '上传材料' });

  await form.getByLabel('材料类别').selectOption({ label: '申请表或申请书' });
  await form.getByLabel('文件').setInputFiles({ name: '申请表.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html><script>alert(1)</script></html>') });
  await form.getByRole('button', { name: '上传' }).click();
  await expect(page.getByTestId('error-file')).toHaveText('“申请表.pdf”不是允许的文件类型。只能上传PDF、PNG、JPEG 图片、Word（.docx）或 Excel（.xlsx）文件。');
  await expect(panel.getByTestId('case-file')).toHaveCount(0);

  await form.getByLabel('材料类别').selectOption({ label: '申请表或申请书' });
  await form.getByLabel('文件').setInputFiles({ name: '扫描件.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(21 * 1024 * 1024)]) });
  await form.getByRole('button', { name: '上传' }).click();
  await expect(page.getByTestId('error-file')).toHaveText('“扫描件.pdf”超过 20 MB 的大小限制，请压缩或拆分后再上传。');
  await page.reload();
  await expect(panel.getByTestId('case-file')).toHaveCount(0);

  await panel.getByText('上传材料', { exact: true }).click();
  await form.getByLabel('材料类别').selectOption({ label: '申请表或申请书' });
  await form.getByLabel('文件').setInputFiles({ name: '申请表.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await form.getByRole('button', { name: '上传' }).click();
  await expect(panel.getByTestId('form-success')).toHaveText('已上传“申请表.pdf”。');
  const link = panel.getByRole('link', { name: '申请表.pdf' });
  await expect(panel.getByTestId('case-file')).toContainText('王芳 上传于');
  const response = await page.request.get((await link.getAttribute('href'))!);
  expect(response.headers()).toMatchObject({ 'content-type': 'application/pdf', 'x-content-type-options': 'nosniff' });
  expect(response.headers()['content-disposition']).toMatch(/^attachment;/);
});

test('another clerk may read a case’s letters but not draft them; a clerk cannot open the approvals queue', async ({ browser, page }) => {
  await login(page, 'clerk');
  const { url } = await registerCase(page, { receivedOn: todayInChina() });
  const other = await pageAs(browser, 'clerk2');
  await other.goto(`${url}/letters`);
  await expect(other.getByText('只有本申请的承办人或负责人可以起草文书。')).toBeVisible();
  await expect(other.getByRole('form', { name: '起草文书' })).toHaveCount(0);
  const response = await page.goto('/letters/approvals');
  expect(response?.status()).toBe(403);
});

test('an administrator’s template with an unknown field is refused, naming the field', async ({ page }) => {
  await login(page, 'admin');
  await page.goto('/admin/letter-templates');
  await page.getByRole('link', { name: '接收回执' }).click();
  const versions = await page.getByTestId('template-versions').textContent();
  const body = page.getByLabel('正文');
  await body.fill(`${await body.inputValue()}\n经办人：{经办人}`);
  await page.getByRole('button', { name: '保存为新版本' }).click();
  await expect(page.getByTestId('error-body')).toHaveText('不认识的字段“{经办人}”。请使用字段列表中的名称。');
  await page.reload();
  await expect(page.getByTestId('template-versions')).toHaveText(versions!);
});

test('an administrator saves a template as a new version and restores the built-in one', async ({ page }) => {
  await login(page, 'admin');
  await page.goto('/admin/letter-templates/consultation.agency');
  const body = page.getByLabel('正文');
  await body.fill(`${await body.inputValue()}\n此函请于收到后尽快回复。`);
  await page.getByRole('button', { name: '保存为新版本' }).click();
  await expect(page.getByText(/模板已保存为第 \d+ 版/)).toBeVisible();
  // The page with earlier versions to restore (it failed to render once there was one).
  await page.reload();
  const restore = page.getByRole('form', { name: '恢复第 0 版' });
  await restore.getByRole('button', { name: '恢复此版本' }).click();
  await expect(restore.getByText(/已恢复，保存为第 \d+ 版。/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('正文')).not.toHaveValue(/此函请于收到后尽快回复/);
});
