import { describe, expect, it } from 'vitest';
import { addressFromForwardedFor, isLoopbackAddress } from './client-address';

describe('addressFromForwardedFor', () => {
  it('reads the one address the server put there, in one spelling', () => {
    expect(addressFromForwardedFor('10.0.0.5')).toBe('10.0.0.5');
    expect(addressFromForwardedFor('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(addressFromForwardedFor(' 2001:DB8::1 ')).toBe('2001:db8::1');
    expect(addressFromForwardedFor(null)).toBe('unknown');
    expect(addressFromForwardedFor('x'.repeat(500))).toHaveLength(64);
  });
});

describe('isLoopbackAddress', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.8.9.10', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['10.0.0.1', false],
    ['unknown', false],
    ['127.0.0.1.evil', false],
  ])('%s → %s', (address, loopback) => {
    expect(isLoopbackAddress(address)).toBe(loopback);
  });
});
