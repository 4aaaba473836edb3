import 'server-only';
import nodemailer from 'nodemailer';

// Outgoing mail through the agency's SMTP server, named by one URL (README, "E-mail reminders"):
// smtp://user:password@mail.example.gov.cn:587 (STARTTLS when offered) or smtps://…:465.

export type Mail = { to: string; subject: string; text: string };
export type Mailer = { send: (mail: Mail) => Promise<void>; close: () => void };

export const DEFAULT_FROM = '依申请公开办理台 <ogi-desk@localhost>';

export function smtpMailer(smtpUrl: string, from = process.env.SMTP_FROM || DEFAULT_FROM): Mailer {
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    async send(mail) {
      await transport.sendMail({ from, ...mail });
    },
    close: () => transport.close(),
  };
}
