import { NextResponse, type NextRequest } from 'next/server';
import { auth } from '@/lib/auth/auth';

// An early redirect for visitors without a live session. Every page, action and route checks the
// session and the role again itself.
export default async function proxy(request: NextRequest) {
  const session = await auth();
  if (session?.user) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  // A session cookie the server no longer accepts: the session ended (idle, 8 hours, revoked). It is
  // left in place (it opens nothing) so that every page says why until the user signs in again.
  const stale = request.cookies.getAll().some((c) => c.name.includes('authjs.session-token'));
  if (pathname.startsWith('/api/')) {
    return NextResponse.json({ error: '请先登录。' }, { status: 401 });
  }
  const login = new URL('/login', request.url);
  if (pathname !== '/') login.searchParams.set('callbackUrl', pathname + search);
  if (stale) login.searchParams.set('ended', 'session');
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ['/((?!login|api/auth|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)'],
};
