import { parseArgs, requireFlag, UsageError } from '../args';
import { writeStdout } from '../output';
import { databasePath, migrationsFolder } from '@/db/client';
import { backupDatabase } from '@/db/backup';
import { recordBackup } from '@/lib/data/backups';
import { CLI_ACTOR } from '../actor';

/**
 * `ogi backup --out FILE [--db PATH]`: an online backup while the server runs (SQLite's backup
 * API), checked with integrity_check, owner-only; the case-files folder, if any, to FILE.files/.
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['out', 'db']);
  if (args.positionals.length) throw new UsageError(`多余的参数“${args.positionals[0]}”。用法：backup --out FILE [--db PATH]`);
  const out = requireFlag(args, 'out', '备份文件，如 --out /srv/backup/ogi-2026-01-31.sqlite');
  const result = await backupDatabase(databasePath(), out, migrationsFolder());
  // For the administrator's home page: when the data was last saved, and where to.
  recordBackup(CLI_ACTOR, { at: new Date().toISOString(), file: result.file, cases: result.cases, files: result.filesFolder ? result.files : null });
  const files = result.filesFolder ? `；案卷文件 ${result.files} 个已复制到 ${result.filesFolder}` : '';
  await writeStdout(`已备份数据库 ${databasePath()} 到 ${result.file}（${result.cases} 件申请，完整性检查通过）${files}\n`);
  return 0;
}
