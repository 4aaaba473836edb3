import { describe, expect, it } from 'vitest';
import { isLoopbackHost, normaliseForwardingHeaders, resolveClientAddress, trustedHops } from '../../scripts/client-address.mjs';

describe('trustedHops (TRUST_PROXY)', () => {
  it.each([
    [undefined, 0],
    ['', 0],
    ['0', 0],
    ['false', 0],
    ['true', 1],
    ['1', 1],
    ['2', 2],
    ['lots', 0],
  ])('%j → %i', (value, hops) => {
    expect(trustedHops(value)).toBe(hops);
  });
});

describe('resolveClientAddress', () => {
  it('without a trusted proxy, is the socket peer whatever X-Forwarded-For claims', () => {
    expect(resolveClientAddress('::ffff:192.168.1.20', '1.2.3.4', 0)).toBe('192.168.1.20');
    expect(resolveClientAddress('10.0.0.9', undefined, 0)).toBe('10.0.0.9');
  });

  it('behind one trusted proxy, is the address that proxy appended, not what the client wrote before it', () => {
    expect(resolveClientAddress('127.0.0.1', '6.6.6.6, 192.168.1.20', 1)).toBe('192.168.1.20');
    expect(resolveClientAddress('127.0.0.1', ['6.6.6.6', '192.168.1.20'], 1)).toBe('192.168.1.20');
    expect(resolveClientAddress('127.0.0.1', '192.168.1.20', 2)).toBe('192.168.1.20');
  });

  it('without any address at all, says so', () => {
    expect(resolveClientAddress(undefined, undefined, 0)).toBe('unknown');
  });
});

describe('normaliseForwardingHeaders', () => {
  it('leaves one X-Forwarded-For, and drops the proxy headers a client may have forged', () => {
    const req = { headers: { 'x-forwarded-for': '6.6.6.6', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' } as Record<string, string | undefined>, socket: { remoteAddress: '10.0.0.7' } };
    normaliseForwardingHeaders(req, 0);
    expect(req.headers).toEqual({ 'x-forwarded-for': '10.0.0.7' });
  });

  it('keeps the trusted proxy\'s Host and scheme', () => {
    const req = { headers: { 'x-forwarded-for': '192.168.1.20', 'x-forwarded-proto': 'https' } as Record<string, string | undefined>, socket: { remoteAddress: '127.0.0.1' } };
    normaliseForwardingHeaders(req, 1);
    expect(req.headers).toEqual({ 'x-forwarded-for': '192.168.1.20', 'x-forwarded-proto': 'https' });
  });
});

describe('isLoopbackHost (HOST)', () => {
  it.each([
    ['127.0.0.1', true],
    ['localhost', true],
    ['::1', true],
    ['0.0.0.0', false],
    ['192.168.1.5', false],
    ['::', false],
  ])('%s → %s', (host, local) => {
    expect(isLoopbackHost(host)).toBe(local);
  });
});
