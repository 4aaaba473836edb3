// Server actions check what the browser sends back before anything else: an id bound to an action
// (`action.bind(null, id)`) can be forged, and must be a positive whole number; the calendar
// actions check the role before they read the submitted text.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Actor } from '@/lib/domain/roles';
import { caseFields, createTempDatabase, makeStaff } from '../support/temp-db';

const temp = createTempDatabase('action-guards');

let signedIn: Actor;
class Redirected extends Error {}
vi.mock('@/lib/auth/current-user', () => ({ requireUser: async () => signedIn, currentUser: async () => signedIn }));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));
vi.mock('next/navigation', () => ({
  redirect: (url: string) => {
    throw new Redirected(url);
  },
}));

let clerk: Actor;
let admin: Actor;
let caseId: number;
beforeAll(async () => {
  clerk = await makeStaff('clerk', '登记员', 'clerk');
  admin = await makeStaff('admin', '管理员', 'admin');
  caseId = (await import('@/lib/data/case-commands')).createCase(clerk, caseFields({ caseNo: 'G-1', handlerId: clerk.id })).id;
});
afterAll(() => temp.remove());

const form = (values: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
};
const caseForm = () => form({ caseNo: 'G-1', receivedOn: '2026-03-02', channel: 'in_person', applicantType: 'natural_person', applicantName: '李四', content: '申请公开某文件。', handlerId: String(clerk.id), version: '1' });

describe('ids bound to server actions', () => {
  it('a forged id (a string, a fraction, an object) is refused as such, not as "number already used"', async () => {
    signedIn = clerk;
    const { updateCaseAction } = await import('@/app/(app)/cases/actions');
    for (const forged of [String(caseId), caseId + 0.5, { id: caseId }, -caseId, null]) {
      const state = await updateCaseAction(forged as unknown as number, {}, caseForm());
      expect(state).toMatchObject({ message: '请求无效（记录编号有误），没有保存任何内容。请刷新页面后重试。' });
      expect(state.fieldErrors?.caseNo).toBeUndefined();
    }
    // The real id saves.
    await expect(updateCaseAction(caseId, {}, caseForm())).rejects.toThrow(Redirected);
  });

  it('every action with a bound id checks it', async () => {
    const cases = await import('@/app/(app)/cases/actions');
    const steps = await import('@/app/(app)/cases/step-actions');
    const reviews = await import('@/app/(app)/reviews/actions');
    const users = await import('@/app/(app)/admin/users/actions');
    const forged = '1' as unknown as number;
    signedIn = clerk;
    for (const state of [
      await cases.closeCaseAction(forged, {}, form({})),
      await cases.reopenCaseAction(forged, {}, form({})),
      await steps.recordStepAction(forged, 'correction_requested', {}, form({})),
      await reviews.createCaseReviewAction(forged, {}, form({})),
      await reviews.updateReviewAction(forged, {}, form({})),
    ]) {
      expect(state.message).toBe('请求无效（记录编号有误），没有保存任何内容。请刷新页面后重试。');
    }
    signedIn = admin;
    for (const state of [
      await users.resetPasswordAction(forged, {}, form({ password: 'Passw0rd-new' })),
      await users.changeRoleAction(forged, {}, form({ role: 'clerk' })),
      await users.setActiveAction(forged, {}, form({ active: 'false' })),
    ]) {
      expect(state.message).toBe('请求无效（记录编号有误），没有保存任何内容。请刷新页面后重试。');
    }
  });
});

describe('the calendar actions', () => {
  it('refuse a non-administrator before reading the submitted schedule', async () => {
    signedIn = clerk;
    const { addYearAction, setDayAction } = await import('@/app/(app)/admin/calendar/actions');
    const state = await addYearAction({}, form({ year: '2031', source: '伪造', days: '这不是一份安排\n'.repeat(1000) }));
    expect(state).toEqual({ message: '只有管理员可以维护节假日日历。', values: expect.any(Object) });
    expect((await setDayAction({}, form({ date: 'garbage', kind: 'off' }))).message).toBe('只有管理员可以维护节假日日历。');
  });
});
