import { describe, expect, it } from 'vitest';
import { maskIdNumber } from './id-mask';

describe('maskIdNumber', () => {
  it('keeps the first four and last four digits of an 18-digit resident ID', () => {
    expect(maskIdNumber('330102199001011234')).toBe('3301**********1234');
  });

  it('keeps a final X check character as it was typed', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('1101**********002X');
    expect(maskIdNumber('11010519491231002x')).toBe('1101**********002x');
  });

  it('never shows the birth date of a resident ID', () => {
    const masked = maskIdNumber('330102199001011234');
    expect(masked).not.toContain('19900101');
    expect(masked).toHaveLength(18);
  });

  it('masks a 15-digit first-generation ID and a credit code the same way', () => {
    expect(maskIdNumber('330102900101123')).toBe('3301*******1123');
    expect(maskIdNumber('91330100MA2AXXXX1Y')).toBe('9133**********XX1Y');
  });

  it.each([
    ['E12345678', 'E******78'],
    ['G1234567', 'G*****67'],
    ['H1234567801', 'H123***7801'],
    ['12345', '1**45'],
  ])('masks a passport or permit number %s → %s', (value, masked) => {
    expect(maskIdNumber(value)).toBe(masked);
  });

  it.each([
    ['1234', '****'],
    ['12', '**'],
    ['A', '*'],
  ])('shows nothing of a short value %s', (value, masked) => {
    expect(maskIdNumber(value)).toBe(masked);
  });

  it('trims surrounding spaces before masking', () => {
    expect(maskIdNumber('  330102199001011234 ')).toBe('3301**********1234');
    expect(maskIdNumber('   ')).toBe('');
  });

  it.each([null, undefined, ''])('returns an empty string for %j', (value) => {
    expect(maskIdNumber(value)).toBe('');
  });

  it('keeps the length of every value of 10 or more characters and reveals at most eight', () => {
    for (let n = 10; n <= 40; n++) {
      const value = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789abcdef'.slice(0, n);
      const masked = maskIdNumber(value);
      expect(masked).toHaveLength(n);
      expect(masked.replace(/\*/g, '')).toHaveLength(8);
    }
  });
});
