'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/current-user';
import { boundId, confirmsPublishedChange, FORGED_REQUEST, invalid, refused, type ActionState } from '@/lib/action-state';
import { createReview, updateReview } from '@/lib/data/reviews';
import { formValues } from '@/lib/domain/validation/form-values';
import { reviewDecisionSchema, reviewFieldsSchema } from '@/lib/domain/validation/review';

// 行政复议 / 行政诉讼 records (table 四): require user → zod → data call (which checks the policy,
// the dates against each other and against the linked case) → revalidate.

export async function createReviewAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  const parsed = reviewFieldsSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    createReview(user, parsed.data, confirmsPublishedChange(values));
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath('/reviews');
  return { ok: true, message: '复议诉讼记录已登记。' };
}

/** From a case's page: the record is linked to that case whatever the form says. */
export async function createCaseReviewAction(rawCaseId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  const caseId = boundId(rawCaseId);
  if (caseId === null) return { message: FORGED_REQUEST, values };
  const parsed = reviewFieldsSchema.safeParse({ ...values, caseNo: '' });
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    createReview(user, { ...parsed.data, caseNo: null, caseId }, confirmsPublishedChange(values));
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath(`/cases/${caseId}`);
  revalidatePath('/reviews');
  return { ok: true, message: '复议诉讼记录已登记。' };
}

export async function updateReviewAction(rawId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  const id = boundId(rawId);
  if (id === null) return { message: FORGED_REQUEST, values };
  const parsed = reviewDecisionSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    updateReview(user, id, parsed.data, confirmsPublishedChange(values));
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath(`/reviews/${id}`);
  revalidatePath('/reviews');
  return { ok: true, message: '已保存。' };
}
