// The progress of a long import on standard error (standard output carries only the summary,
// INTERFACES §2). On a terminal one line is rewritten in place; into a file or a pipe (a log,
// a scheduled job) a plain line is written every tenth of the way, so the log shows it moving.

import { PROGRESS_MIN_ROWS, progressText } from '@/lib/domain/import-progress';

export { PROGRESS_MIN_ROWS };

type Stream = { isTTY?: boolean; write: (text: string) => unknown };

export type ProgressReporter = {
  /** While the file is read and checked (on a terminal only: into a log, the first line of standard error is kept for the reason of a refusal). */
  reading: (fileName: string) => void;
  /** Rows written so far out of all. */
  update: (done: number, total: number) => void;
  /** Ends the in-place line before anything else is written. */
  finish: () => void;
};

export function progressLine(done: number, total: number): string {
  return `ogi: ${progressText(done, total)}`;
}

export function progressReporter(stream: Stream = process.stderr): ProgressReporter {
  let lastTenth = 0;
  let open = false;
  return {
    reading(fileName) {
      if (!stream.isTTY) return;
      stream.write(`\rogi: 正在读取并检查“${fileName}”……\x1b[K`);
      open = true;
    },
    update(done, total) {
      if (total < PROGRESS_MIN_ROWS) return;
      if (stream.isTTY) {
        stream.write(`\r${progressLine(done, total)}\x1b[K`);
        open = true;
        return;
      }
      const tenth = Math.floor((done / total) * 10);
      if (tenth > lastTenth || done === total) {
        lastTenth = tenth;
        stream.write(`${progressLine(done, total)}\n`);
      }
    },
    finish() {
      if (open) stream.write('\r\x1b[K');
      open = false;
    },
  };
}
