import { NextResponse, type NextRequest } from 'next/server';
import { auth } from '@/lib/auth/auth';

// An early redirect for visitors without a live session. Every page, action and route checks the
// session and the role again itself.
export default async function proxy(request: NextRequest) {
  const session = await auth();
  if (session?.user) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  // A session cookie the server no longer accepts: the session ended (idle, 8 hours, signed out).
  const stale = request.cookies.getAll().filter((c) => c.name.includes('authjs.session-token'));
  if (pathname.startsWith('/api/')) {
    return NextResponse.json({ error: '请先登录。' }, { status: 401 });
  }
  const login = new URL('/login', request.url);
  if (pathname !== '/') login.searchParams.set('callbackUrl', pathname + search);
  if (stale.length) login.searchParams.set('ended', 'session');
  const response = NextResponse.redirect(login);
  for (const c of stale) response.cookies.delete(c.name);
  return response;
}

export const config = {
  matcher: ['/((?!login|api/auth|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)'],
};
