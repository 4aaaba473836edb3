import Database from 'better-sqlite3';
import { callAction, request, type Reply } from './http';
import { formData, todayInChina, unique } from './values';
import type { Principal } from '../access-matrix';
import { defaultTemplate } from '@/lib/domain/letters/default-templates';

// Real records for the access matrix, made through the application itself (its actions and upload
// routes, as the users allowed to make them), and read back from its database.

export type MatrixUsers = Record<'clerk' | 'clerk2' | 'supervisor' | 'admin' | 'auditor', number>;

/** What the matrix setup leaves for the tests: who is signed in how, and the records pages show. */
export type MatrixState = {
  base: string;
  database: string;
  cookies: Record<Principal, string>;
  users: MatrixUsers;
  records: { case: number; letter: number; review: number; file: number; year: number; templateKey: string };
};

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

/** Where a redirect after an action points: /cases/12?saved=created → 12. */
function idFrom(reply: Reply, pattern: RegExp, what: string): number {
  const m = pattern.exec(reply.location ?? '');
  if (!m) throw new Error(`Could not make ${what}: ${reply.status} ${reply.location ?? ''} ${JSON.stringify(reply.result ?? reply.text.slice(0, 300))}`);
  return Number(m[1]);
}

export class Fixtures {
  constructor(readonly state: MatrixState) {}

  get base() {
    return this.state.base;
  }

  get users() {
    return this.state.users;
  }

  get records() {
    return this.state.records;
  }

