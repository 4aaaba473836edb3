import type { Fixtures } from './access/fixtures';
import type { Reply } from './access/http';
import { formData, todayInChina } from './access/values';
import { LETTER_KINDS } from '@/lib/domain/letters/letter-types';
import { DEFAULT_DOC_NO_PATTERNS } from '@/lib/domain/letters/doc-number';

// WHO MAY USE WHAT: one entry for every page, route handler and server action of the application.
// e2e/access-matrix.spec.ts asks every one of them as each principal below and fails on any other
// outcome; tests/lint/access-matrix-coverage.test.ts fails when a page, route or action has no
// entry here (or an entry outlives it). A new page is one line:
//
//   '/reports/[year]/workspace': page(['supervisor', 'admin']),
//
// a new server action one line with the arguments the browser would send (a valid request: the
// roles in the list must change the database with it, all others must change nothing):
//
//   'app/(app)/reports/[year]/actions.ts#publishAction': action(['supervisor'], (fx) => [fx.records.year, {}, formData({ note: '发布' })]),
//
// Dynamic segments ([id], [year] …) are filled from real records (e2e/access/fill-path.ts).

export const ROLES = ['clerk', 'supervisor', 'admin', 'auditor'] as const;
export type Role = (typeof ROLES)[number];
/** Signed in as each role; and signed out: never, a deactivated account's session, a session past its 8 hours. */
export const PRINCIPALS = ['anonymous', ...ROLES, 'deactivated', 'expired'] as const;
export type Principal = (typeof PRINCIPALS)[number];
export const SIGNED_OUT = ['anonymous', 'deactivated', 'expired'] as const satisfies readonly Principal[];

export type Outcome =
  /** 200: the page or the file. */
  | 'ok'
  /** 403. */
  | 'forbidden'
  /** Sent to the sign-in page (by the proxy, the page or the action), or 401 from a route handler. */
  | 'sign-in'
  /** Sent to another page: `redirect /reports/` (a prefix of the path). */
  | `redirect ${string}`
  /** An action answered without effect (a message, or sent elsewhere): the database is unchanged. */
  | 'refused'
  /** An action took effect: the database changed. */
  | 'changes'
  /** An action ran past its checks of the session and the role (see the entry's `proof`); its effect is not asserted. */
  | 'answers';

export type Expectations = Record<Principal, Outcome>;
type At = string | ((fx: Fixtures) => string);

export type PageRule = { kind: 'page'; at?: At; expect: Expectations };
export type RouteRule = { kind: 'route'; at?: At; body?: (fx: Fixtures) => Promise<BodyInit> | BodyInit; expect: Expectations };
export type ActionRule = {
  kind: 'action';
  /** The arguments as the browser sends them (bound values first, then the form state and the form). */
  call: (fx: Fixtures, who: Principal) => Promise<unknown[]> | unknown[];
  expect: Expectations;
  /** For 'answers': what shows that the action ran past its checks. */
  proof?: (reply: Reply) => boolean;
  /** The call signs the principal out: give it a session of its own. */
  ownSession?: true;
};

const EVERY_ROLE = ROLES;

function expectations(allow: readonly Role[], allowed: Outcome, refused: Outcome, signedOut: Outcome = 'sign-in'): Expectations {
  const roles = Object.fromEntries(ROLES.map((r) => [r, allow.includes(r) ? allowed : refused]));
  return { ...roles, anonymous: signedOut, deactivated: signedOut, expired: signedOut } as Expectations;
}

/** A page: 200 for the roles in `allow`, 403 for the other roles, the sign-in page for everyone signed out. */
export function page(allow: readonly Role[], options: { at?: At; ok?: Outcome } = {}): PageRule {
  return { kind: 'page', at: options.at, expect: expectations(allow, options.ok ?? 'ok', 'forbidden') };
}

/** A GET route handler (a download): 200 / 403 / sign-in (401), as for pages. */
export function get(allow: readonly Role[], at?: At): RouteRule {
  return { kind: 'route', at, expect: expectations(allow, 'ok', 'forbidden') };
}

