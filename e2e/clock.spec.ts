import { expect, test, type Page } from '@playwright/test';
import { addWorkingDays, defaultWorkCalendar } from '../lib/domain/calendar/work-calendar';
import { addDays } from '../lib/domain/dates';
import { pageAs, registerCase, resumeSession, todayInChina } from './support';
import { captureServerAction, replayServerAction } from './server-action';

const cal = defaultWorkCalendar();

async function openStep(page: Page, title: string) {
  await page.getByText(title, { exact: true }).click();
  return page.getByRole('form', { name: title });
}

async function dueOn(page: Page): Promise<string> {
  return ((await page.getByTestId('reply-due-on').textContent()) ?? '').slice(0, 10);
}

test.describe('the statutory clock', () => {
  test('an extension: requested by a clerk, refused to the clerk even by direct call, approved by a supervisor', async ({ browser, page }) => {
    await resumeSession(page, 'clerk');
    const today = todayInChina();
    const { url, caseNo } = await registerCase(page, { receivedOn: today });
    const before = await dueOn(page);
    expect(before).toBe(addWorkingDays(cal, today, 20).date);

    const form = await openStep(page, '申请延期答复');
    await form.getByLabel('延长工作日数').fill('21');
    await form.getByLabel('延期理由').fill('需调取历史档案');
    await form.getByRole('button', { name: '提交延期申请' }).click();
    await expect(page.getByTestId('error-days')).toHaveText('延期不能超过20个工作日');

    // Keep the request as sent, to send it again once it has been decided.
    const request = await captureServerAction(page, async () => {
      await form.getByLabel('延长工作日数').fill('10');
      await form.getByRole('button', { name: '提交延期申请' }).click();
    });
    await replayServerAction(page, request);
    await page.goto(url);
    await expect(page.getByTestId('extension-state')).toContainText('待负责人审批');
    expect(await dueOn(page)).toBe(before);
    await expect(page.getByRole('form', { name: '审批延期申请' })).toHaveCount(0);

    const supervisor = await pageAs(browser, 'supervisor');
    await supervisor.goto('/review');
    const card = supervisor.getByTestId(`extension-${caseNo}`);
    await expect(card).toContainText('延长 10 个工作日');
    const decision = card.getByRole('form', { name: `审批延期 ${caseNo}` });
    // The form opens under the card's 审批 button, with the focus on its first field.
    await expect(decision).toHaveCount(0);
    await card.getByRole('button', { name: `审批申请 ${caseNo} 的延期` }).click();
    await expect(decision.getByLabel('审批意见')).toBeFocused();
    const captured = await captureServerAction(supervisor, async () => {
      await decision.getByLabel('审批意见').selectOption('approve');
      await decision.getByLabel('告知申请人日期（批准时必填）').fill(today);
      await decision.getByRole('button', { name: '提交延期审批意见' }).click();
    });
    const replay = await replayServerAction(page, captured);
    expect(replay.text).toContain('只有负责人可以审批延期。');
    await page.goto(url);
    await expect(page.getByTestId('extension-state')).toContainText('待负责人审批');

    await supervisor.goto('/review');
    await card.getByRole('button', { name: `审批申请 ${caseNo} 的延期` }).click();
    await decision.getByLabel('审批意见').selectOption('approve');
    await decision.getByRole('button', { name: '提交延期审批意见' }).click();
    await expect(decision.getByTestId('error-notifiedOn')).toHaveText('批准延期的，须填写告知申请人的日期');
    await decision.getByLabel('告知申请人日期（批准时必填）').fill(today);
    await decision.getByRole('button', { name: '提交延期审批意见' }).click();
    // The supervisor stays on the review page, which names the case decided and its new deadline.
    await expect(supervisor).toHaveURL(/\/review\?decided=\d+$/);
    await expect(supervisor.getByTestId('extension-decided')).toContainText(`已批准申请 ${caseNo} 的延期申请（延长 10 个工作日），答复期限现为 ${addWorkingDays(cal, before, 10).date}`);
    await expect(supervisor.getByTestId(`extension-${caseNo}`)).toHaveCount(0);
    await supervisor.goto(url);
    await expect(supervisor.getByTestId('extension-state')).toContainText('已批准');
    expect(await dueOn(supervisor)).toBe(addWorkingDays(cal, before, 10).date);

    // A second extension is not offered, and sending the request again directly changes nothing.
    await page.goto(url);
    await expect(page.getByText('申请延期答复', { exact: true })).toHaveCount(0);
    const resent = await replayServerAction(page, request);
    expect(resent.text).toMatch(/每件申请只能延期一次|已被他人修改/);
    await page.goto(url);
    expect(await dueOn(page)).toBe(addWorkingDays(cal, before, 10).date);
  });

  test('a corrected application restarts the 20 working days from its date', async ({ page }) => {
    await resumeSession(page, 'clerk');
    const today = todayInChina();
    const received = addDays(today, -3);
    await registerCase(page, { receivedOn: received });
    expect(await dueOn(page)).toBe(addWorkingDays(cal, received, 20).date);

    let form = await openStep(page, '通知申请人补正');
    await form.getByLabel('补正通知日期').fill(addDays(received, -1));
    await form.getByLabel('需补正的内容').fill('请写明所需文件的年份');
    await form.getByRole('button', { name: '记录补正通知' }).click();
    await expect(page.getByTestId('error-noticeOn')).toContainText('日期不能早于收到申请日期');

    await form.getByLabel('补正通知日期').fill(received);
    await form.getByRole('button', { name: '记录补正通知' }).click();
    await expect(page.getByTestId('clock-badge').first()).toHaveAttribute('data-status', 'awaiting_correction');

    form = await openStep(page, '收到补正后的申请');
    await form.getByLabel('收到补正日期').fill(today);
    await form.getByRole('button', { name: '记录收到补正' }).click();
    await expect(page.getByTestId('form-success')).toHaveText('办理步骤已记录。');
    expect(await dueOn(page)).toBe(addWorkingDays(cal, today, 20).date);
  });

  test('a consultation answer dated before it was sent is refused and nothing changes', async ({ page }) => {
    await resumeSession(page, 'clerk');
    const today = todayInChina();
    const received = addDays(today, -2);
    await registerCase(page, { receivedOn: received });
    let form = await openStep(page, '征求第三方或其他机关意见');
    await form.getByLabel('发出征求意见日期').fill(today);
    await form.getByLabel('征求意见对象').fill('某某科技有限公司');
    await form.getByRole('button', { name: '记录征求意见' }).click();
    await expect(page.getByTestId('clock-badge').first()).toHaveAttribute('data-status', 'paused_consultation');

    form = await openStep(page, '收到征求意见的答复');
    await form.getByLabel('收到答复日期').fill(received);
    await form.getByRole('button', { name: '记录收到意见' }).click();
    await expect(page.getByTestId('error-answeredOn')).toContainText('收到意见日期不能早于发出征求意见日期');
    await page.reload();
    await expect(page.getByTestId('clock-badge').first()).toHaveAttribute('data-status', 'paused_consultation');
  });

  test('a case past its deadline appears as overdue on the review page', async ({ browser, page }) => {
    await resumeSession(page, 'clerk');
    const { caseNo } = await registerCase(page, { receivedOn: '2025-01-02' });
    await expect(page.getByTestId('clock-badge').first()).toHaveAttribute('data-status', 'overdue');
    const supervisor = await pageAs(browser, 'supervisor');
    await supervisor.goto('/review');
    await expect(supervisor.getByTestId('review-overdue')).toContainText(caseNo);
    await supervisor.goto(`/cases?status=overdue&q=${caseNo}`);
    await expect(supervisor.getByTestId('case-count')).toHaveText('共 1 件');
  });

  test('a clerk cannot open the review page', async ({ page }) => {
    await resumeSession(page, 'clerk');
    const response = await page.goto('/review');
    expect(response?.status()).toBe(403);
  });
});