  /** One value from the server's database. */
  read<T>(sql: string, ...params: unknown[]): T {
    const db = new Database(this.state.database, { fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    try {
      return db.prepare(sql).pluck().get(...params) as T;
    } finally {
      db.close();
    }
  }

  version(table: 'cases' | 'letters' | 'reviews', id: number): string {
    return String(this.read<number>(`SELECT version FROM ${table} WHERE id = ?`, id));
  }

  /** An action as a principal, posted from a page that carries it. */
  act(who: Principal, key: string, at: string, args: unknown[]): Promise<Reply> {
    return callAction(this.base, key, at, args, this.state.cookies[who]);
  }

  caseFields(overrides: Record<string, string> = {}): Record<string, string> {
    return {
      caseNo: unique('MX'),
      receivedOn: todayInChina(),
      channel: 'online',
      applicantType: 'natural_person',
      applicantName: '矩阵测试申请人',
      idType: '居民身份证',
      idNumber: '330106199001011234',
      phone: '13800000000',
      content: '访问矩阵测试用申请内容',
      ...overrides,
    };
  }

  /** A new open case, registered by the supervisor, handled by the clerk (unless said otherwise). */
  async newCase(handler: 'clerk' | 'clerk2' = 'clerk'): Promise<number> {
    const reply = await this.act('supervisor', 'app/(app)/cases/actions.ts#createCaseAction', '/cases/new', [{}, formData(this.caseFields({ handlerId: String(this.users[handler]) }))]);
    return idFrom(reply, /^\/cases\/(\d+)\?saved=created/, 'a case');
  }

  /** A new case whose clerk has asked for an extension the supervisor has not decided yet. */
  async extensionRequested(): Promise<number> {
    const id = await this.newCase();
    const reply = await this.act('clerk', 'app/(app)/cases/step-actions.ts#recordStepAction', `/cases/${id}`, [
      id,
      'extension_requested',
      {},
      formData({ version: this.version('cases', id), days: '20', reason: '访问矩阵：需要延期' }),
    ]);
    idFrom(reply, /^\/cases\/(\d+)\?saved=event/, 'an extension request');
    return id;
  }

  /** A case the supervisor has closed. */
  async closedCase(): Promise<number> {
    const id = await this.newCase();
    const reply = await this.act('supervisor', 'app/(app)/cases/actions.ts#closeCaseAction', `/cases/${id}`, [
      id,
      {},
      formData({ outcome: 'disclosed', repliedOn: todayInChina(), version: this.version('cases', id) }),
    ]);
    idFrom(reply, /^\/cases\/(\d+)\?saved=closed/, 'a closed case');
    return id;
  }

  /** A letter the clerk drafted on a new case: a receipt (issued without approval) or a notice that needs it. */
  async draftLetter(typeKey: 'receipt' | 'consultation.applicant' = 'receipt', caseId?: number): Promise<{ caseId: number; letterId: number }> {
    const onCase = caseId ?? (await this.newCase());
    const reply = await this.act('clerk', 'app/(app)/cases/[id]/letters/actions.ts#createLetterAction', `/cases/${onCase}/letters`, [onCase, {}, formData({ typeKey })]);
    return { caseId: onCase, letterId: idFrom(reply, /^\/cases\/\d+\/letters\/(\d+)\?saved=created/, 'a letter') };
  }

  /** A notice sent for the supervisor's approval. */
  async submittedLetter(): Promise<{ caseId: number; letterId: number }> {
    const letter = await this.draftLetter('consultation.applicant');
    const reply = await this.act('clerk', 'app/(app)/cases/[id]/letters/actions.ts#submitLetterAction', this.letterPage(letter), [
      letter.caseId,
      letter.letterId,
      {},
      formData({ version: this.version('letters', letter.letterId) }),
    ]);
    idFrom(reply, /saved=(submitted)/, 'a submitted letter');
    return letter;
  }

  /** A receipt the clerk has issued (numbered). */
  async issuedLetter(): Promise<{ caseId: number; letterId: number }> {
    const letter = await this.draftLetter('receipt');
    const reply = await this.act('clerk', 'app/(app)/cases/[id]/letters/actions.ts#issueLetterAction', this.letterPage(letter), [
      letter.caseId,
      letter.letterId,
      {},
      formData({ version: this.version('letters', letter.letterId), issuedOn: todayInChina() }),
    ]);
    idFrom(reply, /saved=(issued)/, 'an issued letter');
    return letter;
  }

  /** An issued receipt sent by post and not yet signed for. */
  async sentLetter(): Promise<{ caseId: number; letterId: number; deliveryId: number }> {
    const letter = await this.issuedLetter();
    const reply = await this.act('clerk', 'app/(app)/cases/[id]/letters/actions.ts#recordDeliveryAction', this.letterPage(letter), [
      letter.caseId,
      letter.letterId,
      {},
      formData({ method: 'post', trackingNo: 'SF1234567890', sentOn: todayInChina() }),
    ]);
    idFrom(reply, /saved=(delivered)/, 'a delivery');
    return { ...letter, deliveryId: this.read<number>('SELECT max(id) FROM letter_deliveries WHERE letter_id = ?', letter.letterId) };
  }

  letterPage(letter: { caseId: number; letterId: number }): string {
    return `/cases/${letter.caseId}/letters/${letter.letterId}`;
  }

  /** A 行政复议 record the clerk entered. */
  async newReview(): Promise<number> {
    const before = this.read<number | null>('SELECT max(id) FROM reviews') ?? 0;
    const reply = await this.act('clerk', 'app/(app)/reviews/actions.ts#createReviewAction', '/reviews', [{}, formData({ kind: 'reconsideration', filedOn: todayInChina() })]);
    const id = this.read<number | null>('SELECT max(id) FROM reviews') ?? 0;
    if (id <= before) throw new Error(`Could not make a review record: ${JSON.stringify(reply.result)}`);
    return id;
  }

  /** A PDF the clerk kept with a case. */
  async newFile(caseId: number): Promise<number> {
    const reply = await this.uploadCaseFile('clerk', caseId);
    if (reply.status !== 200) throw new Error(`Could not upload a case file: ${reply.status} ${reply.text.slice(0, 300)}`);
    return this.read<number>('SELECT max(id) FROM case_files WHERE case_id = ?', caseId);
  }

  /** The case-file upload form with a small PDF. */
  caseFileForm(): FormData {
    return formData({ category: 'application', file: new File([PDF], '申请书.pdf', { type: 'application/pdf' }) });
  }

  uploadCaseFile(who: Principal, caseId: number): Promise<Reply> {
    return request(this.base, `/cases/${caseId}/files/upload`, this.state.cookies[who], { method: 'POST', body: this.caseFileForm() });
  }

  /** The import page's upload form with a register of one new case. */
  registerFile(): FormData {
    const csv = `申请编号,收到日期,申请人类型,申请人,申请方式,申请内容\n${unique('MXI')},${todayInChina()},自然人,导入测试,网络,导入测试内容\n`;
    return formData({ file: new File([csv], 'register.csv', { type: 'text/csv' }) });
  }

  /** A register uploaded by the administrator and checked, waiting for confirmation: its token. */
  async importToken(): Promise<string> {
    const reply = await request(this.base, '/admin/import/upload?kind=register', this.state.cookies.admin, { method: 'POST', body: this.registerFile() });
    const token = (JSON.parse(reply.text) as { token?: string }).token;
    if (!token) throw new Error(`Could not prepare an import: ${reply.text.slice(0, 300)}`);
    return token;
  }

  /** A new clerk account the administrator created. */
  async newUser(): Promise<number> {
    const username = unique('mxu').toLowerCase();
    const reply = await this.act('admin', 'app/(app)/admin/users/actions.ts#createUserAction', '/admin/users', [{}, formData({ username, displayName: '矩阵用户', role: 'clerk', password: 'Matrix-Pass-2024' })]);
    const id = this.read<number | undefined>('SELECT id FROM users WHERE username = ?', username);
    if (!id) throw new Error(`Could not create a user: ${JSON.stringify(reply.result)}`);
    return id;
  }

  caseNo(id: number): string {
    return this.read<string>('SELECT case_no FROM cases WHERE id = ?', id);
  }

  /** A letter's title and body with one more line: a real edit. */
  letterText(letterId: number): { title: string; body: string } {
    const title = this.read<string>('SELECT title FROM letters WHERE id = ?', letterId);
    const body = this.read<string>('SELECT body FROM letters WHERE id = ?', letterId);
    return { title, body: `${body}\n${unique('补充')}` };
  }

  /** The template form with the built-in text and one more line. */
  changedTemplateForm(key: string): { title: string; body: string } {
    const template = defaultTemplate(key);
    if (!template) throw new Error(`No letter template ${key}`);
    return { title: template.title, body: `${template.body}\n（${unique('第')}稿）` };
  }

  /** The administrator saves a template that differs from the built-in one (which version 0 restores). */
  async changedTemplate(key: string): Promise<void> {
    const reply = await this.act('admin', 'app/(app)/admin/letter-templates/actions.ts#templateAction', `/admin/letter-templates/${key}`, [key, {}, formData(this.changedTemplateForm(key))]);
    if (!(reply.result as { ok?: boolean } | undefined)?.ok) throw new Error(`Could not save a template: ${JSON.stringify(reply.result)}`);
  }

  unique = unique;
}
