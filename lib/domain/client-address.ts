// The client's network address as the server records it (sign-in records, per-address limit).
// scripts/serve.mjs resolves it from the socket (and from X-Forwarded-For only when TRUST_PROXY
// says a proxy is in front) and hands it on as the one value of X-Forwarded-For.

export const UNKNOWN_ADDRESS = 'unknown';
const MAX_ADDRESS_LENGTH = 64;

export function addressFromForwardedFor(header: string | null | undefined): string {
  const first = (header ?? '').split(',')[0].trim();
  if (!first) return UNKNOWN_ADDRESS;
  return normaliseAddress(first).slice(0, MAX_ADDRESS_LENGTH);
}

/** '::ffff:127.0.0.1' → '127.0.0.1': one address, one spelling. */
export function normaliseAddress(address: string): string {
  const a = address.trim().toLowerCase();
  return a.startsWith('::ffff:') && a.includes('.') ? a.slice(7) : a;
}

export function isLoopbackAddress(address: string): boolean {
  const a = normaliseAddress(address);
  return a === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(a);
}
