import 'server-only';
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// Second-factor keys are authentication data (等保: 鉴别数据 stored encrypted). They are sealed with
// AES-256-GCM under a key derived from AUTH_SECRET, so a copy of the database alone does not give
// them away. Changing AUTH_SECRET makes them unreadable: administrators then enrol again after
// `ogi user reset-2fa`.

const VERSION = 'v1';

function key(purpose: string): Buffer {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error('AUTH_SECRET is not set');
  return Buffer.from(hkdfSync('sha256', secret, 'ogi-desk', purpose, 32));
}

export function seal(plain: string, purpose: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(purpose), iv);
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

/** The sealed text, or null when it was not sealed with this server's key (or was tampered with). */
export function open(sealed: string, purpose: string): string | null {
  const [version, data] = sealed.split('.');
  if (version !== VERSION || !data) return null;
  try {
    const raw = Buffer.from(data, 'base64url');
    const decipher = createDecipheriv('aes-256-gcm', key(purpose), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
