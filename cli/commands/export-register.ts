import path from 'node:path';
import { parseArgs, requireFlag, UsageError } from '../args';
import { CLI_ACTOR } from '../actor';
import { writeOutputFiles, writeStdout } from '../output';
import { exportRegister, exportReviewFile, type ExportFormat } from '@/lib/data/register-export';

/**
 * `ogi export --format xlsx|csv --out FILE [--reviews-out FILE] [--db PATH]`: the register
 * (INTERFACES §1), and with --reviews-out also the review file, both re-importable as they are.
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['format', 'out', 'reviews-out', 'db']);
  if (args.positionals.length) throw new UsageError(`多余的参数“${args.positionals[0]}”。用法：export --format xlsx|csv --out FILE`);
  const format = requireFlag(args, 'format', 'xlsx 或 csv');
  if (format !== 'xlsx' && format !== 'csv') throw new UsageError(`--format 只能是 xlsx 或 csv，收到“${format}”`);
  const out = requireFlag(args, 'out', '输出文件，如 --out 台账.xlsx');
  const reviewsOut = args.flags.get('reviews-out');
  if (reviewsOut && path.resolve(reviewsOut) === path.resolve(out)) throw new UsageError('--reviews-out 不能与 --out 是同一个文件');
  // Both files are built in memory first, then written all or none: a failed review export never
  // leaves a new register file beside an old review file.
  const register = await exportRegister(CLI_ACTOR, format as ExportFormat);
  const reviews = reviewsOut ? await exportReviewFile(CLI_ACTOR, format as ExportFormat) : null;
  writeOutputFiles([{ file: out, data: register.body }, ...(reviews && reviewsOut ? [{ file: reviewsOut, data: reviews.body }] : [])]);
  let message = `已导出 ${register.count} 件申请到 ${out}`;
  if (reviews) message += `，${reviews.count} 条复议诉讼记录到 ${reviewsOut}`;
  await writeStdout(`${message}\n`);
  return 0;
}
