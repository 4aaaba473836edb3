// The security headers of every page (proxy.ts sets them; next.config.js sets the static ones on
// static files too). The Content-Security-Policy allows scripts and styles only from this site or
// carrying the request's nonce, which Next puts on its own inline bootstrap scripts (the pages are
// rendered per request, app/layout.tsx), so an injected script never runs; nothing may frame the
// site. HTTPS-only headers (HSTS, upgrade-insecure-requests) are sent when the site is served over
// HTTPS: OGI_HTTPS=1, or a reverse proxy that says so in X-Forwarded-Proto.

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

export const HSTS = 'max-age=31536000';

type HeaderSource = { headers: Headers; nextUrl?: { protocol: string } };

export function servedOverHttps(request: HeaderSource, env: Record<string, string | undefined> = process.env): boolean {
  if (env.OGI_HTTPS === '1') return true;
  const forwarded = request.headers.get('x-forwarded-proto')?.split(',')[0].trim().toLowerCase();
  return forwarded === 'https' || request.nextUrl?.protocol === 'https:';
}

export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

export function contentSecurityPolicy(nonce: string, https: boolean, dev = process.env.NODE_ENV === 'development'): string {
  return [
    "default-src 'self'",
    // React needs eval only for its development error overlay.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

/** All headers for a page response. */
export function securityHeaders(nonce: string, https: boolean): Record<string, string> {
  return {
    ...STATIC_SECURITY_HEADERS,
    'Content-Security-Policy': contentSecurityPolicy(nonce, https),
    ...(https ? { 'Strict-Transport-Security': HSTS } : {}),
  };
}