/** A POST route handler (an upload): 200 for `allow`; 403 or 401 with nothing changed for everyone else. */
export function post(allow: readonly Role[], body: RouteRule['body'], at?: At): RouteRule {
  return { kind: 'route', at, body, expect: expectations(allow, 'ok', 'forbidden') };
}

/** A server action: takes effect for the roles in `allow`, changes nothing for anyone else. */
export function action(allow: readonly Role[], call: ActionRule['call'], options: { proof?: ActionRule['proof']; ownSession?: true } = {}): ActionRule {
  return { kind: 'action', call, expect: expectations(allow, options.proof ? 'answers' : 'changes', 'refused'), ...options };
}

/** The same outcome for every principal. */
function everyone(outcome: Outcome): Expectations {
  return Object.fromEntries(PRINCIPALS.map((p) => [p, outcome])) as Expectations;
}

/** The steps of a sign-in (second factor, forced password change, enrolment): no fully signed-in user belongs there. */
const signInStep: PageRule = { kind: 'page', expect: expectations([], 'ok', 'redirect /') };

/** The action's answer has `path` (e.g. 'fieldErrors.code'): it got as far as checking that field. */
const returns = (path: string) => (reply: Reply) => {
  let value: unknown = reply.result;
  for (const key of path.split('.')) value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
  return value !== undefined && value !== null;
};
const redirectsTo = (prefix: string) => (reply: Reply) => (reply.location ?? '').startsWith(prefix);

let n = 0;
const next = () => ++n;
const CASE_ACTIONS = 'app/(app)/cases/actions.ts';
const LIST_ACTIONS = 'app/(app)/cases/list-actions.ts';
const LETTER_ACTIONS = 'app/(app)/cases/[id]/letters/actions.ts';
const USER_ACTIONS = 'app/(app)/admin/users/actions.ts';
const REVIEW_ACTIONS = 'app/(app)/reviews/actions.ts';
const LOGIN_ACTIONS = 'app/login/actions.ts';
const STEP_ACTIONS = 'app/login/step-actions.ts';
const REPORT_ACTIONS = 'app/(app)/reports/[year]/annual/actions.ts';

export const PAGES: Record<string, PageRule> = {
  '/': page(EVERY_ROLE),
  '/account': page(EVERY_ROLE),
  '/account/two-factor': page(EVERY_ROLE),
  '/admin/calendar': page(['admin']),
  '/admin/calendar/[year]': page(['admin']),
  '/admin/import': page(['admin']),
  '/admin/letter-templates': page(['admin']),
  '/admin/letter-templates/[key]': page(['admin']),
  '/admin/security': page(['admin']),
  '/admin/settings': page(['admin']),
  '/admin/users': page(['admin']),
  '/admin/users/[id]': page(['admin']),
  '/audit': page(['supervisor', 'auditor']),
  '/cases': page(['clerk', 'supervisor', 'admin']),
  '/cases/[id]': page(['clerk', 'supervisor', 'admin']),
  '/cases/[id]/edit': page(['clerk', 'supervisor']),
  '/cases/[id]/letters': page(['clerk', 'supervisor', 'admin']),
  '/cases/[id]/letters/[letterId]': page(['clerk', 'supervisor', 'admin']),
  '/cases/new': page(['clerk', 'supervisor']),
  '/help': page(EVERY_ROLE),
  '/letters/approvals': page(['supervisor']),
  '/login': { kind: 'page', expect: { ...expectations([], 'ok', 'redirect /'), anonymous: 'ok', deactivated: 'ok', expired: 'ok' } },
  '/login/change-password': signInStep,
  '/login/enrol': signInStep,
  '/login/verify': signInStep,
  '/register-export': page(['supervisor', 'admin']),
  '/reports': page(['supervisor', 'admin'], { ok: 'redirect /reports/' }),
  '/reports/[year]': page(['supervisor', 'admin']),
  '/reports/[year]/annual': page(['supervisor', 'admin']),
  '/reports/[year]/baseline': page(['supervisor', 'admin']),
  '/reports/[year]/cells': page(['supervisor', 'admin'], { at: (fx) => `/reports/${fx.records.year}/cells?row=new&col=total` }),
  '/reports/[year]/current': page(['supervisor', 'admin']),
  '/review': page(['supervisor']),
  '/reviews': page(['clerk', 'supervisor', 'admin']),
  '/reviews/[id]': page(['clerk', 'supervisor', 'admin']),
  // Everyone's own list; the auditor's is empty (lib/data/todo.ts gives it nothing of the cases).
  '/todo': page(EVERY_ROLE),
};

