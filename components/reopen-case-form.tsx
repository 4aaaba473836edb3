'use client';

import { stateKey } from '@/components/form/state-key';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/action-state';
import { TextArea } from '@/components/form/field';
import { FormMessage } from '@/components/form/form-message';
import { PublishedChangeConfirm } from '@/components/form/published-change-confirm';
import { SubmitButton } from '@/components/form/submit-button';

export function ReopenCaseForm({ action, version }: { action: (state: ActionState, form: FormData) => Promise<ActionState>; version: number }) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form key={stateKey(state)} action={formAction} className="space-y-3" noValidate aria-label="重新打开">
      <FormMessage message={state.message} />
      <PublishedChangeConfirm state={state} />
      <input type="hidden" name="version" value={version} />
      <TextArea name="reason" label="重新打开的理由" required rows={2} maxLength={500} defaultValue={state.values?.reason} errors={state.fieldErrors?.reason} hint="重新打开后，原办理结果和答复日期将清空，本案计入“办理中”；修改记录会保留原结果。" />
      <SubmitButton className="btn-secondary">重新打开</SubmitButton>
    </form>
  );
}
