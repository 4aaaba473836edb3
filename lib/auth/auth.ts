import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { signInWithPassword } from '@/lib/data/sign-in';
import { isRole } from '@/lib/domain/roles';
import { DatabaseBusyError } from '@/lib/domain/errors';

/**
 * A session lasts one working day from sign-in; after that staff sign in again. The token is never
 * refreshed (updateAge is longer than the session), so activity does not stretch it.
 */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

class LockedSignin extends CredentialsSignin {
  code = 'locked';
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
  session: { strategy: 'jwt', maxAge: SESSION_MAX_AGE_SECONDS, updateAge: 24 * 60 * 60 },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: '/login', error: '/login' },
  providers: [
    Credentials({
      credentials: { username: { label: '用户名' }, password: { label: '密码', type: 'password' } },
      async authorize(credentials) {
        const result = await signInWithPassword(String(credentials?.username ?? ''), String(credentials?.password ?? '')).catch((error: unknown) => {
          if (error instanceof DatabaseBusyError) throw new BusySignin();
          throw error;
        });
        if (result.ok) return { id: String(result.actor.id), name: result.actor.displayName, role: result.actor.role };
        if (result.reason === 'locked') throw new LockedSignin();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = (user as { role?: string }).role;
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub ?? '';
        (session.user as { role?: string }).role = typeof token.role === 'string' && isRole(token.role) ? token.role : undefined;
        (session.user as { signedInAt?: number }).signedInAt = typeof token.signedInAt === 'number' ? token.signedInAt : 0;
      }
      return session;
    },
  },
  logger: {
    // A wrong password is an everyday event, not a server error worth a stack trace.
    error(error) {
      const type = (error as { type?: string }).type;
      if (type === 'CredentialsSignin') return;
      console.error(error);
    },
  },
});
