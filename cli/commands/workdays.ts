import { parseArgs, requireFlag, UsageError } from '../args';
import { getDb } from '@/db/client';
import { loadWorkCalendar } from '@/lib/data/work-calendar';
import { addWorkingDays } from '@/lib/domain/calendar/work-calendar';
import { isIsoDate } from '@/lib/domain/dates';

/** `workdays add --from YYYY-MM-DD --days N`: the N-th working day after the date, by the app's calendar. */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['from', 'days', 'db']);
  if (args.positionals[0] !== 'add' || args.positionals.length !== 1) throw new UsageError('用法：workdays add --from YYYY-MM-DD --days N');
  const from = requireFlag(args, 'from', '起算日期，如 2024-09-27');
  const daysText = requireFlag(args, 'days', '工作日数，如 20');
  if (!isIsoDate(from)) throw new UsageError(`--from 不是有效日期：${from}（格式 YYYY-MM-DD）`);
  if (!/^\d+$/.test(daysText) || Number(daysText) > 100_000) throw new UsageError(`--days 必须是非负整数：${daysText}`);
  const result = addWorkingDays(loadWorkCalendar(getDb()), from, Number(daysText));
  process.stdout.write(`${result.date}\n`);
  if (result.provisional) process.stderr.write('ogi: 注意：期间含尚无国务院节假日安排的年份，结果按周末计算（暂定）\n');
  return 0;
}
