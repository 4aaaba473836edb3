'use server';

import type { EnrolState } from '@/components/auth/enrol-form';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireSignInAllowing, requireSignInStep } from '@/lib/auth/current-user';
import { requestAddress } from '@/lib/auth/request-address';
import { invalid, refused, type ActionState } from '@/lib/action-state';
import { changeOwnPassword } from '@/lib/data/passwords';
import { readSecuritySettings } from '@/lib/data/security-settings';
import { confirmEnrolment, disableOwnSecondFactor, hasSecondFactor, verifySecondFactor } from '@/lib/data/two-factor';
import { changeOwnPasswordSchemaFor, secondFactorCodeSchema } from '@/lib/domain/validation/user';
import { formValues } from '@/lib/domain/validation/form-values';

// The steps after the password (second factor, new password, enrolment) and the same forms on the
// account page. Each action checks which step the session owes before doing anything.

// With a message, so the error summary takes focus and links to the code field.
const CODE_PROBLEM = '请按提示填写验证码后再提交。';

export async function verifySecondFactorAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const s = await requireSignInStep('second_factor');
  const parsed = secondFactorCodeSchema.safeParse(formValues(form));
  if (!parsed.success) return { message: CODE_PROBLEM, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    verifySecondFactor(s.actor, s.sessionId, parsed.data.code, await requestAddress());
  } catch (error) {
    return refused(error, {});
  }
  redirect('/');
}

export async function changePasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const s = await requireSignInAllowing([null, 'change_password']);
  const parsed = changeOwnPasswordSchemaFor(readSecuritySettings().password).safeParse(formValues(form));
  if (!parsed.success) return invalid(parsed.error, {});
  try {
    await changeOwnPassword(s.actor, s.sessionId, parsed.data, await requestAddress());
  } catch (error) {
    return refused(error, {});
  }
  if (s.pending === 'change_password') redirect('/');
  return { ok: true, message: '密码已修改。您在其他电脑或浏览器上的登录已全部退出。' };
}


export async function confirmEnrolmentAction(_prev: EnrolState, form: FormData): Promise<EnrolState> {
  const s = await requireSignInAllowing([null, 'enrol_second_factor']);
  if (s.actor.id !== null && hasSecondFactor(s.actor.id)) return { message: '您已启用双因素认证。如需更换手机，请先停用或请管理员重置。' };
  const values = formValues(form);
  const parsed = secondFactorCodeSchema.safeParse(values);
  if (!parsed.success) return { message: CODE_PROBLEM, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  try {
    const recoveryCodes = confirmEnrolment(s.actor, s.sessionId, values.sealed ?? '', parsed.data.code, await requestAddress());
    return { ok: true, message: '双因素认证已启用。', recoveryCodes };
  } catch (error) {
    return refused(error, {});
  }
}

export async function disableSecondFactorAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const s = await requireSignInAllowing([null]);
  try {
    await disableOwnSecondFactor(s.actor, String(form.get('password') ?? '').slice(0, 128), await requestAddress());
  } catch (error) {
    return refused(error, {});
  }
  redirect('/account?saved=totp_disabled');
}
