import 'server-only';
import { getDb, type Db } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { settings } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canManageSettings } from '@/lib/domain/policy';
import { ForbiddenError } from '@/lib/domain/errors';
import { DEFAULT_DOC_NO_PATTERNS } from '@/lib/domain/letters/doc-number';
import { LETTER_KINDS, type LetterKind } from '@/lib/domain/letters/letter-types';
import { diffFields, writeAudit } from './audit';

// The agency's settings for letters, kept in the one settings table beside the agency's name.

export type LetterSettings = {
  agencyShortName: string;
  reconsiderationBody: string;
  courtName: string;
  agencyContact: string;
  correctionPeriodDays: number;
  closingNoticeNoCorrection: boolean;
  closingNoticeFeeUnpaid: boolean;
  docNoPatterns: Record<LetterKind, string>;
  approval: Record<LetterKind, boolean>;
};

// A letter goes out under the agency's name: by default a supervisor signs off everything but the receipt.
const DEFAULT_APPROVAL: Record<LetterKind, boolean> = { receipt: false, correction: true, consultation: true, extension: true, fee: true, reply: true };

/** Flat key/value pairs as the settings table stores them. */
function toRows(s: LetterSettings): Record<string, string> {
  const rows: Record<string, string> = {
    agencyShortName: s.agencyShortName,
    reconsiderationBody: s.reconsiderationBody,
    courtName: s.courtName,
    agencyContact: s.agencyContact,
    correctionPeriodDays: String(s.correctionPeriodDays),
    'closingNotice.noCorrection': s.closingNoticeNoCorrection ? '1' : '0',
    'closingNotice.feeUnpaid': s.closingNoticeFeeUnpaid ? '1' : '0',
  };
  for (const k of LETTER_KINDS) {
    rows[`docNoPattern.${k}`] = s.docNoPatterns[k];
    rows[`letterApproval.${k}`] = s.approval[k] ? '1' : '0';
  }
  return rows;
}

export function readLetterSettings(db: Pick<Db, 'select'> = getDb()): LetterSettings {
  const map = new Map(db.select().from(settings).all().map((r) => [r.key, r.value]));
  const flag = (key: string, fallback: boolean) => (map.has(key) ? map.get(key) === '1' : fallback);
  const period = Number(map.get('correctionPeriodDays'));
  return {
    agencyShortName: map.get('agencyShortName') ?? '',
    reconsiderationBody: map.get('reconsiderationBody') ?? '',
    courtName: map.get('courtName') ?? '',
    agencyContact: map.get('agencyContact') ?? '',
    correctionPeriodDays: Number.isInteger(period) && period > 0 ? period : 15,
    closingNoticeNoCorrection: flag('closingNotice.noCorrection', true),
    closingNoticeFeeUnpaid: flag('closingNotice.feeUnpaid', true),
    docNoPatterns: Object.fromEntries(LETTER_KINDS.map((k) => [k, map.get(`docNoPattern.${k}`) || DEFAULT_DOC_NO_PATTERNS[k]])) as Record<LetterKind, string>,
    approval: Object.fromEntries(LETTER_KINDS.map((k) => [k, flag(`letterApproval.${k}`, DEFAULT_APPROVAL[k])])) as Record<LetterKind, boolean>,
  };
}

export function updateLetterSettings(actor: Actor, next: LetterSettings): void {
  if (!canManageSettings(actor)) throw new ForbiddenError('只有管理员可以修改机关设置。');
  writeTransaction(getDb(), (tx) => {
    const before = toRows(readLetterSettings(tx));
    const after = toRows(next);
    const changes = diffFields(before, after);
    if (Object.keys(changes).length === 0) return;
    for (const key of Object.keys(changes)) {
      tx.insert(settings).values({ key, value: after[key] }).onConflictDoUpdate({ target: settings.key, set: { value: after[key] } }).run();
    }
    writeAudit(tx, actor, { entityType: 'settings', entityId: 'letters', action: 'settings.update', changes });
  });
}

/** The form's parsed values (validation/letter-settings) as settings. */
export function letterSettingsFromForm(v: Record<string, unknown>): LetterSettings {
  return {
    agencyShortName: String(v.agencyShortName ?? ''),
    reconsiderationBody: String(v.reconsiderationBody ?? ''),
    courtName: String(v.courtName ?? ''),
    agencyContact: String(v.agencyContact ?? ''),
    correctionPeriodDays: Number(v.correctionPeriodDays),
    closingNoticeNoCorrection: v.closingNoticeNoCorrection === true,
    closingNoticeFeeUnpaid: v.closingNoticeFeeUnpaid === true,
    docNoPatterns: Object.fromEntries(LETTER_KINDS.map((k) => [k, String(v[`docNo_${k}`])])) as Record<LetterKind, string>,
    approval: Object.fromEntries(LETTER_KINDS.map((k) => [k, v[`approval_${k}`] === true])) as Record<LetterKind, boolean>,
  };
}
