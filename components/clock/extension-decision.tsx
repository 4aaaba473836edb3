'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { ActionState } from '@/lib/action-state';
import { StepForm } from './step-forms';

/**
 * The approve/reject form for one pending extension request, on the review page and the
 * supervisor's home page. It opens under its 审批 button: a page lists every pending request, and
 * rendering each one's form at once cost the review page about a quarter of its serving time
 * (docs/ARCHITECTURE.md §6) and made a long page to scroll through.
 */
export function ExtensionDecision(props: { action: (s: ActionState, f: FormData) => Promise<ActionState>; caseNo: string; version: number; today: string; receivedOn: string; dueOn: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const form = useRef<HTMLDivElement>(null);
  // Opening by keyboard or mouse takes the user to the form's first field.
  const opened = useRef(false);
  useEffect(() => {
    if (open && !opened.current) form.current?.querySelector<HTMLElement>('select, textarea, input:not([type=hidden])')?.focus();
    opened.current = open;
  }, [open]);
  return (
    <div className="mt-3">
      <button
        type="button"
        className="btn-secondary"
        aria-expanded={open}
        aria-controls={id}
        aria-label={open ? `收起申请 ${props.caseNo} 的延期审批` : `审批申请 ${props.caseNo} 的延期`}
        onClick={() => setOpen(!open)}
      >
        {open ? '收起' : '审批'}
      </button>
      <div id={id} ref={form} hidden={!open}>
        {open ? (
          <StepForm
            kind="extension_decided"
            action={props.action}
            label={`审批延期 ${props.caseNo}`}
            props={{ version: props.version, today: props.today, receivedOn: props.receivedOn, nthInMonth: 1, dueOn: props.dueOn }}
          />
        ) : null}
      </div>
    </div>
  );
}
