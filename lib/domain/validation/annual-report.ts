import { z } from 'zod';
import { GENERATED_KEYS, STAFF_TEXT_KEYS, type GeneratedKey, type StaffTextKey } from '../report/annual';
import { parseTableTwo, type TableTwo } from '../report/table-two';
import { trimmed } from './form-values';

// The annual report's draft form: every text (field names text.<key> and p.<key>), table 二
// (t2.<row>.<column>, parsed by parseTableTwo) and what the pressed button asks for (intent).

const MAX_TEXT = 20_000;

const textsSchema = z.object(Object.fromEntries(STAFF_TEXT_KEYS.map((k) => [`text.${k}`, trimmed(MAX_TEXT, '该部分文字').default('')])));
const paragraphsSchema = z.object(Object.fromEntries(GENERATED_KEYS.map((k) => [`p.${k}`, trimmed(MAX_TEXT, '该段文字').default('')])));

export type DraftIntentValue = { kind: 'save' } | { kind: 'regenerate'; key: GeneratedKey; confirmed: boolean } | { kind: 'last-year' };

export function parseIntent(intent: string | undefined, confirmRegenerate: string | undefined): DraftIntentValue {
  if (intent === 'last-year') return { kind: 'last-year' };
  const key = intent?.startsWith('regenerate:') ? intent.slice('regenerate:'.length) : null;
  if (key && (GENERATED_KEYS as string[]).includes(key)) return { kind: 'regenerate', key: key as GeneratedKey, confirmed: confirmRegenerate === key };
  return { kind: 'save' };
}

export type ParsedDraftForm =
  | { ok: true; texts: Record<StaffTextKey, string>; paragraphs: Record<GeneratedKey, string>; tableTwo: TableTwo }
  | { ok: false; fieldErrors: Record<string, string[] | undefined> };

export function parseDraftForm(values: Record<string, string>): ParsedDraftForm {
  const texts = textsSchema.safeParse(values);
  const paragraphs = paragraphsSchema.safeParse(values);
  const tableTwo = parseTableTwo(values);
  const fieldErrors: Record<string, string[] | undefined> = {
    ...(texts.success ? {} : z.flattenError(texts.error).fieldErrors),
    ...(paragraphs.success ? {} : z.flattenError(paragraphs.error).fieldErrors),
    ...(tableTwo.ok ? {} : tableTwo.errors),
  };
  if (!texts.success || !paragraphs.success || !tableTwo.ok) return { ok: false, fieldErrors };
  return {
    ok: true,
    texts: Object.fromEntries(STAFF_TEXT_KEYS.map((k) => [k, texts.data[`text.${k}`] as string])) as Record<StaffTextKey, string>,
    paragraphs: Object.fromEntries(GENERATED_KEYS.map((k) => [k, paragraphs.data[`p.${k}`] as string])) as Record<GeneratedKey, string>,
    tableTwo: tableTwo.table,
  };
}
