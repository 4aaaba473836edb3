'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { invalid, refused, type ActionState, confirmsPublishedChange } from '@/lib/action-state';
import { formValues } from '@/lib/domain/validation/form-values';
import { versionSchema } from '@/lib/domain/validation/case';
import { deliveryReceivedSchema, letterDeliverySchema } from '@/lib/domain/validation/letter-delivery';
import { createLetterDraft, decideLetter, discardLetter, saveLetterDraft, submitLetter } from '@/lib/data/letters/drafts';
import { issueLetter } from '@/lib/data/letters/issue';
import { cancelLetter, recordDelivery, recordDeliveryReceived } from '@/lib/data/letters/after-issue';
import { today } from '@/lib/data/today';

// The letter pages' actions: require the user → read the form → one data call → back to the page.
// The data layer checks the role, the case and the letter's state; a refusal comes back as the
// form's message with nothing written.

const letterPage = (caseId: number, letterId: number, saved: string) => `/cases/${caseId}/letters/${letterId}?saved=${saved}`;
const STALE = '缺少版本号，请刷新页面后重试。';

function done(caseId: number, letterId: number, saved: string): never {
  revalidatePath(`/cases/${caseId}`, 'layout');
  redirect(letterPage(caseId, letterId, saved));
}

export async function createLetterAction(caseId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  if (!values.typeKey) return { message: '请选择要起草的文书。', fieldErrors: { typeKey: ['请选择要起草的文书。'] }, values };
  let id: number;
  try {
    id = createLetterDraft(user, caseId, values.typeKey).id;
  } catch (error) {
    return refused(error, values);
  }
  done(caseId, id, 'created');
}

export async function saveLetterAction(caseId: number, letterId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  const version = versionSchema.safeParse(values.version);
  if (!version.success) return { message: STALE, values };
  const regenerate = values.intent === 'regenerate';
  try {
    saveLetterDraft(user, letterId, { version: version.data, form: values, title: values.title ?? '', body: values.body ?? '', regenerate });
  } catch (error) {
    return refused(error, values);
  }
  done(caseId, letterId, regenerate ? 'regenerated' : 'saved');
}

export async function submitLetterAction(caseId: number, letterId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const version = versionSchema.safeParse(formValues(form).version);
  if (!version.success) return { message: STALE };
  try {
    submitLetter(user, letterId, version.data);
  } catch (error) {
    return refused(error, {});
  }
  done(caseId, letterId, 'submitted');
}

export async function discardLetterAction(caseId: number, letterId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const version = versionSchema.safeParse(formValues(form).version);
  if (!version.success) return { message: STALE };
  try {
    discardLetter(user, letterId, version.data);
  } catch (error) {
    return refused(error, {});
  }
  revalidatePath(`/cases/${caseId}`, 'layout');
  redirect(`/cases/${caseId}/letters?saved=discarded`);
}

export async function decideLetterAction(caseId: number, letterId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  const version = versionSchema.safeParse(values.version);
  if (!version.success) return { message: STALE, values };
  if (values.decision !== 'approve' && values.decision !== 'return') return { message: '请选择审批意见。', fieldErrors: { decision: ['请选择同意发文或退回修改。'] }, values };
  try {
    decideLetter(user, letterId, { version: version.data, approve: values.decision === 'approve', comment: values.comment ?? '' });
  } catch (error) {
    return refused(error, values);
  }
  done(caseId, letterId, values.decision === 'approve' ? 'approved' : 'returned');
}

export async function issueLetterAction(caseId: number, letterId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  const version = versionSchema.safeParse(values.version);
  if (!version.success) return { message: STALE, values };
  try {
    issueLetter(user, letterId, { version: version.data, issuedOn: (values.issuedOn ?? '').trim(), feeDeliveredOn: values.feeDeliveredOn?.trim() || null, ...confirmsPublishedChange(values) });
  } catch (error) {
    return refused(error, values);
  }
  done(caseId, letterId, 'issued');
}

export async function cancelLetterAction(caseId: number, letterId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  const version = versionSchema.safeParse(values.version);
  if (!version.success) return { message: STALE, values };
  try {
    cancelLetter(user, letterId, { version: version.data, reason: values.reason ?? '' });
  } catch (error) {
    return refused(error, values);
  }
  done(caseId, letterId, 'cancelled');
}

export async function recordDeliveryAction(caseId: number, letterId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  const parsed = letterDeliverySchema(today()).safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    recordDelivery(user, letterId, parsed.data);
  } catch (error) {
    return refused(error, values);
  }
  done(caseId, letterId, 'delivered');
}

export async function recordReceivedAction(caseId: number, letterId: number, deliveryId: number, _prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  const parsed = deliveryReceivedSchema(today()).safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    recordDeliveryReceived(user, deliveryId, parsed.data.receivedOn);
  } catch (error) {
    return refused(error, values);
  }
  done(caseId, letterId, 'received');
}