export const ROUTES: Record<string, RouteRule> = {
  'POST /admin/import/upload': post(['admin'], (fx) => fx.registerFile(), '/admin/import/upload?kind=register'),
  'GET /api/auth/[...nextauth]': { kind: 'route', at: '/api/auth/session', expect: everyone('ok') },
  // Auth.js's own sign-in and sign-out endpoints: without its CSRF token nothing happens to anyone.
  'POST /api/auth/[...nextauth]': { kind: 'route', at: '/api/auth/callback/credentials', body: () => new URLSearchParams({ username: 'admin', password: 'Demo-2024' }), expect: everyone('sign-in') },
  'GET /admin/import/progress': get(['admin'], '/admin/import/progress?kind=register'),
  'GET /audit/export': get(['supervisor', 'auditor'], '/audit/export?format=csv'),
  'GET /cases/export': get(['clerk', 'supervisor', 'admin'], '/cases/export?status=open&sort=due_asc'),
  'POST /cases/export': post(['clerk', 'supervisor', 'admin'], (fx) => formData({ case: `${fx.records.case}:${fx.version('cases', fx.records.case)}`, sort: 'due' })),
  'GET /cases/[id]/files/[fileId]': get(['clerk', 'supervisor', 'admin']),
  'POST /cases/[id]/files/upload': post(['clerk', 'supervisor'], (fx) => fx.caseFileForm()),
  'GET /cases/[id]/letters/[letterId]/docx': get(['clerk', 'supervisor', 'admin']),
  'GET /register-export/download': get(['supervisor', 'admin'], '/register-export/download?what=register&format=csv'),
  'GET /reports/[year]/export': get(['supervisor', 'admin'], (fx) => `/reports/${fx.records.year}/export?format=json`),
};

