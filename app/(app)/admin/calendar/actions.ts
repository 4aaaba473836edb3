'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { requireUser } from '@/lib/auth/current-user';
import { invalid, refused, type ActionState } from '@/lib/action-state';
import { formValues } from '@/lib/domain/validation/form-values';
import { addYearSchema, setDaySchema } from '@/lib/domain/validation/calendar';
import { parseScheduleText } from '@/lib/domain/calendar/schedule-text';
import { addCalendarYear, setCalendarDay } from '@/lib/data/calendar-admin';
import { isWeekend } from '@/lib/domain/dates';
import { canManageCalendar } from '@/lib/domain/policy';
import { CALENDAR_FORBIDDEN } from '@/lib/data/calendar-admin';

export async function addYearAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  // The role first: nobody else's text is parsed (the data call checks it again).
  if (!canManageCalendar(user)) return { message: CALENDAR_FORBIDDEN, values };
  const parsed = addYearSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const days = parseScheduleText(parsed.data.year, parsed.data.days);
  if (!days.ok) return { message: '安排有误，请按提示修改。没有保存任何内容。', fieldErrors: { days: days.problems }, values };
  try {
    addCalendarYear(user, { year: parsed.data.year, source: parsed.data.source, days: days.days });
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath('/admin/calendar');
  redirect(`/admin/calendar/${parsed.data.year}`);
}

export async function setDayAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const user = await requireUser();
  const values = formValues(form);
  if (!canManageCalendar(user)) return { message: CALENDAR_FORBIDDEN, values };
  const parsed = setDaySchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  if (parsed.data.kind === 'work' && !isWeekend(parsed.data.date)) {
    return { message: '没有保存任何内容。', fieldErrors: { kind: [`${parsed.data.date} 本来就是工作日，无需登记调休上班。`] }, values };
  }
  try {
    setCalendarDay(user, parsed.data);
  } catch (error) {
    return refused(error, values);
  }
  revalidatePath('/admin/calendar', 'layout');
  return { ok: true, message: `已更新 ${parsed.data.date}，受影响申请的期限已重新计算。` };
}
