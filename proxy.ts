import { NextResponse, type NextRequest } from 'next/server';
import { sessionIdOfCookies } from '@/lib/auth/session-token';
import { sessionIsOpen } from '@/lib/data/sessions';
import { AUTH_BODY_LIMIT, BODY_TOO_LARGE, checkBodyLength, FORM_BODY_LIMIT } from '@/lib/http/body-limit';
import { newNonce, securityHeaders, servedOverHttps } from '@/lib/http/security-headers';

// Before every page, action and API request: bound the request body (forms and server actions
// 1 MB, the Auth.js routes 16 KB; the import upload is excluded below and bounded by its own
// route), give the page a CSP nonce and the security headers, and redirect anonymous visitors to
// the sign-in page early. Every page, action and route checks the session and the role again.

const PUBLIC = [/^\/login(\/|$)/, /^\/api\/auth(\/|$)/];

function withHeaders<T extends Response>(response: T, headers: Record<string, string>): T {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const nonce = newNonce();
  const headers = securityHeaders(nonce, servedOverHttps(request));

  const body = checkBodyLength(request, pathname.startsWith('/api/auth') ? AUTH_BODY_LIMIT : FORM_BODY_LIMIT);
  if (!body.ok) {
    const message = body.status === 413 ? BODY_TOO_LARGE : '请求缺少内容长度（Content-Length），无法处理。';
    return withHeaders(new NextResponse(message, { status: body.status, headers: { 'content-type': 'text/plain; charset=utf-8', connection: 'close' } }), headers);
  }

  if (!PUBLIC.some((p) => p.test(pathname))) {
    const sid = await sessionIdOfCookies((name) => request.cookies.get(name)?.value);
    if (sid === null || !sessionIsOpen(sid)) {
      if (pathname.startsWith('/api/')) return withHeaders(NextResponse.json({ error: '请先登录。' }, { status: 401 }), headers);
      const login = new URL('/login', request.url);
      if (pathname !== '/') login.searchParams.set('callbackUrl', pathname + search);
      // A session cookie the server no longer accepts: the session ended (idle, 8 hours, revoked). It
      // is left in place (it opens nothing) so that every page says why until the user signs in again.
      if (request.cookies.getAll().some((c) => c.name.includes('authjs.session-token'))) login.searchParams.set('ended', 'session');
      return withHeaders(NextResponse.redirect(login), headers);
    }
  }

  // Next reads the nonce from the request's policy header and puts it on its own scripts.
  const forwarded = new Headers(request.headers);
  forwarded.set('x-nonce', nonce);
  forwarded.set('content-security-policy', headers['Content-Security-Policy']);
  return withHeaders(NextResponse.next({ request: { headers: forwarded } }), headers);
}

export const config = {
  // Not: static files (next.config.js gives them their headers) and the two uploads (import, case
  // files), whose bodies the proxy would buffer and cut at its own limit.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt|admin/import/upload|cases/[^/]+/files/upload).*)'],
};
