'use client';

import type { ActionState } from '@/lib/action-state';
import { ActionForm } from '@/components/action-form';
import { SubmitButton } from '@/components/form/submit-button';

/** "恢复此版本" beside an earlier version of a letter template. A client component: its form's children are a function. */
export function RestoreTemplateForm({ action, version }: { action: (state: ActionState, form: FormData) => Promise<ActionState>; version: number }) {
  return (
    <ActionForm action={action} label={`恢复第 ${version} 版`}>
      {() => <SubmitButton className="btn-secondary">恢复此版本</SubmitButton>}
    </ActionForm>
  );
}
