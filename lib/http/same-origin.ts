// The check Next applies to server actions, for the one route handler that takes a form post (the
// import upload): the Origin the browser sends must be this site as the request reached it.

export function sameOrigin(request: { headers: Headers }): boolean {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host')?.split(',')[0].trim() || request.headers.get('host');
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
