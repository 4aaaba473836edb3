import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE_SIZE, isPageSize, MAX_PAGE_SIZE, PAGE_SIZES } from './page-sizes';

describe('每页', () => {
  it('offers 20, 50 and 100 rows, 20 unless the user picks another', () => {
    expect(PAGE_SIZES).toEqual([20, 50, 100]);
    expect(DEFAULT_PAGE_SIZE).toBe(20);
    expect(MAX_PAGE_SIZE).toBe(Math.max(...PAGE_SIZES));
  });

  it('accepts only the offered sizes', () => {
    expect([20, 50, 100].every(isPageSize)).toBe(true);
    expect([0, 10, 21, 99, 101, 1000, 50.5, NaN].some(isPageSize)).toBe(false);
  });
});
