import 'server-only';
import { decode } from 'next-auth/jwt';

// The session id in a request's session cookie. The cookie is the Auth.js token (an encrypted
// JWT, sealed with AUTH_SECRET) that carries only the id of a row of the sessions table; whether
// that session may still be used is decided there (lib/data/sessions.ts). Opening the token is
// the costly part of a request's sign-in check (a key derivation and a decryption), and a token
// never changes once issued, so each one is opened once and remembered by its exact text, with
// its own expiry. Auth.js's auth() would also re-issue the cookie on every request; the product
// does not need that: the server ends sessions itself (idle, 8 hours, sign-out).

const COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'] as const;
const REMEMBERED = 2000;

type Opened = { sid: string | null; expiresAt: number };
const opened = new Map<string, Opened>();

async function open(token: string, salt: string): Promise<Opened> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) return { sid: null, expiresAt: 0 };
  try {
    const payload = await decode({ token, secret, salt });
    const sid = typeof payload?.sid === 'string' ? payload.sid : null;
    const exp = typeof payload?.exp === 'number' ? payload.exp * 1000 : 0;
    return { sid, expiresAt: exp };
  } catch {
    return { sid: null, expiresAt: 0 }; // not a token this server sealed, or a damaged one
  }
}

/** The session id the request's cookie carries, or null (no cookie, a forged or expired token). */
export async function sessionIdOfCookies(cookie: (name: string) => string | undefined, now = Date.now()): Promise<string | null> {
  for (const name of COOKIES) {
    const token = cookie(name);
    if (!token) continue;
    const key = `${name}=${token}`;
    let entry = opened.get(key);
    if (!entry) {
      entry = await open(token, name);
      if (opened.size >= REMEMBERED) opened.delete(opened.keys().next().value!);
      opened.set(key, entry);
    }
    return entry.expiresAt > now ? entry.sid : null;
  }
  return null;
}
