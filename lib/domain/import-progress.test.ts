import { describe, expect, it } from 'vitest';
import { progressPercent, progressText } from './import-progress';

describe('import progress', () => {
  it('counts whole percent of the rows written', () => {
    expect(progressPercent(0, 100_000)).toBe(0);
    expect(progressPercent(12_345, 100_000)).toBe(12);
    expect(progressPercent(100_000, 100_000)).toBe(100);
  });

  it('never shows 100% before the last row, nor more than 100%', () => {
    expect(progressPercent(99_999, 100_000)).toBe(99);
    expect(progressPercent(120, 100)).toBe(100);
    expect(progressPercent(0, 0)).toBe(100);
  });

  it('reads as the command line and the page write it', () => {
    expect(progressText(12_000, 100_000)).toBe('正在导入：12,000 / 100,000 行（12%）');
  });
});
