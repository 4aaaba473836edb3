'use client';

import { useActionState, type ReactNode } from 'react';
import type { ActionState } from '@/lib/action-state';
import { FormMessage } from '@/components/form/form-message';
import { SubmitButton } from '@/components/form/submit-button';
import { stateKey } from '@/components/form/state-key';

type Action = (state: ActionState, form: FormData) => Promise<ActionState>;
const nothing: Action = async () => ({});

/**
 * The form around the case table: the ticked cases ("case" = id:version) are reassigned to another
 * handler (supervisors) or exported as an Excel file (the export route, a plain POST, which sends
 * the user back to this list — `listQuery`, its filters — with a message if it cannot export).
 */
export function BulkForm({ action, handlers, exportPath, sort, listQuery, children }: { action: Action | null; handlers: { id: number; displayName: string }[]; exportPath: string; sort: string; listQuery: string; children: ReactNode }) {
  const [state, formAction] = useActionState<ActionState, FormData>(action ?? nothing, {});
  return (
    <form key={stateKey(state)} action={formAction} aria-label="所选申请" className="space-y-2" noValidate>
      <div className="flex flex-wrap items-end gap-2 text-sm" data-testid="bulk-actions">
        <input type="hidden" name="sort" value={sort} />
        <input type="hidden" name="list" value={listQuery} />
        {action ? (
          <>
            <div>
              <label htmlFor="bulk-handler">将所选申请改派给</label>
              <select id="bulk-handler" name="handlerId" className="input mt-1" defaultValue={state.values?.handlerId ?? ''} aria-invalid={state.fieldErrors?.handlerId ? true : undefined} aria-describedby={state.fieldErrors?.handlerId ? 'bulk-handler-error' : undefined}>
                <option value="">请选择承办人</option>
                {handlers.map((h) => (
                  <option key={h.id} value={h.id}>
                    {h.displayName}
                  </option>
                ))}
              </select>
            </div>
            <SubmitButton className="btn-secondary" pendingText="正在改派…">
              改派
            </SubmitButton>
          </>
        ) : null}
        <button type="submit" formAction={exportPath} formMethod="post" className="btn-secondary">
          导出所选（Excel）
        </button>
      </div>
      {state.fieldErrors?.handlerId ? (
        <p id="bulk-handler-error" className="field-error" data-testid="error-handlerId">
          {state.fieldErrors.handlerId.join(' ')}
        </p>
      ) : null}
      <FormMessage message={state.message} tone={state.ok ? 'success' : 'error'} focusKey={stateKey(state)} />
      {children}
    </form>
  );
}
