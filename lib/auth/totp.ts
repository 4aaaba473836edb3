import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';

// TOTP (RFC 6238) as every authenticator app speaks it: SHA-1, 6 digits, 30 seconds.
const ISSUER = '依申请公开办理台';
const PERIOD = 30;

function totp(base32: string, username: string): TOTP {
  return new TOTP({ issuer: ISSUER, label: username, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(base32) });
}

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(base32: string, username: string): string {
  return totp(base32, username).toString();
}

/** The QR code of the enrolment link, as SVG markup rendered on the server. */
export function totpQrSvg(base32: string, username: string): Promise<string> {
  return QRCode.toString(totpUri(base32, username), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}

/**
 * The time step of a valid code (one step of clock drift either way), or null. A step at or before
 * `lastStep` is refused: each code works once.
 */
export function acceptedStep(base32: string, code: string, now: Date, lastStep: number | null): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const t = totp(base32, 'check');
  const delta = t.validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  const step = t.counter({ timestamp: now.getTime() }) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

// Recovery codes: ten random codes shown once; only their SHA-256 is kept (they carry 50 bits of
// randomness, so a slow hash adds nothing).
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function newRecoveryCodes(count = 10): string[] {
  return Array.from({ length: count }, () => {
    const bytes = randomBytes(10);
    const chars = [...bytes].map((b) => ALPHABET[b % ALPHABET.length]).join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

export function normaliseRecoveryCode(input: string): string {
  return input.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

export function recoveryCodeHash(code: string): string {
  return createHash('sha256').update(normaliseRecoveryCode(code)).digest('hex');
}
