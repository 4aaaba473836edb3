import fs from 'node:fs';
import path from 'node:path';
import { formatProblem, problemCount, type RegisterProblem } from '@/lib/domain/register';

// Output helpers of the ogi commands. Data goes to standard output and is flushed before the
// process exits (process.exit does not wait for a pipe to drain); messages go to standard error.

export function writeStdout(data: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(data, (error) => (error ? reject(error) : resolve())));
}

const WRITE_FAILURES: Record<string, string> = {
  ENOENT: '所在目录不存在',
  ENOTDIR: '所在目录不存在',
  EISDIR: '这是一个目录',
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EROFS: '所在磁盘只读',
  ENOSPC: '磁盘空间不足',
};

function writeFailure(file: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return new Error(`无法写入文件“${file}”：${WRITE_FAILURES[code] ?? `写入失败（${code || '未知错误'}）`}`);
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/**
 * Writes several files all or none: each goes to a temporary file in its own directory first, and
 * only when every one is written are they renamed into place (a rename within a directory
 * replaces the target at once). On any failure the temporary files are removed, the targets are
 * left as they were, and the error names the file that could not be written.
 */
export function writeOutputFiles(files: readonly { file: string; data: string | Uint8Array }[]): void {
  const written: { temp: string; file: string }[] = [];
  const cleanUp = () => {
    for (const w of written) fs.rmSync(w.temp, { force: true });
  };
  for (const { file, data } of files) {
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
    try {
      // A directory in the way would only fail at the rename, after other files were in place.
      if (isDirectory(file)) throw Object.assign(new Error(file), { code: 'EISDIR' });
      fs.writeFileSync(temp, data);
    } catch (error) {
      cleanUp();
      throw writeFailure(file, error);
    }
    written.push({ temp, file });
  }
  for (const w of written) {
    try {
      fs.renameSync(w.temp, w.file);
    } catch (error) {
      cleanUp();
      throw writeFailure(w.file, error);
    }
  }
}

/** Writes a file or fails with a one-line reason naming it (never leaving it half written). */
export function writeOutputFile(file: string, data: string | Uint8Array): void {
  writeOutputFiles([{ file, data }]);
}

export function readInputFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个目录' : code === 'EACCES' || code === 'EPERM' ? '没有读取权限' : `读取失败（${code ?? '未知错误'}）`;
    throw new Error(`无法读取文件“${file}”：${reason}`);
  }
}

/**
 * INTERFACES §1/§2: one line saying why, then every problem as `row N, column X: message` in the
 * rows a spreadsheet shows; nothing was written.
 */
export function problemLines(fileName: string, problems: readonly RegisterProblem[]): string {
  const head = `ogi: 文件“${fileName}”有 ${problemCount(problems)} 处问题，没有导入任何内容（请改正后重新导入整个文件）`;
  // The last line of a capped list counts the problems not listed (PROBLEMS_LISTED).
  const lines = problems.map((p) => (p.more ? p.message : p.column ? `row ${p.row}, column ${p.column}: ${p.message}` : `row ${p.row}: ${p.message}`));
  return [head, ...lines].join('\n') + '\n';
}

export { formatProblem };
