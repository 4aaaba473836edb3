'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { refused, type ActionState } from '@/lib/action-state';
import { RegenerationNeedsConfirmation, saveReportDraft } from '@/lib/data/annual-report/draft-commands';
import { publishAnnualReport } from '@/lib/data/annual-report/publish';
import { baselineFromFile, saveBaseline } from '@/lib/data/annual-report/baseline';
import { canCorrectAnnualReport, canDraftAnnualReport, canPublishAnnualReport } from '@/lib/domain/policy';
import { parseReportYear } from '@/lib/domain/report-year';
import { parseCount } from '@/lib/domain/report/table-two';
import { formValues } from '@/lib/domain/validation/form-values';
import { parseDraftForm, parseIntent } from '@/lib/domain/validation/annual-report';
import { DomainError } from '@/lib/domain/errors';
import type { DraftFormState } from '@/components/report/annual/draft-form-state';

// The annual report workspace (REPORT.md): save the draft (with regenerate or start-from-last-year),
// publish or correct, and the baseline of the year before the first report. Each checks the role
// first, then parses, then calls the data layer, which checks again.

const FORBIDDEN = '只有负责人和管理员可以编写和发布年度报告。';
const BAD_YEAR = '年度有误，请刷新页面后重试。没有保存任何内容。';

export async function saveDraftAction(rawYear: number, version: number, _prev: DraftFormState, form: FormData): Promise<DraftFormState> {
  const user = await requireUser();
  const values = formValues(form);
  if (!canDraftAnnualReport(user)) return { message: FORBIDDEN, values };
  const year = parseReportYear(String(rawYear));
  if (year === null || !Number.isSafeInteger(version) || version < 0) return { message: BAD_YEAR, values };
  const parsed = parseDraftForm(values);
  if (!parsed.ok) return { message: '填写有误，请按提示修改后再提交。没有保存任何内容。', fieldErrors: parsed.fieldErrors, values };
  const intent = parseIntent(values.intent, values.confirmRegenerate);
  let noteKey: string;
  try {
    noteKey = saveReportDraft(user, year, version, parsed, intent).noteKey;
  } catch (error) {
    if (error instanceof RegenerationNeedsConfirmation) return { message: error.message, values, regenerate: { key: error.key, edited: error.edited, fresh: error.fresh } };
    return refused(error, values);
  }
  revalidatePath(`/reports/${year}/annual`);
  redirect(`/reports/${year}/annual?saved=${encodeURIComponent(noteKey)}${values.edit === '1' ? '&edit=1' : ''}`);
}

export async function publishAction(rawYear: number, kind: 'publish' | 'correction', _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  const allowed = kind === 'publish' ? canPublishAnnualReport(user) : canCorrectAnnualReport(user);
  if (!allowed) return { message: kind === 'publish' ? '只有负责人和管理员可以发布年度报告。' : '已发布的年度报告只能由管理员发布更正。', values };
  const year = parseReportYear(String(rawYear));
  const draftVersion = Number(values.draftVersion);
  if (year === null || !Number.isSafeInteger(draftVersion) || draftVersion < 0 || (kind !== 'publish' && kind !== 'correction')) return { message: BAD_YEAR, values };
  let number: number;
  try {
    number = publishAnnualReport(user, year, {
      kind,
      publishedOn: (values.publishedOn ?? '').trim(),
      draftVersion,
      acknowledgement: values.acknowledgement?.trim() || null,
      reason: values.reason?.trim() || null,
    }).number;
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath(`/reports/${year}`, 'layout');
  redirect(`/reports/${year}/annual?published=${number}`);
}

export async function baselineAction(rawYear: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  if (!canDraftAnnualReport(user)) return { message: FORBIDDEN, values };
  const year = parseReportYear(String(rawYear));
  if (year === null) return { message: BAD_YEAR, values };
  const rules = parseCount(values.rules ?? '', '规章“现行有效件数”');
  const docs = parseCount(values.normative_documents ?? '', '行政规范性文件“现行有效件数”');
  const fieldErrors = { ...(rules.ok ? {} : { rules: [rules.message] }), ...(docs.ok ? {} : { normative_documents: [docs.message] }) };
  if (!rules.ok || !docs.ok) return { message: '填写有误，请按提示修改后再提交。没有保存任何内容。', fieldErrors, values };
  const file = form.get('file');
  try {
    const upload = file instanceof File && file.size > 0 ? file : null;
    const tables = upload ? await baselineFromFile(year, upload.name, Buffer.from(await upload.arrayBuffer())) : null;
    saveBaseline(user, year, { tables, inForce: { rules: rules.value, normative_documents: docs.value }, source: upload ? `导入文件“${upload.name}”` : '手工填写' });
  } catch (error) {
    if (error instanceof DomainError) return refused(error, values);
    throw error;
  }
  revalidatePath(`/reports/${year + 1}/annual`);
  return { ok: true, message: `${year}年基线已保存（导入基线），${year + 1}年报告的跨年核对和同比将以此为准。`, values };
}
