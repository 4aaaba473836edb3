import { expect, type Browser, type Page } from '@playwright/test';

export const PASSWORD = 'Demo-2024';
export const USERS = {
  clerk: { username: 'clerk', name: '王芳' },
  clerk2: { username: 'clerk2', name: '陈静' },
  supervisor: { username: 'supervisor', name: '李强' },
  admin: { username: 'admin', name: '张伟' },
} as const;
export type DemoUser = keyof typeof USERS;

export async function login(page: Page, who: DemoUser, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(USERS[who].username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('current-user')).toContainText(USERS[who].name);
}

/** A page in its own browser context, signed in as a demo user. */
export async function pageAs(browser: Browser, who: DemoUser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, who);
  return page;
}

let counter = 0;
/** A case number no other test uses. */
export function uniqueCaseNo(prefix = 'E2E'): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${process.pid}-${counter}`.toUpperCase();
}

export function todayInChina(): string {
  return new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export type NewCase = {
  caseNo?: string;
  receivedOn?: string;
  channel?: string;
  applicantType?: string;
  applicantName?: string;
  content?: string;
};

/** Registers a case through the form and returns its number and page URL. */
export async function registerCase(page: Page, input: NewCase = {}): Promise<{ caseNo: string; url: string }> {
  const caseNo = input.caseNo ?? uniqueCaseNo();
  await page.goto('/cases/new');
  await page.getByLabel(/^申请编号/).fill(caseNo);
  await page.getByLabel('申请方式').selectOption({ label: input.channel ?? '网络' });
  await page.getByLabel('收到日期').fill(input.receivedOn ?? todayInChina());
  await page.getByLabel('申请人类型').selectOption(input.applicantType ?? 'natural_person');
  await page.getByLabel('申请人姓名或名称').fill(input.applicantName ?? '测试申请人');
  await page.getByLabel('申请内容').fill(input.content ?? '本人社保缴费记录');
  await page.getByRole('button', { name: '登记' }).click();
  await expect(page.getByTestId('case-no')).toContainText(caseNo);
  return { caseNo, url: page.url().split('?')[0] };
}
