import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/domain/roles';
import { addDays, chinaDate } from '@/lib/domain/dates';
import { caseFields, createTempDatabase, makeStaff } from '../support/temp-db';
import { startLoopbackSmtp, type LoopbackSmtp, type ReceivedMail } from '../support/smtp-server';

// The morning digest against a real SMTP server on the loopback interface, started by this test.

const tempDb = createTempDatabase('digest');
let smtp: LoopbackSmtp;
let received: ReceivedMail[];
let smtpUrl: string;

let digest: typeof import('@/lib/mail/digest');
let transport: typeof import('@/lib/mail/transport');
let clerk: Actor;

beforeAll(async () => {
  smtp = await startLoopbackSmtp();
  ({ received, url: smtpUrl } = smtp);

  const cmd = await import('@/lib/data/case-commands');
  const settings = await import('@/lib/data/digest');
  digest = await import('@/lib/mail/digest');
  transport = await import('@/lib/mail/transport');
  clerk = await makeStaff('clerk.a', '登记员甲', 'clerk');
  const quiet = await makeStaff('clerk.b', '登记员乙', 'clerk');
  const optedOut = await makeStaff('clerk.c', '登记员丙', 'clerk');
  cmd.createCase(clerk, caseFields({ caseNo: 'D-OVERDUE', receivedOn: addDays(chinaDate(new Date()), -60), applicantName: '邮件申请人' }));
  cmd.createCase(optedOut, caseFields({ caseNo: 'D-OTHER', receivedOn: addDays(chinaDate(new Date()), -60), applicantName: '另一申请人' }));
  settings.updateDigestSettings(clerk, { email: 'clerk.a@example.gov.cn', digest: true });
  settings.updateDigestSettings(quiet, { email: 'clerk.b@example.gov.cn', digest: true });
  settings.updateDigestSettings(optedOut, { email: 'clerk.c@example.gov.cn', digest: false });
});

afterAll(async () => {
  await smtp.close();
  await tempDb.remove();
});

