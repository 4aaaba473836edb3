// Who is at the other end of a request, for the sign-in records and the per-address limit.
// Without a proxy that is the socket's peer, and X-Forwarded-For from the client is ignored (anyone
// can write it). Behind reverse proxies, TRUST_PROXY=N says how many of them append to
// X-Forwarded-For; the client is then the entry the outermost trusted proxy saw.

/** TRUST_PROXY as a number of proxies: unset, '', '0' or 'false' → 0; 'true' → 1; '2' → 2. */
export function trustedHops(value) {
  const v = String(value ?? '').trim().toLowerCase();
  if (v === '' || v === '0' || v === 'false' || v === 'no') return 0;
  if (v === 'true' || v === 'yes') return 1;
  const n = Number(v);
  return Number.isInteger(n) && n > 0 && n < 10 ? n : 0;
}

function normalise(address) {
  const a = String(address ?? '').trim().toLowerCase();
  return a.startsWith('::ffff:') && a.includes('.') ? a.slice(7) : a;
}

export function resolveClientAddress(socketAddress, forwardedFor, hops) {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : String(forwardedFor ?? '');
  const chain = [...header.split(',').map((s) => s.trim()).filter(Boolean), String(socketAddress ?? '')];
  const client = chain[Math.max(0, chain.length - 1 - hops)];
  return normalise(client) || 'unknown';
}

/** Whether a listening host is this machine only. */
export function isLoopbackHost(host) {
  const h = String(host ?? '').trim().toLowerCase();
  return h === 'localhost' || h === '::1' || h === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h);
}

/**
 * Rewrites the forwarding headers of an incoming request to what the server may believe: one
 * X-Forwarded-For (the resolved client), and the proxy's Host/proto only from a trusted proxy.
 */
export function normaliseForwardingHeaders(req, hops) {
  req.headers['x-forwarded-for'] = resolveClientAddress(req.socket?.remoteAddress, req.headers['x-forwarded-for'], hops);
  if (hops === 0) {
    delete req.headers['x-forwarded-host'];
    delete req.headers['x-forwarded-proto'];
    delete req.headers['x-forwarded-port'];
  }
}
