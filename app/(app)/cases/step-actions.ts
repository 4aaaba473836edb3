'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { boundId, FORGED_REQUEST, refused, type ActionState } from '@/lib/action-state';
import { formValues } from '@/lib/domain/validation/form-values';
import { versionSchema } from '@/lib/domain/validation/case';
import { clockEventFromForm, isClockEventKind, STEP_FORM_FIELDS } from '@/lib/domain/validation/clock-event-form';
import type { FieldErrors } from '@/lib/domain/errors';
import { recordClockEvent } from '@/lib/data/case-steps';
import { today } from '@/lib/data/today';

/** One step of the statutory clock recorded on a case (补正, 征求意见, 收费, 延期, 第三十五条). */
export async function recordStepAction(rawCaseId: number, kind: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const result = await recordStep(rawCaseId, kind, form);
  if (!result.ok) return result.state;
  revalidatePath(`/cases/${result.caseId}`);
  redirect(`/cases/${result.caseId}?saved=event`);
}

/** Where a supervisor decides an extension without opening the case, and comes back to after. */
const DECISION_PAGES = { review: '/review', home: '/' } as const;

/**
 * A supervisor's decision on an extension request, taken on the review page or the home page: the
 * supervisor stays there, and the page confirms which case was decided and how (?decided=id).
 */
export async function decideExtensionAction(rawCaseId: number, from: string, _prev: ActionState, form: FormData): Promise<ActionState> {
  const result = await recordStep(rawCaseId, 'extension_decided', form);
  if (!result.ok) return result.state;
  const page = Object.hasOwn(DECISION_PAGES, from) ? DECISION_PAGES[from as keyof typeof DECISION_PAGES] : '/review';
  revalidatePath(`/cases/${result.caseId}`);
  revalidatePath(page);
  redirect(`${page}?decided=${result.caseId}`);
}

async function recordStep(rawCaseId: number, kind: string, form: FormData): Promise<{ ok: true; caseId: number } | { ok: false; state: ActionState }> {
  const user = await requireUser();
  const values = formValues(form);
  const caseId = boundId(rawCaseId);
  if (caseId === null) return { ok: false, state: { message: FORGED_REQUEST, values } };
  if (!isClockEventKind(kind)) return { ok: false, state: { message: '未知的办理步骤。', values } };
  const version = versionSchema.safeParse(values.version);
  if (!version.success) return { ok: false, state: { message: '缺少版本号，请刷新页面后重试。', values } };
  const parsed = clockEventFromForm(kind, values, user.displayName, today());
  if (!parsed.ok) return { ok: false, state: { message: '填写有误，请按提示修改后再提交。没有保存任何内容。', fieldErrors: parsed.fieldErrors, values } };
  try {
    recordClockEvent(user, caseId, version.data, parsed.event);
  } catch (error) {
    const state = refused(error, values);
    if (!state.fieldErrors || Object.keys(state.fieldErrors).length === 0) return { ok: false, state };
    return { ok: false, state: { ...state, ...placeErrors(kind, state.fieldErrors) } };
  }
  return { ok: true, caseId };
}

/** Errors about fields the step's form does not show (e.g. "每件申请只能延期一次") go into its message. */
function placeErrors(kind: keyof typeof STEP_FORM_FIELDS, errors: FieldErrors): { message: string; fieldErrors: FieldErrors } {
  const shown: FieldErrors = {};
  const other: string[] = [];
  for (const [field, messages] of Object.entries(errors)) {
    if (STEP_FORM_FIELDS[kind].includes(field)) shown[field] = messages;
    else other.push(...(messages ?? []));
  }
  const lead = other.length ? `${other.join('；')}。` : '填写有误，请按提示修改后再提交。';
  return { message: `${lead}没有保存任何内容。`, fieldErrors: shown };
}
