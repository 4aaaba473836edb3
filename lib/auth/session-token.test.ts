import { encode } from 'next-auth/jwt';
import { beforeAll, describe, expect, it } from 'vitest';

const SECRET = 'unit-test-secret-0123456789abcdef0123456789';
let sessionIdOfCookies: typeof import('./session-token').sessionIdOfCookies;

beforeAll(async () => {
  process.env.AUTH_SECRET = SECRET;
  ({ sessionIdOfCookies } = await import('./session-token'));
});

const jar = (cookies: Record<string, string>) => (name: string) => cookies[name];
const token = (payload: Record<string, unknown>, salt = 'authjs.session-token', secret = SECRET, maxAge = 3600) => encode({ token: payload, secret, salt, maxAge });

describe('the session id in the session cookie', () => {
  it('is read from a token this server sealed, under either cookie name', async () => {
    expect(await sessionIdOfCookies(jar({ 'authjs.session-token': await token({ sub: '1', sid: 'abc' }) }))).toBe('abc');
    const secure = await token({ sub: '1', sid: 'def' }, '__Secure-authjs.session-token');
    expect(await sessionIdOfCookies(jar({ '__Secure-authjs.session-token': secure }))).toBe('def');
  });

  it('is nothing without a cookie, for a token sealed with another secret or under another name, or a damaged one', async () => {
    expect(await sessionIdOfCookies(jar({}))).toBeNull();
    expect(await sessionIdOfCookies(jar({ 'authjs.session-token': await token({ sid: 'x' }, 'authjs.session-token', 'another-secret-0123456789abcdef012345') }))).toBeNull();
    expect(await sessionIdOfCookies(jar({ 'authjs.session-token': await token({ sid: 'x' }, '__Secure-authjs.session-token') }))).toBeNull();
    const good = await token({ sid: 'y' });
    expect(await sessionIdOfCookies(jar({ 'authjs.session-token': good.slice(0, -4) + 'AAAA' }))).toBeNull();
    expect(await sessionIdOfCookies(jar({ 'authjs.session-token': 'not-a-token' }))).toBeNull();
    expect(await sessionIdOfCookies(jar({ 'authjs.session-token': await token({ sub: '1' }) }))).toBeNull();
  });

  it('stops at the token’s own expiry, also when remembered', async () => {
    const t = await token({ sid: 'short' }, 'authjs.session-token', SECRET, 60);
    const cookies = jar({ 'authjs.session-token': t });
    expect(await sessionIdOfCookies(cookies)).toBe('short');
    expect(await sessionIdOfCookies(cookies, Date.now() + 61_000)).toBeNull();
  });
});
