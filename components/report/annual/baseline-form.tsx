'use client';

import { ActionForm } from '@/components/action-form';
import { TextField } from '@/components/form/field';
import { SubmitButton } from '@/components/form/submit-button';
import type { ActionState } from '@/lib/action-state';
import type { InForceFigures } from '@/lib/domain/report/table-two';

export function BaselineForm({ action, inForce }: { action: (state: ActionState, form: FormData) => Promise<ActionState>; inForce: InForceFigures | null }) {
  return (
    <ActionForm action={action} label="导入基线">
      {(state) => (
        <>
          <div>
            <label htmlFor="baseline-file">已发布的统计表文件（.json 或 .xlsx，可不选）</label>
            <input id="baseline-file" name="file" type="file" accept=".json,.xlsx" className="input mt-1" aria-describedby={state.fieldErrors?.file ? 'baseline-file-error' : undefined} />
            {state.fieldErrors?.file ? (
              <p id="baseline-file-error" className="field-error" data-testid="error-file">
                {state.fieldErrors.file.join(' ')}
              </p>
            ) : null}
          </div>
          <TextField name="rules" label="表二：规章“现行有效件数”" defaultValue={state.values?.rules ?? inForce?.rules} errors={state.fieldErrors?.rules} />
          <TextField name="normative_documents" label="表二：行政规范性文件“现行有效件数”" defaultValue={state.values?.normative_documents ?? inForce?.normative_documents} errors={state.fieldErrors?.normative_documents} />
          <SubmitButton pendingText="正在保存…">保存基线</SubmitButton>
        </>
      )}
    </ActionForm>
  );
}
