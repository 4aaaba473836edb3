import 'server-only';
import { getDb, type Db } from '@/db/client';
import { writeTransaction } from '@/db/write-transaction';
import { settings } from '@/db/schema';
import type { Actor } from '@/lib/domain/roles';
import { canManageSettings } from '@/lib/domain/policy';
import { ForbiddenError, ValidationError } from '@/lib/domain/errors';
import { DEFAULT_DOC_NO_PATTERNS } from '@/lib/domain/letters/doc-number';
import { LETTER_KINDS, LETTER_TYPES, mandatoryFields, type LetterKind } from '@/lib/domain/letters/letter-types';
import { fieldsIn } from '@/lib/domain/letters/template';
import { diffFields, writeAudit } from './audit';
import { currentTemplate } from './letters/current-template';

// The agency's settings for letters, kept in the one settings table beside the agency's name.

export type LetterSettings = {
  agencyShortName: string;
  reconsiderationBody: string;
  courtName: string;
  agencyContact: string;
  correctionPeriodDays: number;
  closingNoticeNoCorrection: boolean;
  closingNoticeFeeUnpaid: boolean;
  /** Procedural notices to the applicant also state the remedy, R1 (LETTERS.md §3). */
  proceduralRemedy: boolean;
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
    proceduralRemedy: s.proceduralRemedy ? '1' : '0',
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
    proceduralRemedy: flag('proceduralRemedy', false),
    docNoPatterns: Object.fromEntries(LETTER_KINDS.map((k) => [k, map.get(`docNoPattern.${k}`) || DEFAULT_DOC_NO_PATTERNS[k]])) as Record<LetterKind, string>,
    approval: Object.fromEntries(LETTER_KINDS.map((k) => [k, flag(`letterApproval.${k}`, DEFAULT_APPROVAL[k])])) as Record<LetterKind, boolean>,
  };
}

/** Turning procedural remedies on must not leave a template of the agency's that cannot print them. */
function assertTemplatesStateRemedy(tx: Pick<Db, 'select'>, next: LetterSettings): void {
  const lacking = LETTER_TYPES.filter((t) => {
    const { title, body } = currentTemplate(tx, t.key);
    return mandatoryFields(t, next).includes('救济途径') && !fieldsIn(`${title}\n${body}`).names.includes('救济途径');
  });
  if (lacking.length === 0) return;
  throw new ValidationError(
    { proceduralRemedy: [`以下文书模板的正文中没有 {救济途径}，无法写明救济途径：${lacking.map((t) => t.label).join('、')}。请先在“文书模板”中把 {救济途径} 单独成段加在正文末尾（“联系方式”或“特此告知。”之前），再开启此项。`] },
    '公文设置没有保存。',
  );
}

export function updateLetterSettings(actor: Actor, next: LetterSettings): void {
  if (!canManageSettings(actor)) throw new ForbiddenError('只有管理员可以修改机关设置。');
  writeTransaction(getDb(), (tx) => {
    const before = toRows(readLetterSettings(tx));
    const after = toRows(next);
    const changes = diffFields(before, after);
    if (Object.keys(changes).length === 0) return;
    if (next.proceduralRemedy) assertTemplatesStateRemedy(tx, next);
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
    proceduralRemedy: v.proceduralRemedy === true,
    docNoPatterns: Object.fromEntries(LETTER_KINDS.map((k) => [k, String(v[`docNo_${k}`])])) as Record<LetterKind, string>,
    approval: Object.fromEntries(LETTER_KINDS.map((k) => [k, v[`approval_${k}`] === true])) as Record<LetterKind, boolean>,
  };
}