/** The text of a single-part message as nodemailer writes it (base64 or quoted-printable). */
function bodyText(data: string): string {
  const split = data.indexOf('\r\n\r\n');
  const headers = data.slice(0, split);
  const body = data.slice(split + 4);
  if (/^Content-Transfer-Encoding: base64/im.test(headers)) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

describe('the morning digest', () => {
  it('refuses an auditor’s settings (an auditor has no to-do list) and writes nothing', async () => {
    const settings = await import('@/lib/data/digest');
    const auditor = await makeStaff('audit.a', '审计员甲', 'auditor');
    expect(() => settings.updateDigestSettings(auditor, { email: 'audit.a@example.gov.cn', digest: true })).toThrow('审计员没有待办事项');
    expect(settings.readDigestSettings(auditor)).toEqual({ email: null, digest: false });
  });

  it('mails each user who asked for it their to-do list, on a working day, once', async () => {
    const mailer = transport.smtpMailer(smtpUrl, 'OGI Desk <ogi@example.gov.cn>');
    // The real day may be a rest day: force sends regardless, as `ogi digest --force` does.
    const run = await digest.sendDigests(mailer, { baseUrl: 'https://ogi.example.gov.cn', force: true });
    mailer.close();
    expect(run).toMatchObject({ status: 'sent', sent: ['clerk.a@example.gov.cn'], nothingToDo: 1, failed: [] });
    expect(received).toHaveLength(1);
    expect(received[0].to).toEqual(['clerk.a@example.gov.cn']);
    expect(received[0].from).toBe('ogi@example.gov.cn');
    const text = bodyText(received[0].data);
    expect(received[0].data).toMatch(/^Subject: /m);
    expect(text).toContain('申请 D-OVERDUE（邮件申请人）');
    expect(text).toContain('https://ogi.example.gov.cn/cases/');
    expect(text).not.toContain('D-OTHER');
  });

  it('sends nothing on a rest day, and nothing twice on a working day', async () => {
    const mailer = transport.smtpMailer(smtpUrl);
    const before = received.length;
    // 2024-10-05 was a Saturday of the National Day holiday; 2024-10-08 the first working day after it.
    expect(await digest.sendDigests(mailer, { baseUrl: 'http://127.0.0.1:3000', now: new Date('2024-10-05T00:30:00Z') })).toEqual({ status: 'not_working_day', day: '2024-10-05' });
    const first = await digest.sendDigests(mailer, { baseUrl: 'http://127.0.0.1:3000', now: new Date('2024-10-08T00:30:00Z') });
    expect(first.status).toBe('sent');
    expect(await digest.sendDigests(mailer, { baseUrl: 'http://127.0.0.1:3000', now: new Date('2024-10-08T03:00:00Z') })).toEqual({ status: 'already_sent', day: '2024-10-08' });
    mailer.close();
    expect(received.length).toBe(before + 1);
  });

  it('reports an address the server refuses and still mails the others', async () => {
    const refusing = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo(address, _session, callback) {
        callback(address.address.startsWith('clerk.a') ? new Error('mailbox unavailable') : undefined);
      },
    });
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    const mailer = transport.smtpMailer(`smtp://127.0.0.1:${(refusing.server.address() as AddressInfo).port}`);
    const run = await digest.sendDigests(mailer, { baseUrl: 'http://127.0.0.1:3000', force: true });
    mailer.close();
    await new Promise<void>((resolve) => refusing.close(() => resolve()));
    expect(run.status).toBe('sent');
    if (run.status === 'sent') {
      expect(run.sent).toEqual([]);
      expect(run.failed).toHaveLength(1);
      expect(run.failed[0].email).toBe('clerk.a@example.gov.cn');
    }
  });
  it('gives the day back when the digest reached nobody (the mail server down), so the next run sends it', async () => {
    // 2024-10-09 was a working day. Nothing listens on port 1 of the loopback: every send fails.
    const down = transport.smtpMailer('smtp://127.0.0.1:1');
    const failed = await digest.sendDigests(down, { baseUrl: 'http://127.0.0.1:3000', now: new Date('2024-10-09T00:30:00Z') });
    down.close();
    expect(failed).toMatchObject({ status: 'sent', sent: [], retry: true });
    if (failed.status === 'sent') expect(failed.failed.map((f) => f.email)).toEqual(['clerk.a@example.gov.cn']);

    const mailer = transport.smtpMailer(smtpUrl);
    const before = received.length;
    const again = await digest.sendDigests(mailer, { baseUrl: 'http://127.0.0.1:3000', now: new Date('2024-10-09T01:30:00Z') });
    expect(again).toMatchObject({ status: 'sent', sent: ['clerk.a@example.gov.cn'], failed: [], retry: false });
    expect(await digest.sendDigests(mailer, { baseUrl: 'http://127.0.0.1:3000', now: new Date('2024-10-09T02:30:00Z') })).toEqual({ status: 'already_sent', day: '2024-10-09' });
    mailer.close();
    expect(received.length).toBe(before + 1);
  });

  it('the server’s timer says in Chinese what is wrong with a malformed SMTP_URL, and tries again at its next tick', async () => {
    const { startDigestTimer } = await import('@/lib/mail/digest-timer');
    const errors: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((message: unknown) => void errors.push(String(message)));
    vi.useFakeTimers({ toFake: ['setInterval'] });
    try {
      // nodemailer throws at once on this address (the % starts no escape).
      startDigestTimer({ NODE_ENV: 'test', SMTP_URL: 'smtp://user:pa%ss@mail.example.gov.cn:587', OGI_DIGEST_HOUR: '0' });
      await vi.waitFor(() => expect(errors).toHaveLength(1));
      expect(errors[0]).toContain('待办提醒发送失败（请检查 SMTP_URL');
      await vi.advanceTimersByTimeAsync(10 * 60 * 1000);
      await vi.waitFor(() => expect(errors).toHaveLength(2));
    } finally {
      vi.clearAllTimers();
      vi.useRealTimers();
      spy.mockRestore();
    }
  });
});
