'use client';

import { stateKey } from '@/components/form/state-key';
import { useActionState } from 'react';
import type { ActionState } from '@/lib/action-state';
import { FormMessage } from '@/components/form/form-message';
import { PublishedChangeConfirm } from '@/components/form/published-change-confirm';

/**
 * A small form bound to one server action: shows the action's message (success or refusal) above
 * its fields and hands the field errors and values to `children`.
 */
export function ActionForm({
  action,
  label,
  children,
  className = 'space-y-3',
  onSubmit,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  label: string;
  children: (state: ActionState) => React.ReactNode;
  className?: string;
  /** A check before sending (a file too big for a server action); it may cancel the submit. */
  onSubmit?: (event: React.FormEvent<HTMLFormElement>) => void;
}) {
  const [state, formAction] = useActionState(action, {});
  return (
    <form key={stateKey(state)} action={formAction} onSubmit={onSubmit} className={className} noValidate aria-label={label}>
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} focusKey={stateKey(state)} />
      <PublishedChangeConfirm state={state} />
      {children(state)}
    </form>
  );
}