export const ACTIONS: Record<string, ActionRule> = {
  // Each user's own address and choice for the morning to-do e-mail (我的账号); an auditor has no to-do list.
  'app/(app)/account/actions.ts#updateDigestAction': action(['clerk', 'supervisor', 'admin'], () => [{}, formData({ email: `digest${next()}@example.gov.cn`, digest: 'on' })]),

  // Administration
  'app/(app)/admin/calendar/actions.ts#addYearAction': action(['admin'], (fx) => {
    const year = fx.read<number>('SELECT max(year) + 1 FROM calendar_years');
    return [{}, formData({ year: String(year), source: '国务院办公厅通知（访问矩阵）', days: `${year}-01-01 休 元旦` })];
  }),
  'app/(app)/admin/calendar/actions.ts#setDayAction': action(['admin'], () => [{}, formData({ date: '2019-12-18', kind: 'off', name: `测试${next()}` })]),
  'app/(app)/admin/import/actions.ts#importStepAction': action(['admin'], async (fx) => ['register', { stage: 'preview', kind: 'register' }, formData({ step: 'confirm', token: await fx.importToken() })]),
  'app/(app)/admin/letter-templates/actions.ts#templateAction': action(['admin'], (fx) => [fx.records.templateKey, {}, formData(fx.changedTemplateForm(fx.records.templateKey))]),
  'app/(app)/admin/letter-templates/actions.ts#restoreTemplateAction': action(['admin'], async (fx) => {
    await fx.changedTemplate('receipt');
    return ['receipt', 0, {}, formData()];
  }),
  'app/(app)/admin/security/actions.ts#updateSecuritySettingsAction': action(['admin'], () => [
    {},
    formData({ minLength: '8', minClasses: '3', maxAgeDays: String(60 + (next() % 30)), historyCount: '5', idleMinutes: '30' }),
  ]),
  'app/(app)/admin/settings/actions.ts#updateSettingsAction': action(['admin'], () => [{}, formData({ agencyName: `示例市人力资源和社会保障局${next()}`, caseNoPattern: '{YYYY}-{####}', dueSoonDays: '5' })]),
  'app/(app)/admin/settings/letter-actions.ts#updateLetterSettingsAction': action(['admin'], () => [{}, formData(letterSettingsForm(10 + (next() % 20)))]),
  [`${USER_ACTIONS}#createUserAction`]: action(['admin'], (fx) => [{}, formData({ username: fx.unique('mx').toLowerCase(), displayName: '矩阵用户', role: 'clerk', password: 'Matrix-Pass-2024' })]),
  [`${USER_ACTIONS}#resetPasswordAction`]: action(['admin'], async (fx) => [await fx.newUser(), {}, formData({ password: 'Matrix-Reset-2024' })]),
  [`${USER_ACTIONS}#changeRoleAction`]: action(['admin'], async (fx) => [await fx.newUser(), {}, formData({ role: 'supervisor' })]),
  [`${USER_ACTIONS}#setActiveAction`]: action(['admin'], async (fx) => [await fx.newUser(), {}, formData({ active: 'false' })]),
  // Nobody here has a second factor to reset: the administrator's call gets as far as saying so.
  [`${USER_ACTIONS}#resetSecondFactorAction`]: action(['admin'], async (fx) => [await fx.newUser(), {}, formData()], { proof: returns('fieldErrors.twoFactor') }),

  // Cases
  [`${CASE_ACTIONS}#createCaseAction`]: action(['clerk', 'supervisor'], (fx) => [{}, formData(fx.caseFields())]),
  [`${CASE_ACTIONS}#updateCaseAction`]: action(['clerk', 'supervisor'], async (fx) => {
    const id = await fx.newCase();
    return [id, {}, formData({ ...fx.caseFields({ caseNo: fx.caseNo(id), handlerId: String(fx.users.clerk), applicantName: `改名${next()}` }), version: fx.version('cases', id) })];
  }),
  [`${CASE_ACTIONS}#closeCaseAction`]: action(['clerk', 'supervisor'], async (fx) => {
    const id = await fx.newCase();
    return [id, {}, formData({ outcome: 'disclosed', repliedOn: todayInChina(), version: fx.version('cases', id) })];
  }),
  [`${CASE_ACTIONS}#reopenCaseAction`]: action(['supervisor'], async (fx) => {
    const id = await fx.closedCase();
    return [id, {}, formData({ reason: '访问矩阵：重新打开', version: fx.version('cases', id) })];
  }),
  // Those who work on the case see the data anyway (no record is written): the data comes back.
  [`${CASE_ACTIONS}#revealPersonalDataAction`]: action(['clerk', 'supervisor', 'admin'], (fx) => [fx.records.case], { proof: returns('data') }),
  // The case list: saved filters are each user's own; reassigning ticked cases is a supervisor's call.
  [`${LIST_ACTIONS}#saveFilterAction`]: action(['clerk', 'supervisor', 'admin'], () => [{}, formData({ name: `矩阵筛选${next()}`, query: 'status=overdue' })]),
  [`${LIST_ACTIONS}#deleteSavedFilterAction`]: action(['clerk', 'supervisor', 'admin'], async (fx, who) => {
    // A filter of the principal's own (the clerk's for those who may keep none): only its owner may delete it.
    const owner = who === 'supervisor' || who === 'admin' ? who : 'clerk';
    const name = `矩阵待删${next()}`;
    await fx.act(owner, `${LIST_ACTIONS}#saveFilterAction`, '/cases', [{}, formData({ name, query: 'status=open' })]);
    const id = fx.read<number | undefined>('SELECT id FROM saved_filters WHERE user_id = ? AND name = ?', fx.users[owner], name);
    if (!id) throw new Error('Could not save a filter to delete');
    return [{}, formData({ id: String(id) })];
  }),
  [`${LIST_ACTIONS}#reassignCasesAction`]: action(['supervisor'], async (fx) => {
    const id = await fx.newCase();
    return [{}, formData({ handlerId: String(fx.users.supervisor), case: `${id}:${fx.version('cases', id)}` })];
  }),
  'app/(app)/cases/step-actions.ts#recordStepAction': action(['clerk', 'supervisor'], async (fx) => {
    const id = await fx.newCase();
    return [id, 'correction_requested', {}, formData({ version: fx.version('cases', id), noticeOn: todayInChina(), missing: '身份证明', periodDays: '15' })];
  }),
  // Decided in place on /review and the supervisor's home page.
  'app/(app)/cases/step-actions.ts#decideExtensionAction': action(['supervisor'], async (fx) => {
    const id = await fx.extensionRequested();
    return [id, 'review', {}, formData({ version: fx.version('cases', id), decision: 'approve', decidedOn: todayInChina(), notifiedOn: todayInChina(), comment: '同意' })];
  }),
  'app/(app)/cases/[id]/files/actions.ts#removeCaseFileAction': action(['clerk', 'supervisor'], async (fx) => {
    const caseId = await fx.newCase();
    return [caseId, await fx.newFile(caseId), {}, formData({ reason: '访问矩阵：删除' })];
  }),

  // Letters
  [`${LETTER_ACTIONS}#createLetterAction`]: action(['clerk', 'supervisor'], async (fx) => [await fx.newCase(), {}, formData({ typeKey: 'receipt' })]),
  [`${LETTER_ACTIONS}#saveLetterAction`]: action(['clerk', 'supervisor'], async (fx) => {
    const l = await fx.draftLetter();
    return [l.caseId, l.letterId, {}, formData({ ...fx.letterText(l.letterId), version: fx.version('letters', l.letterId) })];
  }),
  [`${LETTER_ACTIONS}#submitLetterAction`]: action(['clerk', 'supervisor'], async (fx) => {
    const l = await fx.draftLetter('consultation.applicant');
    return [l.caseId, l.letterId, {}, formData({ version: fx.version('letters', l.letterId) })];
  }),
  [`${LETTER_ACTIONS}#discardLetterAction`]: action(['clerk', 'supervisor'], async (fx) => {
    const l = await fx.draftLetter();
    return [l.caseId, l.letterId, {}, formData({ version: fx.version('letters', l.letterId) })];
  }),
  [`${LETTER_ACTIONS}#decideLetterAction`]: action(['supervisor'], async (fx) => {
    const l = await fx.submittedLetter();
    return [l.caseId, l.letterId, {}, formData({ version: fx.version('letters', l.letterId), decision: 'approve', comment: '同意' })];
  }),
  [`${LETTER_ACTIONS}#issueLetterAction`]: action(['clerk', 'supervisor'], async (fx) => {
    const l = await fx.draftLetter();
    return [l.caseId, l.letterId, {}, formData({ version: fx.version('letters', l.letterId), issuedOn: todayInChina() })];
  }),
  [`${LETTER_ACTIONS}#cancelLetterAction`]: action(['supervisor'], async (fx) => {
    const l = await fx.issuedLetter();
    return [l.caseId, l.letterId, {}, formData({ version: fx.version('letters', l.letterId), reason: '访问矩阵：作废' })];
  }),
  [`${LETTER_ACTIONS}#recordDeliveryAction`]: action(['clerk', 'supervisor'], async (fx) => {
    const l = await fx.issuedLetter();
    return [l.caseId, l.letterId, {}, formData({ method: 'post', trackingNo: 'SF1234567890', sentOn: todayInChina() })];
  }),
  [`${LETTER_ACTIONS}#recordReceivedAction`]: action(['clerk', 'supervisor'], async (fx) => {
    const l = await fx.sentLetter();
    return [l.caseId, l.letterId, l.deliveryId, {}, formData({ receivedOn: todayInChina() })];
  }),

  // The annual report (REPORT.md): last year's draft, a year of its own for each publication (a
  // year is published once), the baseline of a year no publication here touches.
  [`${REPORT_ACTIONS}#saveDraftAction`]: action(['supervisor', 'admin'], (fx) => {
    const year = fx.records.year - 1;
    return [year, fx.read<number | null>('SELECT version FROM report_drafts WHERE year = ?', year) ?? 0, {}, formData({ 'text.proactive': `访问矩阵${next()}` })];
  }),
  [`${REPORT_ACTIONS}#publishAction`]: action(['supervisor', 'admin'], (fx) => {
    const year = fx.read<number>('SELECT coalesce(max(year), 2000) + 1 FROM report_versions');
    return [year, 'publish', {}, formData({ draftVersion: '0', publishedOn: `${year + 1}-01-20`, acknowledgement: '访问矩阵：核对未通过仍发布' })];
  }),
  [`${REPORT_ACTIONS}#baselineAction`]: action(['supervisor', 'admin'], (fx) => [fx.records.year - 2, {}, formData({ rules: String(next()), normative_documents: '12' })]),

  // Reviews (行政复议 / 行政诉讼)
  [`${REVIEW_ACTIONS}#createReviewAction`]: action(['clerk', 'supervisor', 'admin'], () => [{}, formData({ kind: 'reconsideration', filedOn: todayInChina() })]),
  [`${REVIEW_ACTIONS}#createCaseReviewAction`]: action(['clerk', 'supervisor', 'admin'], (fx) => [fx.records.case, {}, formData({ kind: 'reconsideration', filedOn: todayInChina() })]),
  [`${REVIEW_ACTIONS}#updateReviewAction`]: action(['clerk', 'supervisor', 'admin'], async (fx) => {
    const id = await fx.newReview();
    return [id, {}, formData({ version: fx.version('reviews', id), result: 'upheld', decidedOn: todayInChina(), notes: '' })];
  }),

  // Signing in and out, and the steps after the password. The sign-in form is for everyone: a wrong
  // password is recorded whoever sends it.
  [`${LOGIN_ACTIONS}#loginAction`]: { kind: 'action', call: (fx) => [{}, formData({ username: fx.unique('nobody').toLowerCase(), password: 'Wrong-Password-1' })], expect: everyone('changes') },
  [`${LOGIN_ACTIONS}#signOutAction`]: action(EVERY_ROLE, () => [], { ownSession: true }),
  // No fully signed-in user owes a second factor: sent home, nothing recorded.
  [`${STEP_ACTIONS}#verifySecondFactorAction`]: action([], () => [{}, formData({ code: '123456' })]),
  // A wrong current password is recorded (it counts towards the lock), which shows the change was tried.
  [`${STEP_ACTIONS}#changePasswordAction`]: action(EVERY_ROLE, () => [{}, formData({ currentPassword: 'Wrong-Password-1', newPassword: 'Matrix-New-2024', confirmPassword: 'Matrix-New-2024' })]),
  // Without the page's sealed key the code is refused: the form says so.
  [`${STEP_ACTIONS}#confirmEnrolmentAction`]: action(EVERY_ROLE, () => [{}, formData({ code: '123456', sealed: 'not-a-sealed-key' })], { proof: returns('fieldErrors.code') }),
  // Administrators must keep theirs; for the others (none has one here) it goes back to the account page.
  [`${STEP_ACTIONS}#disableSecondFactorAction`]: action(['clerk', 'supervisor', 'auditor'], () => [{}, formData({ password: 'Demo-2024' })], { proof: redirectsTo('/account') }),
};

/** The 公文设置 form with the agency's defaults and a correction period of `days`. */
function letterSettingsForm(days: number): Record<string, string> {
  const form: Record<string, string> = {
    agencyShortName: '示人社',
    reconsiderationBody: '示例市人民政府',
    courtName: '',
    agencyContact: '联系电话：0571-12345678',
    correctionPeriodDays: String(days),
    closingNoticeNoCorrection: 'on',
    closingNoticeFeeUnpaid: 'on',
  };
  for (const k of LETTER_KINDS) {
    form[`docNo_${k}`] = DEFAULT_DOC_NO_PATTERNS[k];
    if (k !== 'receipt') form[`approval_${k}`] = 'on';
  }
  return form;
}
