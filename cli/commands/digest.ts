import { parseArgs, UsageError } from '../args';
import { writeStdout } from '../output';
import { publicBaseUrl, sendDigests } from '@/lib/mail/digest';
import { smtpMailer } from '@/lib/mail/transport';

/**
 * `ogi digest [--force] [--db PATH]`: mails each user who asked for it their to-do list (README,
 * "E-mail reminders"). Meant for cron on working-day mornings; on a rest day, or when the digest
 * already went out today, it sends nothing. --force sends now regardless (a test of the setup).
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['db'], ['force']);
  if (args.positionals.length) throw new UsageError(`多余的参数“${args.positionals[0]}”。用法：digest [--force] [--db PATH]`);
  const smtpUrl = process.env.SMTP_URL;
  if (!smtpUrl) throw new UsageError('未配置邮件服务器：请设置环境变量 SMTP_URL，如 smtp://用户名:密码@mail.example.gov.cn:587');
  const mailer = smtpMailer(smtpUrl);
  try {
    const run = await sendDigests(mailer, { baseUrl: publicBaseUrl(), force: args.switches.has('force') });
    if (run.status === 'not_working_day') await writeStdout(`${run.day} 不是工作日，未发送待办提醒。\n`);
    else if (run.status === 'already_sent') await writeStdout(`${run.day} 的待办提醒已发送过，未重复发送。\n`);
    else {
      await writeStdout(`${run.day} 已发送待办提醒 ${run.sent.length} 封；${run.nothingToDo} 人没有待办，未发送。\n`);
      for (const f of run.failed) process.stderr.write(`ogi: 发送到 ${f.email} 失败：${f.reason}\n`);
      if (run.retry) process.stderr.write(`ogi: 没有一封提醒发出，${run.day} 未记为已发送，再次运行即会重发。\n`);
      if (run.failed.length) return 1;
    }
    return 0;
  } finally {
    mailer.close();
  }
}
