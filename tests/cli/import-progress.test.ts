// `ogi import` shows how far a long import has got on standard error: one line rewritten in place
// on a terminal, a plain line every tenth of the way into a log; nothing for a small file.
import { describe, expect, it } from 'vitest';
import { progressReporter, PROGRESS_MIN_ROWS } from '@/cli/progress';

function stream(isTTY: boolean) {
  const written: string[] = [];
  return { isTTY, write: (text: string) => written.push(text), written };
}

describe('the import progress on standard error', () => {
  it('writes a plain line at every tenth of a long import into a log', () => {
    const out = stream(false);
    const progress = progressReporter(out);
    progress.reading('台账.xlsx');
    for (let done = 5000; done <= 100_000; done += 5000) progress.update(done, 100_000);
    progress.finish();
    expect(out.written).toHaveLength(10);
    expect(out.written[0]).toBe('ogi: 正在导入：10,000 / 100,000 行（10%）\n');
    expect(out.written.at(-1)).toBe('ogi: 正在导入：100,000 / 100,000 行（100%）\n');
  });

  it('rewrites one line on a terminal and clears it at the end', () => {
    const out = stream(true);
    const progress = progressReporter(out);
    progress.reading('台账.xlsx');
    progress.update(2500, 5000);
    progress.update(5000, 5000);
    progress.finish();
    expect(out.written).toEqual([
      '\rogi: 正在读取并检查“台账.xlsx”……\x1b[K',
      '\rogi: 正在导入：2,500 / 5,000 行（50%）\x1b[K',
      '\rogi: 正在导入：5,000 / 5,000 行（100%）\x1b[K',
      '\r\x1b[K',
    ]);
  });

  it('says nothing for a file of a few rows', () => {
    const out = stream(false);
    const progress = progressReporter(out);
    progress.update(PROGRESS_MIN_ROWS - 1, PROGRESS_MIN_ROWS - 1);
    progress.finish();
    expect(out.written).toEqual([]);
  });
});
