import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';

export const PASSWORD = 'Demo-2024';
export const USERS = {
  clerk: { username: 'clerk', name: '王芳' },
  clerk2: { username: 'clerk2', name: '陈静' },
  supervisor: { username: 'supervisor', name: '李强' },
  admin: { username: 'admin', name: '张伟' },
  auditor: { username: 'auditor', name: '赵敏' },
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

/** Fills and submits the sign-in form, expecting nothing of the result. */
export async function submitSignIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** The code an authenticator app shows for a key, `steps` periods of 30 s from now. */
export function totpCode(secret: string, steps = 0): string {
  return new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp: Date.now() + steps * 30_000 });
}

/** The forced change at the first sign-in (or after a reset), from its page to the home page. */
export async function completeForcedChange(page: Page, current: string, next: string): Promise<void> {
  await expect(page).toHaveURL(/\/login\/change-password/);
  const form = page.getByRole('form', { name: '修改密码' });
  await form.getByLabel('当前密码').fill(current);
  await form.getByLabel(/^新密码/).fill(next);
  await form.getByLabel('再次输入新密码').fill(next);
  await form.getByRole('button', { name: '修改密码' }).click();
}

export type NewAccount = { username: string; name: string; password: string };

/** An administrator creates an account through 用户管理 (with a temporary password). */
export async function createAccount(admin: Page, role: 'clerk' | 'supervisor' | 'admin' | 'auditor', prefix: string = role): Promise<NewAccount> {
  counter += 1;
  const account = { username: `${prefix}${Date.now() % 1_000_000}${counter}`, name: `测试${counter}号`, password: `Temp-Pass-${counter}a` };
  await admin.goto('/admin/users');
  const form = admin.getByRole('form', { name: '新建用户' });
  await form.getByLabel('用户名').fill(account.username);
  await form.getByLabel('姓名').fill(account.name);
  await form.getByLabel('角色').selectOption(role);
  await form.getByLabel('初始密码').fill(account.password);
  await form.getByRole('button', { name: '新建用户' }).click();
  await expect(admin.getByTestId('form-success')).toContainText(account.username);
  return account;
}

/**
 * A page in its own browser context, signed in as a new non-admin account that has made its
 * password its own: for tests that age or end sessions without touching the shared demo users.
 */
export async function pageAsNewAccount(browser: Browser, role: 'clerk' | 'supervisor' | 'auditor'): Promise<{ page: Page; account: NewAccount }> {
  const admin = await pageAs(browser, 'admin');
  const account = await createAccount(admin, role);
  await admin.context().close();
  const page = await (await browser.newContext()).newPage();
  await submitSignIn(page, account.username, account.password);
  const own = `${account.password}-Own`;
  await completeForcedChange(page, account.password, own);
  await expect(page.getByTestId('current-user')).toContainText(account.name);
  return { page, account: { ...account, password: own } };
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

/** On an open case page: the handler asks for five more working days; the case then awaits the supervisor. */
export async function requestExtension(page: Page): Promise<void> {
  await page.getByText('申请延期答复', { exact: true }).click();
  const request = page.getByRole('form', { name: '申请延期答复' });
  await request.getByLabel('延长工作日数').fill('5');
  await request.getByLabel('延期理由').fill('需调取历史档案');
  await request.getByRole('button', { name: '提交延期申请' }).click();
  await expect(page.getByTestId('extension-state')).toContainText('待负责人审批');
}
