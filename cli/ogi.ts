import { UsageError } from './args';
import { writeStdout } from './output';

// The ogi command line (docs/INTERFACES.md §2). Exit 0 on success; otherwise one line on standard
// error saying why, and nothing written.

const USAGE = `用法：npm run --silent ogi -- <命令> [参数]
  import FILE [--db PATH]                     导入申请台账（.xlsx 或 .csv）
  import-reviews FILE [--db PATH]             导入行政复议、行政诉讼记录
  report --year YYYY --format json|csv|xlsx [--out FILE] [--current] [--db PATH]
  report --year YYYY --format docx|html --out FILE [--current] [--db PATH]
                                              年度报告全文：已发布的最新版本，未发布时为草稿
  export --format xlsx|csv --out FILE [--reviews-out FILE] [--db PATH]
  workdays add --from YYYY-MM-DD --days N [--db PATH]
  user add --username NAME --role clerk|supervisor|admin|auditor [--name 姓名] [--db PATH]   （初始密码从标准输入读取）
  user reset-2fa --username NAME [--db PATH]  重置该用户的双因素认证（丢失手机时）
  letter --case CASE_NO --kind receipt|correction|consultation|extension|fee|reply --out FILE [--db PATH]
                                              申请的文书（DOCX）：已发出的，或按模板生成的草稿
  backup --out FILE [--db PATH]               在线备份数据库（服务器运行时也可），检查完整性，仅本人可读
  digest [--force] [--db PATH]                工作日早上发送待办提醒邮件（需 SMTP_URL；每天只发一次）
  restore FILE [--db PATH]                    从备份恢复（须先停止服务器），保留被替换的数据库
  setup [--db PATH]                           创建并迁移数据库；首次运行时写入演示数据（OGI_SEED_DEMO=0 时不写）`;

type Command = (argv: string[]) => Promise<number>;

const COMMANDS: Record<string, () => Promise<{ run: Command }>> = {
  import: () => import('./commands/import-register'),
  'import-reviews': () => import('./commands/import-reviews'),
  report: () => import('./commands/report'),
  export: () => import('./commands/export-register'),
  workdays: () => import('./commands/workdays'),
  user: () => import('./commands/user'),
  backup: () => import('./commands/backup'),
  restore: () => import('./commands/restore'),
  setup: () => import('./commands/setup'),
  letter: () => import('./commands/letter'),
  digest: () => import('./commands/digest'),
};

/** --db must take effect before anything opens the database. */
function applyDbFlag(argv: string[]): void {
  const i = argv.findIndex((a) => a === '--db' || a.startsWith('--db='));
  if (i < 0) return;
  const value = argv[i].startsWith('--db=') ? argv[i].slice(5) : argv[i + 1];
  if (value) process.env.DATABASE_PATH = value;
}

async function main(): Promise<number> {
  const [name, ...rest] = process.argv.slice(2);
  if (name === 'help' || name === '--help' || name === '-h') {
    await writeStdout(`${USAGE}\n`);
    return 0;
  }
  if (!name) {
    // INTERFACES §2: bad arguments → the reason on one line first; standard output stays empty.
    process.stderr.write(`ogi: 缺少命令。可用命令：${Object.keys(COMMANDS).join('、')}（npm run --silent ogi -- help 查看用法）\n${USAGE}\n`);
    return 2;
  }
  const load = COMMANDS[name];
  if (!load) throw new UsageError(`不认识的命令“${name}”。可用命令：${Object.keys(COMMANDS).join('、')}`);
  applyDbFlag(rest);
  return (await load()).run(rest);
}

/** SQLite speaks English; the people at this command line read Chinese. */
function reason(error: unknown): string {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const code = (error as { code?: string }).code ?? '';
  const db = process.env.DATABASE_PATH || 'data/ogi-desk.sqlite';
  if (code === 'SQLITE_NOTADB') return `“${db}”不是本系统的数据库文件（SQLite），请检查 --db 参数`;
  if (code === 'SQLITE_CANTOPEN') return `无法打开或创建数据库文件“${db}”，请检查路径和权限`;
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return '数据库正忙（可能正在导入或另一个命令在写入），请稍后重试';
  if (code === 'SQLITE_READONLY') return `数据库文件“${db}”是只读的，请检查权限`;
  if (code.startsWith('SQLITE_')) return `数据库出错（${code}）：${message}`;
  return message;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`ogi: ${reason(error)}\n`);
    if (process.env.OGI_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exit(error instanceof UsageError ? 2 : 1);
  },
);
