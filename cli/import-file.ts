import path from 'node:path';
import { parseArgs, UsageError } from './args';
import { CLI_ACTOR } from './actor';
import { problemLines, readInputFile, writeStdout } from './output';
import { ImportInterruptedError, ImportRejectedError } from '@/lib/domain/import-errors';
import type { ImportKind } from '@/lib/domain/import-kind';
import { prepareImport, type ImportSummary } from '@/lib/import/prepare-import';
import { today } from '@/lib/data/today';
import { cleanUploadFileName } from '@/lib/domain/upload-file-name';
import { progressReporter } from './progress';

// `ogi import FILE` and `ogi import-reviews FILE`: read and validate every row, check every row
// against the database, then import in short batches (lib/data/import-batches.ts).
// Exit 0 with a summary on standard output; 1 when the file cannot be read or any row is invalid
// (the problems on standard error, nothing written); 2 for bad arguments.

/** A file this large takes a few seconds to read and check: the terminal says so meanwhile. */
const READING_NOTICE_BYTES = 256 * 1024;

const NOUN: Record<ImportKind, { command: string; unit: string }> = {
  register: { command: 'import', unit: '件申请' },
  reviews: { command: 'import-reviews', unit: '条复议诉讼记录' },
};

export async function runImport(kind: ImportKind, argv: string[]): Promise<number> {
  const args = parseArgs(argv, ['db']);
  const { command, unit } = NOUN[kind];
  if (args.positionals.length !== 1) throw new UsageError(`用法：${command} FILE [--db PATH]（FILE 为 .xlsx 或 .csv 文件）`);
  const file = args.positionals[0];
  // The name goes into case events and the audit trail, cleaned as the import page cleans it.
  const fileName = cleanUploadFileName(path.basename(file));
  const progress = progressReporter();
  const buffer = readInputFile(file);
  if (buffer.length >= READING_NOTICE_BYTES) progress.reading(fileName);
  const prepared = await prepareImport(CLI_ACTOR, kind, buffer, fileName, today());
  progress.finish();
  // INTERFACES §2: the reason is the first line on standard error, then every problem, then the
  // warnings (unknown columns and the like), which explain but do not decide anything.
  const warn = (warnings: readonly string[]) => {
    for (const warning of warnings) process.stderr.write(`ogi: 提示：${warning}\n`);
  };
  if (!prepared.ok) {
    if (prepared.fileError) throw new Error(prepared.fileError);
    process.stderr.write(problemLines(fileName, prepared.problems));
    warn(prepared.warnings);
    return 1;
  }
  let summary: ImportSummary;
  try {
    summary = await prepared.run(progress.update);
  } catch (error) {
    progress.finish();
    if (error instanceof ImportInterruptedError) {
      process.stderr.write(`ogi: ${error.message}\n${problemLines(fileName, error.problems).split('\n').slice(1).join('\n')}`);
      return 1;
    }
    if (!(error instanceof ImportRejectedError)) throw error;
    process.stderr.write(problemLines(fileName, error.problems));
    warn(prepared.warnings);
    return 1;
  }
  progress.finish();
  warn([...prepared.warnings, ...summary.warnings]);
  await writeStdout(`已导入“${fileName}”：共 ${prepared.rows} 行，新增 ${summary.created} ${unit}，更新 ${summary.updated} ${unit}，未变 ${summary.unchanged} ${unit}\n`);
  return 0;
}
