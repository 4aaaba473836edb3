import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { signInWithPassword } from '@/lib/data/sign-in';
import { sessionIsOpen, signOutSession } from '@/lib/data/sessions';
import { addressFromForwardedFor, UNKNOWN_ADDRESS } from '@/lib/domain/client-address';
import { ABSOLUTE_LIFETIME_MS } from '@/lib/domain/session-rules';
import { requestAddress } from './request-address';
import { DatabaseBusyError } from '@/lib/domain/errors';

// The cookie carries only the id of a row of the sessions table. Every request checks that row
// (lib/data/sessions.ts), so sign-out, the idle timeout and the 8-hour limit hold on the server,
// whatever the cookie's own expiry says.

class LockedSignin extends CredentialsSignin {
  code = 'locked';
}
class DemoRemoteSignin extends CredentialsSignin {
  code = 'demo_remote';
}

/** The database stayed busy past the timeout (a long import): the form says 系统繁忙, not "wrong password". */
class BusySignin extends CredentialsSignin {
  code = 'busy';
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  // Auth.js builds its own URLs from the Host (or X-Forwarded-Host) and X-Forwarded-Proto headers
  // the server or the agency's reverse proxy passes on; AUTH_URL pins the public address instead.
  trustHost: true,
  // Session cookies are Secure when the site is served over HTTPS: always with OGI_HTTPS=1, and
  // otherwise whenever the request came over HTTPS (X-Forwarded-Proto from the reverse proxy).
  useSecureCookies: process.env.OGI_HTTPS === '1' ? true : undefined,
  session: { strategy: 'jwt', maxAge: ABSOLUTE_LIFETIME_MS / 1000 },
  jwt: { maxAge: ABSOLUTE_LIFETIME_MS / 1000 },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    Credentials({
      credentials: { username: { label: '用户名' }, password: { label: '密码', type: 'password' } },
      async authorize(credentials, request) {
        const address = addressFromForwardedFor(request.headers.get('x-forwarded-for'));
        const result = await signInWithPassword(String(credentials?.username ?? ''), String(credentials?.password ?? ''), new Date(), address).catch((error: unknown) => {
          if (error instanceof DatabaseBusyError) throw new BusySignin();
          throw error;
        });
        if (result.ok) return { id: String(result.actor.id), name: result.actor.displayName, sid: result.sessionId };
        if (result.reason === 'locked' || result.reason === 'address_blocked') throw new LockedSignin();
        if (result.reason === 'demo_remote') throw new DemoRemoteSignin();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) return { sub: user.id, name: user.name, sid: (user as { sid?: string }).sid };
      // A session ended on the server ends here too: the cookie is cleared.
      if (typeof token.sid !== 'string' || !sessionIsOpen(token.sid)) return null;
      return token;
    },
    session({ session, token }) {
      if (session.user) session.user.id = token.sub ?? '';
      (session as { sid?: string }).sid = typeof token.sid === 'string' ? token.sid : undefined;
      return session;
    },
  },
  events: {
    async signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      if (typeof sid !== 'string') return;
      const address = await requestAddress().catch(() => UNKNOWN_ADDRESS);
      signOutSession(sid, address);
    },
  },
  logger: {
    // A wrong password is an everyday event, not a server error worth a stack trace.
    error(error) {
      const type = (error as { type?: string }).type;
      // A wrong password, or a post to the sign-in endpoint without its CSRF token: refused, not a server error.
      if (type === 'CredentialsSignin' || type === 'MissingCSRF') return;
      console.error(error);
    },
  },
});
