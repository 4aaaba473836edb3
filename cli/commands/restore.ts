import { parseArgs, UsageError } from '../args';
import { writeStdout } from '../output';
import { databasePath, migrationsFolder, openDatabase } from '@/db/client';
import { restoreDatabase } from '@/db/backup';

/**
 * `ogi restore FILE [--db PATH]`: checks the backup (integrity, an OGI Desk database, not from a
 * newer version), refuses while the server has the database open, puts the backup in its place and
 * keeps the replaced file beside it; then opens it once, which applies this version's migrations
 * to an older backup.
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['db']);
  if (args.positionals.length !== 1) throw new UsageError('用法：restore FILE [--db PATH]（FILE 为 ogi backup 生成的备份文件）');
  const [backup] = args.positionals;
  const target = databasePath();
  const result = restoreDatabase(backup, target, migrationsFolder());
  openDatabase(target).$client.close();
  const lines = [`已从 ${backup} 恢复数据库 ${target}（${result.cases} 件申请）`];
  lines.push(result.keptAs ? `原数据库已保留为 ${result.keptAs}` : '（原来没有数据库文件）');
  if (result.filesFolder) lines.push(`案卷文件 ${result.files} 个已恢复到 ${result.filesFolder}${result.filesKeptAs ? `，原文件夹保留为 ${result.filesKeptAs}` : ''}`);
  await writeStdout(`${lines.join('\n')}\n`);
  return 0;
}
