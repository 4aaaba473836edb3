import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

export const PASSWORD = 'Demo-2024';
export const USERS = {
  clerk: { username: 'clerk', name: '王芳' },
  clerk2: { username: 'clerk2', name: '陈静' },
  supervisor: { username: 'supervisor', name: '李强' },
  admin: { username: 'admin', name: '张伟' },
} as const;
export type DemoUser = keyof typeof USERS;

/** Where a demo user's signed-in browser state is kept for this run (written once by sign-in.setup.ts). */
export function storageStatePath(who: DemoUser): string {
  return path.join(path.dirname(process.env.E2E_DATABASE_PATH!), 'auth', `${who}.json`);
}

/** Signs in through the sign-in form, as a user does. For tests of the form itself and for sign-in.setup.ts. */
export async function signInWithForm(page: Page, who: DemoUser, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(USERS[who].username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByTestId('current-user')).toContainText(USERS[who].name);
}

/**
 * Gives `page`'s browser context the session a demo user signed in with once per run, without
 * loading any page: the test's next navigation or request is signed in.
 */
export async function resumeSession(page: Page, who: DemoUser): Promise<void> {
  const state = JSON.parse(await readFile(storageStatePath(who), 'utf8')) as { cookies: Parameters<BrowserContext['addCookies']>[0] };
  await page.context().addCookies(state.cookies);
}

/** Signs `page` in as a demo user (the saved session, no trip through the form) and opens the home page. */
export async function login(page: Page, who: DemoUser, password = PASSWORD): Promise<void> {
  if (password !== PASSWORD) return signInWithForm(page, who, password);
  await resumeSession(page, who);
  await page.goto('/');
  await expect(page.getByTestId('current-user')).toContainText(USERS[who].name);
}

/** A page in its own browser context, signed in as a demo user, on the home page. */
export async function pageAs(browser: Browser, who: DemoUser): Promise<Page> {
  const context = await browser.newContext({ storageState: storageStatePath(who) });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByTestId('current-user')).toContainText(USERS[who].name);
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
