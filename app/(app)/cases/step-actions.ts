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
  const user = await requireUser();
  const values = formValues(form);
  const caseId = boundId(rawCaseId);
  if (caseId === null) return { message: FORGED_REQUEST, values };
  if (!isClockEventKind(kind)) return { message: '未知的办理步骤。', values };
  const version = versionSchema.safeParse(values.version);
  if (!version.success) return { message: '缺少版本号，请刷新页面后重试。', values };
  const parsed = clockEventFromForm(kind, values, user.displayName, today());
  if (!parsed.ok) return { message: '填写有误，请按提示修改后再提交。没有保存任何内容。', fieldErrors: parsed.fieldErrors, values };
  try {
    recordClockEvent(user, caseId, version.data, parsed.event);
  } catch (error) {
    const state = refused(error, values);
    if (!state.fieldErrors || Object.keys(state.fieldErrors).length === 0) return state;
    return { ...state, ...placeErrors(kind, state.fieldErrors) };
  }
  revalidatePath(`/cases/${caseId}`);
  redirect(`/cases/${caseId}?saved=event`);
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
