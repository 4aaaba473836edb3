'use server';

import { revalidatePath } from 'next/cache';
import { requireUser } from '@/lib/auth/current-user';
import { FORGED_REQUEST, invalid, refused, type ActionState } from '@/lib/action-state';
import { reassignSchema, savedFilterSchema } from '@/lib/domain/validation/case-list';
import { deleteSavedFilter, saveFilter } from '@/lib/data/saved-filters';
import { reassignCases } from '@/lib/data/case-reassign';

// The case list's actions: save the current filters, delete a saved filter, reassign ticked cases.

export async function saveFilterAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = { name: String(form.get('name') ?? ''), query: String(form.get('query') ?? '') };
  const parsed = savedFilterSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  try {
    saveFilter(user, parsed.data.name, parsed.data.query);
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath('/cases');
  return { ok: true, message: `已保存筛选“${parsed.data.name}”。` };
}

export async function deleteSavedFilterAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const raw = String(form.get('id') ?? '');
  const id = /^[1-9]\d{0,14}$/.test(raw) ? Number(raw) : null;
  if (id === null) return { message: FORGED_REQUEST };
  try {
    deleteSavedFilter(user, id);
  } catch (error) {
    return refused(error, {});
  }
  revalidatePath('/cases');
  return { ok: true, message: '已删除该筛选。' };
}

export async function reassignCasesAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = { handlerId: String(form.get('handlerId') ?? '') };
  const parsed = reassignSchema.safeParse({ ...values, cases: form.getAll('case').map(String) });
  if (!parsed.success) return aboutTheTicks(invalid(parsed.error, values));
  let result;
  try {
    result = reassignCases(user, parsed.data.cases, parsed.data.handlerId);
  } catch (error) {
    return aboutTheTicks(refused(error, values));
  }
  revalidatePath('/cases');
  const parts: string[] = [];
  if (result.reassigned.length) parts.push(`已将 ${result.reassigned.length} 件申请改派给“${result.handlerName}”：${result.reassigned.join('、')}。`);
  if (result.unchanged.length) parts.push(`${result.unchanged.join('、')} 的承办人已是“${result.handlerName}”，未作改动。`);
  if (result.refused.length) parts.push(`以下 ${result.refused.length} 件未改派：${result.refused.map((r) => `${r.caseNo}（${r.reason}）`).join('；')}。`);
  return { ok: result.refused.length === 0, message: parts.join(' '), values };
}

/** A problem with the ticked cases (none, too many, a forged box) has no field for the error summary to link to: the message says it. */
function aboutTheTicks(state: ActionState): ActionState {
  const cases = state.fieldErrors?.cases;
  return cases ? { ...state, message: `${cases.join(' ')}没有改派任何申请。` } : state;
}
