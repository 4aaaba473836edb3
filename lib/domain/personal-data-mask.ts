import { maskIdNumber } from './id-mask';
import type { Changes } from './audit-record';

// 个人信息保护法: an applicant's contact data is shown in full only to those who work on the case
// (policy.canSeePersonalData); everyone else sees these masked forms.

/** '13812345678' → '138****5678'; a landline '0571-87654321' → '057******4321'. */
export function maskPhone(value: string | null | undefined): string {
  const s = (value ?? '').trim();
  if (!s) return '';
  if (s.length >= 8) return s.slice(0, 3) + '*'.repeat(s.length - 7) + s.slice(-4);
  return '*'.repeat(Math.max(s.length - 2, 1)) + s.slice(Math.max(s.length - 2, 1));
}

/** Keeps the first six characters (city and district); the street and number are hidden. */
export function maskAddress(value: string | null | undefined): string {
  const s = (value ?? '').trim();
  if (!s) return '';
  const chars = [...s];
  return chars.length > 6 ? `${chars.slice(0, 6).join('')}****` : `${chars[0]}****`;
}

/** 'zhang.san@example.com' → 'z***@example.com'. */
export function maskEmail(value: string | null | undefined): string {
  const s = (value ?? '').trim();
  if (!s) return '';
  const at = s.lastIndexOf('@');
  if (at <= 0) return `${s[0]}***`;
  return `${s[0]}***${s.slice(at)}`;
}

export const PERSONAL_FIELDS = ['idNumber', 'phone', 'email', 'address'] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];
export type PersonalData = Record<PersonalField, string | null>;

const MASKS: Record<PersonalField, (v: string | null | undefined) => string> = {
  idNumber: maskIdNumber,
  phone: maskPhone,
  email: maskEmail,
  address: maskAddress,
};

export function maskPersonalData(data: PersonalData): PersonalData {
  const out = { ...data };
  for (const field of PERSONAL_FIELDS) out[field] = data[field] ? MASKS[field](data[field]) : data[field];
  return out;
}

function maskValue(field: PersonalField, value: unknown): unknown {
  return typeof value === 'string' && value !== '' ? MASKS[field](value) : value;
}

/**
 * What the append-only audit keeps of a case change: identity numbers only masked, always (they are
 * kept forever and the masked form still shows that the number changed).
 */
export function auditableChanges(changes: Changes): Changes {
  if (!changes.idNumber) return changes;
  return { ...changes, idNumber: { from: maskValue('idNumber', changes.idNumber.from), to: maskValue('idNumber', changes.idNumber.to) } };
}

/** The audit as shown to a reader who may not see the applicant's contact data: every personal field masked. */
export function maskedChanges(changes: Changes): Changes {
  const out: Changes = { ...changes };
  for (const field of PERSONAL_FIELDS) {
    const change = changes[field];
    if (change) out[field] = { from: maskValue(field, change.from), to: maskValue(field, change.to) };
  }
  return out;
}
