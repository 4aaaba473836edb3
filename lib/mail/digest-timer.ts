import 'server-only';
import { chinaHour, parseDigestHour } from '@/lib/domain/digest';
import { publicBaseUrl, sendDigests } from './digest';
import { smtpMailer, type Mailer } from './transport';

// The server's own morning digest (instrumentation.ts starts it): with SMTP_URL and
// OGI_DIGEST_HOUR set, it looks every ten minutes whether the hour has come and sends the day's
// digest once (sendDigests claims the day, so `ogi digest` from cron and this never both send).

const EVERY_MS = 10 * 60 * 1000;

export function startDigestTimer(env: NodeJS.ProcessEnv = process.env): void {
  const smtpUrl = env.SMTP_URL;
  const hour = parseDigestHour(env.OGI_DIGEST_HOUR);
  if (!smtpUrl || env.OGI_DIGEST_HOUR === undefined) return;
  if (hour === null) {
    console.error(`OGI_DIGEST_HOUR 应为 0–23 的整点（如 8），现为“${env.OGI_DIGEST_HOUR}”：不发送待办提醒邮件。`);
    return;
  }
  let running = false;
  const tick = async () => {
    if (running || chinaHour(new Date()) < hour) return;
    running = true;
    let mailer: Mailer | null = null;
    try {
      // Inside the try: nodemailer throws at once on a malformed SMTP_URL, which must not stop the timer.
      mailer = smtpMailer(smtpUrl);
      const run = await sendDigests(mailer, { baseUrl: publicBaseUrl(env) });
      if (run.status === 'sent') {
        console.log(`待办提醒：${run.day} 已发送 ${run.sent.length} 封${run.retry ? '，没有一封发出，稍后重试' : ''}`);
        for (const f of run.failed) console.error(`待办提醒：发送到 ${f.email} 失败：${f.reason}`);
      }
    } catch (error) {
      console.error(`待办提醒发送失败（请检查 SMTP_URL 是否形如 smtp://用户名:密码@mail.example.gov.cn:587）：${error instanceof Error ? error.message : String(error)}`);
    } finally {
      mailer?.close();
      running = false;
    }
  };
  setInterval(tick, EVERY_MS).unref();
  void tick();
}
