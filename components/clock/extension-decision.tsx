'use client';

import type { ActionState } from '@/lib/action-state';
import { StepForm } from './step-forms';

/** The approve/reject form for one pending extension request, used on the review page. */
export function ExtensionDecision(props: { action: (s: ActionState, f: FormData) => Promise<ActionState>; caseNo: string; version: number; today: string; receivedOn: string; dueOn: string }) {
  return (
    <StepForm
      kind="extension_decided"
      action={props.action}
      label={`审批延期 ${props.caseNo}`}
      props={{ version: props.version, today: props.today, receivedOn: props.receivedOn, nthInMonth: 1, dueOn: props.dueOn }}
    />
  );
}
