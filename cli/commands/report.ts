import { parseArgs, requireFlag, UsageError } from '../args';
import { CLI_ACTOR } from '../actor';
import { writeOutputFile, writeStdout } from '../output';
import { exportAnnualReport, isReportFormat } from '@/lib/data/report-export';
import { parseReportYear, REPORT_YEAR_HINT } from '@/lib/domain/report-year';

/**
 * `ogi report --year YYYY --format json|csv|xlsx [--out FILE] [--db PATH]`, and
 * `ogi report --year YYYY --format docx|html --out FILE`: the whole annual report (REPORT.md), the
 * latest published version, or the current draft marked 草稿. After publishing, every format gives
 * the latest published version; `--current` gives the current data instead.
 * Without --out the report goes to standard output: JSON (one object, INTERFACES §2) and CSV always;
 * XLSX only when standard output is redirected to a file or a pipe, since binary on a terminal is
 * garbage (then: exit 2, use --out).
 */
export async function run(argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['year', 'format', 'out', 'db'], ['current']);
  if (args.positionals.length) throw new UsageError(`多余的参数“${args.positionals[0]}”。用法：report --year YYYY --format json|csv|xlsx [--out FILE]`);
  const rawYear = requireFlag(args, 'year', '统计年度，如 --year 2023');
  const year = parseReportYear(rawYear);
  if (year === null) throw new UsageError(`--year 应为 ${REPORT_YEAR_HINT}，收到“${rawYear}”`);
  const format = requireFlag(args, 'format', 'json、csv、xlsx、docx 或 html');
  if (!isReportFormat(format)) throw new UsageError(`--format 只能是 json、csv、xlsx、docx 或 html，收到“${format}”`);
  const out = args.flags.get('out');
  if ((format === 'docx' || format === 'html') && !out) throw new UsageError(`--format ${format} 须用 --out 指定输出文件`);
  if (format === 'xlsx' && !out && process.stdout.isTTY) {
    throw new UsageError('xlsx 是二进制文件，不能输出到终端：请用 --out 指定文件，或把标准输出重定向到文件');
  }
  const file = await exportAnnualReport(CLI_ACTOR, year, format, args.switches.has('current') ? { kind: 'current' } : { kind: 'latest' });
  if (!out) {
    await writeStdout(file.body);
    return 0;
  }
  writeOutputFile(out, file.body);
  await writeStdout(format === 'docx' || format === 'html' ? `已将“${file.fileName}”写入 ${out}\n` : `已将${year}年度统计表（${format}）写入 ${out}\n`);
  return 0;
}
