import fs from 'node:fs';
import { formatProblem, type RegisterProblem } from '@/lib/domain/register';

// Output helpers of the ogi commands. Data goes to standard output and is flushed before the
// process exits (process.exit does not wait for a pipe to drain); messages go to standard error.

export function writeStdout(data: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) => process.stdout.write(data, (error) => (error ? reject(error) : resolve())));
}

/** Writes a file or fails with a one-line reason naming it. */
export function writeOutputFile(file: string, data: string | Uint8Array): void {
  try {
    fs.writeFileSync(file, data);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? '所在目录不存在' : (error as Error).message;
    throw new Error(`无法写入文件“${file}”：${reason}`);
  }
}

export function readInputFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是一个目录' : code === 'EACCES' ? '没有读取权限' : (error as Error).message;
    throw new Error(`无法读取文件“${file}”：${reason}`);
  }
}

/**
 * INTERFACES §1/§2: one line saying why, then every problem as `row N, column X: message` in the
 * rows a spreadsheet shows; nothing was written.
 */
export function problemLines(fileName: string, problems: readonly RegisterProblem[]): string {
  const head = `ogi: 文件“${fileName}”有 ${problems.length} 处问题，没有导入任何内容（请改正后重新导入整个文件）`;
  const lines = problems.map((p) => (p.column ? `row ${p.row}, column ${p.column}: ${p.message}` : `row ${p.row}: ${p.message}`));
  return [head, ...lines].join('\n') + '\n';
}

export { formatProblem };
