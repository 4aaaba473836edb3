'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { boundId, confirmsPublishedChange, FORGED_REQUEST, invalid, refused, type ActionState } from '@/lib/action-state';
import { caseFieldsSchema, closeCaseSchema, reopenCaseSchema, versionSchema } from '@/lib/domain/validation/case';
import { formValues } from '@/lib/domain/validation/form-values';
import { closeCase, createCase, reopenCase, updateCase } from '@/lib/data/case-commands';
import { getCaseDetail } from '@/lib/data/case-detail';
import { today } from '@/lib/data/today';
import { revealPersonalData } from '@/lib/data/personal-data';
import { requestAddress } from '@/lib/auth/request-address';
import { DomainError } from '@/lib/domain/errors';
import type { PersonalData } from '@/lib/domain/personal-data-mask';

export async function createCaseAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  const parsed = caseFieldsSchema(today()).safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  let id: number;
  try {
    id = createCase(user, parsed.data, confirmsPublishedChange(values)).id;
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath('/cases');
  redirect(`/cases/${id}?saved=created`);
}

export async function updateCaseAction(rawId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  const id = boundId(rawId);
  if (id === null) return { message: FORGED_REQUEST, values };
  const parsed = caseFieldsSchema(today()).extend({ version: versionSchema }).safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const { version, ...fields } = parsed.data;
  try {
    updateCase(user, id, version, fields, confirmsPublishedChange(values));
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath(`/cases/${id}`);
  redirect(`/cases/${id}?saved=updated`);
}

export async function closeCaseAction(rawId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  const id = boundId(rawId);
  if (id === null) return { message: FORGED_REQUEST, values };
  let receivedOn: string;
  try {
    receivedOn = getCaseDetail(user, id).receivedOn;
  } catch (error) {
    return refused(error, values);
  }
  const parsed = closeCaseSchema(receivedOn, today()).safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    closeCase(user, id, parsed.data, confirmsPublishedChange(values));
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath(`/cases/${id}`);
  redirect(`/cases/${id}?saved=closed`);
}

export async function reopenCaseAction(rawId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  const id = boundId(rawId);
  if (id === null) return { message: FORGED_REQUEST, values };
  const parsed = reopenCaseSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    reopenCase(user, id, parsed.data, confirmsPublishedChange(values));
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath(`/cases/${id}`);
  redirect(`/cases/${id}?saved=reopened`);
}

/** "显示" on a case whose applicant's contact data the user sees masked; the data layer audits it. */
export async function revealPersonalDataAction(id: number): Promise<{ data?: PersonalData; message?: string }> {
  const user = await requireUser();
  if (!Number.isSafeInteger(id) || id <= 0) return { message: '该申请不存在。' };
  try {
    return { data: revealPersonalData(user, id, await requestAddress()) };
  } catch (error) {
    if (error instanceof DomainError) return { message: error.message };
    throw error;
  }
}
