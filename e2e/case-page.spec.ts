import { expect, test } from '@playwright/test';
import { addWorkingDays, defaultWorkCalendar, isWorkingDay } from '../lib/domain/calendar/work-calendar';
import { workingDaysLeft } from '../lib/domain/clock/days-left';
import { addDays } from '../lib/domain/dates';
import { pageAs, registerCase, resumeSession, todayInChina } from './support';

// Issue 11: the case page gives the forms room, tells a reader why they may only look, names the
// page after the case, says 今日到期, and prints as a one-page case sheet.

const cal = defaultWorkCalendar();

test('the close form is not squeezed: the longest outcome fits its select', async ({ page }) => {
  await resumeSession(page, 'clerk');
  await registerCase(page);
  await expect(page).toHaveTitle(/^申请 E2E-.+ · 依申请公开办理台$/);
  const select = page.getByRole('form', { name: '办结' }).getByLabel('办理结果');
  const fits = await select.evaluate((el: HTMLSelectElement) => {
    const probe = document.createElement('span');
    probe.style.font = getComputedStyle(el).font;
    probe.style.whiteSpace = 'nowrap';
    probe.style.position = 'absolute';
    document.body.append(probe);
    let widest = 0;
    for (const option of el.options) {
      probe.textContent = option.text;
      widest = Math.max(widest, probe.getBoundingClientRect().width);
    }
    probe.remove();
    // Room for the text beside the padding and the arrow.
    return { widest, room: el.clientWidth - 40 };
  });
  expect(fits.widest).toBeLessThanOrEqual(fits.room);
});

test('a clerk opening a colleague’s case is told why it is read-only', async ({ browser, page }) => {
  await resumeSession(page, 'clerk');
  const { url } = await registerCase(page);
  await expect(page.getByTestId('read-only-reason')).toHaveCount(0);
  const colleague = await pageAs(browser, 'clerk2');
  await colleague.goto(url);
  await expect(colleague.getByTestId('read-only-reason')).toHaveText('本申请由王芳承办，您只能查看，不能修改或记录办理步骤。如需接手，请联系负责人将承办人改为您。');
  await expect(colleague.getByTestId('case-actions')).toHaveCount(0);
});

test('a case due today says 今日到期', async ({ page }) => {
  await resumeSession(page, 'clerk');
  const today = todayInChina();
  // A reply period always ends on a working day: on a rest day the nearest case is due the next one.
  const dueOn = (d: string) => addWorkingDays(cal, d, 20).date;
  let receivedOn = addDays(today, -1);
  while (dueOn(addDays(receivedOn, -1)) >= today) receivedOn = addDays(receivedOn, -1);
  expect(workingDaysLeft(cal, today, dueOn(receivedOn))).toBe(isWorkingDay(cal, today) ? 0 : 1);
  await registerCase(page, { receivedOn });
  const badge = page.getByTestId('clock-badge').first();
  await expect(badge).toHaveAttribute('data-status', 'due_soon');
  if (isWorkingDay(cal, today)) await expect(badge).toHaveText('今日到期');
  else await expect(badge).toHaveText('即将到期· 剩1个工作日');
});

test('the case page prints on one A4 page without the navigation or the forms', async ({ page }) => {
  await resumeSession(page, 'clerk');
  await registerCase(page, { content: '申请公开本机关2023年度行政处罚决定书目录及相关执法文书' });
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header')).toBeHidden();
  await expect(page.getByTestId('case-actions')).toBeHidden();
  await expect(page.getByTestId('case-facts')).toBeVisible();
  await expect(page.getByTestId('timeline')).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages).toHaveLength(1);
});
