'use client';

import { stateKey } from '@/components/form/state-key';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/action-state';
import { SelectField, TextField, type OptionGroup } from '@/components/form/field';
import { FormMessage } from '@/components/form/form-message';
import { PublishedChangeConfirm } from '@/components/form/published-change-confirm';
import { SubmitButton } from '@/components/form/submit-button';

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  version: number;
  receivedOn: string;
  today: string;
  suggestedOutcome?: string;
  /** The outcomes as the statutory table groups them (components/form/choices.ts). */
  outcomes: OptionGroup[];
};

export function CloseCaseForm({ action, version, receivedOn, today, suggestedOutcome, outcomes }: Props) {
  const [state, formAction] = useActionState(action, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  return (
    <form key={stateKey(state)} action={formAction} className="space-y-3" noValidate aria-label="办结">
      <FormMessage message={state.message} />
      <PublishedChangeConfirm state={state} />
      <input type="hidden" name="version" value={version} />
      <SelectField
        name="outcome"
        label="办理结果"
        required
        defaultValue={v.outcome ?? suggestedOutcome}
        errors={e.outcome}
        groups={outcomes}
        hint="区分处理（部分提供）的只选“部分公开”。已主动公开的选“予以公开”；非本机关信息选“本机关不掌握相关政府信息”；撤回或无法联系申请人的选“其他处理/其他”。"
      />
      <TextField name="repliedOn" label="答复日期" type="date" required min={receivedOn} max={today} defaultValue={v.repliedOn ?? today} errors={e.repliedOn} hint="答复书或告知书的出具日期。" />
      <TextField name="replyDocNo" label="答复文号" defaultValue={v.replyDocNo} errors={e.replyDocNo} maxLength={100} placeholder="如：×人社依申请〔2024〕12号" />
      <SubmitButton>办结</SubmitButton>
    </form>
  );
}
